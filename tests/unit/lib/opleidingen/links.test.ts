// Where programme links go, and what one page per online offer saves on the shipped feeds.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../../src/lib/opleidingen/facets';
import { filterTargetHref, offerHref, offerTarget } from '../../../../src/lib/opleidingen/links';
import { loadFeeds } from '../../../../src/lib/opleidingen/edudex/feeds';
import { buildDate, edudexDir } from '../../../../src/lib/site/config';
import { allSites, NATIONAL } from '../../../../src/lib/site/sites';
import { createUrls } from '../../../../src/lib/site/urls';

const hosts = { landelijk: 'leerwerkloket.nl', twente: 'twente.leerwerkloket.nl', groningen: 'groningen.leerwerkloket.nl' };
const pathUrls = createUrls({ mode: 'path', hosts, national: NATIONAL });
const hostUrls = createUrls({ mode: 'host', hosts, national: NATIONAL });

const { offers } = loadFeeds(edudexDir(), { buildDate: buildDate() });
const catalog = buildCatalog(
  offers,
  allSites().map((s) => ({ id: s.id, region: s.region?.slug })),
);
const regional = [...catalog.sites.values()].filter((s) => s.region);
const onlineOnly = offers.find((o) => o.online && o.runs.every((r) => r.online))!;
const inPerson = offers.find((o) => !o.online && o.regions.includes('twente') && o.runs.length > 0)!;

describe('the link to a programme', () => {
  it('stays on a regional site for an offer given there in person', () => {
    expect(offerTarget(inPerson, 'twente', 'twente', NATIONAL)).toEqual({ site: 'twente', path: `/opleidingen/${inPerson.slug}/` });
    expect(offerHref(pathUrls, inPerson, 'twente', 'twente', NATIONAL)).toBe(`/twente/opleidingen/${inPerson.slug}/`);
    expect(offerHref(hostUrls, inPerson, 'twente', 'twente', NATIONAL)).toBe(`/opleidingen/${inPerson.slug}/`);
  });

  it("goes to the national page at the region's advice for an online offer", () => {
    expect(offerHref(pathUrls, onlineOnly, 'groningen', 'groningen', NATIONAL)).toBe(`/opleidingen/${onlineOnly.slug}/#regio-groningen`);
    expect(offerHref(hostUrls, onlineOnly, 'groningen', 'groningen', NATIONAL)).toBe(
      `https://leerwerkloket.nl/opleidingen/${onlineOnly.slug}/#regio-groningen`,
    );
  });

  it('stays on the national page on the national site', () => {
    expect(offerHref(pathUrls, onlineOnly, NATIONAL, undefined, NATIONAL)).toBe(`/opleidingen/${onlineOnly.slug}/`);
  });
});

describe('programme pages on the shipped feeds', () => {
  const online = offers.filter((o) => o.online);
  const before = [...catalog.sites.values()].reduce((n, s) => n + s.offers.length, 0);
  const after = [...catalog.sites.values()].reduce((n, s) => n + s.pages.length, 0);

  it('no regional site has a page for an online-only offer; each in-person offer has its pages', () => {
    expect(online.length).toBeGreaterThan(0);
    for (const site of regional) {
      expect(site.pages).not.toContain(onlineOnly);
      for (const o of site.pages)
        expect(o.runs.length ? o.runs.some((r) => !r.online && r.regions.includes(site.region!)) : !o.online).toBe(true);
    }
    expect(catalog.sites.get('twente')!.pages).toContain(inPerson);
    // Online offers are still listed on every regional site.
    for (const site of regional) expect(site.offers).toContain(onlineOnly);
  });

  it('has fewer pages per offer: online offers have one page instead of 36', () => {
    console.log(
      `Shipped feeds: ${offers.length} offers, ${online.length} online (${Math.round((100 * online.length) / offers.length)} %); ` +
        `programme pages ${before} → ${after} (${(before / offers.length).toFixed(2)} → ${(after / offers.length).toFixed(2)} per offer)`,
    );
    expect(catalog.sites.get(NATIONAL)!.pages.length).toBe(offers.length);
    expect(before - after).toBe(regional.reduce((n, s) => n + s.offers.filter((o) => !s.pages.includes(o)).length, 0));
    expect(before - after).toBeGreaterThanOrEqual(online.filter((o) => o.runs.every((r) => r.online)).length * regional.length);
    expect(after / offers.length).toBeLessThan(before / offers.length);
  });
});

describe('the link to a filter combination', () => {
  it('goes to the listing page when it has one, else to the search page with the same filters', () => {
    expect(filterTargetHref(pathUrls, 'twente', 'twente', { count: 3, path: '/opleidingen/niveau/mbo-2/' })).toBe(
      '/twente/opleidingen/niveau/mbo-2/',
    );
    expect(filterTargetHref(hostUrls, 'landelijk', 'twente', { count: 2, search: '?niveau=mbo+niveau+2&vorm=BBL' })).toBe(
      'https://twente.leerwerkloket.nl/zoeken/?niveau=mbo+niveau+2&vorm=BBL',
    );
    expect(filterTargetHref(pathUrls, 'twente', 'landelijk', { count: 0 })).toBe('/zoeken/');
  });
});
