// What kind of page each built HTML file under opleidingen/ is, so the bench can say where the
// pages per offer come from (issue #14: at most 3 pages per offer).
import { relative, sep } from 'node:path';
import { htmlFiles } from '../output/files';
import { paths } from '../../lib/site/paths';

const SECTION = paths.opleidingen.split('/')[1];

export interface PageKinds {
  /** A programme page: opleidingen/<slug>/. */
  programme: number;
  /** The listing without filters, and its further pages. */
  listing: number;
  /** A listing filtered on one facet (any page of it). */
  single: number;
  /** A listing filtered on two facets (any page of it). */
  pair: number;
  /** Every other HTML page. */
  other: number;
}

/** Classifies one path (relative to the output root, "/"-separated) by its segments after the opleidingen section. */
export function pageKind(path: string): keyof PageKinds {
  const parts = path.split('/');
  const at = parts.indexOf(SECTION);
  if (at === -1 || parts.at(-1) !== 'index.html') return 'other';
  let rest = parts.slice(at + 1, -1);
  if (rest.length === 1) return 'programme';
  if (rest.length >= 2 && rest.at(-2) === 'pagina' && /^\d+$/.test(rest.at(-1)!)) rest = rest.slice(0, -2);
  if (rest.length % 2 === 1) return 'other';
  return rest.length === 0 ? 'listing' : rest.length === 2 ? 'single' : rest.length === 4 ? 'pair' : 'other';
}

export function countPageKinds(outDir: string): PageKinds {
  const kinds: PageKinds = { programme: 0, listing: 0, single: 0, pair: 0, other: 0 };
  for (const file of htmlFiles(outDir)) kinds[pageKind(relative(outDir, file).split(sep).join('/'))]++;
  return kinds;
}
