import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addFilterValues, sortedValues, writeSearchPage, writeSearchPages } from '../../../../src/tooling/search/filter-values';
import { planIndexes } from '../../../../src/tooling/search/indexer';
import { extractPageFacts } from '../../../../src/tooling/output/page-facts';
import { createUrls } from '../../../../src/lib/site/urls';

const out = mkdtempSync(join(tmpdir(), 'filter-values-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function page(path: string, filters: string[], { national = false, regional = false, indexed = true } = {}) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  const spans = filters.map((f) => `<span data-pagefind-filter="${f}"></span>`).join('');
  writeFileSync(
    file,
    `<!doctype html><html lang="nl" data-search-bundle="${filters.includes('type:Opleiding') ? 'opleidingen' : 'inhoud'}"${national ? ' data-search-national="true"' : ''}${regional ? ' data-search-regional="all"' : ''}><body><main ${indexed ? 'data-pagefind-body' : ''}>${spans}</main></body></html>`,
  );
}

describe('filter values of built pages', () => {
  it('reads key:value pairs as SearchData writes them, with entities decoded', () => {
    const found = new Map<string, Set<string>>();
    addFilterValues(
      extractPageFacts(
        '<html><body data-pagefind-body><span data-pagefind-filter="sector:Veiligheid (VCA, BHV, heftruck)"></span>' +
          '<span data-pagefind-filter="doelgroep:Zzp&#39;ers"></span><span data-pagefind-filter="regio:Rijn &amp; Gouwe"></span>' +
          '<span data-pagefind-filter="kosten:"></span><span data-pagefind-filter="geen-dubbele-punt"></span></body></html>',
      ).search!.filters,
      found,
    );
    expect(sortedValues(found)).toEqual({
      doelgroep: ["Zzp'ers"],
      regio: ['Rijn & Gouwe'],
      sector: ['Veiligheid (VCA, BHV, heftruck)'],
    });
  });

  it('puts costs and levels in their natural order, other values A–Z', () => {
    const found = new Map([
      ['kosten', new Set(['Meer dan € 2.000', 'Gratis', '€ 500 tot € 2.000', 'Tot € 500'])],
      ['niveau', new Set(['mbo niveau 4', 'Geen vast niveau', 'mbo niveau 2'])],
      ['type', new Set(['Regeling', 'Agenda', 'Opleiding'])],
    ]);
    expect(sortedValues(found)).toEqual({
      kosten: ['Gratis', 'Tot € 500', '€ 500 tot € 2.000', 'Meer dan € 2.000'],
      niveau: ['Geen vast niveau', 'mbo niveau 2', 'mbo niveau 4'],
      type: ['Agenda', 'Opleiding', 'Regeling'],
    });
  });

  it('an index plan carries the values of exactly its pages; regional news also counts nationally', () => {
    page('opleidingen/lassen/index.html', ['type:Opleiding', 'niveau:mbo niveau 2']);
    page('twente/opleidingen/lassen/index.html', ['type:Opleiding', 'regio:Twente']);
    page('twente/nieuws/open-dag/index.html', ['type:Nieuws', 'regio:Twente'], { national: true });
    page('twente/contact/index.html', ['type:Pagina'], { indexed: false });
    // An online offer: one national page, also in every regional index.
    page('opleidingen/excel/index.html', ['type:Opleiding', 'vorm:E-learning', 'regio:Online'], { regional: true });
    const urls = createUrls({
      mode: 'path',
      hosts: { landelijk: 'leerwerkloket.nl', twente: 'twente.leerwerkloket.nl' },
      national: 'landelijk',
    });
    const plans = planIndexes(
      out,
      [
        { id: 'landelijk', isNational: true },
        { id: 'twente', isNational: false },
      ],
      urls,
    );
    const byId = Object.fromEntries(plans.map((p) => [`${p.site}/${p.bundle}`, p.filterValues]));
    expect(byId['twente/opleidingen']).toEqual({ regio: ['Twente'], type: ['Opleiding'] });
    // The online offer is in the shared online bundle, which the regional search merges too.
    expect(byId['landelijk/online']).toEqual({ regio: ['Online'], type: ['Opleiding'], vorm: ['E-learning'] });
    expect(byId['twente/inhoud']).toEqual({ regio: ['Twente'], type: ['Nieuws'] });
    expect(byId['landelijk/opleidingen']).toEqual({
      niveau: ['mbo niveau 2'],
      regio: ['Online'],
      type: ['Opleiding'],
      vorm: ['E-learning'],
    });
    expect(byId['landelijk/inhoud']).toEqual({ regio: ['Twente'], type: ['Nieuws'] });

    // The search page gets the values of all the site's bundles, and only the bundles written.
    mkdirSync(join(out, 'zoeken'), { recursive: true });
    const file = join(out, 'zoeken/index.html');
    const listed = JSON.stringify({ inhoud: '/pagefind/inhoud/', opleidingen: '/pagefind/opleidingen/', leeg: '/pagefind/leeg/' }).replace(
      /"/g,
      '&quot;',
    );
    writeFileSync(file, `<div data-search-root data-pagefind-bundles="${listed}" data-filter-values="{}"></div>`);
    writeSearchPages(
      out,
      plans.filter((p) => p.site === 'landelijk'),
    );
    const html = readFileSync(file, 'utf8');
    const read = (name: string) => JSON.parse(new RegExp(`data-${name}="([^"]*)"`).exec(html)![1].replace(/&quot;/g, '"'));
    expect(read('pagefind-bundles')).toEqual({ inhoud: '/pagefind/inhoud/', opleidingen: '/pagefind/opleidingen/' });
    expect(read('filter-values')).toEqual({
      niveau: ['mbo niveau 2'],
      regio: ['Online', 'Twente'],
      type: ['Nieuws', 'Opleiding'],
      vorm: ['E-learning'],
    });
  });
});

describe('writing the values into the search page', () => {
  it('fills the attribute the search panel leaves, escaped for HTML', () => {
    mkdirSync(join(out, 'twente/zoeken'), { recursive: true });
    const file = join(out, 'twente/zoeken/index.html');
    writeFileSync(file, '<div data-search-root data-pagefind-bundles="{}" data-filter-labels="{}" data-filter-values="{}"></div>');
    writeSearchPage(out, 'twente', { filterValues: { regio: ['Rijn & Gouwe'], doelgroep: ["Zzp'ers", 'a"b<c>'] }, bundles: [] });
    const html = readFileSync(file, 'utf8');
    const attribute = /data-filter-values="([^"]*)"/.exec(html)![1];
    expect(attribute).not.toMatch(/[<>]/);
    const decoded = attribute
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual({ regio: ['Rijn & Gouwe'], doelgroep: ["Zzp'ers", 'a"b<c>'] });
    expect(html).toContain('data-filter-labels="{}"');
  });

  it('lists a bundle written in parts as its parts, in order, each beside the bundle it belongs to', () => {
    mkdirSync(join(out, 'delen/zoeken'), { recursive: true });
    const file = join(out, 'delen/zoeken/index.html');
    const listed = JSON.stringify({
      inhoud: '/delen/pagefind/inhoud/',
      opleidingen: '/delen/pagefind/opleidingen/',
      online: '/delen/pagefind/online/',
    });
    writeFileSync(file, `<div data-search-root data-pagefind-bundles="${listed.replace(/"/g, '&quot;')}" data-filter-values="{}"></div>`);
    const plan = (bundle: 'inhoud' | 'opleidingen' | 'online', part?: number) => ({ folder: 'delen', bundle, part, filterValues: {} });
    writeSearchPages(out, [plan('inhoud'), plan('opleidingen', 1), plan('opleidingen', 2), plan('online')]);
    const html = readFileSync(file, 'utf8');
    const bundles = JSON.parse(/data-pagefind-bundles="([^"]*)"/.exec(html)![1].replace(/&quot;/g, '"'));
    expect(Object.entries(bundles)).toEqual([
      ['inhoud', '/delen/pagefind/inhoud/'],
      ['opleidingen-1', '/delen/pagefind/opleidingen-1/'],
      ['opleidingen-2', '/delen/pagefind/opleidingen-2/'],
      ['online', '/delen/pagefind/online/'],
    ]);
    // A bundle URL the parts cannot be placed beside stops the build, naming the page.
    writeFileSync(
      file,
      `<div data-search-root data-pagefind-bundles="{&quot;opleidingen&quot;:&quot;/elders/&quot;}" data-filter-values="{}"></div>`,
    );
    expect(() => writeSearchPages(out, [plan('opleidingen', 1)])).toThrow(
      /delen\/zoeken\/index\.html: the search bundle "opleidingen" should be at a URL ending in \/pagefind\/opleidingen\/, not \/elders\//,
    );
  });

  it('stops the build, naming the file, when the search page has no place for the values', () => {
    mkdirSync(join(out, 'kapot/zoeken'), { recursive: true });
    writeFileSync(join(out, 'kapot/zoeken/index.html'), '<div data-search-root></div>');
    expect(() =>
      writeSearchPage(out, 'kapot', { filterValues: { type: ['Nieuws'] }, bundles: [{ name: 'inhoud', id: 'inhoud' }] }),
    ).toThrow(/kapot\/zoeken\/index\.html: the search page has no data-filter-values/);
    writeFileSync(join(out, 'kapot/zoeken/index.html'), '<div data-search-root data-filter-values="{}"></div>');
    expect(() => writeSearchPage(out, 'kapot', { filterValues: {}, bundles: [{ name: 'inhoud', id: 'inhoud' }] })).toThrow(
      /kapot\/zoeken\/index\.html: the search page has no data-pagefind-bundles/,
    );
  });
});
