// Builds each site's Pagefind bundles over the path-mode output, before any host split.
// A regional site's search holds that site's pages (its own items and its copies of national
// content); the national search holds the national pages plus regional news and events, linked to
// the regional page. A national programme page is also in the regional searches it names
// (data-search-regional: "all" for online offers, else the regions where it is given in person)
// that have no page of their own at that path, linked to the region's fragment of the national
// page (#regio-<slug>). Each page goes into the bundle of its type (data-search-bundle,
// SEARCH_BUNDLES), written to <site>/pagefind/<bundle>/. Result URLs are written for the hosting
// mode, so both modes work.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { linkTree } from '../output/files';
import { outputPages, type OutputPages } from '../output/page-facts';
import type { Urls } from '../../lib/site/urls';
import {
  ONLINE_BUNDLE,
  REGION_SLOT,
  regionalTargets,
  SEARCH_BUNDLES,
  type BundleName,
  type SearchBundle,
} from '../../lib/site/search-fields';
import { addFilterValues, sortedValues, type FilterValues } from './filter-values';
import { regionFragment } from '../../lib/opleidingen/facets';

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
  bundle: BundleName;
  /** Folder (relative to the output root) that receives pagefind/<bundle>/. */
  folder: string;
  pages: PlannedPage[];
  /** Every filter value in these pages, for the site's search page. */
  filterValues: FilterValues;
}

/** Where a plan's bundle is written, relative to the output root. */
export const bundleFolder = (plan: Pick<IndexPlan, 'folder' | 'bundle'>) => join(plan.folder, 'pagefind', plan.bundle);
/** A name for the plan in logs and counts: the site, and the bundle. */
export const planName = (plan: Pick<IndexPlan, 'site' | 'bundle'>) => `${plan.site}/${plan.bundle}`;

const BUNDLES = Object.keys(SEARCH_BUNDLES) as SearchBundle[];
const ORDER: BundleName[] = [...BUNDLES, ONLINE_BUNDLE];

/** The page's bundle, from the attribute SiteLayout writes; a page without one is an error. */
function bundleOf(name: string | undefined, file: string): SearchBundle {
  if (!name || !BUNDLES.includes(name as SearchBundle))
    throw new Error(`${file}: a searchable page needs data-search-bundle on <html>, one of ${BUNDLES.join(', ')} (see SiteLayout.astro)`);
  return name as SearchBundle;
}

// A merged search orders a sorted search by each bundle's own positions: dated pages in two bundles
// would be interleaved wrongly, so they must all be in the first one.
const SORT_BUNDLE = BUNDLES[0];

