// Filter pages over the training offer: keys, paths, the per-site index, counts and pagination.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFeeds } from '../../../../src/lib/opleidingen/edudex/feeds';
import {
  activeFilters,
  buildCatalog,
  countOn,
  homeRegion,
  inPersonIn,
  inPersonRegions,
  regionFragment,
  facetValues,
  filterKey,
  filtersOf,
  isAllowed,
  listing,
  listingParam,
  listingPath,
  listingRoutes,
  pageWindow,
  pairHasPages,
  PAGE_SIZE,
  searchQuery,
  targetOn,
  type Filters,
  type SiteIndex,
} from '../../../../src/lib/opleidingen/facets';
import type { Offer, Run } from '../../../../src/schemas/opleiding';

const ALL_REGIONS = ['groningen', 'twente', 'rijnmond'];

function run(start: string, region: string | 'online', total = 100): Run {
  const online = region === 'online';
  return {
    id: `${start}-${region}`,
    start,
    startIsFinal: true,
    status: 'application opened',
    statusLabel: 'Aanmelden kan',
    places: online ? [] : [{ city: region, region }],
    online,
    regions: online ? ALL_REGIONS : [region],
    forms: [],
    cost: { source: 'run', required: [], optional: [], currency: 'EUR', total, mixedPeriods: false, indicative: false, totalVAT: 0 },
  };
}

let n = 0;
function offer(title: string, level: string, forms: string[], sectors: string[], runs: Run[]): Offer {
  n++;
  const online = runs.some((r) => r.online);
  return {
    id: `p/${n}`,
    slug: `o-${n}`,
    programId: String(n),
    provider: { id: 'p', name: 'P' },
    title,
    summary: '',
    description: '',
    level,
    levelLabel: level,
    forms,
    formLabels: forms,
    type: 'regular',
    typeLabel: 'Opleiding',
    degree: 'none',
    degreeLabel: '',
    recognised: false,
    credits: [],
    requiredLevels: [],
    instructionModes: [],
    sector: sectors[0],
    sectors,
    themes: [],
    searchwords: [],
    startDetermination: 'fixed starting date',
    runs,
    generic: { places: [] },
    regions: online ? ALL_REGIONS : [...new Set(runs.flatMap((r) => r.regions))].sort(),
    online,
    contacts: [],
    file: `x/${n}.xml`,
  };
}

const SITES = [{ id: 'landelijk' }, ...ALL_REGIONS.map((r) => ({ id: r, region: r }))];

describe('filter keys and paths', () => {
  it('orders facets canonically, whatever the input order', () => {
    expect(filterKey({ vorm: 'bbl', niveau: 'mbo-2' })).toBe('niveau=mbo-2&vorm=bbl');
    expect(filterKey({})).toBe('');
    expect(filtersOf('niveau=mbo-2&vorm=bbl')).toEqual({ niveau: 'mbo-2', vorm: 'bbl' });
  });

  it('allows nothing, one facet, or the pairs niveau×vorm, niveau×sector, vorm×sector', () => {
    expect(isAllowed({})).toBe(true);
    expect(isAllowed({ kosten: 'gratis' })).toBe(true);
    expect(isAllowed({ niveau: 'mbo-2', vorm: 'bbl' })).toBe(true);
    expect(isAllowed({ niveau: 'mbo-2', sector: 'zorg' })).toBe(true);
    expect(isAllowed({ vorm: 'bbl', sector: 'zorg' })).toBe(true);
    expect(isAllowed({ niveau: 'mbo-2', kosten: 'gratis' })).toBe(false);
    expect(isAllowed({ startmaand: '2027-03', sector: 'zorg' })).toBe(false);
    expect(isAllowed({ niveau: 'mbo-2', vorm: 'bbl', sector: 'zorg' })).toBe(false);
  });

  it('makes Dutch paths and the matching route parameter', () => {
    expect(listingPath({})).toBe('/opleidingen/');
    expect(listingPath({}, 3)).toBe('/opleidingen/pagina/3/');
    expect(listingPath({ vorm: 'bbl', niveau: 'mbo-2' }, 2)).toBe('/opleidingen/niveau/mbo-2/vorm/bbl/pagina/2/');
    expect(listingParam({})).toBeUndefined();
    expect(listingParam({ niveau: 'mbo-2', vorm: 'bbl' })).toBe('niveau/mbo-2/vorm/bbl');
  });

  it('shows a window of page numbers with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 9)).toEqual([1, 2, 3, null, 9]);
    expect(pageWindow(5, 9)).toEqual([1, null, 3, 4, 5, 6, 7, null, 9]);
  });
});

