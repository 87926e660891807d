import { describe, expect, it } from 'vitest';
import { aliasesOf, allGemeenten, allRegionRows, findGemeente } from '../../../../src/lib/loketten/gemeenten';
import { byLetter, gemeenteEntries, matchesQuery } from '../../../../src/lib/loketten/loketten';
import { allRegions } from '../../../../src/lib/site/sites';

describe('gemeente lookup', () => {
  it('has all 342 municipalities of 2026 in 35 regions', () => {
    expect(allGemeenten()).toHaveLength(342);
    expect(allRegionRows()).toHaveLength(35);
    expect(new Set(allGemeenten().map((g) => g.regionCode)).size).toBe(35);
  });

  it('finds municipalities by official name, case and accents ignored', () => {
    expect(findGemeente('Lingewaard')?.regionName).toBe('Midden-Gelderland');
    expect(findGemeente('lingewaard')?.code).toBe('GM1705');
    expect(findGemeente('Sudwest-Fryslan')?.name).toBe('Súdwest-Fryslân');
    expect(findGemeente('  Enschede ')?.regionName).toBe('Twente');
  });

  it('knows the names people use instead of the official ones', () => {
    expect(findGemeente('Den Haag')?.name).toBe("'s-Gravenhage");
    expect(findGemeente('Den Bosch')?.name).toBe("'s-Hertogenbosch");
    expect(findGemeente('Nuenen')?.name).toBe('Nuenen, Gerwen en Nederwetten');
    expect(aliasesOf("'s-Gravenhage")).toContain('Den Haag');
  });

  it('says undefined for places that are not municipalities', () => {
    expect(findGemeente('Atlantis')).toBeUndefined();
    expect(findGemeente('Beemster')).toBeUndefined(); // merged into Purmerend in 2022
  });

  it('follows the recent region moves (Elburg, Nunspeet, Olst-Wijhe → Regio Zwolle; Weesp → Amsterdam)', () => {
    expect(findGemeente('Elburg')?.regionName).toBe('Regio Zwolle');
    expect(findGemeente('Olst-Wijhe')?.regionName).toBe('Regio Zwolle');
    expect(findGemeente('Weesp')).toBeUndefined();
  });
});

describe('loket finder data', () => {
  const entries = gemeenteEntries(allRegions());
  it('maps every municipality to a loket, grouped A–Z ignoring "\'s-"', () => {
    expect(entries).toHaveLength(342);
    const groups = byLetter(entries);
    expect(groups.map(([l]) => l)).toEqual([...groups.map(([l]) => l)].sort());
    const g = groups.find(([l]) => l === 'G')![1];
    expect(g.some((e) => e.name === "'s-Gravenhage")).toBe(true);
    expect(entries.find((e) => e.name === 'Lingewaard')!.region.slug).toBe('middengelderland');
  });

  it('matches the start of any word of the name or an alias', () => {
    const haag = entries.find((e) => e.name === "'s-Gravenhage")!;
    expect(matchesQuery(haag.search, 'den haag')).toBe(true);
    expect(matchesQuery(haag.search, 'Haag')).toBe(true);
    expect(matchesQuery(haag.search, 'Gravenh')).toBe(true);
    expect(matchesQuery(haag.search, 'Rotterdam')).toBe(false);
    const linge = entries.find((e) => e.name === 'Lingewaard')!;
    expect(matchesQuery(linge.search, 'Lin')).toBe(true);
    expect(entries.filter((e) => matchesQuery(e.search, 'Lingew'))).toHaveLength(1);
  });
});
