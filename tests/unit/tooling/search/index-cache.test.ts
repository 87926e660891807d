import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndexPlan } from '../../../../src/tooling/search/indexer';
import { moveKept, planDigest, restoreIndexes, storeIndexes } from '../../../../src/tooling/search/index-cache';
import { setAsideSearch } from '../../../../src/tooling/output/catalogue-keep';

const plan = (site: string, pages: [string, string][], filterValues = {}, bundle: IndexPlan['bundle'] = 'opleidingen'): IndexPlan => ({
  site,
  bundle,
  folder: site === 'landelijk' ? '' : site,
  pages: pages.map(([url, hash]) => ({ file: `/out${url}index.html`, url, hash })),
  filterValues,
});

describe('index plan digest', () => {
  const base = plan('twente', [
    ['/twente/a/', 'h1'],
    ['/twente/b/', 'h2'],
  ]);

  it('is the same for the same pages and changes with any page, URL or filter value', () => {
    expect(
      planDigest(
        plan('twente', [
          ['/twente/a/', 'h1'],
          ['/twente/b/', 'h2'],
        ]),
      ),
    ).toBe(planDigest(base));
    expect(
      planDigest(
        plan('twente', [
          ['/twente/a/', 'h1'],
          ['/twente/b/', 'h3'],
        ]),
      ),
    ).not.toBe(planDigest(base));
    expect(
      planDigest(
        plan('twente', [
          ['/twente/a/', 'h1'],
          ['/twente/c/', 'h2'],
        ]),
      ),
    ).not.toBe(planDigest(base));
    expect(planDigest(plan('twente', [['/twente/a/', 'h1']]))).not.toBe(planDigest(base));
    expect(
      planDigest(
        plan(
          'twente',
          [
            ['/twente/a/', 'h1'],
            ['/twente/b/', 'h2'],
          ],
          { sector: ['Zorg'] },
        ),
      ),
    ).not.toBe(planDigest(base));
    expect(
      planDigest(
        plan('rijnmond', [
          ['/twente/a/', 'h1'],
          ['/twente/b/', 'h2'],
        ]),
      ),
    ).not.toBe(planDigest(base));
    expect(
      planDigest(
        plan(
          'twente',
          [
            ['/twente/a/', 'h1'],
            ['/twente/b/', 'h2'],
          ],
          {},
          'inhoud',
        ),
      ),
    ).not.toBe(planDigest(base));
  });
});

