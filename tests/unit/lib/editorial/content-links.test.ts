import { describe, expect, it } from 'vitest';
import { contentHref, siteOfRoutePath } from '../../../../src/lib/editorial/content-links';
import { createUrls } from '../../../../src/lib/site/urls';

const hosts = { landelijk: 'leerwerkloket.nl', twente: 'twente.leerwerkloket.nl' };
const path = createUrls({ mode: 'path', hosts, national: 'landelijk' });
const host = createUrls({ mode: 'host', hosts, national: 'landelijk' });

describe('links in content', () => {
  it('stay inside the regional site in path mode, keeping anchors', () => {
    expect(contentHref(path, 'twente', 'landelijk', '/regelingen/')).toBe('/twente/regelingen/');
    expect(contentHref(path, 'twente', 'landelijk', '/ervaringscertificaat/#kosten')).toBe('/twente/ervaringscertificaat/#kosten');
    expect(contentHref(path, 'landelijk', 'landelijk', '/regelingen/')).toBe('/regelingen/');
  });
  it('send national-only pages to the national site (absolute in host mode)', () => {
    expect(contentHref(path, 'twente', 'landelijk', '/loketten/')).toBe('/loketten/');
    expect(contentHref(host, 'twente', 'landelijk', '/loketten/')).toBe('https://leerwerkloket.nl/loketten/');
    expect(contentHref(host, 'twente', 'landelijk', '/regelingen/')).toBe('/regelingen/');
  });
  it('leave external, mail and anchor links alone', () => {
    expect(contentHref(path, 'twente', 'landelijk', 'https://www.uwv.nl/')).toBe('https://www.uwv.nl/');
    expect(contentHref(path, 'twente', 'landelijk', 'mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(contentHref(path, 'twente', 'landelijk', '#boven')).toBe('#boven');
  });
  it('knows the site of a route path', () => {
    const slugs = new Set(['twente']);
    expect(siteOfRoutePath('/twente/werkgevers/', slugs, 'landelijk')).toBe('twente');
    expect(siteOfRoutePath('/werkgevers/', slugs, 'landelijk')).toBe('landelijk');
  });
});