export function planIndexes(outDir: string, sites: IndexedSite[], urls: Urls, pages: OutputPages = outputPages(outDir)): IndexPlan[] {
  const national = sites.find((s) => s.isNational);
  const regional = new Set(sites.filter((s) => !s.isNational).map((s) => s.id));
  type Draft = Omit<IndexPlan, 'filterValues'> & { values: Map<string, Set<string>> };
  const plans = new Map<string, Draft>();
  const planOf = (site: string, bundle: BundleName) => {
    const key = planName({ site, bundle });
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = { site, bundle, folder: national?.id === site ? '' : site, pages: [], values: new Map() }));
    return plan;
  };
  const add = (site: string, bundle: BundleName, page: PlannedPage, filters: string[]) => {
    const plan = planOf(site, bundle);
    plan.pages.push(page);
    addFilterValues(filters, plan.values);
  };
  for (const file of pages.files) {
    const rel = relative(outDir, file).split(sep).join('/');
    const [first, ...rest] = rel.split('/');
    const siteId = regional.has(first) ? first : national?.id;
    if (!siteId) continue;
    const { hash, search } = pages.read(file);
    if (!search) continue;
    const bundle = bundleOf(search.bundle, file);
    if (bundle !== SORT_BUNDLE && search.sortable)
      throw new Error(`${file}: a sortable page must be in the "${SORT_BUNDLE}" search bundle, not "${bundle}" (see SEARCH_BUNDLES)`);
    const { filters } = search;
    const inner = '/' + (regional.has(first) ? rest.join('/') : rel).replace(/(^|\/)index\.html$/, '$1');
    add(siteId, bundle, { file, url: urls.href(siteId, siteId, inner), hash }, filters);
    if (national && siteId !== national.id && search.national) {
      add(national.id, bundle, { file, url: urls.href(national.id, siteId, inner), hash }, filters);
    }
    if (national && siteId === national.id && regional.size && search.regional === 'all') {
      // Every region lists it: once, in the shared online bundle (see ONLINE_BUNDLE).
      const anyRegion = regional.values().next().value!;
      add(
        national.id,
        ONLINE_BUNDLE,
        { file, url: `${urls.href(anyRegion, national.id, inner)}#${regionFragment(REGION_SLOT)}`, hash },
        filters,
      );
    } else if (national && siteId === national.id) {
      // The regional indexes a national page asks to be in (data-search-regional: "all" or slugs).
      for (const region of regionalTargets(search.regional, regional)) {
        // A region with its own page at this path lists that one instead.
        if (existsSync(join(outDir, region, rel))) continue;
        add(region, bundle, { file, url: `${urls.href(region, national.id, inner)}#${regionFragment(region)}`, hash }, filters);
      }
    }
  }
  // Sites first, then bundles in their declared order, so the search page loads the first one.
  const order = (p: Draft) => [sites.findIndex((s) => s.id === p.site), ORDER.indexOf(p.bundle)];
  return [...plans.values()]
    .sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1])
    .map(({ values, ...plan }) => ({ ...plan, filterValues: sortedValues(values) }));
}

/** Bundles the index cache restored, and a way to move one back whole from the last output. */
export interface UnchangedBundles {
  restored: IndexPlan[];
  move(folder: string): boolean;
}

/**
 * Moves the online bundle, written once in the national folder, into every regional site's
 * pagefind/ as linked copies (the national search has these pages in its own catalogue bundle),
 * and returns what each regional search page must list for it.
 */
export function shareOnlineBundle(outDir: string, plans: IndexPlan[], sites: IndexedSite[], unchanged?: UnchangedBundles): IndexPlan[] {
  const online = plans.find((p) => p.bundle === ONLINE_BUNDLE);
  if (!online) return [];
  const shared = sites
    .filter((s) => !s.isNational)
    .map((site) => {
      const copy = { ...online, site: site.id, folder: site.id, pages: [] };
      // An unchanged bundle is moved back whole from the last output, when it is there.
      if (!(unchanged?.restored.includes(online) && unchanged.move(bundleFolder(copy))))
        linkTree(join(outDir, bundleFolder(online)), join(outDir, bundleFolder(copy)));
      return copy;
    });
  rmSync(join(outDir, bundleFolder(online)), { recursive: true, force: true });
  return shared;
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

/** Writes every planned bundle to <outDir>/<folder>/pagefind/<bundle>/. Returns page counts per plan name. */
export async function writeIndexes(outDir: string, plans: IndexPlan[]): Promise<Record<string, number>> {
  const pagefind = await import('pagefind');
  const counts: Record<string, number> = {};
  try {
    await inPool(plans, INDEXES_IN_FLIGHT, async (plan) => {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      await inPool(plan.pages, FILES_IN_FLIGHT, async (page) => {
        const result = await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') });
        if (result.errors.length) throw new Error(`Search index ${planName(plan)}: ${page.file}: ${result.errors.join('; ')}`);
      });
      const folder = join(outDir, bundleFolder(plan));
      const written = await index.writeFiles({ outputPath: folder });
      if (written.errors.length) throw new Error(`Search index ${planName(plan)}: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      // Our own search page talks to pagefind.js; Pagefind's ready-made UI bundles are not used.
      for (const file of readdirSync(folder)) if (/-ui\.(js|css)$|^pagefind-highlight\.js$/.test(file)) rmSync(join(folder, file));
      counts[planName(plan)] = plan.pages.length;
    });
  } finally {
    await pagefind.close();
  }
  return counts;
}
