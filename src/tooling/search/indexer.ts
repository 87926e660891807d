// Builds one Pagefind index per site over the path-mode output, before any host split.
// A regional index holds that site's pages (its own items and its copies of national content);
// the national index holds the national pages plus regional news and events, linked to the
// regional page. A national programme page is also in the regional indexes it names
// (data-search-regional: "all" for online offers, else the regions where it is given in person)
// that have no page of their own at that path, linked to the region's fragment of the national
// page (#regio-<slug>). Result URLs are written for the hosting mode, so both modes work.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from '../output/files';
import type { Urls } from '../../lib/site/urls';
import { addFilterValues, sortedValues, type FilterValues } from './filter-values';
import { regionFragment } from '../../lib/opleidingen/facets';
import { regionalTargets } from '../../lib/site/search-fields';

export interface IndexedSite {
  id: string;
  isNational: boolean;
}

export interface PlannedPage {
  file: string;
  /** Result URL as the visitor of the index's site should follow it. */
  url: string;
  /** Hash of the page's HTML, so an unchanged index can be reused (index-cache.ts). */
  hash: string;
}

export interface IndexPlan {
  site: string;
  /** Folder (relative to the output root) that receives pagefind/. */
  folder: string;
  pages: PlannedPage[];
  /** Every filter value in these pages, for the site's search page. */
  filterValues: FilterValues;
}

const isIndexable = (html: string) => html.includes('data-pagefind-body');
const wantsNational = (html: string) => /<html[^>]*\sdata-search-national="true"/.test(html);
/** The regional indexes a national page asks to be in (data-search-regional: "all" or slugs). */
const regionalFor = (html: string, regions: Set<string>) =>
  regionalTargets(/<html[^>]*\sdata-search-regional="([^"]*)"/.exec(html)?.[1], regions);

export function planIndexes(outDir: string, sites: IndexedSite[], urls: Urls): IndexPlan[] {
  const national = sites.find((s) => s.isNational);
  const regional = new Set(sites.filter((s) => !s.isNational).map((s) => s.id));
  const plans = new Map<string, Omit<IndexPlan, 'filterValues'>>(
    sites.map((s) => [s.id, { site: s.id, folder: s.isNational ? '' : s.id, pages: [] }]),
  );
  const values = new Map(sites.map((s) => [s.id, new Map<string, Set<string>>()]));
  for (const file of htmlFiles(outDir)) {
    const rel = relative(outDir, file).split(sep).join('/');
    const [first, ...rest] = rel.split('/');
    const siteId = regional.has(first) ? first : national?.id;
    if (!siteId) continue;
    const html = readFileSync(file, 'utf8');
    if (!isIndexable(html)) continue;
    const hash = createHash('sha256').update(html).digest('base64url');
    const inner = '/' + (regional.has(first) ? rest.join('/') : rel).replace(/(^|\/)index\.html$/, '$1');
    plans.get(siteId)!.pages.push({ file, url: urls.href(siteId, siteId, inner), hash });
    addFilterValues(html, values.get(siteId)!);
    if (national && siteId !== national.id && wantsNational(html)) {
      plans.get(national.id)!.pages.push({ file, url: urls.href(national.id, siteId, inner), hash });
      addFilterValues(html, values.get(national.id)!);
    }
    if (national && siteId === national.id) {
      for (const region of regionalFor(html, regional)) {
        // A region with its own page at this path lists that one instead.
        if (existsSync(join(outDir, region, rel))) continue;
        plans.get(region)!.pages.push({ file, url: `${urls.href(region, national.id, inner)}#${regionFragment(region)}`, hash });
        addFilterValues(html, values.get(region)!);
      }
    }
  }
  return [...plans.values()].map((plan) => ({ ...plan, filterValues: sortedValues(values.get(plan.site)!) }));
}

/** Runs `work` over `items` with at most `limit` promises in flight; after the first error no
 *  new item starts, and that error is thrown. */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

// Pagefind's service indexes files as they arrive; sending one at a time and waiting for each
// answer leaves it idle between files, so several files and two indexes are in flight.
const FILES_IN_FLIGHT = 32;
const INDEXES_IN_FLIGHT = 2;

/** Deals plans over `lanes` groups of about equal page count (largest first), one per process. */
export function splitPlans(plans: IndexPlan[], lanes: number): IndexPlan[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(lanes, plans.length)) }, () => ({ pages: 0, plans: [] as IndexPlan[] }));
  for (const plan of [...plans].sort((a, b) => b.pages.length - a.pages.length)) {
    const lightest = groups.reduce((min, g) => (g.pages < min.pages ? g : min));
    lightest.plans.push(plan);
    lightest.pages += plan.pages.length;
  }
  return groups.map((g) => g.plans);
}

/** Writes every planned index to <outDir>/<folder>/pagefind/. Returns page counts per site. */
export async function writeIndexes(outDir: string, plans: IndexPlan[]): Promise<Record<string, number>> {
  const pagefind = await import('pagefind');
  const counts: Record<string, number> = {};
  try {
    await inPool(plans, INDEXES_IN_FLIGHT, async (plan) => {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      await inPool(plan.pages, FILES_IN_FLIGHT, async (page) => {
        const result = await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') });
        if (result.errors.length) throw new Error(`Search index for ${plan.site}: ${page.file}: ${result.errors.join('; ')}`);
      });
      const folder = join(outDir, plan.folder, 'pagefind');
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length) throw new Error(`Search index for ${plan.site}: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      // Our own search page talks to pagefind.js; Pagefind's ready-made UI bundles are not used.
      for (const file of readdirSync(folder)) if (/-ui\.(js|css)$|^pagefind-highlight\.js$/.test(file)) rmSync(join(folder, file));
      counts[plan.site] = plan.pages.length;
    });
  } finally {
    await pagefind.close();
  }
  return counts;
}
