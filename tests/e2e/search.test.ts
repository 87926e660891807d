// Search in real Chromium against the built output, under the production Content-Security-Policy.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, describeViolations, useBrowser } from './browser';
import { startStaticServer } from '../../src/tooling/output/static-server';
import { securityHeaders } from '../../src/tooling/deploy/headers';

const browser = useBrowser();
let base: string;
let close: () => void;

beforeAll(async () => {
  // The same headers production sends, so a CSP problem fails here first.
  const { server, url } = await startStaticServer({
    root: inject('pathOut'),
    headers: Object.fromEntries(securityHeaders('public', { tls: false })),
  });
  base = url;
  close = () => server.close();
});
afterAll(() => close?.());

/** A page that records every CSP violation and page error. */
async function openPage(
  path: string,
  options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser().newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
  });
  const problems: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base + path);
  return { page, context, problems };
}

interface Shown {
  meta: string;
  title: string;
  href: string;
  text: string;
}

/**
 * Waits until a search has settled (no search running, a count announced, for `q` when given) and
 * reads the list in the same step, so the count and the list are one state, whatever the timing.
 */
async function results(page: Page, q?: string): Promise<Shown[]> {
  const handle = await page.waitForFunction((query) => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    const list = document.querySelector('[data-results]');
    if (!list || list.getAttribute('aria-busy') === 'true') return false;
    if (!/resultat|Geen resultaten/.test(status)) return false;
    if (query !== undefined && !status.includes(`voor “${query}”`)) return false;
    return [...list.children].map((li) => ({
      meta: li.querySelector('p')?.textContent ?? '',
      title: li.querySelector('h3')?.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      text: li.textContent ?? '',
    }));
  }, q);
  return (await handle.jsonValue()) as Shown[];
}

/** Slows the page's CPU down through the DevTools protocol, as on a cheap phone or a busy CI runner. */
async function throttleCpu(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Holds the responses for `pattern` until release() is called; `seen` resolves at the first request. */
async function holdBack(page: Page, pattern: string | RegExp) {
  let release!: () => void;
  let seenResolve!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const seen = new Promise<void>((resolve) => (seenResolve = resolve));
  await page.route(pattern, async (route) => {
    seenResolve();
    await released;
    await route.continue();
  });
  return { release, seen };
}

describe('search on a regional site', () => {
  it('"heftruck" on Twente finds heftruck courses given in Twente and online (on their national page), and nothing from another region', async () => {
    const { page, context, problems } = await openPage('/twente/zoeken/?q=heftruck');
    const found = await results(page);
    expect(found.length).toBeGreaterThan(1);
    for (const r of found) {
      // Offers given online or in several regions have one page, the national one: the result
      // leads to Twente's advice there, and names Twente where the offer is given in Twente.
      expect(r.href, r.title).toMatch(/^\/twente\/|^\/opleidingen\/[a-z0-9-]+\/#regio-twente$/);
      expect(r.meta).toMatch(/Opleiding · (Twente|Landelijk|Online) ·/);
    }
    const national = found.filter((r) => r.href.endsWith('#regio-twente'));
    expect(national.length, 'national heftruck pages are in the Twente index').toBeGreaterThan(0);
    expect(
      national.some((r) => /· Online ·/.test(r.meta)),
      'an online heftruck course',
    ).toBe(true);
    expect(
      national.some((r) => /· Twente ·/.test(r.meta)),
      'a heftruck course given in Twente and elsewhere',
    ).toBe(true);
    expect(found[0].title).toMatch(/heftruck/i);
    expect(
      found.every((r) => /heftruck/i.test(r.text)),
      'every result is about heftrucks',
    ).toBe(true);
    const opened = await Promise.all(found.map(async (r) => await (await fetch(base + r.href)).text()));
    expect(opened.some((html) => /Online/.test(html) && /heftruck/i.test(html))).toBe(true);
    expect(opened.some((html) => /Enschede|Hengelo|Almelo/.test(html))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the niveau filter narrows the list and is kept in the URL; the back button restores it', async () => {
    const { page, context } = await openPage('/zoeken/?q=opleiding');
    await results(page);
    const countOf = async () => Number((await page.locator('[data-status]').innerText()).match(/^(\d+)/)?.[1] ?? 0);
    const before = await countOf();
    // Filter groups start closed: opening one loads its table and shows its counts.
    await page.locator('[data-filter-group="niveau"] > summary').click();
    const box = page.locator('[data-filters] fieldset', { hasText: 'Niveau' }).locator('input[type="checkbox"]').first();
    await page.waitForFunction(() =>
      /^\(\d+\)$/.test(document.querySelector('[data-filter-group="niveau"] label span.text-muted')?.textContent ?? ''),
    );
    const value = await box.getAttribute('value');
    await box.check();
    await page.waitForURL(/niveau=/);
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-status]')?.textContent?.match(/^(\d+)/)?.[1] ?? -1) !== n,
      before,
    );
    const after = await countOf();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.getAll('niveau')).toEqual([value]);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('niveau='));
    await expect(box.isChecked()).resolves.toBe(false);
    await page.waitForFunction((n) => document.querySelector('[data-status]')?.textContent?.startsWith(String(n)), before);
    await context.close();
  });

  it('"praktijkleren" finds the regeling among the first results, before any other regeling', async () => {
    // A short event about praktijkleren may rank just above the (longer) regeling page; both are
    // what someone searching the word wants, so the regeling must be near the top, not first.
    const { page, context } = await openPage('/zoeken/?q=praktijkleren');
    const found = await results(page);
    const first = found.findIndex((r) => r.meta.includes('Regeling'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(3);
    expect(found[first].title).toMatch(/praktijkleren/i);
    await context.close();
  });

  it('on the national site a training given in several regions names the region of the start it shows', async () => {
    // "Praktijkleren Schoonmaak" starts in Enschede (Twente) and elsewhere; Flevoland comes first A–Z.
    const { page, context } = await openPage('/zoeken/?q=praktijkleren');
    const found = await results(page);
    const training = found.find((r) => r.title.startsWith('Praktijkleren Schoonmaak'));
    expect(training?.meta).toMatch(/^Opleiding · Twente · Start: \d{1,2} [a-z]+ \d{4}, Enschede$/);
    await context.close();
  });

  it('"subsidie" finds regelingen even where the page never says "subsidie"', async () => {
    const { page, context } = await openPage('/zoeken/?q=subsidie');
    const found = await results(page);
    expect(found.filter((r) => r.meta.includes('Regeling')).length).toBeGreaterThan(5);
    await context.close();
  });

  it('shows a helpful empty state with links to the overviews', async () => {
    const { page, context } = await openPage('/twente/zoeken/?q=xyzzyonbekend');
    await results(page);
    await expect(page.locator('[data-status]').innerText()).resolves.toContain('Geen resultaten voor “xyzzyonbekend”');
    await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-overviews] a').first().getAttribute('href')).resolves.toBe('/twente/opleidingen/');
    await context.close();
  });
});

