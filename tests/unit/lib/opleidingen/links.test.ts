// Where programme links go, and that every offer has one programme page (issue #14) on the shipped feeds.
import { describe, expect, it } from 'vitest';
import { buildCatalog, inPersonIn } from '../../../../src/lib/opleidingen/facets';
import {
  filterTargetHref,
  offerHref,
  offerTarget,
  programmeSite,
  programmeUrl,
  regionalSearch,
} from '../../../../src/lib/opleidingen/links';
import { loadFeeds } from '../../../../src/lib/opleidingen/edudex/feeds';
import { buildDate, edudexDir } from '../../../../src/lib/site/config';
import { allSites, NATIONAL } from '../../../../src/lib/site/sites';
import { createUrls } from '../../../../src/lib/site/urls';

const hosts = Object.fromEntries(allSites().map((s) => [s.id, s.host]));
const pathUrls = createUrls({ mode: 'path', hosts, national: NATIONAL });
const hostUrls = createUrls({ mode: 'host', hosts, national: NATIONAL });

const { offers } = loadFeeds(edudexDir(), { buildDate: buildDate() });
const catalog = buildCatalog(
  offers,
  allSites().map((s) => ({ id: s.id, region: s.region?.slug })),
);
const regional = [...catalog.sites.values()].filter((s) => s.region);
const onlineOnly = offers.find((o) => o.online && o.runs.every((r) => r.online))!;
const homeOf = (o: (typeof offers)[number]) => allSites().filter((s) => s.region && inPersonIn(o, s.region.slug));
const twoRegions = offers.find((o) => !o.online && o.runs.length > 0 && inPersonIn(o, 'twente') && homeOf(o).length > 1)!;
const oneRegion = offers.find((o) => !o.online && o.runs.length > 0 && homeOf(o).length === 1)!;
const home = homeOf(oneRegion)[0].id;

describe('the link to a programme', () => {
  it('goes to the regional page of an offer given in person in one region only, from every site', () => {
    expect(offerTarget(oneRegion, undefined, NATIONAL)).toEqual({ site: home, path: `/opleidingen/${oneRegion.slug}/` });
    expect(offerTarget(oneRegion, home, NATIONAL)).toEqual({ site: home, path: `/opleidingen/${oneRegion.slug}/` });
    expect(offerHref(pathUrls, oneRegion, NATIONAL, undefined, NATIONAL)).toBe(`/${home}/opleidingen/${oneRegion.slug}/`);
    expect(offerHref(pathUrls, oneRegion, 'twente', 'twente', NATIONAL)).toBe(`/${home}/opleidingen/${oneRegion.slug}/`);
    expect(offerHref(hostUrls, oneRegion, home, home, NATIONAL)).toBe(`/opleidingen/${oneRegion.slug}/`);
    expect(offerHref(hostUrls, oneRegion, NATIONAL, undefined, NATIONAL)).toBe(
      `https://${home}.leerwerkloket.nl/opleidingen/${oneRegion.slug}/`,
    );
    expect(programmeUrl(hostUrls, oneRegion, NATIONAL)).toBe(`https://${home}.leerwerkloket.nl/opleidingen/${oneRegion.slug}/`);
  });

  it("goes to the national page at the region's advice for an offer given in several regions", () => {
    expect(offerTarget(twoRegions, 'twente', NATIONAL)).toEqual({
      site: NATIONAL,
      path: `/opleidingen/${twoRegions.slug}/`,
      fragment: 'regio-twente',
    });
    expect(offerHref(pathUrls, twoRegions, 'twente', 'twente', NATIONAL)).toBe(`/opleidingen/${twoRegions.slug}/#regio-twente`);
    expect(offerHref(hostUrls, twoRegions, 'twente', 'twente', NATIONAL)).toBe(
      `https://leerwerkloket.nl/opleidingen/${twoRegions.slug}/#regio-twente`,
    );
    expect(programmeUrl(hostUrls, twoRegions, NATIONAL)).toBe(`https://leerwerkloket.nl/opleidingen/${twoRegions.slug}/`);
  });

  it("goes to the national page at the region's advice for an online offer", () => {
    expect(offerHref(pathUrls, onlineOnly, 'groningen', 'groningen', NATIONAL)).toBe(`/opleidingen/${onlineOnly.slug}/#regio-groningen`);
    expect(offerHref(hostUrls, onlineOnly, 'groningen', 'groningen', NATIONAL)).toBe(
      `https://leerwerkloket.nl/opleidingen/${onlineOnly.slug}/#regio-groningen`,
    );
  });

  it('stays on the national page on the national site', () => {
    expect(offerHref(pathUrls, onlineOnly, NATIONAL, undefined, NATIONAL)).toBe(`/opleidingen/${onlineOnly.slug}/`);
    expect(offerHref(pathUrls, twoRegions, NATIONAL, undefined, NATIONAL)).toBe(`/opleidingen/${twoRegions.slug}/`);
  });

  it('puts a national page in the search of the regions where the offer is given (all for online offers)', () => {
    expect(regionalSearch(onlineOnly)).toBe('all');
    expect(regionalSearch(twoRegions)).toEqual(
      homeOf(twoRegions)
        .map((s) => s.id)
        .sort(),
    );
    expect(regionalSearch(twoRegions)).toContain('twente');
    expect(regionalSearch(oneRegion)).toEqual([]);
  });
});

describe('programme pages on the shipped feeds', () => {
  const pages = [...catalog.sites.values()].flatMap((s) => s.pages.map((o) => ({ site: s.siteId, offer: o })));

  it('every offer has exactly one programme page, on the site its links and canonical name', () => {
    expect(pages.map((p) => p.offer.slug).sort()).toEqual(offers.map((o) => o.slug).sort());
    for (const { site, offer } of pages) expect(programmeSite(offer, NATIONAL), offer.slug).toBe(site);
    expect(catalog.sites.get(home)!.pages).toContain(oneRegion);
    expect(catalog.sites.get(NATIONAL)!.pages).toContain(twoRegions);
    expect(catalog.sites.get(NATIONAL)!.pages).toContain(onlineOnly);
  });

  it('every listing link of every site leads to a programme page that exists', () => {
    const existing = new Set(pages.map(({ site, offer }) => pathUrls.routePath(site, `/opleidingen/${offer.slug}/`)));
    for (const index of catalog.sites.values()) {
      for (const i of new Set([...index.lists.values()].flat())) {
        const href = offerHref(pathUrls, index.offers[i], index.siteId, index.region, NATIONAL);
        expect(existing, `${index.siteId} → ${href}`).toContain(href.replace(/#.*$/, ''));
      }
    }
  });

  it('has one programme page per offer instead of one plus a copy per region where it is given', () => {
    const before = offers.length + regional.reduce((n, s) => n + s.offers.filter((o) => inPersonIn(o, s.region!)).length, 0);
    console.log(
      `Shipped feeds: ${offers.length} offers; programme pages ${before} → ${pages.length} ` +
        `(${(before / offers.length).toFixed(2)} → ${(pages.length / offers.length).toFixed(2)} per offer)`,
    );
    expect(pages.length).toBe(offers.length);
    expect(before).toBeGreaterThan(pages.length);
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
