import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { placeNotFoundPages } from '../../../../src/tooling/output/not-found';
import { extractPageFacts } from '../../../../src/tooling/output/page-facts';
import {
  isListed,
  pagePath,
  robotsTxt,
  sitemapFiles,
  sitemapUrls,
  sitemapXml,
  writeSitemaps,
} from '../../../../src/tooling/output/sitemaps';
import { createUrls } from '../../../../src/lib/site/urls';

const hosts = { landelijk: 'leerwerkloket.nl', twente: 'twente.leerwerkloket.nl', rijnmond: 'rijnmond.leerwerkloket.nl' };
const sites = [
  { id: 'landelijk', isNational: true },
  { id: 'twente', isNational: false },
];
const temp = mkdtempSync(join(tmpdir(), 'sitemaps-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const head = (extra: string) => `<!doctype html><html lang="nl"><head><title>t</title>${extra}</head><body></body></html>`;
const canonical = (url: string) => head(`<link rel="canonical" href="${url}">`);
const NOINDEX = head('<meta name="robots" content="noindex">');

/** A path-mode route tree as Astro leaves it. */
function fixture(): string {
  const root = mkdtempSync(join(temp, 'out-'));
  const page = (file: string, html: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), html);
  };
  page('index.html', canonical('https://leerwerkloket.nl/'));
  page('privacy/index.html', canonical('https://leerwerkloket.nl/privacy/'));
  page('404.html', NOINDEX);
  page('beheer/index.html', head(''));
  page('twente/index.html', canonical('https://twente.leerwerkloket.nl/'));
  page('twente/contact/index.html', canonical('https://twente.leerwerkloket.nl/contact/'));
  // National content in Twente's chrome: its canonical is the national page, so it is not Twente's entry.
  page('twente/privacy/index.html', canonical('https://leerwerkloket.nl/privacy/'));
  page('twente/404/index.html', NOINDEX);
  page('twente/pagefind/pagefind-entry.json', '{}');
  return root;
}

describe('which pages a sitemap lists', () => {
  it('leaves out noindex pages and copies whose canonical is elsewhere', () => {
    const listed = (html: string, url: string) => isListed(extractPageFacts(html), url);
    expect(listed(canonical('https://twente.leerwerkloket.nl/'), 'https://twente.leerwerkloket.nl/')).toBe(true);
    expect(listed(NOINDEX, 'https://twente.leerwerkloket.nl/x/')).toBe(false);
    expect(listed(canonical('https://leerwerkloket.nl/privacy/'), 'https://twente.leerwerkloket.nl/privacy/')).toBe(false);
    expect(listed(head(''), 'https://leerwerkloket.nl/x/')).toBe(true);
  });
  it('maps files to the paths they are served at', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('nieuws/index.html')).toBe('/nieuws/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('sitemap and robots.txt text', () => {
  it('writes a valid urlset with escaped locations', () => {
    const xml = sitemapXml(['https://twente.leerwerkloket.nl/', 'https://twente.leerwerkloket.nl/zoeken/?q=a&b=c']);
    const parsed = new XMLParser().parse(xml);
    expect(parsed.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      'https://twente.leerwerkloket.nl/',
      'https://twente.leerwerkloket.nl/zoeken/?q=a&b=c',
    ]);
    expect(xml).toContain('q=a&amp;b=c');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  });
  it('splits into an index of parts above the limit', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `https://leerwerkloket.nl/p${i}/`);
    expect(Object.keys(sitemapFiles(urls, 'https://leerwerkloket.nl/', 5))).toEqual(['sitemap.xml']);
    const files = sitemapFiles(urls, 'https://leerwerkloket.nl/', 2);
    expect(Object.keys(files).sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    const index = new XMLParser().parse(files['sitemap.xml']);
    expect(index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'https://leerwerkloket.nl/sitemap-1.xml',
      'https://leerwerkloket.nl/sitemap-2.xml',
      'https://leerwerkloket.nl/sitemap-3.xml',
    ]);
    expect(files['sitemap-3.xml']).toContain('https://leerwerkloket.nl/p4/');
  });
  it('robots.txt allows everything (or disallows given paths) and names the sitemaps', () => {
    expect(robotsTxt(['https://twente.leerwerkloket.nl/sitemap.xml'])).toBe(
      'User-agent: *\nDisallow:\n\nSitemap: https://twente.leerwerkloket.nl/sitemap.xml\n',
    );
    expect(robotsTxt(['https://leerwerkloket.nl/sitemap.xml'], ['/beheer/'])).toContain('Disallow: /beheer/\n');
  });
});

describe('build post-step over a route tree', () => {
  it('lists each site its own production URLs, without 404, admin or copies', () => {
    const urls = createUrls({ mode: 'path', hosts, national: 'landelijk' });
    const listed = sitemapUrls(fixture(), sites, urls);
    expect(listed.get('landelijk')).toEqual(['https://leerwerkloket.nl/', 'https://leerwerkloket.nl/privacy/']);
    expect(listed.get('twente')).toEqual(['https://twente.leerwerkloket.nl/', 'https://twente.leerwerkloket.nl/contact/']);
  });

  it('path mode: sitemap and robots.txt per site; the national robots.txt lists every sitemap', () => {
    const root = fixture();
    const counts = writeSitemaps(root, sites, createUrls({ mode: 'path', hosts, national: 'landelijk' }), 'path');
    expect(counts).toEqual({ landelijk: 2, twente: 2 });
    expect(readFileSync(join(root, 'twente/sitemap.xml'), 'utf8')).toContain('<loc>https://twente.leerwerkloket.nl/contact/</loc>');
    expect(readFileSync(join(root, 'twente/robots.txt'), 'utf8')).toContain('Sitemap: https://twente.leerwerkloket.nl/sitemap.xml');
    const national = readFileSync(join(root, 'robots.txt'), 'utf8');
    expect(national).toContain('Sitemap: https://leerwerkloket.nl/sitemap.xml\nSitemap: https://leerwerkloket.nl/twente/sitemap.xml\n');
    expect(national).toContain('Disallow: /beheer/');
  });

  it('host mode: each robots.txt names only its own sitemap', () => {
    const root = fixture();
    writeSitemaps(root, sites, createUrls({ mode: 'host', hosts, national: 'landelijk' }), 'host');
    const national = readFileSync(join(root, 'robots.txt'), 'utf8');
    expect(national.match(/^Sitemap: .+$/gm)).toEqual(['Sitemap: https://leerwerkloket.nl/sitemap.xml']);
  });

  it('moves each regional 404 page to /<slug>/404.html, and stops when one is missing', () => {
    const root = fixture();
    placeNotFoundPages(root, sites);
    expect(readFileSync(join(root, 'twente/404.html'), 'utf8')).toBe(NOINDEX);
    expect(existsSync(join(root, 'twente/404'))).toBe(false);
    expect(() => placeNotFoundPages(fixture(), [...sites, { id: 'rijnmond', isNational: false }])).toThrow(
      'The build has no 404 page for rijnmond (expected rijnmond/404/index.html from src/pages/[region]/404.astro)',
    );
  });
});