describe('the index', () => {
  const offers = [
    offer(
      'Logistiek BBL',
      'mbo niveau 2',
      ['dual'],
      ['logistiek'],
      [run('2027-02-01', 'twente', 2645), run('2027-09-06', 'rijnmond', 2645)],
    ),
    offer('Helpende BBL', 'mbo niveau 2', ['dual'], ['zorg'], [run('2027-09-06', 'twente', 1475)]),
    offer('Helpende BOL', 'mbo niveau 2', ['full-time'], ['zorg'], [run('2027-08-30', 'groningen', 1475)]),
    offer('Excel online', 'none', ['e-learning'], ['ict', 'economie-en-administratie'], [run('2027-01-04', 'online', 40)]),
    offer('Taalcafé', 'none', ['part-time'], ['taal-en-basisvaardigheden'], [run('2027-01-04', 'groningen', 0)]),
  ];
  const catalog = buildCatalog(offers, SITES);
  const national = catalog.sites.get('landelijk')!;
  const twente = catalog.sites.get('twente')!;

  it('sorts offers by title in Dutch', () => {
    expect(national.offers.map((o) => o.title)).toEqual(['Excel online', 'Helpende BBL', 'Helpende BOL', 'Logistiek BBL', 'Taalcafé']);
  });

  it('a regional site has the offers with a run there, plus online ones', () => {
    expect(twente.offers.map((o) => o.title)).toEqual(['Excel online', 'Helpende BBL', 'Logistiek BBL']);
    expect(catalog.sites.get('groningen')!.offers.map((o) => o.title)).toEqual(['Excel online', 'Helpende BOL', 'Taalcafé']);
  });

  it('one programme page per offer: on the site of its only region, else on the national site', () => {
    expect(twente.pages.map((o) => o.title)).toEqual(['Helpende BBL']);
    expect(catalog.sites.get('groningen')!.pages.map((o) => o.title)).toEqual(['Helpende BOL', 'Taalcafé']);
    expect(catalog.sites.get('rijnmond')!.pages).toEqual([]);
    // Online, and given in Twente and Rijnmond: the national page.
    expect(national.pages.map((o) => o.title)).toEqual(['Excel online', 'Logistiek BBL']);
    const all = [...catalog.sites.values()].flatMap((s) => s.pages.map((o) => o.slug));
    expect(all.sort()).toEqual(offers.map((o) => o.slug).sort());
  });

  it('names the regions where an offer is given in person, and its home region when there is one', () => {
    const [logistiek, helpende, , excel] = offers;
    expect(inPersonRegions(logistiek)).toEqual(['rijnmond', 'twente']);
    expect(homeRegion(logistiek)).toBeUndefined();
    expect(homeRegion(helpende)).toBe('twente');
    expect(inPersonRegions(excel)).toEqual([]);
    expect(homeRegion(excel)).toBeUndefined();
    for (const o of offers) for (const r of ALL_REGIONS) expect(inPersonRegions(o).includes(r), `${o.title} ${r}`).toBe(inPersonIn(o, r));
  });

  it('a regional site lists only offers given there in person; online offers only nationally', () => {
    expect(twente.lists.get('')!.map((i) => twente.offers[i].title)).toEqual(['Helpende BBL', 'Logistiek BBL']);
    expect(countOn(twente, { vorm: 'e-learning' })).toBe(0);
    expect(countOn(national, { vorm: 'e-learning' })).toBe(1);
    expect(twente.values.vorm).toEqual(['bbl']);
  });

  it('lists single values, each offer once; pairs of a small catalogue get no pages, only counts', () => {
    const keys = [...national.lists.keys()];
    expect(keys).toContain('niveau=mbo-2');
    expect(keys).toContain('kosten=gratis');
    expect(keys).toContain('startmaand=2027-09');
    expect(keys.filter((k) => k.includes('&'))).toEqual([]);
    for (const list of national.lists.values()) expect(new Set(list).size).toBe(list.length);
    expect([...national.pairCounts.keys()]).toContain('vorm=bbl&sector=logistiek');
    expect([...national.pairCounts.keys()].every((k) => isAllowed(filtersOf(k)))).toBe(true);
    expect([...national.pairCounts.keys()].filter((k) => k.includes('kosten'))).toEqual([]);
    expect(countOn(national, { niveau: 'mbo-2', vorm: 'bbl' })).toBe(2);
  });

  it('takes start months and cost bands from the runs that count on the site', () => {
    const log = offers[0];
    expect(facetValues(log)).toMatchObject({
      niveau: ['mbo-2'],
      vorm: ['bbl'],
      kosten: ['meer-dan-2000'],
      startmaand: ['2027-02', '2027-09'],
    });
    expect(facetValues(log, 'twente').startmaand).toEqual(['2027-02']);
    expect(countOn(twente, { startmaand: '2027-09' })).toBe(1); // Helpende BBL only; Logistiek starts in September in Rijnmond
    expect(countOn(national, { startmaand: '2027-09' })).toBe(2);
    expect(countOn(national, { kosten: 'gratis' })).toBe(1);
    expect(countOn(national, { kosten: 'tot-500' })).toBe(1);
  });

  it('a listing page shows counts per value and what can still be combined', () => {
    const page = listing(national, { niveau: 'mbo-2' });
    expect(page.total).toBe(3);
    const group = (f: string) => page.groups.find((g) => g.facet === f)!;
    expect(group('niveau').state).toBe('active');
    expect(group('niveau').options.find((o) => o.current)).toEqual({ value: 'mbo-2', label: 'mbo niveau 2', count: 3, current: true });
    expect(group('niveau').options.find((o) => o.value === 'geen-niveau')).toMatchObject({
      count: 2,
      path: '/opleidingen/niveau/geen-niveau/',
    });
    // mbo niveau 2 fits on one page, so its pairs have no pages: the options open the search page.
    expect(group('vorm').options.map((o) => [o.value, o.count, o.path, o.search])).toEqual([
      ['voltijd', 1, undefined, '?niveau=mbo+niveau+2&vorm=Voltijd'],
      ['bbl', 2, undefined, '?niveau=mbo+niveau+2&vorm=BBL+%28werken+en+leren%29'],
    ]);
    expect(group('sector').state).toBe('open');
    expect(group('kosten').state).toBe('blocked');
    expect(group('startmaand').state).toBe('blocked');
    expect(page.active).toEqual([{ facet: 'niveau', value: 'mbo-2', label: 'mbo niveau 2', removePath: '/opleidingen/' }]);
  });

  it('each active filter can be removed on its own', () => {
    expect(activeFilters({ niveau: 'mbo-2', vorm: 'bbl' }).map((a) => [a.label, a.removePath])).toEqual([
      ['mbo niveau 2', '/opleidingen/vorm/bbl/'],
      ['BBL (werken en leren)', '/opleidingen/niveau/mbo-2/'],
    ]);
  });

  it('regional counts for the national regio links come from the regional indexes, with search where a pair has no pages', () => {
    const filters: Filters = { niveau: 'mbo-2', vorm: 'bbl' };
    expect(ALL_REGIONS.map((r) => [r, countOn(catalog.sites.get(r), filters)])).toEqual([
      ['groningen', 0],
      ['twente', 2],
      ['rijnmond', 1],
    ]);
    expect(targetOn(twente, filters, 'Twente')).toEqual({
      count: 2,
      search: '?regio=Twente&niveau=mbo+niveau+2&vorm=BBL+%28werken+en+leren%29',
    });
    expect(targetOn(twente, { niveau: 'mbo-2' }, 'Twente')).toEqual({ count: 2, path: '/opleidingen/niveau/mbo-2/' });
    expect(targetOn(catalog.sites.get('groningen'), filters, 'Groningen')).toEqual({ count: 0 });
  });

  it('page titles name the provider only where titles clash', () => {
    const a = offer('VCA basis', 'none', ['full-time'], ['veiligheid'], [run('2027-01-04', 'twente')]);
    const b = {
      ...offer('VCA basis', 'none', ['full-time'], ['veiligheid'], [run('2027-01-04', 'twente')]),
      provider: { id: 'q', name: 'Q' },
    };
    const c = {
      ...offer('VCA basis', 'none', ['full-time'], ['veiligheid'], [run('2027-01-04', 'twente')]),
      provider: { id: 'q', name: 'Q' },
    };
    const titles = buildCatalog([a, b, c, offers[0]], SITES).pageTitles;
    expect([a, b, c, offers[0]].map((o) => titles.get(o.slug))).toEqual([
      'VCA basis (P)',
      `VCA basis (Q, ${b.programId})`,
      `VCA basis (Q, ${c.programId})`,
      'Logistiek BBL',
    ]);
  });

  it('refuses two offers with the same slug', () => {
    expect(() => buildCatalog([offers[0], { ...offers[1], slug: offers[0].slug }], SITES)).toThrow(/share the URL slug/);
  });
});