describe('index cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'lwl-index-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeIndex = (out: string, folder: string, text: string, bundle = 'opleidingen') => {
    mkdirSync(join(out, folder, 'pagefind', bundle), { recursive: true });
    writeFileSync(join(out, folder, 'pagefind', bundle, 'pagefind-entry.json'), text);
  };

  it('restores an unchanged index and leaves a changed one to be indexed', () => {
    const cache = join(dir, 'cache');
    const first = join(dir, 'first');
    const twente = plan('twente', [['/twente/a/', 'h1']]);
    const national = plan('landelijk', [['/a/', 'n1']]);
    writeIndex(first, 'twente', 'twente v1');
    writeIndex(first, '', 'landelijk v1');
    storeIndexes(join(cache), first, [twente, national]);

    const second = join(dir, 'second');
    const changed = plan('landelijk', [['/a/', 'n2']]);
    const { restored, todo } = restoreIndexes(cache, second, [twente, changed]);
    expect(restored.map((p) => p.site)).toEqual(['twente']);
    expect(todo.map((p) => p.site)).toEqual(['landelijk']);
    expect(readFileSync(join(second, 'twente', 'pagefind', 'opleidingen', 'pagefind-entry.json'), 'utf8')).toBe('twente v1');
    expect(existsSync(join(second, 'pagefind'))).toBe(false);
  });

  it('keeps the bundles of one site apart: a changed content bundle leaves the catalogue restored', () => {
    const cache = join(dir, 'cache');
    const first = join(dir, 'first');
    const catalogue = plan('twente', [['/twente/opleidingen/a/', 'o1']]);
    const content = plan('twente', [['/twente/nieuws/a/', 'n1']], {}, 'inhoud');
    writeIndex(first, 'twente', 'catalogue v1');
    writeIndex(first, 'twente', 'content v1', 'inhoud');
    storeIndexes(cache, first, [catalogue, content]);

    const second = join(dir, 'second');
    const news = plan('twente', [['/twente/nieuws/a/', 'n2']], {}, 'inhoud');
    const { restored, todo } = restoreIndexes(cache, second, [catalogue, news]);
    expect(restored.map((p) => p.bundle)).toEqual(['opleidingen']);
    expect(todo.map((p) => p.bundle)).toEqual(['inhoud']);
    expect(readFileSync(join(second, 'twente', 'pagefind', 'opleidingen', 'pagefind-entry.json'), 'utf8')).toBe('catalogue v1');
    expect(existsSync(join(second, 'twente', 'pagefind', 'inhoud'))).toBe(false);
  });

  it('replaces a stored index, so an old copy is never restored for new pages', () => {
    const cache = join(dir, 'cache');
    const out = join(dir, 'out');
    const v1 = plan('twente', [['/twente/a/', 'h1']]);
    const v2 = plan('twente', [['/twente/a/', 'h2']]);
    writeIndex(out, 'twente', 'v1');
    storeIndexes(cache, out, [v1]);
    writeIndex(out, 'twente', 'v2');
    storeIndexes(cache, out, [v2]);
    expect(restoreIndexes(cache, join(dir, 'x'), [v1]).restored).toEqual([]);
    const again = join(dir, 'y');
    expect(restoreIndexes(cache, again, [v2]).restored.length).toBe(1);
    expect(readFileSync(join(again, 'twente', 'pagefind', 'opleidingen', 'pagefind-entry.json'), 'utf8')).toBe('v2');
  });

  it('moves an unchanged bundle back whole from the last output, and never a changed one', () => {
    const cache = join(dir, 'cache');
    const last = join(dir, 'last');
    const catalogue = plan('twente', [['/twente/opleidingen/a/', 'o1']]);
    const content = plan('twente', [['/twente/nieuws/a/', 'n1']], {}, 'inhoud');
    writeIndex(last, 'twente', 'catalogue v1');
    writeIndex(last, 'twente', 'content v1', 'inhoud');
    storeIndexes(cache, last, [catalogue, content]);
    const entry = join(last, 'twente', 'pagefind', 'opleidingen', 'pagefind-entry.json');
    const inode = statSync(entry).ino;

    // The last output goes aside; its search folders wait in `kept`.
    const kept = join(dir, 'kept');
    setAsideSearch(last, kept, 'path', [
      { id: 'landelijk', host: 'leerwerkloket.nl', isNational: true },
      { id: 'twente', host: 'twente.leerwerkloket.nl', isNational: false },
      { id: 'rijnmond', host: 'rijnmond.leerwerkloket.nl', isNational: false },
    ]);
    expect(existsSync(join(last, 'twente', 'pagefind'))).toBe(false);

    const next = join(dir, 'next');
    const news = plan('twente', [['/twente/nieuws/a/', 'n2']], {}, 'inhoud');
    const { restored, todo } = restoreIndexes(cache, next, [catalogue, news], kept);
    expect(restored).toEqual([catalogue]);
    expect(todo).toEqual([news]);
    // The very folder of the last output, moved: the same file, not a new link.
    const moved = join(next, 'twente', 'pagefind', 'opleidingen', 'pagefind-entry.json');
    expect(readFileSync(moved, 'utf8')).toBe('catalogue v1');
    expect(statSync(moved).ino).toBe(inode);
    expect(existsSync(join(kept, 'twente', 'pagefind', 'opleidingen'))).toBe(false);
    // The changed bundle stays behind (it is removed with `kept`), so the indexer writes it anew.
    expect(existsSync(join(next, 'twente', 'pagefind', 'inhoud'))).toBe(false);
    expect(moveKept(kept, next, 'twente/pagefind/ontbreekt')).toBe(false);
    expect(moveKept(undefined, next, 'twente/pagefind/inhoud')).toBe(false);
  });
});
