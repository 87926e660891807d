// Which loket serves which municipality: the data behind "vind jouw leerwerkloket".
import { aliasesOf, allGemeenten, normalizeName } from './gemeenten';
import type { Region } from './regions';

export interface GemeenteEntry {
  name: string;
  /** Official name, aliases and accent-free form, lower case: what the type-ahead matches on. */
  search: string;
  region: Region;
  letter: string;
}

export function gemeenteEntries(regions: Region[]): GemeenteEntry[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return allGemeenten()
    .map((g) => {
      const region = byCode.get(g.regionCode);
      if (!region) throw new Error(`No region file for ${g.regionCode} (${g.regionName}), needed for gemeente ${g.name}`);
      const sortName = g.name.replace(/^'s-/, '');
      const names = [g.name, sortName, ...aliasesOf(g.name)];
      return {
        name: g.name,
        search: [...new Set(names.map(normalizeName))].join('|'),
        region,
        letter: sortName[0].toUpperCase(),
      };
    })
    .sort((a, b) => a.name.replace(/^'s-/, '').localeCompare(b.name.replace(/^'s-/, ''), 'nl'));
}

/** Entries grouped by first letter (ignoring "'s-"), A–Z. */
export function byLetter(entries: GemeenteEntry[]): [string, GemeenteEntry[]][] {
  const groups = new Map<string, GemeenteEntry[]>();
  for (const e of entries) groups.set(e.letter, [...(groups.get(e.letter) ?? []), e]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

export { matchesQuery } from './match';
