// The open data under /api/v1/: generated from the real regions and regelingen (and EDU-DEX
// fixtures), and checked against the JSON Schemas generated from src/schemas/api.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apiPaths,
  catalogues,
  lokettenData,
  opleidingenIndexData,
  opleidingenPageData,
  opleidingenRegioData,
  pageCount,
  regelingenData,
  type ApiContext,
} from '../../../../src/lib/api/open-data';
import { API_FILE_NAMES, jsonSchemaOf } from '../../../../src/lib/api/json-schema';
import { API_SCHEMAS } from '../../../../src/schemas/api';
import { allGemeenten } from '../../../../src/lib/loketten/gemeenten';
import { allRegions, NATIONAL, siteUrls } from '../../../../src/lib/site/sites';
import { readRegelingen } from '../../../../src/lib/regelingen/files';
import { loadFeeds } from '../../../../src/lib/opleidingen/edudex/feeds';
import { homeRegion } from '../../../../src/lib/opleidingen/facets';
import { apiValidator, schemaUrl } from '../../helpers/json-schema';

const urls = siteUrls();
const ctx: ApiContext = { today: '2026-12-01', absolute: (s, p) => urls.absolute(s, p), national: NATIONAL };
const validate = apiValidator();
const { offers } = loadFeeds(join('tests/fixtures/edudex/example'), { buildDate: '2026-11-23' });

describe('published JSON Schemas', () => {
  it('exist for every file type, name their own URL and are draft 2020-12', () => {
    for (const file of API_FILE_NAMES) {
      const schema = jsonSchemaOf(file, schemaUrl(file));
      expect(schema.$id).toBe(schemaUrl(file));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
    }
  });

  it('refuse what the Zod schemas refuse: a missing field, an unknown field, a wrong enum value', () => {
    const file = lokettenData(allRegions(), allGemeenten(), ctx);
    expect(validate(file)).toEqual([]);
    const { gemeenten: _dropped, ...missing } = file;
    expect(validate(missing)).toEqual(["/ must have required property 'gemeenten'"]);
    expect(validate({ ...file, extra: 1 }).join()).toMatch(/must NOT have additional properties/);
    const regelingen = regelingenData(readRegelingen(), ctx);
    const wrong = { ...regelingen, regelingen: [{ ...regelingen.regelingen[0], status: 'dicht' }] };
    expect(validate(wrong).join()).toMatch(/\/regelingen\/0\/status must be equal to one of the allowed values/);
    expect(API_SCHEMAS.regelingen.safeParse(wrong).success).toBe(false);
  });
});

describe('loketten.json', () => {
  const file = lokettenData(allRegions(), allGemeenten(), ctx);
  it('validates, names its schema and lists every municipality once', () => {
    expect(validate(file)).toEqual([]);
    expect(file.$schema).toBe('https://leerwerkloket.nl/api/v1/schemas/loketten.json');
    expect(file.gemeenten).toHaveLength(allGemeenten().length);
    expect(new Set(file.gemeenten.map((g) => g.code)).size).toBe(file.gemeenten.length);
  });
  it("sends Lingewaard to Midden-Gelderland, with that loket's contact details and locations", () => {
    const lingewaard = file.gemeenten.find((g) => g.name === 'Lingewaard')!;
    expect(lingewaard).toMatchObject({ region: 'middengelderland', loket: 'middengelderland' });
    const loket = file.loketten.find((l) => l.id === lingewaard.loket)!;
    expect(loket.url).toBe('https://middengelderland.leerwerkloket.nl/');
    expect(loket.contact.email).toMatch(/@/);
    expect(loket.locations.length).toBeGreaterThan(0);
  });
  it('every gemeente points at a listed loket; a region served by another loket points there', () => {
    const ids = new Set(file.loketten.map((l) => l.id));
    for (const g of file.gemeenten) expect(ids.has(g.loket), g.name).toBe(true);
    for (const region of allRegions().filter((r) => r.servedBy)) {
      expect(ids.has(region.slug)).toBe(false);
      expect(file.gemeenten.filter((g) => g.region === region.slug).every((g) => g.loket === region.servedBy)).toBe(true);
    }
  });
});

