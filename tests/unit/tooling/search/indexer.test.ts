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
// An online course (national page only), an offer with an online run and a place in Twente (national
// page and a Twente copy), and a programme only in Groningen.
page('opleidingen/excel/index.html', ' data-search-regional="true"');
page('opleidingen/gemengd/index.html', ' data-search-regional="true"');
page('twente/opleidingen/gemengd/index.html');
page('opleidingen/zorg/index.html');
page('groningen/opleidingen/zorg/index.html');

const urlsOf = (mode: 'path' | 'host') => {
  const plans = planIndexes(out, sites, createUrls({ mode, hosts, national: 'landelijk' }));
  return Object.fromEntries(plans.map((p) => [p.site, p.pages.map((x) => x.url).sort()]));
};

describe('planIndexes', () => {
  it('puts the national page of an online offer in every regional index without a copy, at the region', () => {
    expect(urlsOf('path')).toEqual({
      landelijk: ['/opleidingen/excel/', '/opleidingen/gemengd/', '/opleidingen/zorg/'],
      twente: ['/opleidingen/excel/#regio-twente', '/twente/opleidingen/gemengd/'],
      groningen: ['/groningen/opleidingen/zorg/', '/opleidingen/excel/#regio-groningen', '/opleidingen/gemengd/#regio-groningen'],
    });
  });

  it('links to the national host in host mode', () => {
    const urls = urlsOf('host');
    expect(urls.twente).toEqual(['/opleidingen/gemengd/', 'https://leerwerkloket.nl/opleidingen/excel/#regio-twente']);
    expect(urls.landelijk).toContain('/opleidingen/excel/');
  });
});
