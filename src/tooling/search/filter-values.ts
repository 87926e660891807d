// The filter values a site's index holds, written into its search page at build time. The page
// then shows every filter group without asking Pagefind, and loads a group's table only when the
// visitor opens or uses it: `filters()` would fetch every table before the first result (issue #14).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindBundle, paths } from '../../lib/site/paths';
import { bundlePart, FILTER_VALUE_ORDER } from '../../lib/site/search-fields';
import type { IndexPlan } from './indexer';

export type FilterValues = Record<string, string[]>;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name.toLowerCase()] ?? whole),
  );

/** Adds the `data-pagefind-filter="key:value"` attribute values of one built page (as SearchData
 *  writes them; PageFacts.search.filters) to `into`. */
export function addFilterValues(attributes: readonly string[], into: Map<string, Set<string>>): void {
  for (const raw of attributes) {
    const text = decode(raw);
    const colon = text.indexOf(':');
    if (colon < 1) continue;
    const key = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).trim();
    if (!value) continue;
    let values = into.get(key);
    if (!values) into.set(key, (values = new Set()));
    values.add(value);
  }
}

const collator = new Intl.Collator('nl', { numeric: true });

/** Plain-object form for the search page: values in their natural order where one exists, else A–Z. */
export function sortedValues(
  found: Map<string, Set<string>>,
  order: Record<string, string[] | undefined> = FILTER_VALUE_ORDER,
): FilterValues {
  const rank = (key: string, value: string) => {
    const at = order[key]?.indexOf(value) ?? -1;
    return at === -1 ? Infinity : at;
  };
  return Object.fromEntries(
    [...found]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, values]) => [key, [...values].sort((a, b) => rank(key, a) - rank(key, b) || collator.compare(a, b))]),
  );
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const VALUES_SLOT = /\sdata-filter-values="[^"]*"/;
const BUNDLES_SLOT = /\sdata-pagefind-bundles="([^"]*)"/;

export interface SearchPageData {
  /** Every filter value in the site's bundles. */
  filterValues: FilterValues;
  /** The bundles written for the site, in order: the page loads only these (an empty one is not
   *  written). `id` is the folder name, which differs from `name` for a part ("opleidingen-2"). */
  bundles: { name: string; id: string }[];
}

/** Writes what the build learnt into the search page of the site whose output folder is `folder`. */
export function writeSearchPage(outDir: string, folder: string, data: SearchPageData): void {
  const file = join(outDir, folder, paths.zoeken, 'index.html');
  // A build without the search page (none today) has nowhere to show filters.
  if (!existsSync(file)) return;
  const html = readFileSync(file, 'utf8');
  if (!VALUES_SLOT.test(html))
    throw new Error(`${file}: the search page has no data-filter-values attribute to fill (see SearchPanel.astro)`);
  const listed = BUNDLES_SLOT.exec(html);
  if (!listed) throw new Error(`${file}: the search page has no data-pagefind-bundles attribute to fill (see SearchPanel.astro)`);
  // The page lists each bundle's folder URL by name; a part lives beside it (pagefindBundle(<name>-<part>)).
  const bundles: Record<string, string> = {};
  for (const [name, href] of Object.entries(JSON.parse(decode(listed[1])) as Record<string, string>)) {
    const tail = pagefindBundle(name);
    if (!href.endsWith(tail)) throw new Error(`${file}: the search bundle "${name}" should be at a URL ending in ${tail}, not ${href}`);
    for (const { id } of data.bundles.filter((b) => b.name === name)) bundles[id] = href.slice(0, -tail.length) + pagefindBundle(id);
  }
  writeFileSync(
    file,
    html
      .replace(VALUES_SLOT, ` data-filter-values="${escapeAttribute(JSON.stringify(data.filterValues))}"`)
      .replace(BUNDLES_SLOT, ` data-pagefind-bundles="${escapeAttribute(JSON.stringify(bundles))}"`),
  );
}

/** Merges the filter values of several bundles of one site. */
export function mergeValues(all: FilterValues[]): FilterValues {
  const found = new Map<string, Set<string>>();
  for (const values of all)
    for (const [key, list] of Object.entries(values)) for (const v of list) (found.get(key) ?? found.set(key, new Set()).get(key)!).add(v);
  return sortedValues(found);
}

/** Fills the search page of every site that has plans: its bundles' filter values and names. */
export function writeSearchPages(outDir: string, plans: Pick<IndexPlan, 'folder' | 'bundle' | 'part' | 'filterValues'>[]): void {
  const byFolder = new Map<string, typeof plans>();
  for (const plan of plans) byFolder.set(plan.folder, [...(byFolder.get(plan.folder) ?? []), plan]);
  for (const [folder, own] of byFolder)
    writeSearchPage(outDir, folder, {
      filterValues: mergeValues(own.map((p) => p.filterValues)),
      bundles: own.map((p) => ({ name: p.bundle, id: bundlePart(p.bundle, p.part) })),
    });
}
