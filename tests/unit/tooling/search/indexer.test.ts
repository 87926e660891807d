// Which pages go into which search index, and with which result URL (both hosting modes).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFolder, planIndexes, planName, shareOnlineBundle, type IndexPlan } from '../../../../src/tooling/search/indexer';
import { createUrls } from '../../../../src/lib/site/urls';

const hosts = { landelijk: 'leerwerkloket.nl', twente: 'twente.leerwerkloket.nl', groningen: 'groningen.leerwerkloket.nl' };
const sites = [
  { id: 'landelijk', isNational: true },
  { id: 'twente', isNational: false },
  { id: 'groningen', isNational: false },
];

const out = mkdtempSync(join(tmpdir(), 'indexer-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
function page(path: string, attrs = '', body = 'x', root = out) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="nl"${attrs}><body><main data-pagefind-body>${body}</main></body></html>`);
}
const programme = ' data-search-bundle="opleidingen"';
// One page per offer (issue #14): an online course (national, in every regional index), an offer
// given in Twente and Groningen (national, in those two indexes), an offer given only in Groningen
// (its Groningen page, also in the national index), one without a place (national only), and a
// national page that names a region this build does not index.
page('opleidingen/excel/index.html', `${programme} data-search-regional="all"`);
page('opleidingen/lassen/index.html', `${programme} data-search-regional="groningen twente"`);
page('groningen/opleidingen/zorg/index.html', `${programme} data-search-national="true"`);
page('opleidingen/in-company/index.html', programme);
page('opleidingen/heftruck/index.html', `${programme} data-search-regional="achterhoek twente"`);
// And a Twente news item, which the national content bundle lists too.
page(
  'twente/nieuws/taal/index.html',
  ' data-search-bundle="inhoud" data-search-national="true"',
  '<span data-pagefind-sort="date:2026-11-16"></span>',
);

const plansOf = (mode: 'path' | 'host') => planIndexes(out, sites, createUrls({ mode, hosts, national: 'landelijk' }));
const urlsOf = (mode: 'path' | 'host') =>
  Object.fromEntries(
    plansOf(mode)
      .filter((p) => p.bundle === 'opleidingen')
      .map((p) => [p.site, p.pages.map((x) => x.url).sort()]),
  );

describe('planIndexes', () => {
  it("puts a national programme page in the indexes of the regions it names, at the region's advice", () => {
    expect(urlsOf('path')).toEqual({
      landelijk: [
        '/groningen/opleidingen/zorg/',
        '/opleidingen/excel/',
        '/opleidingen/heftruck/',
        '/opleidingen/in-company/',
        '/opleidingen/lassen/',
      ],
      twente: ['/opleidingen/heftruck/#regio-twente', '/opleidingen/lassen/#regio-twente'],
      groningen: ['/groningen/opleidingen/zorg/', '/opleidingen/lassen/#regio-groningen'],
    });
  });

  it('indexes an online offer once, in the online bundle, linked to the region the search page fills in', () => {
    const online = plansOf('path').filter((p) => p.bundle === 'online');
    expect(online.map((p) => [p.site, p.folder, p.pages.map((x) => x.url)])).toEqual([
      ['landelijk', '', ['/opleidingen/excel/#regio-{regio}']],
    ]);
    expect(
      plansOf('host')
        .find((p) => p.bundle === 'online')!
        .pages.map((x) => x.url),
    ).toEqual(['https://leerwerkloket.nl/opleidingen/excel/#regio-{regio}']);
  });

  it('links to the national host in host mode, and from the national index to the regional host', () => {
    const urls = urlsOf('host');
    expect(urls.twente).toEqual([
      'https://leerwerkloket.nl/opleidingen/heftruck/#regio-twente',
      'https://leerwerkloket.nl/opleidingen/lassen/#regio-twente',
    ]);
    expect(urls.landelijk).toContain('/opleidingen/excel/');
    expect(urls.landelijk).toContain('https://groningen.leerwerkloket.nl/opleidingen/zorg/');
  });

  it('splits each site into a content and a catalogue bundle, content first, written below pagefind/', () => {
    const plans = plansOf('path');
    expect(plans.map((p) => [p.site, p.bundle, bundleFolder(p)])).toEqual([
      ['landelijk', 'inhoud', join('pagefind', 'inhoud')],
      ['landelijk', 'opleidingen', join('pagefind', 'opleidingen')],
      ['landelijk', 'online', join('pagefind', 'online')],
      ['twente', 'inhoud', join('twente', 'pagefind', 'inhoud')],
      ['twente', 'opleidingen', join('twente', 'pagefind', 'opleidingen')],
      ['groningen', 'opleidingen', join('groningen', 'pagefind', 'opleidingen')],
    ]);
    // The regional news item is in the national content bundle, linked to the region.
    expect(plans.find((p) => p.site === 'landelijk' && p.bundle === 'inhoud')!.pages.map((p) => p.url)).toEqual(['/twente/nieuws/taal/']);
  });

  it('stops at a searchable page without a bundle, and at a sortable page outside the content bundle', () => {
    const broken = mkdtempSync(join(tmpdir(), 'indexer-broken-'));
    try {
      page('opleidingen/a/index.html', '', 'x', broken);
      expect(() => plansOf2(broken)).toThrow(/opleidingen\/a\/index\.html: a searchable page needs data-search-bundle/);
      page('opleidingen/a/index.html', programme, '<span data-pagefind-sort="date:2026-01-01"></span>', broken);
      expect(() => plansOf2(broken)).toThrow(/a sortable page must be in the "inhoud" search bundle, not "opleidingen"/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('a bundle too large for one index (issue #14)', () => {
  const urls = createUrls({ mode: 'path', hosts, national: 'landelijk' });
  const big = mkdtempSync(join(tmpdir(), 'indexer-parts-'));
  afterAll(() => rmSync(big, { recursive: true, force: true }));
  const levels = ['mbo niveau 2', 'mbo niveau 3', 'mbo niveau 4'];
  for (let i = 0; i < 30; i++)
    page(`opleidingen/cursus-${i}/index.html`, programme, `<span data-pagefind-filter="niveau:${levels[i % 3]}"></span>`, big);
  for (let i = 0; i < 12; i++)
    page(
      `nieuws/bericht-${i}/index.html`,
      ' data-search-bundle="inhoud"',
      `<span data-pagefind-sort="date:2026-11-${10 + i}"></span>`,
      big,
    );
  const inParts = (limit: number) => planIndexes(big, sites, urls, undefined, limit);

  it('is written in parts of about the limit, each page in one part, after the whole content bundle', () => {
    const plans = inParts(10);
    const parts = plans.filter((p) => p.bundle === 'opleidingen');
    // 30 pages at most 10 a part: 4 parts (a power of two, see the next test).
    expect(parts.map((p) => p.part)).toEqual([1, 2, 3, 4]);
    expect(parts.map((p) => bundleFolder(p))).toEqual([1, 2, 3, 4].map((n) => join('pagefind', `opleidingen-${n}`)));
    expect(parts.map((p) => planName(p))).toEqual([
      'landelijk/opleidingen-1',
      'landelijk/opleidingen-2',
      'landelijk/opleidingen-3',
      'landelijk/opleidingen-4',
    ]);
    const urlsInParts = parts.flatMap((p) => p.pages.map((x) => x.url));
    expect(urlsInParts.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `/opleidingen/cursus-${i}/`).sort());
    for (const part of parts) expect(part.pages.length).toBeGreaterThan(2);
    expect(Math.max(...parts.map((p) => p.pages.length))).toBeLessThanOrEqual(13);
    // Dated pages stay in one bundle, the first one: a merged search would interleave their dates wrongly.
    expect(plans[0]).toMatchObject({ bundle: 'inhoud', folder: '' });
    expect(plans[0].part).toBeUndefined();
    expect(plans[0].pages).toHaveLength(12);
  });

  it('gives each part the filter values of its own pages', () => {
    for (const part of inParts(10).filter((p) => p.bundle === 'opleidingen')) {
      const levelsHere = new Set(part.pages.map((x) => levels[Number(/cursus-(\d+)/.exec(x.url)![1]) % 3]));
      expect(part.filterValues.niveau).toEqual(levels.filter((l) => levelsHere.has(l)));
    }
  });

  it('keeps each page in its part when pages are added, until the bundle has doubled', () => {
    const partOf = (plans: IndexPlan[]) =>
      new Map(plans.filter((p) => p.bundle === 'opleidingen').flatMap((p) => p.pages.map((x) => [x.url, p.part] as const)));
    const before = partOf(inParts(10));
    // 30 → 40 pages: still 4 parts, and no page moves.
    for (let i = 0; i < 10; i++) page(`opleidingen/nieuw-${i}/index.html`, programme, 'x', big);
    try {
      const after = partOf(inParts(10));
      expect(new Set(after.values())).toEqual(new Set([1, 2, 3, 4]));
      for (const [url, part] of before) expect(after.get(url), url).toBe(part);
    } finally {
      for (let i = 0; i < 10; i++) rmSync(join(big, `opleidingen/nieuw-${i}`), { recursive: true });
    }
  });

  it('stays whole up to the limit', () => {
    expect(
      inParts(30)
        .filter((p) => p.bundle === 'opleidingen')
        .map((p) => [p.part, p.pages.length]),
    ).toEqual([[undefined, 30]]);
  });
});

describe('shareOnlineBundle', () => {
  it("moves the written online bundle into each regional site's pagefind/ as links, for its search page", () => {
    const built = mkdtempSync(join(tmpdir(), 'indexer-share-'));
    try {
      const online: IndexPlan = { site: 'landelijk', bundle: 'online', folder: '', pages: [], filterValues: { regio: ['Online'] } };
      mkdirSync(join(built, 'pagefind/online'), { recursive: true });
      writeFileSync(join(built, 'pagefind/online/pagefind-entry.json'), '{}');
      const shared = shareOnlineBundle(built, [online], sites);
      expect(shared.map((p) => [p.site, p.folder, p.bundle, p.filterValues])).toEqual([
        ['twente', 'twente', 'online', { regio: ['Online'] }],
        ['groningen', 'groningen', 'online', { regio: ['Online'] }],
      ]);
      for (const region of ['twente', 'groningen'])
        expect(existsSync(join(built, region, 'pagefind/online/pagefind-entry.json'))).toBe(true);
      // The national search has these pages in its own catalogue bundle: no copy stays there.
      expect(existsSync(join(built, 'pagefind/online'))).toBe(false);
    } finally {
      rmSync(built, { recursive: true, force: true });
    }
  });

  it('shares every part of an online bundle written in parts', () => {
    const built = mkdtempSync(join(tmpdir(), 'indexer-share-'));
    try {
      const parts: IndexPlan[] = [1, 2].map((part) => ({
        site: 'landelijk',
        bundle: 'online',
        part,
        folder: '',
        pages: [],
        filterValues: {},
      }));
      for (const part of [1, 2]) {
        mkdirSync(join(built, `pagefind/online-${part}`), { recursive: true });
        writeFileSync(join(built, `pagefind/online-${part}/pagefind-entry.json`), '{}');
      }
      const shared = shareOnlineBundle(built, parts, sites);
      expect(shared.map((p) => [p.site, bundleFolder(p)])).toEqual([
        ['twente', join('twente', 'pagefind', 'online-1')],
        ['groningen', join('groningen', 'pagefind', 'online-1')],
        ['twente', join('twente', 'pagefind', 'online-2')],
        ['groningen', join('groningen', 'pagefind', 'online-2')],
      ]);
      for (const folder of shared.map(bundleFolder)) expect(existsSync(join(built, folder, 'pagefind-entry.json'))).toBe(true);
      expect(existsSync(join(built, 'pagefind/online-1'))).toBe(false);
    } finally {
      rmSync(built, { recursive: true, force: true });
    }
  });
});

function plansOf2(root: string) {
  return planIndexes(root, sites, createUrls({ mode: 'path', hosts, national: 'landelijk' }));
}