/** Reads the number the status line announces ("12 resultaten …"; 0 for "Geen resultaten"). */
async function announced(page: Page): Promise<number> {
  const status = await page.locator('[data-status]').innerText();
  return Number(/^(\d+) resulta/.exec(status)?.[1] ?? 0);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** The date in a result's detail line ("Nieuws · Twente · 16 november 2026"), as yyyy-mm-dd. */
function shownDate(meta: string): string {
  const [, day, month, year] = /(\d{1,2}) ([a-z]+) (\d{4})/.exec(meta) ?? [];
  expect(MONTHS).toContain(month);
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

describe('one search over the content and catalogue bundles (issue #15)', () => {
  it('loads the content bundle first and merges the catalogue, so one query finds both', async () => {
    const { page, context, problems } = await openPage('/twente/zoeken/?type=Nieuws');
    const requested: string[] = [];
    page.on('request', (request) => request.url().includes('/pagefind/') && requested.push(new URL(request.url()).pathname));
    await results(page);
    const news = await announced(page);
    await page.goto(`${base}/twente/zoeken/?type=Opleiding`);
    await results(page);
    const offers = await announced(page);
    expect(news).toBeGreaterThan(0);
    expect(offers).toBeGreaterThan(0);
    await page.goto(`${base}/twente/zoeken/?type=Nieuws&type=Opleiding`);
    await results(page);
    expect(await announced(page)).toBe(news + offers);
    // Twente's own content and catalogue, and the online offers shared by every region.
    for (const bundle of ['inhoud', 'opleidingen', 'online'])
      expect(requested.some((p) => p.startsWith(`/twente/pagefind/${bundle}/`))).toBe(true);
    // Pagefind's code and WebAssembly come once, from the first bundle.
    expect(requested.filter((p) => /\/pagefind\/(opleidingen|online)\/(pagefind\.js|wasm\.)/.test(p))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"nieuwste eerst" lists only news and events, newest first, across the whole site', async () => {
    const { page, context, problems } = await openPage('/zoeken/?q=leren&sort=date');
    const shown = await results(page, 'leren');
    expect(shown.length).toBeGreaterThan(2);
    for (const item of shown) expect(item.meta).toMatch(/^(Nieuws|Agenda) · /);
    const dates = shown.map((item) => shownDate(item.meta));
    expect(dates).toEqual([...dates].sort().reverse());
    const sorted = await announced(page);
    // Without the sort, the same words also find training offers and other pages.
    await page.goto(`${base}/zoeken/?q=leren&type=Opleiding`);
    await results(page, 'leren');
    const offers = await announced(page);
    expect(offers).toBeGreaterThan(0);
    await page.goto(`${base}/zoeken/?q=leren`);
    await results(page, 'leren');
    expect(await announced(page)).toBeGreaterThanOrEqual(sorted + offers);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('what a programme page puts in the index (issue #14)', () => {
  it('its own words (title, text, provider, places), not the cost tables, contact lines or the advice box shared by every programme page', async () => {
    const { page, context } = await openPage('/zoeken/', { bypassCSP: true });
    const content = (await page.evaluate(`(async () => {
      const root = document.querySelector('[data-search-root]');
      const bundles = JSON.parse(root.dataset.pagefindBundles);
      const pagefind = await import(bundles.opleidingen + 'pagefind.js');
      await pagefind.init();
      const search = await pagefind.search('VCA');
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.find((d) => d.url.endsWith('/opleidingen/vca-basis-b-vca-met-examen/'))?.content ?? '';
    })()`)) as string;
    await context.close();
    expect(content).toContain('VeiligWerk Trainingen');
    expect(content).toContain('Wat leer je?');
    expect(content).toContain('Hengelo');
    for (const shared of ['Twijfel je', 'Kosten voor de start', 'Aanmelden:', 'Het Leerwerkloket is onafhankelijk'])
      expect(content, shared).not.toContain(shared);
  });
});

describe('filter tables load only when a group is used (issue #14)', () => {
  it('the filter values written into the page are exactly those in the index, on a regional and the national site', async () => {
    for (const site of ['/twente', '']) {
      const { page, context } = await openPage(`${site}/zoeken/`, { bypassCSP: true });
      // A string, so the test runner's module transform leaves the page's dynamic import alone.
      const { inPage, inIndex } = (await page.evaluate(`(async () => {
        const root = document.querySelector('[data-search-root]');
        const [first, ...merged] = Object.values(JSON.parse(root.dataset.pagefindBundles));
        const pagefind = await import(first + 'pagefind.js');
        await pagefind.init();
        for (const bundle of merged) await pagefind.mergeIndex(bundle);
        const all = await pagefind.filters();
        return {
          inPage: JSON.parse(root.dataset.filterValues),
          inIndex: Object.fromEntries(Object.entries(all).map(([key, counts]) => [key, Object.keys(counts).sort()])),
        };
      })()`)) as { inPage: Record<string, string[]>; inIndex: Record<string, string[]> };
      const sorted = Object.fromEntries(Object.entries(inPage).map(([key, values]) => [key, [...values].sort()]));
      expect(Object.keys(sorted).length).toBeGreaterThan(5);
      expect(sorted).toEqual(inIndex);
      await context.close();
    }
  });

  it('a first query fetches no filter table; opening a group fetches its table and shows its counts', async () => {
    const { page, context, problems } = await openPage('/zoeken/');
    const tables: string[] = [];
    page.on('request', (request) => /\/pagefind\/[a-z]+\/filter\//.test(request.url()) && tables.push(request.url()));
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    await page.locator('#zoekterm').fill('heftruck');
    await results(page, 'heftruck');
    expect(tables).toEqual([]);
    // No counts are shown for a group whose table is not loaded.
    await expect(page.locator('[data-filter-group="sector"] label span.text-muted').first().textContent()).resolves.toBe('');
    await page.locator('[data-filter-group="sector"] > summary').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-filter-group="sector"] label span.text-muted')].every((s) =>
        /^\(\d+\)$/.test(s.textContent ?? ''),
      ),
    );
    expect(tables.length).toBeGreaterThanOrEqual(1);
    const counts = await page.locator('[data-filter-group="sector"] label').evaluateAll((labels) =>
      labels.map((l) => ({
        value: (l.querySelector('input') as HTMLInputElement).value,
        n: Number(l.textContent!.match(/\((\d+)\)$/)![1]),
      })),
    );
    const safety = counts.find((c) => /heftruck/i.test(c.value));
    expect(safety?.n).toBeGreaterThan(0);
    // Other groups stay unloaded: still no counts there.
    await expect(page.locator('[data-filter-group="niveau"] label span.text-muted').first().textContent()).resolves.toBe('');
    // Opening a group changed no results: the count announced is the same search.
    await expect(page.locator('[data-status]').innerText()).resolves.toMatch(/resultaten voor “heftruck”/);
    // Choosing the value narrows the results to that count.
    await page.locator('[data-filter-group="sector"] label', { hasText: safety!.value }).locator('input').check();
    await page.waitForURL(/sector=/);
    await page.waitForFunction((n) => document.querySelector('[data-status]')?.textContent?.startsWith(`${n} `), safety!.n);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('search on a phone', () => {
  it('puts the results before a closed filter panel that says how many filters are chosen', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/twente/zoeken/?q=heftruck&type=Opleiding`);
    await results(page);
    await expect(page.locator('#zoekterm').inputValue()).resolves.toBe('heftruck');
    const panel = page.locator('[data-filter-panel]');
    await expect(panel.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(panel.locator(':scope > summary').innerText()).resolves.toMatch(/^Filters \(1 gekozen\)$/);
    // The first result is within a screen and a half, not below all the filter boxes, which stay
    // hidden until the panel is opened.
    const firstResult = await page.locator('[data-results] > li').first().boundingBox();
    expect(firstResult!.y).toBeLessThan(800 + 400);
    await expect(page.locator('[data-filters] input[value="Opleiding"]').isVisible()).resolves.toBe(false);
    await panel.locator(':scope > summary').click();
    await expect(page.locator('[data-filters] input[value="Opleiding"]').isChecked()).resolves.toBe(true);
    await page.locator('[data-filters] input[value="Opleiding"]').uncheck();
    await page.waitForURL((url) => !url.search.includes('type='));
    await expect(panel.locator(':scope > summary').innerText()).resolves.toBe('Filters');
    await context.close();
  });

  it('opens the filter panel on a wide screen', async () => {
    const { page, context } = await openPage('/twente/zoeken/?q=heftruck');
    await results(page);
    await expect(page.locator('[data-filter-panel]').evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await context.close();
  });
});

describe('search by keyboard, without JavaScript, and for screen readers', () => {
  it('a keyboard-only user can search, filter and open a result', async () => {
    const { page, context, problems } = await openPage('/twente/zoeken/');
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    await page.locator('#zoekterm').focus();
    await page.keyboard.type('heftruck');
    await page.keyboard.press('Enter');
    await results(page);
    // Tab forward to the Soort filter group, open it with Enter, then on to "Opleiding" and tick it with Space.
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.parentElement?.dataset.filterGroup === 'type')) break;
    }
    await page.keyboard.press('Enter');
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === 'Opleiding')) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await page.keyboard.press('Space');
    await page.waitForURL(/\?q=heftruck&type=Opleiding/);
    await results(page);
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => !!document.activeElement?.closest('[data-results]'))) break;
    }
    // A programme's one page: on the Twente site, or the national page at Twente's advice.
    const href = (await page.evaluate(() => document.activeElement?.getAttribute('href')))!;
    expect(href).toMatch(/^\/twente\/opleidingen\/|^\/opleidingen\/[a-z0-9-]+\/#regio-twente$/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === href);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Enter right after the page loads searches in place instead of reloading the page', async () => {
    const { page, context } = await openPage('/twente/zoeken/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.locator('#zoekterm').fill('heftruck');
    await page.locator('#zoekterm').press('Enter');
    await results(page);
    await expect(page.evaluate(() => (window as unknown as { marker?: number }).marker)).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('zoekterm');
    expect(new URL(page.url()).searchParams.get('q')).toBe('heftruck');
    await context.close();
  });

  it('text typed while the index loads is kept, searched, and Enter then searches it', async () => {
    // A slow phone: a throttled CPU, the page script and the Pagefind index held back until the
    // test lets them through, so the typing certainly comes first, however fast the machine is.
    const context = await browser().newContext();
    const page = await context.newPage();
    await throttleCpu(page, 4);
    const script = await holdBack(page, /\/_astro\/.*\.js$/);
    const index = await holdBack(page, '**/pagefind/inhoud/pagefind.js');
    await page.goto(base + '/twente/zoeken/', { waitUntil: 'commit' });
    // Typed before the page script runs: no input event reaches the script.
    await page.locator('#zoekterm').pressSequentially('heftruck');
    script.release();
    await index.seen;
    index.release();
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('#zoekterm').inputValue()).resolves.toBe('heftruck');
    expect((await results(page, 'heftruck')).length).toBeGreaterThan(0);
    await page.locator('#zoekterm').press('Enter');
    expect((await results(page, 'heftruck')).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('heftruck');
    await context.close();
  });

  it('while a new search loads, the old results stay with their own count', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await throttleCpu(page, 4);
    await page.goto(base + '/twente/zoeken/?q=heftruck');
    const before = await results(page, 'heftruck');
    expect(before.length).toBeGreaterThan(0);
    // Hold the result texts of the next search: the moment one is asked for, the search is running.
    const fragments = await holdBack(page, /\.pf_fragment$/);
    await page.locator('#zoekterm').fill('zorg');
    await page.locator('#zoekterm').press('Enter');
    await fragments.seen;
    const during = await page.evaluate(() => ({
      status: document.querySelector('[data-status]')?.textContent ?? '',
      items: document.querySelectorAll('[data-results] > li').length,
      busy: document.querySelector('[data-results]')?.getAttribute('aria-busy'),
    }));
    expect(during).toEqual({ status: expect.stringContaining('voor “heftruck”'), items: before.length, busy: 'true' });
    fragments.release();
    expect((await results(page, 'zorg')).length).toBeGreaterThan(0);
    await context.close();
  });

  it('fetches the index for the words typed so far while the field waits for a pause', async () => {
    const { page, context } = await openPage('/twente/zoeken/');
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    // Pagefind has loaded its metadata and WebAssembly (a preload before that waits for them).
    await page.waitForLoadState('networkidle');
    let addressAtFirstChunk: string | undefined;
    await context.route(/\.pf_index$/, async (route) => {
      addressAtFirstChunk ??= page.url();
      await route.continue();
    });
    await page.locator('#zoekterm').fill('heftruck');
    await results(page);
    // The search itself puts the query in the address; the chunk came before it.
    expect(addressAtFirstChunk).toBeDefined();
    expect(new URL(addressAtFirstChunk!).searchParams.has('q')).toBe(false);
    await context.close();
  });

  it('Enter after the results of typing adds no second history entry for the same search', async () => {
    const { page, context } = await openPage('/twente/zoeken/');
    await page.locator('[data-search-ready]').waitFor({ state: 'attached' });
    const entries = await page.evaluate(() => history.length);
    await page.locator('#zoekterm').pressSequentially('heftruck');
    await page.waitForURL(/\?q=heftruck$/);
    await results(page);
    await page.locator('#zoekterm').press('Enter');
    await results(page);
    await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
    await context.close();
  });

  it('the result count is announced in a live region', async () => {
    const { page, context } = await openPage('/zoeken/?q=heftruck');
    await results(page);
    await expect(page.locator('[data-status]').getAttribute('role')).resolves.toBe('status');
    await expect(page.locator('[data-status]').innerText()).resolves.toMatch(/^\d+ resultaten voor “heftruck”/);
    await context.close();
  });

  it('without JavaScript the header field leads to a page that links to every overview', async () => {
    const { page, context } = await openPage('/twente/', { javaScriptEnabled: false });
    await page.locator('#kop-zoek').fill('heftruck');
    await page.locator('#kop-zoek').press('Enter');
    await page.waitForURL(/\/twente\/zoeken\/\?q=heftruck/);
    await expect(page.locator('[data-no-js]').isVisible()).resolves.toBe(true);
    const links = await page.locator('[data-overviews] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/twente/opleidingen/', '/twente/regelingen/', '/twente/nieuws/', '/twente/agenda/']);
    await context.close();
  });

  it('the search page with results and filters has no CSP violation and no axe violations', async () => {
    const strict = await openPage('/twente/zoeken/?q=zorg');
    await results(strict.page);
    expect(strict.problems).toEqual([]);
    await strict.context.close();
    // axe is injected as an inline script, which the strict policy rightly blocks: check it apart.
    const { page, context } = await openPage('/twente/zoeken/?q=zorg', { bypassCSP: true });
    await results(page);
    // Every filter group open, with its counts.
    for (const summary of await page.locator('[data-filter-group] > summary').all()) await summary.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-filter-group] label span.text-muted')].every((s) => /^\(\d+\)$/.test(s.textContent ?? '')),
    );
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});
