// Build post-step (before the host split, so both modes get it): a sitemap.xml per site with its
// production (host mode) URLs, and a robots.txt per site that points to it.
import { writeFileSync } from 'node:fs';
import { outputPages, type OutputPages, type PageFacts } from './page-facts';
import { join, relative, sep } from 'node:path';
import type { HostingMode } from '../../lib/site/config';
import { ADMIN_PATH } from '../deploy/headers';
import type { Urls } from '../../lib/site/urls';

export interface OutputSite {
  id: string;
  isNational: boolean;
}

/** The sitemap protocol's limit per file; above it sitemap.xml becomes an index of parts. */
export const SITEMAP_LIMIT = 50_000;

/** Is this page its own search-engine entry? Not when it asks not to be indexed, and not when it
 *  is a copy whose canonical URL is another page (national content shown in regional chrome). */
export function isListed(page: Pick<PageFacts, 'noindex' | 'canonical'>, ownUrl: string): boolean {
  if (page.noindex) return false;
  const canonical = page.canonical?.replace(/&amp;/g, '&');
  return canonical === undefined || canonical === ownUrl;
}

/** The path inside its site of a file in the site's route tree, e.g. nieuws/index.html → /nieuws/. */
export function pagePath(relativeFile: string): string {
  return (
    '/' +
    relativeFile
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')
  );
}

const EXCLUDED = (path: string) => path === '/404.html' || path === '/404/' || path.startsWith(ADMIN_PATH);

/** Production URLs of the pages that belong in each site's sitemap, sorted. A regional site's pages
 *  are in its folder; the national site has the rest. */
export function sitemapUrls(
  outDir: string,
  sites: OutputSite[],
  urls: Urls,
  pages: OutputPages = outputPages(outDir),
): Map<string, string[]> {
  const regional = new Set(sites.filter((s) => !s.isNational).map((s) => s.id));
  const national = sites.find((s) => s.isNational)?.id;
  const result = new Map<string, string[]>(sites.map((s) => [s.id, []]));
  for (const file of pages.files) {
    const rel = relative(outDir, file);
    const [first, ...rest] = rel.split(sep);
    const site = regional.has(first!) ? first! : national;
    if (site === undefined) continue;
    const path = pagePath(site === national ? rel : rest.join(sep));
    if (EXCLUDED(path)) continue;
    const url = urls.absolute(site, encodeURI(path));
    if (isListed(pages.read(file), url)) result.get(site)!.push(url);
  }
  for (const list of result.values()) list.sort();
  return result;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function sitemapXml(urls: string[]): string {
  const entries = urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function sitemapIndexXml(sitemaps: string[]): string {
  const entries = sitemaps.map((u) => `  <sitemap><loc>${xmlEscape(u)}</loc></sitemap>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** sitemap.xml, or (above the limit) sitemap.xml as an index of sitemap-1.xml, sitemap-2.xml, …
 *  @param base the site's production origin with a trailing slash, e.g. https://twente.leerwerkloket.nl/ */
export function sitemapFiles(urls: string[], base: string, limit = SITEMAP_LIMIT): Record<string, string> {
  if (urls.length <= limit) return { 'sitemap.xml': sitemapXml(urls) };
  const files: Record<string, string> = {};
  const parts: string[] = [];
  for (let i = 0; i < urls.length; i += limit) {
    const name = `sitemap-${parts.length + 1}.xml`;
    files[name] = sitemapXml(urls.slice(i, i + limit));
    parts.push(new URL(name, base).href);
  }
  files['sitemap.xml'] = sitemapIndexXml(parts);
  return files;
}

export function robotsTxt(sitemaps: string[], disallow: string[] = []): string {
  return [
    'User-agent: *',
    ...(disallow.length ? disallow.map((d) => `Disallow: ${d}`) : ['Disallow:']),
    '',
    ...sitemaps.map((s) => `Sitemap: ${s}`),
    '',
  ].join('\n');
}

/** Writes sitemap(s) and robots.txt into each built site's tree (path-mode layout). In path mode the
 *  national robots.txt lists every site's sitemap at its path-mode address; in host mode each
 *  robots.txt lists only its own host's sitemap. Returns the number of URLs per site. */
export function writeSitemaps(
  outDir: string,
  sites: OutputSite[],
  urls: Urls,
  mode: HostingMode,
  pages: OutputPages = outputPages(outDir),
): Record<string, number> {
  const listed = sitemapUrls(outDir, sites, urls, pages);
  const counts: Record<string, number> = {};
  for (const site of sites) {
    const dir = site.isNational ? outDir : join(outDir, site.id);
    const base = urls.absolute(site.id, '/');
    const siteUrls = listed.get(site.id) ?? [];
    for (const [name, content] of Object.entries(sitemapFiles(siteUrls, base))) writeFileSync(join(dir, name), content);
    let sitemaps = [new URL('sitemap.xml', base).href];
    if (site.isNational && mode === 'path') {
      sitemaps = sites.map((s) => new URL(urls.routePath(s.id, '/sitemap.xml'), base).href);
    }
    writeFileSync(join(dir, 'robots.txt'), robotsTxt(sitemaps, site.isNational ? [ADMIN_PATH] : []));
    counts[site.id] = siteUrls.length;
  }
  return counts;
}
