import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPageFacts, PageFactsStore } from '../../../../src/tooling/output/page-facts';

const dir = mkdtempSync(join(tmpdir(), 'lwl-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROGRAMME =
  '<!doctype html><html lang="nl" data-search-bundle="opleidingen" data-search-regional="all"><head>' +
  '<link rel="canonical" href="https://leerwerkloket.nl/opleidingen/kok/"></head><body><main data-pagefind-body>' +
  '<span data-pagefind-filter="sector:Horeca"></span><span data-pagefind-filter="regio:Rijn &amp; Gouwe"></span></main></body></html>';

describe('what a built page tells the post-steps', () => {
  it('keeps the facts, not the page: a build holds the facts of 148,000 pages at once', () => {
    // A regular-expression match is a slice of the page it came from and keeps that whole page in
    // memory; at 100,000 offers that ran the build out of memory (issue #14).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const page = (i: number) => PROGRAMME.replace('<main', `<main data-i="${i}"`).replace('</main>', `${'’'.repeat(500_000)}</main>`);
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = Array.from({ length: 100 }, (_, i) => extractPageFacts(page(i)));
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(kept).toHaveLength(100);
    // 100 pages of 1 MB each (two bytes per character) would be 100 MB.
    expect(grown).toBeLessThan(10 * 1024 * 1024);
  });

  it('reads the search attributes, filters, canonical and a content hash', () => {
    const facts = extractPageFacts(PROGRAMME);
    expect(facts).toMatchObject({
      noindex: false,
      canonical: 'https://leerwerkloket.nl/opleidingen/kok/',
      search: {
        bundle: 'opleidingen',
        sortable: false,
        national: false,
        regional: 'all',
        filters: ['sector:Horeca', 'regio:Rijn &amp; Gouwe'],
      },
    });
    expect(facts.hash).toMatch(/^[\w-]{43}$/);
    expect(extractPageFacts(PROGRAMME.replace('Horeca', 'Zorg')).hash).not.toBe(facts.hash);
  });

  it('has no search part for a page outside the index, and sees noindex', () => {
    const facts = extractPageFacts('<html><head><meta name="robots" content="noindex"></head><body></body></html>');
    expect(facts.search).toBeUndefined();
    expect(facts.noindex).toBe(true);
  });
});

describe('facts kept between builds', () => {
  const storeFile = join(dir, 'facts.json');
  const page = join(dir, 'page.html');

  it('reads a page once, then knows it while the file is unchanged', () => {
    writeFileSync(page, PROGRAMME);
    const first = new PageFactsStore(storeFile, true);
    expect(first.reader(page).search?.bundle).toBe('opleidingen');
    first.reader(page);
    expect([first.read, first.reused]).toEqual([1, 0]);
    first.save();

    const second = new PageFactsStore(storeFile, true);
    expect(second.reader(page)).toEqual(extractPageFacts(PROGRAMME));
    expect([second.read, second.reused]).toEqual([0, 1]);
    second.save();
  });

  it('reads a page again once it is written again, even with the same length', () => {
    const before = statSync(page, { bigint: true }).mtimeNs;
    // The clock must move on for the test to mean anything (a coarse file system clock could repeat).
    while (statSync(page, { bigint: true }).mtimeNs === before) writeFileSync(page, PROGRAMME.replace('Horeca', 'Zorg12'));
    const store = new PageFactsStore(storeFile, true);
    expect(store.reader(page).search?.filters[0]).toBe('sector:Zorg12');
    expect(store.read).toBe(1);
  });

  it('does not trust the last build when told not to, nor a store in another format', () => {
    const untrusted = new PageFactsStore(storeFile, false);
    untrusted.reader(page);
    expect(untrusted.read).toBe(1);
    writeFileSync(storeFile, JSON.stringify({ format: 'iets-anders', version: 1, facts: [] }));
    const foreign = new PageFactsStore(storeFile, true);
    foreign.reader(page);
    expect(foreign.read).toBe(1);
  });

  it('keeps only the file versions read in the last build', () => {
    const other = join(dir, 'other.html');
    writeFileSync(other, PROGRAMME);
    const store = new PageFactsStore(storeFile, false);
    store.reader(page);
    store.reader(other);
    store.save();
    const next = new PageFactsStore(storeFile, true);
    next.reader(page);
    next.save();
    expect((JSON.parse(readFileSync(storeFile, 'utf8')) as { facts: unknown[] }).facts).toHaveLength(1);
  });
});