describe('regelingen.json', () => {
  const entries = readRegelingen();
  const file = regelingenData(entries, ctx);
  it('validates and has every regeling with both summaries, source and last-checked date', () => {
    expect(validate(file)).toEqual([]);
    expect(file.regelingen.map((r) => r.id)).toEqual(entries.map((e) => e.id).sort());
    for (const r of file.regelingen) {
      expect(r.summaryEn.length, r.id).toBeGreaterThanOrEqual(20);
      expect(r.url).toBe(`https://leerwerkloket.nl/regelingen/${r.id}/`);
    }
  });
  it('gives the status on the build date, not the one in the file', () => {
    const open = entries.find((e) => e.data.continuous && e.data.ended === undefined)!;
    const closed = regelingenData([{ id: open.id, data: { ...open.data, ended: '2026-06-30' } }], ctx);
    expect(closed.regelingen[0]).toMatchObject({ status: 'gesloten', continuous: true, ended: '2026-06-30' });
    expect(validate(closed)).toEqual([]);
    const windowed = regelingenData(
      [{ id: open.id, data: { ...open.data, continuous: undefined, windows: [{ opens: '2027-06-02', closes: '2027-09-17' }] } }],
      ctx,
    );
    expect(windowed.regelingen[0]).toMatchObject({
      status: 'verwacht',
      continuous: false,
      windows: [{ opens: '2027-06-02', closes: '2027-09-17' }],
    });
    expect(validate(windowed)).toEqual([]);
  });
});

describe('the catalogue per region, paged', () => {
  const regions = allRegions();
  const list = catalogues(offers, regions);
  it('has one catalogue per region plus "online"; an offer sits in the regions where it is given', () => {
    expect(list.map((c) => c.id)).toEqual([...regions.map((r) => r.slug), 'online']);
    const rijnmond = list.find((c) => c.id === 'rijnmond')!;
    expect(rijnmond.offers.length).toBeGreaterThan(0);
    expect(
      rijnmond.offers.every(
        (o) => o.runs.some((r) => r.regions.includes('rijnmond')) || o.generic.places.some((p) => p.region === 'rijnmond'),
      ),
    ).toBe(true);
    expect(list.find((c) => c.id === 'twente')!.offers).toEqual([]);
  });
  it('index, region index and pages validate; an empty region still has page 1', () => {
    expect(validate(opleidingenIndexData(list, ctx))).toEqual([]);
    for (const c of list) {
      expect(validate(opleidingenRegioData(c, ctx)), c.id).toEqual([]);
      for (let p = 1; p <= pageCount(c.offers.length); p++) expect(validate(opleidingenPageData(c, p, ctx)), `${c.id} ${p}`).toEqual([]);
    }
    expect(
      opleidingenPageData(
        list.find((c) => c.id === 'twente')!,
        1,
        ctx,
      ).offers,
    ).toEqual([]);
  });
  it('gives each offer the URL of its one programme page: regional when it is given in one region only', () => {
    const logistiek = offers.find((o) => o.programId === 'LOG-MBO2-BBL')!;
    // The same offer with its Rijnmond run only: its one page is on the Rijnmond site.
    const rijnmondOnly = {
      ...logistiek,
      id: 'x/rijnmond',
      slug: 'rijnmond-only',
      runs: logistiek.runs.filter((r) => r.regions.includes('rijnmond')),
    };
    expect(homeRegion(rijnmondOnly)).toBe('rijnmond');
    const page = opleidingenPageData({ id: 'rijnmond', name: 'Rijnmond', offers: [logistiek, rijnmondOnly] }, 1, ctx);
    expect(page.offers.map((o) => o.url)).toEqual([
      `https://leerwerkloket.nl/opleidingen/${logistiek.slug}/`,
      'https://rijnmond.leerwerkloket.nl/opleidingen/rijnmond-only/',
    ]);
    expect(validate(page)).toEqual([]);
  });
  it('splits a large catalogue into pages of the page size with next and previous links', () => {
    const big = {
      id: 'rijnmond',
      name: 'Rijnmond',
      offers: Array.from({ length: 250 }, (_, i) => ({ ...offers[0], id: `p/${i}`, slug: `o-${i}` })),
    };
    const index = opleidingenRegioData(big, ctx, 100);
    expect(index.pages.map((p) => p.url)).toEqual(
      [1, 2, 3].map((n) => `https://leerwerkloket.nl${apiPaths.opleidingenPage('rijnmond', n)}`),
    );
    const [first, second, last] = [1, 2, 3].map((n) => opleidingenPageData(big, n, ctx, 100));
    expect([first.offers.length, second.offers.length, last.offers.length]).toEqual([100, 100, 50]);
    expect(first.previous).toBeUndefined();
    expect(second.next).toBe(index.pages[2].url);
    expect(second.previous).toBe(index.pages[0].url);
    expect(last.next).toBeUndefined();
    expect(last.offers[49].id).toBe('p/249');
    expect(() => opleidingenPageData(big, 4, ctx, 100)).toThrow(/pages 1–3, not 4/);
    for (const page of [first, second, last]) expect(validate(page)).toEqual([]);
  });
});
