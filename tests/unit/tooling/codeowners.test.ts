// .github/CODEOWNERS is generated from regions/*.yaml and must be committed in sync.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODEOWNERS_PATH, codeowners, regionFolders } from '../../../src/tooling/codeowners';
import { regionData } from '../../../src/lib/site/sites';

const { national, regions } = regionData();

describe('CODEOWNERS', () => {
  it('the committed file matches regions/*.yaml (run `npm run codeowners` when this fails)', () => {
    expect(readFileSync(CODEOWNERS_PATH, 'utf8')).toBe(codeowners(national, regions));
  });

  it("the national team owns everything; each region's editors own exactly their folders, after the catch-all", () => {
    const rules = codeowners(national, regions)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/\s+/));
    expect(rules[0]).toEqual(['*', '@landelijk-team']);
    for (const region of regions) {
      const own = rules.filter(([, ...owners]) => owners.every((o) => region.editors.includes(o.slice(1))));
      expect(
        own.map(([path]) => path),
        region.slug,
      ).toEqual(regionFolders(region.slug));
    }
    expect(regionFolders('twente')).toEqual([
      '/content/nieuws/twente/',
      '/content/agenda/twente/',
      '/content/regio/twente/',
      '/public/media/twente/',
    ]);
  });

  it('follows changes to the editors', () => {
    const changed = regions.map((r) => (r.slug === 'twente' ? { ...r, editors: ['nieuwe-redacteur', 'redactie-twente'] } : r));
    const text = codeowners(national, changed);
    expect(text).toMatch(/^\/content\/agenda\/twente\/ +@nieuwe-redacteur @redactie-twente$/m);
    expect(text).not.toBe(readFileSync(CODEOWNERS_PATH, 'utf8'));
  });
});
