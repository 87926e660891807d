// Which pages go into which search index, and with which result URL (both hosting modes).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleFolder, planIndexes, shareOnlineBundle, type IndexPlan } from '../../../../src/tooling/search/indexer';
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
});

function plansOf2(root: string) {
  return planIndexes(root, sites, createUrls({ mode: 'path', hosts, national: 'landelijk' }));
}
