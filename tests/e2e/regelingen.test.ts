// Regelingen overview, detail pages and the regelingencheck, with and without JavaScript.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, describeViolations, useBrowser } from './browser';
import { readRegelingen } from '../../src/lib/regelingen/files';

const browser = useBrowser();
const base = inject('baseUrl');
const all = readRegelingen();

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser().newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as Page & { errors: string[] }).errors = errors;
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

const result = (page: Page, title: string) =>
  page.locator('[data-check-list] > li', { has: page.getByRole('link', { name: title, exact: true }) });

describe('regelingencheck with JavaScript', () => {
  it('an mkb-werkgever sees SLIM and praktijkleren, each with its reason', async () => {
    const page = await open('/regelingencheck/');
    await expect(page.getByRole('link', { name: 'Ik ben werkgever' }).isVisible()).resolves.toBe(false);
    await page.getByRole('radio', { name: 'Ik ben werkgever' }).check();
    await expect(page.getByLabel('Hoe oud ben je?').isVisible()).resolves.toBe(false);
    await page.getByRole('radio', { name: /^Mkb/ }).check();
    await page.getByRole('button', { name: 'Laat zien wat kan passen' }).click();

    const slim = result(page, 'SLIM-subsidie voor mkb-bedrijven');
    await expect(slim.locator('[data-reason]').innerText()).resolves.toBe('Kan passen omdat je werkgever bent in het mkb.');
    const praktijk = result(page, 'Subsidieregeling praktijkleren');
    await expect(praktijk.locator('[data-reason]').innerText()).resolves.toBe('Kan passen omdat je werkgever bent.');
    // SLIM works with application periods and none is known: never "Open" without one.
    await expect(slim.innerText()).resolves.toContain('Geen aanvraagperiode');
    await expect(slim.innerText()).resolves.not.toMatch(/\bOpen\b/);

    const shown = await page.locator('[data-check-list] > li').count();
    await expect(page.locator('[role="status"]').innerText()).resolves.toBe(`${shown} regelingen kunnen passen.`);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('check-resultaten');
    expect(new URL(page.url()).search).toBe('?rol=werkgever&bedrijf=mkb');
    await expect(page.locator('[data-check-list]').innerText()).resolves.not.toContain('Scholing bij een WW-uitkering');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  });

  it('a large employer does not get SLIM', async () => {
    const page = await open('/regelingencheck/?rol=werkgever&bedrijf=groot');
    await expect(page.getByRole('radio', { name: /^Groot bedrijf/ }).isChecked()).resolves.toBe(true);
    await expect(result(page, 'Subsidieregeling praktijkleren').count()).resolves.toBe(1);
    await expect(result(page, 'SLIM-subsidie voor mkb-bedrijven').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('a werkzoekende with WW sees UWV scholing, with the reason', async () => {
    const page = await open('/twente/regelingencheck/');
    await page.getByRole('radio', { name: 'Ik zoek werk' }).check();
    await page.getByRole('radio', { name: /^WW-uitkering/ }).check();
    await page.getByLabel('Hoe oud ben je?').fill('45');
    await page.getByRole('button', { name: 'Laat zien wat kan passen' }).click();
    const first = page.locator('[data-check-list] > li').first();
    await expect(first.getByRole('link').innerText()).resolves.toBe('Scholing bij een WW-uitkering (UWV)');
    await expect(first.locator('[data-reason]').innerText()).resolves.toBe(
      'Kan passen omdat je werk zoekt en omdat je een WW-uitkering hebt.',
    );
    await expect(first.getByRole('link').getAttribute('href')).resolves.toBe('/twente/regelingen/uwv-scholing-bij-ww/');
    await expect(result(page, 'Scholing via de gemeente bij een bijstandsuitkering').count()).resolves.toBe(0);
    await expect(page.locator('[data-check-list]').innerText()).resolves.not.toContain('STAP');
    await page.context().close();
  });
});

describe('regelingencheck without JavaScript', () => {
  it('the first question is a set of links to pre-built role pages that list what may fit, with reasons', async () => {
    const page = await open('/regelingencheck/', { javaScriptEnabled: false });
    await expect(page.locator('form[data-check-form]').isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: 'Ik ben werkgever' }).click();
    await page.waitForURL(/\/regelingencheck\/werkgever\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Regelingen die kunnen passen als je werkgever bent');
    const slim = page.locator('li[data-result="slim-subsidie-mkb"]');
    await expect(slim.locator('[data-reason]').innerText()).resolves.toBe('Kan passen omdat je werkgever bent.');
    await expect(slim.locator('[data-condition]').innerText()).resolves.toBe('Let op: dit geldt alleen als je bedrijf een mkb-bedrijf is.');
    await expect(page.locator('li[data-result="subsidieregeling-praktijkleren"] [data-reason]').innerText()).resolves.toBe(
      'Kan passen omdat je werkgever bent.',
    );
    await expect(page.locator('li[data-result="uwv-scholing-bij-ww"]').count()).resolves.toBe(0);
    await expect(page.locator('li[data-result="stap-budget"]').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('the werkzoekende page shows UWV scholing on condition of a WW-uitkering', async () => {
    const page = await open('/twente/regelingencheck/werkzoekende/', { javaScriptEnabled: false });
    const ww = page.locator('li[data-result="uwv-scholing-bij-ww"]');
    await expect(ww.locator('[data-condition]').innerText()).resolves.toBe('Let op: dit geldt alleen als je een WW-uitkering hebt.');
    await page.context().close();
  });
});

describe('regelingen pages', () => {
  it('STAP shows as Gesloten with its real end and links to alternatives that exist, the SLIM-scholingssubsidie first', async () => {
    const page = await open('/regelingen/stap-budget/');
    const banner = page.locator('section[aria-labelledby="gesloten-titel"]');
    await expect(banner.locator('h2').innerText()).resolves.toMatch(/^Gesloten/);
    await expect(banner.innerText()).resolves.toContain('Gestopt op 1 januari 2024.');
    await expect(page.locator('dl').innerText()).resolves.toContain('Gesloten');
    await expect(banner.getByRole('link').first().innerText()).resolves.toBe(
      'SLIM-scholingssubsidie voor opleidingen in sectoren met veel vacatures',
    );
    const alternative = banner.getByRole('link', { name: 'Levenlanglerenkrediet' });
    await alternative.click();
    await page.waitForURL(/\/regelingen\/levenlanglerenkrediet\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Levenlanglerenkrediet');
    await expect(page.locator('dl').innerText()).resolves.toContain('Open');
    await page.context().close();
  });

  it('a detail page says when it was last checked, links the source and the loket, and shows what it can pay for', async () => {
    const page = await open('/twente/regelingen/subsidieregeling-praktijkleren/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Laatst gecontroleerd op 2 december 2026.');
    expect(text).toContain('Erkende mbo-opleidingen (niveau 1 tot en met 4) in de bbl (leren en werken).');
    await expect(
      page.getByRole('link', { name: 'rvo.nl/subsidies-financiering/praktijkleren', exact: true }).getAttribute('href'),
    ).resolves.toBe('https://www.rvo.nl/subsidies-financiering/praktijkleren');
    await expect(page.getByRole('link', { name: 'Neem contact op met Leerwerkloket Twente' }).getAttribute('href')).resolves.toBe(
      '/twente/contact/',
    );
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(
      'https://leerwerkloket.nl/regelingen/subsidieregeling-praktijkleren/',
    );
    await page.context().close();
  });

  it('a regional list has national regelingen and its own, never another region’s', async () => {
    const regional = all.filter((e) => e.data.scope !== 'landelijk');
    for (const site of ['twente', 'rijnmond', 'groningen']) {
      const page = await open(`/${site}/regelingen/`, { javaScriptEnabled: false });
      const hrefs = await page.locator('main a[href*="/regelingen/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const e of regional) {
        const own = (e.data.scope as string[]).includes(site);
        expect(hrefs.includes(`/${site}/regelingen/${e.id}/`), `${site} → ${e.id}`).toBe(own);
      }
      expect(hrefs).toContain(`/${site}/regelingen/slim-subsidie-mkb/`);
      await page.context().close();
    }
    const response = await (await browser().newPage()).goto(`${base}/twente/regelingen/rotterdams-scholingsfonds/`);
    expect(response?.status()).toBe(404);
  });

  it('the national list has every regeling, regional ones labelled with their region, closed ones in their own group', async () => {
    const page = await open('/regelingen/', { javaScriptEnabled: false });
    const twents = page.locator('article', { has: page.getByRole('link', { name: 'Twents Fonds voor Vakmanschap' }) }).first();
    await expect(twents.innerText()).resolves.toContain('Alleen in de regio Twente');
    const closed = page.locator('section[aria-labelledby="gesloten"]');
    const stap = closed.locator('article', { has: page.getByRole('link', { name: 'STAP-budget', exact: true }) });
    await expect(stap.innerText()).resolves.toContain('Gesloten');
    await expect(stap.innerText()).resolves.toContain('Wat kun je nu doen?');
    const current = page.locator('section[aria-labelledby^="voor-"]');
    await expect(current.getByRole('link', { name: 'STAP-budget', exact: true }).count()).resolves.toBe(0);
    for (const e of all) await expect(page.locator(`main a[href="/regelingen/${e.id}/"]`).count(), e.id).resolves.toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('accessibility of regelingen pages (axe-core)', () => {
  const pages: [string, ((page: Page) => Promise<void>)?][] = [
    ['/regelingen/'],
    ['/twente/regelingen/'],
    ['/regelingen/stap-budget/'],
    ['/twente/regelingen/subsidieregeling-praktijkleren/'],
    ['/regelingencheck/'],
    [
      '/regelingencheck/?rol=werkzoekende&uitkering=ww',
      async (page) => {
        await page.getByRole('button', { name: 'Laat zien wat kan passen' }).click();
      },
    ],
    ['/twente/regelingencheck/werkgever/'],
  ];
  for (const [path, act] of pages) {
    it(`${path} has no axe violations`, async () => {
      const page = await open(path);
      if (act) await act(page);
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    });
  }
  it('/regelingencheck/ as it is without JavaScript has no axe violations', async () => {
    // axe itself needs JavaScript: block the check's script instead, so the page stays as built.
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.route(/RegelingenCheck.*\.js$/, (route) => route.abort());
    await page.goto(`${base}/regelingencheck/`);
    await expect(page.locator('form[data-check-form]').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Ik ben werkgever' }).isVisible()).resolves.toBe(true);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });
});
