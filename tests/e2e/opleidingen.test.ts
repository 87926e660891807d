// The training offer without JavaScript: narrow the national overview to mbo niveau 2 and Twente
// by clicking links, open a programme, read its next start, place and total cost, and find it on
// the Twente site. A second filter on a list that fits on one page opens search (no pair page).
// One programme page per offer (issue #14): an offer given in several regions, or online, has the
// national page only, where a visitor from a regional listing or search lands on their region's
// advice, with and without JavaScript; an offer given in one region only has its page on that
// region's site. Plus axe on the overview and detail templates.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, useBrowser } from './browser';
import { buildDate, edudexDir } from '../../src/lib/site/config';
import { loadFeeds } from '../../src/lib/opleidingen/edudex/feeds';
import { findGemeente } from '../../src/lib/loketten/gemeenten';
import { costShort, dateLabel, money, nextRun, runPlace } from '../../src/lib/opleidingen/format';
import { homeRegion, inPersonIn, inPersonRegions, PAGE_SIZE } from '../../src/lib/opleidingen/facets';
import { readRegelingen } from '../../src/lib/regelingen/files';
import { regionalFundsForOffer } from '../../src/lib/regelingen/funding';
import { allRegions, getSite, servingRegion } from '../../src/lib/site/sites';

const browser = useBrowser();
const base = inject('baseUrl');
const { offers } = loadFeeds(edudexDir(), { buildDate: buildDate() });
const regelingen = readRegelingen();
const region = (slug: string) => allRegions().find((r) => r.slug === slug)!;
/** What the "Waar woon je?" entry of a region says about an offer: its loket and its own regelingen. */
const adviceFor = (slug: string, offerSlug: string) => ({
  loket: servingRegion(region(slug)).displayName,
  funds: regionalFundsForOffer(
    regelingen,
    offers.find((o) => o.slug === offerSlug)!,
    slug,
    buildDate(),
  ).map((e) => e.data.title),
});

