// Pure matcher shared by the build and the browser (no Node imports here).
import { normalizeName } from '../normalize';

/** Type-ahead matching: every word of the query must start a word of a name or alias. */
export function matchesQuery(search: string, query: string): boolean {
  const q = normalizeName(query);
  if (!q) return true;
  return search.split('|').some((name) => name.startsWith(q) || name.split(/[\s-]/).some((w) => w.startsWith(q)));
}
