import { describe, expect, it } from 'vitest';
import { hostingMode, requestedSites, buildDate } from '../../../../src/lib/site/config';
import { createUrls } from '../../../../src/lib/site/urls';

const hosts = { landelijk: 'leerwerkloket.nl', twente: 'twente.leerwerkloket.nl', rijnmond: 'rijnmond.leerwerkloket.nl' };

describe('URL helper, path mode', () => {
  const urls = createUrls({ mode: 'path', hosts, national: 'landelijk' });
  it('puts regional pages under /<slug>/ and national pages at the root', () => {
    expect(urls.href('twente', 'twente', '/nieuws/')).toBe('/twente/nieuws/');
    expect(urls.href('twente', 'landelijk', '/privacy/')).toBe('/privacy/');
    expect(urls.href('landelijk', 'rijnmond', '/')).toBe('/rijnmond/');
    expect(urls.href('landelijk', 'landelijk')).toBe('/');
  });
  it('canonicals are production (host mode) URLs', () => {
    expect(urls.absolute('twente', '/nieuws/')).toBe('https://twente.leerwerkloket.nl/nieuws/');
    expect(urls.absolute('landelijk', '/')).toBe('https://leerwerkloket.nl/');
  });
});

describe('URL helper, host mode', () => {
  const urls = createUrls({ mode: 'host', hosts, national: 'landelijk' });
  it('links within a site are root-relative', () => {
    expect(urls.href('twente', 'twente', '/nieuws/')).toBe('/nieuws/');
    expect(urls.href('landelijk', 'landelijk', '/loketten/')).toBe('/loketten/');
  });
  it('links to another site are absolute', () => {
    expect(urls.href('twente', 'landelijk', '/privacy/')).toBe('https://leerwerkloket.nl/privacy/');
    expect(urls.href('landelijk', 'rijnmond', '/')).toBe('https://rijnmond.leerwerkloket.nl/');
  });
  it('the route tree is the same in both modes (the host split happens after the build)', () => {
    expect(urls.routePath('twente', '/agenda/')).toBe('/twente/agenda/');
  });
});

describe('URL helper, mistakes', () => {
  const urls = createUrls({ mode: 'path', hosts, national: 'landelijk' });
  it('refuses unknown sites and relative paths', () => {
    expect(() => urls.href('twente', 'atlantis', '/')).toThrow(/No host for site "atlantis"/);
    expect(() => urls.href('twente', 'twente', 'nieuws/')).toThrow(/must start with "\/"/);
  });
});

describe('build settings', () => {
  it('reads SITE_MODE, SITES and BUILD_DATE', () => {
    expect(hostingMode({})).toBe('path');
    expect(hostingMode({ SITE_MODE: 'host' })).toBe('host');
    expect(() => hostingMode({ SITE_MODE: 'subdomain' })).toThrow(/use "path".*or "host"/);
    expect(requestedSites({ SITES: 'twente, rijnmond' })).toEqual(['twente', 'rijnmond']);
    expect(requestedSites({ SITES: '' })).toBeUndefined();
    expect(buildDate({ BUILD_DATE: '2027-01-31' })).toBe('2027-01-31');
    expect(() => buildDate({ BUILD_DATE: '31-01-2027' })).toThrow(/YYYY-MM-DD/);
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
