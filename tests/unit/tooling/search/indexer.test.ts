// Which pages go into which search index, and with which result URL (both hosting modes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planIndexes } from '../../../../src/tooling/search/indexer';
import { createUrls } from '../../../../src/lib/site/urls';

const hosts = { landelijk: 'leerwerkloket.nl', twente: 'twente.leerwerkloket.nl', groningen: 'groningen.leerwerkloket.nl' };
const sites = [
  { id: 'landelijk', isNational: true },
  { id: 'twente', isNational: false },
  { id: 'groningen', isNational: false },
];

const out = mkdtempSync(join(tmpdir(), 'indexer-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
function page(path: string, attrs = '') {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="nl"${attrs}><body><main data-pagefind-body>x</main></body></html>`);
}
// One page per offer (issue #14): an online course (national, in every regional index), an offer
// given in Twente and Groningen (national, in those two indexes), an offer given only in Groningen
// (its Groningen page, also in the national index), one without a place (national only), and a
// national page that names a region this build does not index.
page('opleidingen/excel/index.html', ' data-search-regional="all"');
page('opleidingen/lassen/index.html', ' data-search-regional="groningen twente"');
page('groningen/opleidingen/zorg/index.html', ' data-search-national="true"');
page('opleidingen/in-company/index.html');
page('opleidingen/heftruck/index.html', ' data-search-regional="achterhoek twente"');

const urlsOf = (mode: 'path' | 'host') => {
  const plans = planIndexes(out, sites, createUrls({ mode, hosts, national: 'landelijk' }));
  return Object.fromEntries(plans.map((p) => [p.site, p.pages.map((x) => x.url).sort()]));
};

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
      twente: ['/opleidingen/excel/#regio-twente', '/opleidingen/heftruck/#regio-twente', '/opleidingen/lassen/#regio-twente'],
      groningen: ['/groningen/opleidingen/zorg/', '/opleidingen/excel/#regio-groningen', '/opleidingen/lassen/#regio-groningen'],
    });
  });

  it('links to the national host in host mode, and from the national index to the regional host', () => {
    const urls = urlsOf('host');
    expect(urls.twente).toEqual([
      'https://leerwerkloket.nl/opleidingen/excel/#regio-twente',
      'https://leerwerkloket.nl/opleidingen/heftruck/#regio-twente',
      'https://leerwerkloket.nl/opleidingen/lassen/#regio-twente',
    ]);
    expect(urls.landelijk).toContain('/opleidingen/excel/');
    expect(urls.landelijk).toContain('https://groningen.leerwerkloket.nl/opleidingen/zorg/');
  });
});
