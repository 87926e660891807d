// What the search index knows about a page: its type and the filters, metadata and sorts
// Pagefind stores. Pages pass a SearchEntry to the layout; the labels drive the search UI.
import { AUDIENCE_LABELS } from '../../schemas/shared';
import { COST_BANDS, PROGRAM_LEVELS } from '../opleidingen/edudex/codes';

export const RESULT_TYPES = {
  opleiding: 'Opleiding',
  regeling: 'Regeling',
  nieuws: 'Nieuws',
  agenda: 'Agenda',
  pagina: 'Pagina',
} as const;
export type ResultType = keyof typeof RESULT_TYPES;

/** Filters in the order the search page shows them, with their Dutch labels. */
export const FILTERS = {
  type: 'Soort',
  regio: 'Regio',
  niveau: 'Niveau',
  vorm: 'Vorm',
  sector: 'Sector',
  kosten: 'Kosten',
  doelgroep: 'Voor wie',
  status: 'Status',
} as const;
export type FilterKey = keyof typeof FILTERS;

/** Filters whose values have a natural order (cheap to dear, level by level); others go A–Z. */
export const FILTER_VALUE_ORDER: Partial<Record<FilterKey, string[]>> = {
  kosten: Object.values(COST_BANDS),
  niveau: Object.values(PROGRAM_LEVELS).map((level) => level.label),
};

// Each sort adds an order of every page to the index metadata that every first query downloads
// (about 3 bytes per page), so only sorts people need are kept. "Titel (A–Z)" was dropped (#14):
// a search result list ordered by title helps nobody find what they searched for.
export const SORTS = {
  date: 'Datum (nieuwste eerst)',
} as const;

/** The result types that carry each sort's value: Pagefind leaves other pages out of a sorted search. */
export const SORT_TYPES: Record<keyof typeof SORTS, ResultType[]> = {
  date: ['nieuws', 'agenda'],
};

/**
 * Each site's search is split into Pagefind bundles that the search page merges at query time
 * (`mergeIndex`), so a news item re-indexes the small content bundle and not the catalogue (#15).
 * The first bundle is the one the page loads Pagefind from. A merged search orders a sorted search
 * by each bundle's own positions, so every sortable type must live in one bundle (checked below).
 */
export const SEARCH_BUNDLES = {
  inhoud: ['regeling', 'nieuws', 'agenda', 'pagina'],
  opleidingen: ['opleiding'],
} as const satisfies Record<string, ResultType[]>;
export type SearchBundle = keyof typeof SEARCH_BUNDLES;

/**
 * The national pages of online offers, indexed once on the national site and merged into every
 * regional search (#14), instead of being indexed again in each of the 35 regional bundles. Each
 * regional site has a linked copy under its own /pagefind/, so both hosting modes stay same-origin.
 * Its result URLs end in REGION_SLOT, which the regional search page fills with its region.
 */
export const ONLINE_BUNDLE = 'online';
export type BundleName = SearchBundle | typeof ONLINE_BUNDLE;
/** The "regio" filter value of offers followed online (a regional search page offers it too). */
export const ONLINE_REGION = 'Online';
/** Stands for the visitor's region in the result URLs of the online bundle: "#regio-{regio}". */
export const REGION_SLOT = '{regio}';

/** The folder name of a bundle, or of one part (1, 2, …) of a bundle written in parts: "opleidingen-2". */
export const bundlePart = (bundle: BundleName, part?: number) => (part ? `${bundle}-${part}` : bundle);

export function bundleOf(type: ResultType): SearchBundle {
  return (Object.keys(SEARCH_BUNDLES) as SearchBundle[]).find((b) => (SEARCH_BUNDLES[b] as readonly ResultType[]).includes(type))!;
}

export interface SearchEntry {
  type: ResultType;
  filters?: Partial<Record<Exclude<FilterKey, 'type'>, string | string[]>>;
  /** Shown with the result, e.g. a date or the next start. */
  meta?: Record<string, string>;
  /** ISO date for "nieuwste eerst". */
  date?: string;
  /** Extra words people search with that the page itself may not use (aliases, synonyms). */
  keywords?: string[];
  /** Also list this regional page in the national site's index (news, events). */
  national?: boolean;
  /** Also list this national page in these regional indexes ("all": every region, for online
   *  offers), with the result linking to the region's fragment (#regio-<slug>). */
  regional?: readonly string[] | 'all';
}

/** The value of <html data-search-regional>: "all", or the region slugs separated by spaces. */
export function regionalAttribute(entry: SearchEntry | undefined): string | undefined {
  const regional = entry?.regional;
  if (regional === 'all') return 'all';
  return regional?.length ? regional.join(' ') : undefined;
}

/** The regions named by a data-search-regional value, among `regions` (the sites being indexed). */
export function regionalTargets(value: string | undefined, regions: Iterable<string>): string[] {
  if (!value) return [];
  const known = [...regions];
  if (value === 'all') return known;
  const named = new Set(value.split(/\s+/));
  return known.filter((r) => named.has(r));
}

/** Synonyms per result type, because Pagefind neither splits Dutch compounds nor knows synonyms. */
export const TYPE_KEYWORDS: Record<ResultType, string[]> = {
  opleiding: ['opleiding', 'cursus', 'training', 'scholing', 'leren'],
  regeling: ['regeling', 'subsidie', 'vergoeding', 'geld', 'betalen', 'financiering'],
  nieuws: ['nieuws', 'bericht'],
  agenda: ['agenda', 'evenement', 'activiteit', 'bijeenkomst'],
  pagina: [],
};

export function audienceLabel(value: string): string {
  return (AUDIENCE_LABELS as Record<string, string>)[value] ?? value;
}