describe('pagination', () => {
  const many = Array.from({ length: 2 * PAGE_SIZE + 20 }, (_, i) =>
    offer(`Cursus ${String(i + 1).padStart(2, '0')}`, 'none', ['e-learning'], ['ict'], [run('2027-01-04', 'online', 10)]),
  );
  const index = buildCatalog(many, SITES).sites.get('landelijk')!;

  it(`${PAGE_SIZE} per page, the rest on the last page`, () => {
    const pages = [1, 2, 3].map((p) => listing(index, {}, p));
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 20]);
    expect(pages.map((p) => p.first)).toEqual([1, PAGE_SIZE + 1, 2 * PAGE_SIZE + 1]);
    expect(pages[2].items.at(-1)!.title).toBe(`Cursus ${2 * PAGE_SIZE + 20}`);
    expect(pages[0].pageCount).toBe(3);
    expect(() => listing(index, {}, 4)).toThrow(/no page 4/);
  });

  it('routes: every combination and page exactly once', () => {
    const routes = listingRoutes(index).map((r) => listingPath(r.filters, r.page));
    expect(new Set(routes).size).toBe(routes.length);
    expect(routes).toContain('/opleidingen/');
    expect(routes).toContain('/opleidingen/pagina/3/');
    expect(routes).toContain('/opleidingen/vorm/e-learning/pagina/3/');
    expect(routes).not.toContain('/opleidingen/pagina/4/');
    // Every offer is e-learning and ICT: the pair narrows nothing, so it has no pages.
    expect(routes.filter((r) => r.startsWith('/opleidingen/vorm/e-learning/sector/'))).toEqual([]);
  });

  it('a listing page reads only its own items, never the whole offer list', () => {
    let reads = 0;
    const counted = new Proxy(index.offers, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver);
      },
    });
    listing({ ...index, offers: counted }, {}, 2);
    expect(reads).toBe(PAGE_SIZE);
  });

  it('an empty site still has its overview page', () => {
    const empty = buildCatalog([], SITES).sites.get('groningen')!;
    expect(listingRoutes(empty)).toEqual([{ filters: {}, page: 1 }]);
    expect(listing(empty, {}).total).toBe(0);
  });
});

