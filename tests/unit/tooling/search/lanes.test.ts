import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_PAGE_LIMIT, inPool, splitPlans, type IndexPlan } from '../../../../src/tooling/search/indexer';
import { bundlePageLimit, laneCount, writeIndexesInLanes } from '../../../../src/tooling/search/lanes';

const plan = (site: string, pages: number): IndexPlan => ({
  site,
  bundle: 'opleidingen',
  folder: site,
  pages: Array.from({ length: pages }, (_, i) => ({ file: `${site}/${i}.html`, url: `/${site}/${i}/`, hash: '' })),
  filterValues: {},
});

describe('dealing index plans over lanes', () => {
  it('keeps every plan once and balances the page counts', () => {
    const plans = [plan('landelijk', 900), plan('a', 300), plan('b', 300), plan('c', 200), plan('d', 100)];
    const lanes = splitPlans(plans, 2);
    expect(lanes).toHaveLength(2);
    expect(
      lanes
        .flat()
        .map((p) => p.site)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'landelijk']);
    const sizes = lanes.map((l) => l.reduce((n, p) => n + p.pages.length, 0));
    expect(sizes.sort()).toEqual([900, 900]);
  });

  it('never makes more lanes than plans, nor fewer than one', () => {
    expect(splitPlans([plan('a', 1)], 4)).toHaveLength(1);
    expect(splitPlans([plan('a', 1), plan('b', 1)], 0)).toHaveLength(1);
  });

  it('reads SEARCH_BUNDLE_PAGES and refuses a value that is not a whole number', () => {
    expect(bundlePageLimit({ SEARCH_BUNDLE_PAGES: '30' })).toBe(30);
    expect(bundlePageLimit({})).toBe(BUNDLE_PAGE_LIMIT);
    expect(() => bundlePageLimit({ SEARCH_BUNDLE_PAGES: '0' })).toThrow(/SEARCH_BUNDLE_PAGES must be a whole number of 1 or more, not "0"/);
  });

  it('reads SEARCH_LANES and refuses a value that is not a whole number', () => {
    expect(laneCount({ SEARCH_LANES: '3' })).toBe(3);
    expect(laneCount({})).toBeGreaterThanOrEqual(1);
    expect(() => laneCount({ SEARCH_LANES: 'twee' })).toThrow(/SEARCH_LANES must be a whole number of 1 or more, not "twee"/);
  });
});

describe('inPool', () => {
  it('runs every item with at most the given number in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5 * (n % 3)));
      done.push(n);
      inFlight--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('with weights, starts a next item only while the weight in flight stays within the most (or nothing runs)', async () => {
    // Pages per index: two large parts never run together; a small bundle may run beside one.
    const sizes = [25, 25, 5, 5, 40, 1];
    let weight = 0;
    let heaviest = 0;
    const together: number[][] = [];
    const running = new Set<number>();
    await inPool(
      sizes.map((size, i) => ({ size, i })),
      2,
      async ({ size, i }) => {
        running.add(i);
        together.push([...running]);
        heaviest = Math.max(heaviest, (weight += size));
        await new Promise((r) => setTimeout(r, 5));
        weight -= size;
        running.delete(i);
      },
      ({ size }) => size,
      30,
    );
    expect(new Set(together.flat())).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    // The 40-page one ran alone; no two items together weighed more than 30.
    expect(heaviest).toBe(40);
    expect(together.filter((ids) => ids.length > 1).every((ids) => ids.reduce((n, i) => n + sizes[i], 0) <= 30)).toBe(true);
    expect(together.some((ids) => ids.includes(0) && ids.includes(1))).toBe(false);
    expect(together.some((ids) => ids.length > 1)).toBe(true);
  });

  it('resolves at once with nothing to do', async () => {
    await expect(inPool([], 2, async () => undefined)).resolves.toBeUndefined();
  });

  it('starts no new item after an error, and throws that error', async () => {
    const started: number[] = [];
    const run = inPool([1, 2, 3, 4, 5, 6, 7, 8], 2, async (n) => {
      started.push(n);
      await new Promise((r) => setTimeout(r, 5));
      if (n === 2) throw new Error('bestand 2 is kapot');
    });
    await expect(run).rejects.toThrow('bestand 2 is kapot');
    await new Promise((r) => setTimeout(r, 30));
    // 1 and 2 run together; when 2 fails, only the item lane 1 had already taken (3) still runs.
    expect(started).toEqual([1, 2, 3]);
  });
});

describe('writing indexes in lanes (real Pagefind)', () => {
  const out = mkdtempSync(join(tmpdir(), 'lanes-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const page = (dir: string, title: string) => {
    mkdirSync(join(out, dir), { recursive: true });
    const file = join(out, dir, 'index.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Een cursus over ${title}.</p></main></body></html>`,
    );
    return file;
  };

  it('writes each planned bundle from two processes, with the page counts', async () => {
    const plans: IndexPlan[] = [
      {
        site: 'landelijk',
        bundle: 'opleidingen',
        folder: '',
        pages: [
          { file: page('heftruck', 'Heftruck'), url: '/heftruck/', hash: '' },
          { file: page('vca', 'VCA'), url: '/vca/', hash: '' },
        ],
        filterValues: {},
      },
      {
        site: 'twente',
        bundle: 'opleidingen',
        folder: 'twente',
        pages: [{ file: page('twente/lassen', 'Lassen'), url: '/twente/lassen/', hash: '' }],
        filterValues: {},
      },
      {
        site: 'rijnmond',
        bundle: 'inhoud',
        folder: 'rijnmond',
        pages: [{ file: page('rijnmond/koken', 'Koken'), url: '/rijnmond/koken/', hash: '' }],
        filterValues: {},
      },
    ];
    const counts = await writeIndexesInLanes(out, plans, 2);
    expect(counts).toEqual({ 'landelijk/opleidingen': 2, 'twente/opleidingen': 1, 'rijnmond/inhoud': 1 });
    for (const folder of ['pagefind/opleidingen', 'twente/pagefind/opleidingen', 'rijnmond/pagefind/inhoud'])
      expect(existsSync(join(out, folder, 'pagefind-entry.json'))).toBe(true);
    // The UI bundles are removed: our own search page does not use them.
    expect(existsSync(join(out, 'pagefind', 'opleidingen', 'pagefind-ui.js'))).toBe(false);
  }, 60_000);

  it('stops with the file that could not be read', async () => {
    const plans: IndexPlan[] = [
      {
        site: 'twente',
        bundle: 'opleidingen',
        folder: 'twente',
        pages: [{ file: join(out, 'twente/bestaat-niet.html'), url: '/twente/x/', hash: '' }],
        filterValues: {},
      },
    ];
    await expect(writeIndexesInLanes(out, plans, 1)).rejects.toThrow(/Search indexing stopped .*[\s\S]*twente\/bestaat-niet\.html/);
  }, 60_000);
});
