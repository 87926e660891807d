// Builds each site's Pagefind bundles over the path-mode output, before any host split.
// A regional site's search holds that site's pages (its own items and its copies of national
// content); the national search holds the national pages plus regional news and events, linked to
// the regional page. A national programme page is also in the regional searches it names
// (data-search-regional: "all" for online offers, else the regions where it is given in person)
// that have no page of their own at that path, linked to the region's fragment of the national
// page (#regio-<slug>). Each page goes into the bundle of its type (data-search-bundle,
// SEARCH_BUNDLES), written to <site>/pagefind/<bundle>/. Result URLs are written for the hosting
// mode, so both modes work. A bundle larger than one Pagefind index should hold is written in
// parts (BUNDLE_PAGE_LIMIT), merged by the search page like any other bundle.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { linkTree } from '../output/files';
import { outputPages, type OutputPages } from '../output/page-facts';
import type { Urls } from '../../lib/site/urls';
import {
  bundlePart,
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
  /** Which part (1, 2, …) of a bundle too large for one index; absent when the bundle is whole. */
  part?: number;
  /** Folder (relative to the output root) that receives pagefind/<bundle>/. */
  folder: string;
  pages: PlannedPage[];
  /** Every filter value in these pages, for the site's search page. */
  filterValues: FilterValues;
}

/** The bundle's folder name under pagefind/: "opleidingen", or "opleidingen-2" for its second part. */
export const bundleId = (plan: Pick<IndexPlan, 'bundle' | 'part'>) => bundlePart(plan.bundle, plan.part);
/** Where a plan's bundle is written, relative to the output root. */
export const bundleFolder = (plan: Pick<IndexPlan, 'folder' | 'bundle' | 'part'>) => join(plan.folder, 'pagefind', bundleId(plan));
/** A name for the plan in logs and counts: the site, and the bundle (part). */
export const planName = (plan: Pick<IndexPlan, 'site' | 'bundle' | 'part'>) => `${plan.site}/${bundleId(plan)}`;

/**
 * Pages per Pagefind index. An index holds all its words in memory until it is written: the
 * national catalogue at 100,000 offers (about 100,000 pages in one index) took 11 GB in one
 * process (#14). A larger bundle is split into parts of at most about this size, by a hash of each
 * result URL, so an added or changed offer re-indexes one part and the others stay as they were.
 */
export const BUNDLE_PAGE_LIMIT = 25_000;

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

export function planIndexes(
  outDir: string,
  sites: IndexedSite[],
  urls: Urls,
  pages: OutputPages = outputPages(outDir),
  pageLimit = BUNDLE_PAGE_LIMIT,
): IndexPlan[] {
  const national = sites.find((s) => s.isNational);
  const regional = new Set(sites.filter((s) => !s.isNational).map((s) => s.id));
  interface Draft {
    site: string;
    bundle: BundleName;
    entries: { page: PlannedPage; filters: string[] }[];
  }
  const drafts = new Map<string, Draft>();
  const add = (site: string, bundle: BundleName, page: PlannedPage, filters: string[]) => {
    const key = planName({ site, bundle });
    let draft = drafts.get(key);
    if (!draft) drafts.set(key, (draft = { site, bundle, entries: [] }));
    draft.entries.push({ page, filters });
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
  return [...drafts.values()]
    .sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1])
    .flatMap((draft) => inParts(draft.entries, draft.bundle, pageLimit).map(({ part, entries }) => toPlan(draft, entries, part)));

  function toPlan(draft: Draft, entries: Draft['entries'], part: number | undefined): IndexPlan {
    const values = new Map<string, Set<string>>();
    for (const entry of entries) addFilterValues(entry.filters, values);
    return {
      site: draft.site,
      bundle: draft.bundle,
      ...(part && { part }),
      folder: national?.id === draft.site ? '' : draft.site,
      pages: entries.map((e) => e.page),
      filterValues: sortedValues(values),
    };
  }
}

/** The entries of one bundle in parts of about `limit` pages or fewer, each page's part fixed by a
 *  hash of its URL. The number of parts is a power of two, so it changes only when the bundle has
 *  doubled, and a page keeps its part until then. The sorted bundle stays whole: a merged search
 *  would interleave its dates wrongly. */
function inParts<T extends { page: PlannedPage }>(entries: T[], bundle: BundleName, limit: number): { part?: number; entries: T[] }[] {
  let count = 1;
  while (bundle !== SORT_BUNDLE && entries.length / count > limit) count *= 2;
  if (count === 1) return [{ entries }];
  const parts = Array.from({ length: count }, (_, i) => ({ part: i + 1, entries: [] as T[] }));
  for (const entry of entries) parts[createHash('sha1').update(entry.page.url).digest().readUInt32BE(0) % count].entries.push(entry);
  // A part no page falls in is not written; the others keep their numbers.
  return parts.filter((p) => p.entries.length);
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
  return plans
    .filter((p) => p.bundle === ONLINE_BUNDLE)
    .flatMap((online) => {
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
    });
}

/** Runs `work` over `items` in order, with at most `limit` in flight and, when `weigh` is given,
 *  a next item starting only while the weights in flight stay within `maxWeight` (or nothing else
 *  runs). After the first error no new item starts, and that error is thrown. */
export function inPool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  weigh: (item: T) => number = () => 0,
  maxWeight = Infinity,
): Promise<void> {
  return new Promise((done, fail) => {
    let next = 0;
    let running = 0;
    let weight = 0;
    let failed = false;
    const pump = () => {
      if (failed) return;
      if (next >= items.length && running === 0) return done();
      while (next < items.length && running < limit && (running === 0 || weight + weigh(items[next]) <= maxWeight)) {
        const item = items[next++];
        const w = weigh(item);
        running++;
        weight += w;
        work(item).then(
          () => {
            running--;
            weight -= w;
            pump();
          },
          (error: unknown) => {
            failed = true;
            fail(error);
          },
        );
      }
    };
    pump();
  });
}

// Pagefind's service indexes files as they arrive; sending one at a time and waiting for each
// answer leaves it idle between files, so several files and two indexes are in flight. Each open
// index holds its pages in memory, so a second one starts only while the pages in flight stay
// within one full part and a small bundle: two large parts in one lane are indexed in turn.
const FILES_IN_FLIGHT = 32;
const INDEXES_IN_FLIGHT = 2;
const PAGES_IN_FLIGHT = Math.round(BUNDLE_PAGE_LIMIT * 1.2);

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
    await inPool(
      plans,
      INDEXES_IN_FLIGHT,
      async (plan) => {
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
      },
      (plan) => plan.pages.length,
      PAGES_IN_FLIGHT,
    );
  } finally {
    await pagefind.close();
  }
  return counts;
}