async function open(path: string, javaScriptEnabled = false): Promise<Page> {
  const context = await browser().newContext({ javaScriptEnabled, bypassCSP: true });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const filters = (page: Page) => page.getByRole('navigation', { name: 'Filter de opleidingen' });

/** Clicks a filter link like "mbo niveau 2 (27)" and waits for the page it leads to. */
async function choose(page: Page, label: string, url: RegExp): Promise<number> {
  const link = filters(page).getByRole('link', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')} \\((\\d+)\\)$`) });
  await expect(link.count(), label).resolves.toBe(1);
  const count = Number((await link.innerText()).match(/\((\d+)\)$/)![1]);
  await link.click();
  await page.waitForURL(url);
  return count;
}

describe('opleidingen without JavaScript', () => {
  it('national → mbo niveau 2 → Twente → a programme with its next start, place and total cost', async () => {
    const page = await open('/opleidingen/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Opleidingen en cursussen');

    const level = await choose(page, 'mbo niveau 2', /\/opleidingen\/niveau\/mbo-2\/$/);
    await expect(page.locator('#resultaten').innerText()).resolves.toContain(`${level} opleidingen`);

    const inTwente = await choose(page, 'Twente', /\/twente\/opleidingen\/niveau\/mbo-2\/$/);
    expect(inTwente).toBeGreaterThan(0);
    expect(inTwente).toBeLessThanOrEqual(level);
    await expect(page.locator('h1').innerText()).resolves.toBe('Opleidingen en cursussen in Twente');
    await expect(page.locator('script').count(), 'the overview ships no JavaScript').resolves.toBe(0);
    const chosen = page.getByRole('region', { name: 'Je hebt gekozen' });
    await expect(chosen.innerText()).resolves.toMatch(/Niveau: mbo niveau 2/);
    await expect(chosen.getByRole('link', { name: 'verwijder filter mbo niveau 2' }).getAttribute('href')).resolves.toBe(
      '/twente/opleidingen/',
    );
    const results = page.locator('section[aria-labelledby="resultaten"] li h3 a');
    await expect(results.count()).resolves.toBe(Math.min(inTwente, PAGE_SIZE));

    // The same numbers the feeds give: every listed programme is mbo niveau 2, given in person in Twente.
    const expected = offers.filter((o) => o.level === 'mbo niveau 2' && inPersonIn(o, 'twente'));
    expect(inTwente).toBe(expected.length);

    // These fit on one page, so "BBL" has no pair page of its own: the link opens search with both filters.
    const bbl = filters(page).getByRole('link', { name: /^BBL \(werken en leren\) \((\d+), via zoeken\)$/ });
    const bblCount = Number((await bbl.innerText()).match(/\((\d+),/)![1]);
    expect(bblCount).toBe(expected.filter((o) => o.forms.includes('dual')).length);
    await expect(bbl.getAttribute('href')).resolves.toBe('/twente/zoeken/?regio=Twente&niveau=mbo+niveau+2&vorm=BBL+%28werken+en+leren%29');

    // Every Twente offer in the shipped feeds is given in several regions: its one page is the
    // national one, opened at Twente's advice.
    const first = results.first();
    const title = await first.innerText();
    await first.click();
    await page.waitForURL(/\/opleidingen\/[a-z0-9-]+\/#regio-twente$/);
    const url = new URL(page.url());
    expect(url.pathname, 'the national page, not a Twente copy').toMatch(/^\/opleidingen\//);
    const slug = url.pathname.split('/').at(-2)!;
    const offer = offers.find((o) => o.slug === slug)!;
    expect(offer.title).toBe(title);
    expect(inPersonRegions(offer).length).toBeGreaterThan(1);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);

    const next = nextRun(offer)!;
    const box = page.locator('[data-next-start]');
    await expect(box.locator('[data-field="start"]').innerText()).resolves.toBe(dateLabel(next.start));
    await expect(box.locator('[data-field="place"]').innerText()).resolves.toBe(runPlace(next));
    const cost = await box.locator('[data-field="cost"]').innerText();
    expect(cost).toBe(costShort(next.cost));
    expect(cost).toMatch(/^€ \d{1,3}(\.\d{3})*,\d\d/);

    // Every upcoming run is listed with its place and cost breakdown; the first one's total matches the feed.
    await expect(page.locator('[data-run]').count()).resolves.toBe(offer.runs.length);
    await expect(page.locator(`[data-run="${next.id}"] [data-total]`).innerText()).resolves.toBe(money(next.cost!.total));

    // The page opened at Twente's entry: its next start in Twente (a place in Twente), the Twente loket.
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe('regio-twente');
    const inTwenteRun = offer.runs.find((r) => !r.online && r.regions.includes('twente'))!;
    const start = await target.locator('[data-region-start]').innerText();
    expect(start).toBe(`Eerstvolgende start in deze regio: ${dateLabel(inTwenteRun.start)}, ${runPlace(inTwenteRun)}.`);
    expect(findGemeente(runPlace(inTwenteRun).split(',')[0])?.regionName, `${start} is in Twente`).toBe('Twente');
    await expect(target.getByRole('link', { name: adviceFor('twente', slug).loket }).getAttribute('href')).resolves.toBe(
      '/twente/contact/',
    );

    // Recognised or not, in words; who pays links on.
    await expect(page.locator('[data-recognised]').innerText()).resolves.toMatch(
      offer.recognised ? /Officieel erkend/ : /geen officieel diploma/,
    );
    await expect(page.getByRole('heading', { name: 'Wie kan dit betalen?' }).count()).resolves.toBe(1);

    // The one page is its own canonical; no inline script (only the JSON-LD data block and the
    // read-aloud module); the JSON-LD is a Course at the same URL.
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`https://leerwerkloket.nl/opleidingen/${slug}/`);
    await expect(page.locator('script:not([type="application/ld+json"]):not([src])').count()).resolves.toBe(0);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Course', name: offer.title, provider: { name: offer.provider.name } });
    expect(jsonLd.url).toBe(`https://leerwerkloket.nl/opleidingen/${slug}/`);
    expect(jsonLd.hasCourseInstance[0].startDate).toBe(offer.runs[0].start);

    // The search entry: an opleiding in the regions where it is given, Twente among them.
    const filtersOf = await page
      .locator('[data-pagefind-filter]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-pagefind-filter')));
    expect(filtersOf).toEqual(
      expect.arrayContaining(['type:Opleiding', 'regio:Twente', 'niveau:mbo niveau 2', 'vorm:BBL (werken en leren)']),
    );
    const searchRegions = (await page.locator('html').getAttribute('data-search-regional'))!.split(' ');
    expect(searchRegions).toEqual(inPersonRegions(offer));

    // "In jouw regio" names the regions and leads to each one's advice on this page.
    const inRegion = page.getByRole('region', { name: 'In jouw regio' });
    await expect(inRegion.getByRole('link', { name: 'Twente' }).getAttribute('href')).resolves.toBe('#regio-twente');
    await expect(inRegion.locator('[data-offered-in] a').count()).resolves.toBe(inPersonRegions(offer).length);

    // No Twente copy any more; the Twente overview (walk its pages) links to the national page.
    await expect(fetch(`${base}/twente/opleidingen/${slug}/`).then((r) => r.status)).resolves.toBe(404);
    let listingPage: string | null = '/twente/opleidingen/';
    let found = false;
    while (listingPage && !found) {
      await page.goto(base + listingPage);
      found = (await page.locator(`a[href="/opleidingen/${slug}/#regio-twente"]`).count()) > 0;
      const nextLink = page.locator('a[rel="next"]');
      listingPage = (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
    }
    expect(found, `${slug} on /twente/opleidingen/`).toBe(true);
    await page.context().close();
  });

  it(`the national overview lists every programme, ${PAGE_SIZE} per page, with working page links`, async () => {
    const page = await open('/opleidingen/');
    const pages = Math.ceil(offers.length / PAGE_SIZE);
    expect(pages, 'the shipped feeds fill more than one page').toBeGreaterThan(1);
    await expect(page.locator('#resultaten').innerText()).resolves.toBe(`${offers.length} opleidingen`);
    await expect(
      page
        .getByRole('navigation', { name: 'Paginering' })
        .getByRole('link', { name: `Pagina ${pages}` })
        .count(),
    ).resolves.toBe(1);
    await page.getByRole('link', { name: 'Volgende pagina' }).click();
    await page.waitForURL(/\/opleidingen\/pagina\/2\/$/);
    await expect(page.locator('section[aria-labelledby="resultaten"] li h3').count()).resolves.toBe(
      Math.min(PAGE_SIZE, offers.length - PAGE_SIZE),
    );
    await expect(page.getByRole('navigation', { name: 'Paginering' }).locator('[aria-current="page"]').textContent()).resolves.toBe(
      'Pagina 2',
    );
    await page.context().close();
  });

  it('a combination without its own page is explained, with a way out', async () => {
    const page = await open('/opleidingen/niveau/mbo-2/');
    const kosten = filters(page).getByRole('region', { name: 'Kosten' });
    await expect(kosten.innerText()).resolves.toMatch(/kan niet samen met mbo niveau 2/);
    await kosten.getByRole('link').click();
    await page.waitForURL(/\/opleidingen\/#filter-kosten$/);
    await page.context().close();
  });
});

describe('the filter links on a phone and on a wide screen', () => {
  /** Top offsets of the Niveau links, in the order they are listed. */
  async function levelTops(width: number): Promise<number[]> {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + '/twente/opleidingen/');
    const tops = await filters(page)
      .getByRole('region', { name: 'Niveau' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    await context.close();
    return tops;
  }

  it('sit side by side on a phone, so the results are not pushed screens down', async () => {
    const tops = await levelTops(390);
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops).size, 'several values share a line').toBeLessThan(tops.length);
  });

  it('stand one per line in the sidebar of a wide screen', async () => {
    const tops = await levelTops(1280);
    expect(new Set(tops).size).toBe(tops.length);
  });
});

describe('accessibility of the training pages (axe-core)', () => {
  const slug = offers.find((o) => o.regions.includes('twente') && o.runs.length > 0 && !o.online)!.slug;
  const online = offers.find((o) => o.online && o.runs.length === 0)!.slug;
  const regional = offers.find((o) => homeRegion(o) && o.runs.length > 0)!;
  // One page per template variant: national overview with an active filter and regio links, regional
  // overview, national detail with dated runs in several regions, a regional page (an offer given
  // in one region only), national detail of an online course reached from a regional search
  // (region chosen by the script).
  const paths = [
    '/opleidingen/niveau/mbo-2/',
    '/twente/opleidingen/',
    `/opleidingen/${slug}/`,
    `/${homeRegion(regional)}/opleidingen/${regional.slug}/`,
    `/opleidingen/${online}/#regio-groningen`,
  ];
  for (const path of paths) {
    it(`${path} has no axe violations`, async () => {
      const page = await open(path, true);
      if (path.includes('#regio-')) await page.locator('[data-region-choice][data-region-chosen="groningen"]').waitFor();
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  }
});

describe("one page per online offer, with the advice of the visitor's region", () => {
  const onlineOnly = offers.filter((o) => o.online && o.runs.every((r) => r.online));
  const groningen = region('groningen');

  it('a regional site has no copy of an online offer, nor of an offer given there and elsewhere', async () => {
    for (const o of onlineOnly.slice(0, 3)) {
      const response = await fetch(`${base}/groningen/opleidingen/${o.slug}/`);
      expect(response.status, o.slug).toBe(404);
    }
    const inPerson = offers.find((o) => !o.online && inPersonIn(o, 'groningen') && !homeRegion(o))!;
    expect((await fetch(`${base}/groningen/opleidingen/${inPerson.slug}/`)).status).toBe(404);
    const page = await open(`/opleidingen/${inPerson.slug}/`);
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(
      `https://leerwerkloket.nl/opleidingen/${inPerson.slug}/`,
    );
    await page.context().close();
  });

  /**
   * From /groningen/opleidingen/ (which lists no online offers): "Zoek online opleidingen" opens
   * Groningen's search on the online offers; the first result leads to the national page.
   */
  async function openOnlineFromListing(page: Page): Promise<string> {
    const listed = await page
      .locator('section[aria-labelledby="resultaten"] li h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(listed.length).toBeGreaterThan(0);
    const listedOffers = listed.map((href) => offers.find((o) => o.slug === href.split('/').at(-2))!);
    expect(
      listedOffers.filter((o) => o.online).map((o) => o.slug),
      'no online offers in the regional listing',
    ).toEqual([]);
    expect(listedOffers.every((o) => inPersonIn(o, 'groningen'))).toBe(true);
    const online = filters(page).getByRole('link', { name: 'Zoek online opleidingen' });
    await expect(online.getAttribute('href')).resolves.toBe('/groningen/zoeken/?regio=Online');
    await online.click();
    const card = page.locator('[data-results] li a[href$="#regio-groningen"]').first();
    await card.waitFor();
    const href = (await card.getAttribute('href'))!;
    expect(href).toMatch(/^\/opleidingen\/[a-z0-9-]+\/#regio-groningen$/);
    await card.click();
    await page.waitForURL((url) => url.pathname + url.hash === href);
    return href.split('/')[2];
  }

  it('without JavaScript: the address a Groningen search result gives lands on Groningen in the "Waar woon je?" list, with its loket and regional funds', async () => {
    const slug = onlineOnly[0].slug;
    const page = await open(`/opleidingen/${slug}/#regio-groningen`);
    expect(onlineOnly.map((o) => o.slug)).toContain(slug);
    await expect(page.locator('h1').innerText()).resolves.toBe(offers.find((o) => o.slug === slug)!.title);
    await expect(page.locator('[data-region-choice]').isHidden()).resolves.toBe(true);
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe('regio-groningen');
    await expect(target.getByRole('heading', { level: 3 }).innerText()).resolves.toBe('Groningen');
    const { loket, funds } = adviceFor('groningen', slug);
    await expect(target.getByRole('link', { name: loket }).getAttribute('href')).resolves.toBe('/groningen/contact/');
    const text = await target.innerText();
    if (funds.length) for (const title of funds) expect(text).toContain(title);
    else expect(text).toContain('Deze regio heeft geen eigen regeling voor deze opleiding.');
    // All 35 regions are there, so any regional listing can point here.
    await expect(page.locator('li[id^="regio-"]').count()).resolves.toBe(allRegions().length);
    await page.context().close();
  });

  it('a region with its own fund shows it in its entry (Twente, on an mbo programme it can pay for)', async () => {
    const mbo = offers.find((o) => adviceFor('twente', o.slug).funds.length > 0)!;
    expect(mbo, 'an offer that a Twente regeling can pay for').toBeDefined();
    const page = await open(`/opleidingen/${mbo.slug}/#regio-twente`);
    const entry = page.locator('#regio-twente');
    for (const title of adviceFor('twente', mbo.slug).funds) {
      await expect(entry.getByRole('link', { name: title }).count()).resolves.toBe(1);
    }
    await expect(page.locator('#regio-groningen').innerText()).resolves.not.toContain('Twents Fonds');
    await page.context().close();
  });

  it("with JavaScript: Groningen's advice stands near the top, can be changed, and is remembered on the next programme page", async () => {
    const page = await open('/groningen/opleidingen/', true);
    const slug = await openOnlineFromListing(page);
    const box = page.locator('[data-region-choice]');
    await page.locator('[data-region-choice][data-region-chosen="groningen"]').waitFor();
    await expect(box.isVisible()).resolves.toBe(true);
    const select = page.getByRole('combobox', { name: 'Waar woon je?' });
    await expect(select.inputValue()).resolves.toBe('groningen');
    const shown = box.locator('[data-region-shown]');
    const { loket, funds } = adviceFor('groningen', slug);
    await expect(shown.innerText()).resolves.toContain(`Jouw regio: ${groningen.name}`);
    await expect(shown.getByRole('link', { name: loket }).getAttribute('href')).resolves.toBe('/groningen/contact/');
    const text = await shown.innerText();
    if (funds.length) for (const title of funds) expect(text).toContain(title);
    else expect(text).toContain('Deze regio heeft geen eigen regeling voor deze opleiding.');
    // The box comes before the description of the programme.
    const order = await page.evaluate(() => {
      const a = document.querySelector('[data-region-choice]')!;
      const b = document.getElementById('wat-leer-je')!;
      return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();

    // Another programme page, without a fragment: the choice is remembered.
    const other = onlineOnly.find((o) => o.slug !== slug)!;
    await page.goto(`${base}/opleidingen/${other.slug}/`);
    await page.locator('[data-region-choice][data-region-chosen="groningen"]').waitFor();
    await expect(page.getByRole('combobox', { name: 'Waar woon je?' }).inputValue()).resolves.toBe('groningen');

    // Changing it shows the other region and is remembered too; no cookies are set.
    await page.getByRole('combobox', { name: 'Waar woon je?' }).selectOption('twente');
    await page.locator('[data-region-choice][data-region-chosen="twente"]').waitFor();
    await expect(
      page
        .locator('[data-region-shown]')
        .getByRole('link', { name: adviceFor('twente', other.slug).loket })
        .count(),
    ).resolves.toBe(1);
    await page.goto(`${base}/opleidingen/${slug}/`);
    await page.locator('[data-region-choice][data-region-chosen="twente"]').waitFor();
    await expect(page.context().cookies()).resolves.toEqual([]);
    await page.context().close();
  });
});

describe('one programme page per offer given in person', () => {
  const twente = region('twente');

  it("with JavaScript: from the Twente listing, an offer given in several regions opens on the national page with Twente's advice and funds", async () => {
    // The Twente offer that a Twente regeling can pay for, so the funds shown are Twente's own.
    const offer = offers.find((o) => inPersonIn(o, 'twente') && !homeRegion(o) && adviceFor('twente', o.slug).funds.length > 0)!;
    expect(offer, 'a Twente offer given in several regions that a Twente regeling can pay for').toBeDefined();
    const page = await open('/twente/opleidingen/', true);
    // Walk the Twente overview until its card shows up, and follow the card's link.
    const card = page.locator(`section[aria-labelledby="resultaten"] li h3 a[href="/opleidingen/${offer.slug}/#regio-twente"]`);
    while (!(await card.count())) {
      const nextLink = page.locator('a[rel="next"]');
      expect(await nextLink.count(), `${offer.slug} in the Twente overview`).toBe(1);
      await page.goto(base + (await nextLink.getAttribute('href')));
    }
    await card.click();
    await page.waitForURL((u) => u.pathname === `/opleidingen/${offer.slug}/` && u.hash === '#regio-twente');
    // The national site's chrome, Twente chosen near the top: its next start, loket and funds.
    await expect(page.locator('html').getAttribute('data-site')).resolves.toBe('landelijk');
    await page.locator('[data-region-choice][data-region-chosen="twente"]').waitFor();
    await expect(page.getByRole('combobox', { name: 'Waar woon je?' }).inputValue()).resolves.toBe('twente');
    const shown = page.locator('[data-region-shown]');
    await expect(shown.innerText()).resolves.toContain(`Jouw regio: ${twente.name}`);
    const { loket, funds } = adviceFor('twente', offer.slug);
    await expect(shown.getByRole('link', { name: loket }).getAttribute('href')).resolves.toBe('/twente/contact/');
    for (const title of funds) await expect(shown.getByRole('link', { name: title }).count()).resolves.toBe(1);
    const run = offer.runs.find((r) => !r.online && r.regions.includes('twente'))!;
    await expect(shown.innerText()).resolves.toContain(`Eerstvolgende start in deze regio: ${dateLabel(run.start)}, ${runPlace(run)}.`);
    // Another region in "In jouw regio" switches the advice on the same page.
    const other = inPersonRegions(offer).find((r) => r !== 'twente')!;
    await page
      .getByRole('region', { name: 'In jouw regio' })
      .getByRole('link', { name: region(other).name })
      .click();
    await page.locator(`[data-region-choice][data-region-chosen="${other}"]`).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/opleidingen/${offer.slug}/`);
    await page.context().close();
  });

  it("an offer given in one region only has its one page on that region's site, with that region's chrome", async () => {
    // The shipped feeds have no Twente-only offer; prefer one, else take the first single-region offer.
    const single = offers.filter((o) => homeRegion(o) && o.runs.length > 0);
    const offer = single.find((o) => homeRegion(o) === 'twente') ?? single[0];
    expect(offer, 'an offer given in person in one region only').toBeDefined();
    const home = homeRegion(offer)!;
    const site = getSite(home);
    const own = `/${home}/opleidingen/${offer.slug}/`;

    // The national overview links to it on the regional site (walk its pages).
    const page = await open('/opleidingen/');
    let found = false;
    for (let listingPage: string | null = '/opleidingen/'; listingPage && !found;) {
      await page.goto(base + listingPage);
      found = (await page.locator(`section[aria-labelledby="resultaten"] a[href="${own}"]`).count()) > 0;
      const nextLink = page.locator('a[rel="next"]');
      listingPage = found ? null : (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
    }
    expect(found, `${own} in the national overview`).toBe(true);
    await page.locator(`section[aria-labelledby="resultaten"] a[href="${own}"]`).click();
    await page.waitForURL((u) => u.pathname === own);

    // Regional chrome and advice; its own canonical and JSON-LD URL; in the national search index too.
    await expect(page.locator('html').getAttribute('data-site')).resolves.toBe(home);
    await expect(page.locator('header').first().innerText()).resolves.toContain(site.displayName);
    const loket = servingRegion(region(home)).displayName;
    await expect(page.getByRole('heading', { name: `Twijfel je? Vraag gratis advies bij ${loket}` }).count()).resolves.toBe(1);
    await expect(page.locator('h1').innerText()).resolves.toBe(offer.title);
    await expect(page.locator('[data-next-start] [data-field="start"]').innerText()).resolves.toBe(dateLabel(nextRun(offer, home)!.start));
    const url = `https://${site.host}/opleidingen/${offer.slug}/`;
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(url);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.url).toBe(url);
    await expect(page.locator('html').getAttribute('data-search-national')).resolves.toBe('true');
    await expect(page.locator('[data-region-choice]').count(), 'no "Waar woon je?": the page is regional').resolves.toBe(0);
    // In its region's sitemap, not in the national one.
    await expect(fetch(`${base}/${home}/sitemap.xml`).then((r) => r.text())).resolves.toContain(`<loc>${url}</loc>`);
    await expect(fetch(`${base}/sitemap.xml`).then((r) => r.text())).resolves.not.toContain(`/opleidingen/${offer.slug}/`);

    // No national page, no copy elsewhere; the region's own overview links to it.
    expect((await fetch(`${base}/opleidingen/${offer.slug}/`)).status).toBe(404);
    const elsewhere = allRegions().find((r) => r.slug !== home)!.slug;
    expect((await fetch(`${base}/${elsewhere}/opleidingen/${offer.slug}/`)).status).toBe(404);
    let inOwnListing = false;
    for (let listingPage: string | null = `/${home}/opleidingen/`; listingPage && !inOwnListing;) {
      await page.goto(base + listingPage);
      inOwnListing = (await page.locator(`a[href="${own}"]`).count()) > 0;
      const nextLink = page.locator('a[rel="next"]');
      listingPage = (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
    }
    expect(inOwnListing, `${own} in its region's overview`).toBe(true);
    await page.context().close();
  });
});
