// Filters over pre-built listing pages, so the training overview works without JavaScript.
// Indexes are computed once per build: every offer is visited once per site that lists it and
// added to the lists of the filter combinations it matches (all, each single value, and the pairs
// niveau×vorm, niveau×sector, vorm×sector). A listing page then only looks up lists by key:
// no page ever scans all programmes, so the build stays linear in the number of programmes.
//
// Pages per offer (issue #14, target ≤ 3): listing pages hold PAGE_SIZE offers; a regional site
// lists only offers given there in person (online offers are found through search, where every
// regional index has them, and in the national listing); and a pair gets pages only where it pays
// for itself (pairHasPages). A pair without pages is still offered in the filters, as a search link.
import { paths } from '../site/paths';
import { FILTERS } from '../site/search-fields';
import type { Offer, Run } from '../../schemas/opleiding';
import { COST_BANDS, DIRECT_START, PROGRAM_FORMS, PROGRAM_LEVELS, SECTORS, costBand, startMonthLabel } from './edudex/codes';

export const FACETS = ['niveau', 'vorm', 'sector', 'kosten', 'startmaand'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string>>;

export const FACET_LABELS: Record<Facet, string> = {
  niveau: 'Niveau',
  vorm: 'Vorm',
  sector: 'Sector',
  kosten: 'Kosten',
  startmaand: 'Startmaand',
};

/** The two-filter combinations that get their own pages. */
export const PAIRS: readonly [Facet, Facet][] = [
  ['niveau', 'vorm'],
  ['niveau', 'sector'],
  ['vorm', 'sector'],
];

/**
 * Offers per listing page: as many as the first view allows (HTML + CSS ≤ 14 KB gzip, see the
 * bench). Measured on the shipped feeds (2026-12-02), the national overview with 50 cards comes to
 * 14.1 KB and with 48 to 13.98 KB; 45 (13.8 KB) leaves room for about three longer cards.
 */
export const PAGE_SIZE = 45;
const LEVEL_BY_SLUG = new Map(Object.entries(PROGRAM_LEVELS).map(([code, c]) => [c.slug, code]));
const FORM_BY_SLUG = new Map(Object.entries(PROGRAM_FORMS).map(([code, c]) => [c.slug, code]));

/** Order of values within a facet: the order of the code tables, months by date. */
const ORDER: Record<Facet, (value: string) => number | string> = {
  niveau: (v) => Object.keys(PROGRAM_LEVELS).indexOf(LEVEL_BY_SLUG.get(v) ?? ''),
  vorm: (v) => Object.keys(PROGRAM_FORMS).indexOf(FORM_BY_SLUG.get(v) ?? ''),
  sector: (v) => Object.keys(SECTORS).indexOf(v),
  kosten: (v) => Object.keys(COST_BANDS).indexOf(v),
  startmaand: (v) => (v === DIRECT_START ? '0' : v),
};

export function valueLabel(facet: Facet, value: string): string {
  switch (facet) {
    case 'niveau':
      return PROGRAM_LEVELS[LEVEL_BY_SLUG.get(value) ?? '']?.label ?? value;
    case 'vorm':
      return PROGRAM_FORMS[FORM_BY_SLUG.get(value) ?? '']?.label ?? value;
    case 'sector':
      return SECTORS[value] ?? value;
    case 'kosten':
      return COST_BANDS[value] ?? value;
    case 'startmaand':
      return startMonthLabel(value);
  }
}

// ---- keys and paths --------------------------------------------------------------------------

/** Canonical key of a filter set: facets in FACETS order, e.g. "niveau=mbo-2&vorm=bbl"; "" = all. */
export function filterKey(filters: Filters): string {
  return FACETS.filter((f) => filters[f] !== undefined)
    .map((f) => `${f}=${filters[f]}`)
    .join('&');
}

export function filtersOf(key: string): Filters {
  if (!key) return {};
  return Object.fromEntries(key.split('&').map((part) => part.split('='))) as Filters;
}

/** Can this combination have a page? None, one facet, or one of PAIRS. */
export function isAllowed(filters: Filters): boolean {
  const used = FACETS.filter((f) => filters[f] !== undefined);
  if (used.length <= 1) return true;
  if (used.length > 2) return false;
  return PAIRS.some(([a, b]) => used[0] === a && used[1] === b);
}

/** The path of a listing inside its site: /opleidingen/niveau/mbo-2/vorm/bbl/pagina/2/. */
export function listingPath(filters: Filters, page = 1): string {
  const parts = FACETS.filter((f) => filters[f] !== undefined).flatMap((f) => [f, filters[f]!]);
  if (page > 1) parts.push('pagina', String(page));
  return paths.opleidingen + parts.map((p) => `${p}/`).join('');
}

/** The route parameter ([...filter]) for a listing: undefined for the first page without filters. */
/**
 * Does a pair of filters get its own pages? Only when it narrows enough to pay for them: its list is
 * not empty, at most half of the smaller of its two single lists, and that smaller list needs more
 * than one page. A single list that fits on one page already shows every offer a pair could pick
 * out; a pair that keeps more than half of it saves the visitor little scrolling. Measured on 20,000
 * synthetic offers (45 per page): 1,039 of 2,440 pair lists keep pages, and pair pages per offer
 * drop from 0.28 to 0.08 (the long pair lists that do not narrow are the ones dropped).
 */
export function pairHasPages(pair: number, singleA: number, singleB: number): boolean {
  const smaller = Math.min(singleA, singleB);
  return pair > 0 && pair * 2 <= smaller && smaller > PAGE_SIZE;
}

export function listingParam(filters: Filters, page = 1): string | undefined {
  const rest = listingPath(filters, page).slice(paths.opleidingen.length).replace(/\/$/, '');
  return rest || undefined;
}

// ---- what an offer contributes ---------------------------------------------------------------

export type OfferFacets = Record<Facet, string[]>;

/** Runs that count on a site: all runs nationally; on a regional site those in the region or online. */
export function runsFor(offer: Offer, region?: string): Run[] {
  if (!region) return offer.runs;
  return offer.runs.filter((r) => r.online || r.regions.includes(region));
}

/**
 * Is the offer given in person in this region? A run there that is not online; for an offer
 * without dated runs, a place there (the generic place, or the programme's location). Only such
 * offers are in the region's listings.
 */
export function inPersonIn(offer: Offer, region: string): boolean {
  if (offer.runs.length) return offer.runs.some((r) => !r.online && r.regions.includes(region));
  return !offer.online && offer.regions.includes(region);
}

/**
 * The regions where the offer is given in person: exactly those where inPersonIn is true (a run's
 * regions, or the offer's place, come from the region files, so no other slugs occur).
 */
export function inPersonRegions(offer: Offer): string[] {
  if (offer.runs.length) return [...new Set(offer.runs.flatMap((r) => (r.online ? [] : r.regions)))].sort();
  return offer.online ? [] : [...offer.regions].sort();
}

/**
 * The one region whose site holds the offer's programme page (issue #14: one page per offer): an
 * offer that is not online and is given in person in exactly one region lives on that region's
 * site. Every other offer (online, in several regions, or without a known place) has its one page
 * on the national site, where "Waar woon je?" gives each region's advice and funds.
 */
export function homeRegion(offer: Offer): string | undefined {
  if (offer.online) return undefined;
  const regions = inPersonRegions(offer);
  return regions.length === 1 ? regions[0] : undefined;
}

/** The fragment on the national programme page that holds a region's advice: "regio-twente". */
export function regionFragment(region: string): string {
  return `regio-${region}`;
}

/** What you pay for a run (VAT included when the feed states it). */
export function priceOf(cost: Run['cost']): number | undefined {
  return cost ? cost.total + (cost.totalVAT ?? 0) : undefined;
}

export function facetValues(offer: Offer, region?: string): OfferFacets {
  const runs = runsFor(offer, region);
  const kosten = runs.length ? runs.map((r) => costBand(priceOf(r.cost))) : [costBand(priceOf(offer.generic.cost))];
  const startmaand = runs.length ? runs.map((r) => r.start.slice(0, 7)) : [DIRECT_START];
  return {
    niveau: [PROGRAM_LEVELS[offer.level]?.slug ?? offer.level],
    vorm: offer.forms.map((f) => PROGRAM_FORMS[f]?.slug ?? f),
    sector: offer.sectors,
    kosten: [...new Set(kosten)],
    startmaand: [...new Set(startmaand)],
  };
}

// ---- the index -------------------------------------------------------------------------------

export interface SiteIndex {
  siteId: string;
  /** Region slug for regional sites; undefined for the national site. */
  region?: string;
  /** Offers on this site, in listing order (on a regional site: given in the region or online). */
  offers: Offer[];
  /** Offers whose one programme page is on this site: regionally those given in person only there
   *  (see homeRegion), nationally all others. */
  pages: Offer[];
  /**
   * Filter key → positions in `offers`, ascending: one entry per listing that has pages ("" always).
   * Only offers with a programme page on the site are listed (regionally: not the online ones).
   */
  lists: Map<string, number[]>;
  /** Pairs that match offers but get no pages (see pairHasPages): key → number of offers. */
  pairCounts: Map<string, number>;
  /** Values that occur per facet on this site, in display order. */
  values: Record<Facet, string[]>;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Listing order: title A–Z, then provider, then id (stable whatever the feed order). */
export function sortOffers(offers: Offer[]): Offer[] {
  return [...offers].sort(
    (a, b) => collator.compare(a.title, b.title) || collator.compare(a.provider.name, b.provider.name) || a.id.localeCompare(b.id),
  );
}

/** Builds one site's index from offers already in listing order. */
export function buildSiteIndex(siteId: string, sorted: Offer[], region?: string): SiteIndex {
  const offers = region ? sorted.filter((o) => o.regions.includes(region)) : sorted;
  const lists = new Map<string, number[]>([['', []]]);
  const seen: Record<Facet, Set<string>> = {
    niveau: new Set(),
    vorm: new Set(),
    sector: new Set(),
    kosten: new Set(),
    startmaand: new Set(),
  };
  const push = (key: string, i: number) => {
    const list = lists.get(key);
    if (!list) lists.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  offers.forEach((offer, i) => {
    // Online offers would fill the listings of all 35 regions: regionally only offers given there in person.
    if (region && !inPersonIn(offer, region)) return;
    const values = facetValues(offer, region);
    push('', i);
    for (const facet of FACETS) {
      for (const v of values[facet]) {
        seen[facet].add(v);
        push(filterKey({ [facet]: v }), i);
      }
    }
    for (const [a, b] of PAIRS) {
      for (const va of values[a]) for (const vb of values[b]) push(filterKey({ [a]: va, [b]: vb }), i);
    }
  });
  const values = Object.fromEntries(
    FACETS.map((f) => [
      f,
      [...seen[f]].sort((x, y) => {
        const ox = ORDER[f](x);
        const oy = ORDER[f](y);
        return ox < oy ? -1 : ox > oy ? 1 : x.localeCompare(y);
      }),
    ]),
  ) as Record<Facet, string[]>;
  const pairCounts = new Map<string, number>();
  for (const [key, list] of lists) {
    const [a, b] = key.split('&');
    if (b === undefined) continue;
    if (pairHasPages(list.length, lists.get(a)!.length, lists.get(b)!.length)) continue;
    pairCounts.set(key, list.length);
    lists.delete(key);
  }
  const pages = offers.filter((o) => homeRegion(o) === region);
  return { siteId, region, offers, pages, lists, pairCounts, values };
}

export interface Catalog {
  offers: Offer[];
  bySlug: Map<string, Offer>;
  sites: Map<string, SiteIndex>;
  /** Page title per slug: the offer's title, plus the provider (and programme id) where titles clash. */
  pageTitles: Map<string, string>;
}

/** Unique page titles: "VCA basis (Opleider A)" only when another offer has the same title. */
export function pageTitles(offers: Offer[]): Map<string, string> {
  const count = (key: (o: Offer) => string) => offers.reduce((m, o) => m.set(key(o), (m.get(key(o)) ?? 0) + 1), new Map<string, number>());
  const byTitle = count((o) => o.title);
  const byTitleProvider = count((o) => `${o.title}\u0000${o.provider.name}`);
  return new Map(
    offers.map((o) => {
      if (byTitle.get(o.title)! === 1) return [o.slug, o.title];
      if (byTitleProvider.get(`${o.title}\u0000${o.provider.name}`)! === 1) return [o.slug, `${o.title} (${o.provider.name})`];
      return [o.slug, `${o.title} (${o.provider.name}, ${o.programId})`];
    }),
  );
}

/** Indexes for every site: the national one (no region) and one per region slug. */
export function buildCatalog(offers: Offer[], sites: { id: string; region?: string }[]): Catalog {
  const sorted = sortOffers(offers);
  const bySlug = new Map<string, Offer>();
  for (const o of sorted) {
    if (bySlug.has(o.slug))
      throw new Error(`Two training offers share the URL slug "${o.slug}": ${bySlug.get(o.slug)!.file} and ${o.file}`);
    bySlug.set(o.slug, o);
  }
  return {
    offers: sorted,
    bySlug,
    sites: new Map(sites.map((s) => [s.id, buildSiteIndex(s.id, sorted, s.region)])),
    pageTitles: pageTitles(sorted),
  };
}

// ---- pages -----------------------------------------------------------------------------------

export interface ListingRoute {
  filters: Filters;
  page: number;
}

/** Every listing page of a site: each list of the index (see pairHasPages), paginated. */
export function listingRoutes(index: SiteIndex): ListingRoute[] {
  const routes: ListingRoute[] = [];
  for (const [key, list] of index.lists) {
    const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    for (let page = 1; page <= pages; page++) routes.push({ filters: filtersOf(key), page });
  }
  return routes;
}

/** Where a filter combination leads on a site: its listing page, or the search page when it has none. */
export interface FilterTarget {
  count: number;
  /** Listing path inside the site, when the combination has pages. */
  path?: string;
  /** Query for the site's search page (with "?"), when the combination has no pages. */
  search?: string;
}

export interface FacetOption extends FilterTarget {
  value: string;
  label: string;
  current: boolean;
}

export interface FacetGroup {
  facet: Facet;
  label: string;
  /** active: a value is chosen; open: values can be added; blocked: cannot combine with the current choice. */
  state: 'active' | 'open' | 'blocked';
  options: FacetOption[];
}

export interface ActiveFilter {
  facet: Facet;
  value: string;
  label: string;
  /** Listing path without this filter. */
  removePath: string;
}

export interface Listing {
  siteId: string;
  filters: Filters;
  page: number;
  pageCount: number;
  total: number;
  items: Offer[];
  /** Position of the first item (1-based) for "21–40 van 57". */
  first: number;
  groups: FacetGroup[];
  active: ActiveFilter[];
}

/**
 * One listing page, from the index only (cost: the page's items plus one lookup per facet value).
 * `regio`: the region's name on a regional site, for search links (see targetOn).
 */
export function listing(index: SiteIndex, filters: Filters, page = 1, regio?: string): Listing {
  const key = filterKey(filters);
  const list = index.lists.get(key);
  if (!list) throw new Error(`No listing "${key}" on site ${index.siteId}`);
  const pageCount = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  if (page < 1 || page > pageCount) throw new Error(`Listing "${key}" on site ${index.siteId} has no page ${page}`);
  const start = (page - 1) * PAGE_SIZE;
  const items = list.slice(start, start + PAGE_SIZE).map((i) => index.offers[i]);
  const groups: FacetGroup[] = FACETS.map((facet) => {
    const chosen = filters[facet];
    const options: FacetOption[] = [];
    for (const value of index.values[facet]) {
      const next = { ...filters, [facet]: value };
      if (!isAllowed(next)) continue;
      const target = targetOn(index, next, regio);
      if (target.count === 0) continue;
      const current = chosen === value;
      options.push({ value, label: valueLabel(facet, value), current, ...(current ? { count: target.count } : target) });
    }
    const state = chosen !== undefined ? 'active' : options.length || !index.values[facet].length ? 'open' : 'blocked';
    return { facet, label: FACET_LABELS[facet], state, options };
  });

  const active = activeFilters(filters);
  return { siteId: index.siteId, filters, page, pageCount, total: list.length, items, first: list.length ? start + 1 : 0, groups, active };
}

/** The filters in use, each with the listing path without it (a single filter or none: always a page). */
export function activeFilters(filters: Filters): ActiveFilter[] {
  return FACETS.filter((f) => filters[f] !== undefined).map((facet) => {
    const rest = { ...filters };
    delete rest[facet];
    return { facet, value: filters[facet]!, label: valueLabel(facet, filters[facet]!), removePath: listingPath(rest) };
  });
}

/** How many offers a site lists for these filters (0 when the combination is not allowed or matches none). */
export function countOn(index: SiteIndex | undefined, filters: Filters): number {
  const key = filterKey(filters);
  return index?.lists.get(key)?.length ?? index?.pairCounts.get(key) ?? 0;
}

/**
 * Where to send a visitor for these filters on a site: the listing page when it exists, otherwise
 * the search page with the same filters (a pair without pages; count 0 when nothing matches).
 * `regio` is the search filter value of the site's own programme pages: the region's name on a
 * regional site (its search index also holds the online offers, which its listings leave out).
 */
export function targetOn(index: SiteIndex | undefined, filters: Filters, regio?: string): FilterTarget {
  const key = filterKey(filters);
  const list = index?.lists.get(key);
  if (list) return { count: list.length, path: listingPath(filters) };
  const count = index?.pairCounts.get(key) ?? 0;
  return count ? { count, search: searchQuery(filters, regio) } : { count };
}

/**
 * The search page's address query for these filters: the search filters take the same labels as
 * the listing (niveau, vorm, sector, kosten); start months have no search filter and are left out.
 * `regio` narrows to one search filter value of "regio", e.g. "Online" or a region's name.
 */
export function searchQuery(filters: Filters, regio?: string): string {
  const params = new URLSearchParams();
  if (regio) params.append('regio', regio);
  for (const facet of FACETS) {
    const value = filters[facet];
    // Only facets the search page filters on (start months are not one of them).
    if (value !== undefined && facet in FILTERS) params.append(facet, valueLabel(facet, value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Page numbers to show: first, last, and two around the current one, with gaps as null. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}