describe('pairs get pages only where they pay for themselves', () => {
  it('a pair needs offers, at most half of the smaller single list, and that list more than one page', () => {
    const big = PAGE_SIZE + 1;
    expect(pairHasPages(0, big * 2, big * 2)).toBe(false);
    expect(pairHasPages(1, big * 2, big * 2)).toBe(true);
    expect(pairHasPages(big, big * 2, big * 3)).toBe(true); // exactly half
    expect(pairHasPages(big + 1, big * 2, big * 3)).toBe(false); // more than half of the smaller list
    expect(pairHasPages(big, big * 3, big * 2)).toBe(true); // the order of the singles does not matter
    expect(pairHasPages(10, PAGE_SIZE, 1000)).toBe(false); // the smaller list fits on one page
    expect(pairHasPages(10, PAGE_SIZE + 1, 1000)).toBe(true);
  });

  // Twente: mbo-2 has 60 offers (20 BBL, 40 full-time), BBL 60 (20 mbo-2, 40 without level):
  // mbo-2 × BBL (20 of 60) pays; mbo-2 × voltijd does not (voltijd has 40, one page).
  const bbl2 = Array.from({ length: 20 }, (_, i) => offer(`A ${i}`, 'mbo niveau 2', ['dual'], ['zorg'], [run('2027-09-06', 'twente')]));
  const vol2 = Array.from({ length: 40 }, (_, i) =>
    offer(`B ${i}`, 'mbo niveau 2', ['full-time'], ['zorg'], [run('2027-09-06', 'twente')]),
  );
  const bbl0 = Array.from({ length: 40 }, (_, i) => offer(`C ${i}`, 'none', ['dual'], ['logistiek'], [run('2027-09-06', 'twente')]));
  const web = Array.from({ length: 70 }, (_, i) => offer(`D ${i}`, 'none', ['e-learning'], ['ict'], [run('2027-01-04', 'online')]));
  const catalog = buildCatalog([...bbl2, ...vol2, ...bbl0, ...web], SITES);
  const twente = catalog.sites.get('twente')!;
  const routesOf = (index: SiteIndex) => new Set(listingRoutes(index).map((r) => listingPath(r.filters, r.page)));

  it('builds the pair that narrows and only counts the one that does not', () => {
    const routes = routesOf(twente);
    expect(routes).toContain('/opleidingen/niveau/mbo-2/vorm/bbl/');
    expect(routes).not.toContain('/opleidingen/niveau/mbo-2/vorm/voltijd/');
    expect(twente.pairCounts.get('niveau=mbo-2&vorm=voltijd')).toBe(40);
    const vorm = listing(twente, { niveau: 'mbo-2' }, 1, 'Twente').groups.find((g) => g.facet === 'vorm')!;
    expect(vorm.options.map((o) => [o.value, o.count, o.path ?? o.search])).toEqual([
      ['voltijd', 40, '?regio=Twente&niveau=mbo+niveau+2&vorm=Voltijd'],
      ['bbl', 20, '/opleidingen/niveau/mbo-2/vorm/bbl/'],
    ]);
  });

  it('regional listings leave the online offers out; the national one has them', () => {
    expect(countOn(twente, {})).toBe(100);
    expect(countOn(catalog.sites.get('groningen'), {})).toBe(0);
    expect(countOn(catalog.sites.get('landelijk'), { vorm: 'e-learning' })).toBe(70);
  });

  it('every listing link (filter options, remove links, page links) leads to a listing page of the same site', () => {
    for (const index of catalog.sites.values()) {
      const routes = routesOf(index);
      for (const { filters, page } of listingRoutes(index)) {
        const data = listing(index, filters, page, 'Regio');
        const links = [
          ...data.groups.flatMap((g) => g.options.map((o) => o.path).filter((p) => p !== undefined)),
          ...data.active.map((a) => a.removePath),
          ...Array.from({ length: data.pageCount }, (_, i) => listingPath(filters, i + 1)),
        ];
        for (const link of links) expect(routes, `${index.siteId} ${listingPath(filters, page)} → ${link}`).toContain(link);
        for (const o of data.groups.flatMap((g) => g.options))
          expect(o.current || (o.path === undefined) !== (o.search === undefined)).toBe(true);
      }
    }
  });
});

describe('search links', () => {
  it('use the search filter labels, a regio when given, and leave start months out', () => {
    expect(searchQuery({ vorm: 'bbl', niveau: 'mbo-2' })).toBe('?niveau=mbo+niveau+2&vorm=BBL+%28werken+en+leren%29');
    expect(searchQuery({ sector: 'zorg', startmaand: '2027-09' }, 'Online')).toMatch(/^\?regio=Online&sector=[^&]+$/);
    expect(searchQuery({})).toBe('');
  });
});

describe('on the example feed', () => {
  const { offers } = loadFeeds(join('tests/fixtures/edudex/example'), { buildDate: '2026-11-23' });
  const catalog = buildCatalog(offers, [{ id: 'landelijk' }, { id: 'rijnmond', region: 'rijnmond' }, { id: 'twente', region: 'twente' }]);

  it('finds the mbo-2 BBL programme in Rijnmond and nothing in Twente', () => {
    const rijnmond = catalog.sites.get('rijnmond')!;
    expect(listing(rijnmond, { niveau: 'mbo-2' }).items.map((o) => o.programId)).toEqual(['LOG-MBO2-BBL']);
    expect(countOn(rijnmond, { niveau: 'mbo-2', vorm: 'bbl' })).toBe(1);
    expect(countOn(catalog.sites.get('twente'), { niveau: 'mbo-2' })).toBe(0);
    expect(catalog.sites.get('twente')!.offers).toEqual([]);
  });

  it('puts each programme in its cost band', () => {
    const national = catalog.sites.get('landelijk')!;
    expect(countOn(national, { kosten: 'tot-500' })).toBe(1); // VCA
    expect(countOn(national, { kosten: '500-2000' })).toBe(0);
    expect(countOn(national, { kosten: 'meer-dan-2000' })).toBe(2);
  });
});

describe('given in person in a region', () => {
  const generic = (regions: string[], online: boolean): Offer => ({
    ...offer('Zonder data', 'none', online ? ['e-learning'] : ['part-time'], ['ict'], []),
    generic: { places: regions.map((r) => ({ city: r, region: r })) },
    regions: online ? ALL_REGIONS : regions,
    online,
  });

  it('counts runs that are not online in the region, not online runs', () => {
    const mixed = offer('Gemengd', 'none', ['part-time'], ['ict'], [run('2027-01-04', 'online'), run('2027-02-01', 'twente')]);
    expect(mixed.online).toBe(true);
    expect(inPersonIn(mixed, 'twente')).toBe(true);
    expect(inPersonIn(mixed, 'groningen')).toBe(false);
    const catalog = buildCatalog([mixed], SITES);
    // Online too: its one page is the national one, also listed in Twente (in person there).
    expect(catalog.sites.get('landelijk')!.pages).toEqual([mixed]);
    expect(catalog.sites.get('twente')!.pages).toEqual([]);
    expect(catalog.sites.get('twente')!.lists.get('')).toEqual([0]);
    expect(catalog.sites.get('groningen')!.offers).toEqual([mixed]);
    expect(catalog.sites.get('groningen')!.pages).toEqual([]);
    expect(catalog.sites.get('groningen')!.lists.get('')).toEqual([]);
  });

  it('without dated runs, the place of the offer decides; e-learning without a place is nowhere in person', () => {
    expect(inPersonIn(generic(['rijnmond'], false), 'rijnmond')).toBe(true);
    expect(inPersonIn(generic(['rijnmond'], false), 'twente')).toBe(false);
    expect(inPersonIn(generic([], true), 'twente')).toBe(false);
    expect(homeRegion(generic(['rijnmond'], false))).toBe('rijnmond');
    expect(homeRegion(generic(['rijnmond', 'twente'], false))).toBeUndefined();
    // No known place (in company, at the employer's): the national page.
    expect(homeRegion(generic([], false))).toBeUndefined();
  });

  it('names the fragment of a region on the national page', () => {
    expect(regionFragment('twente')).toBe('regio-twente');
  });
});
