// The 36 home pages, the loket finder, keyboard access and axe over every page template.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { allSites } from '../../src/lib/site/sites';
import { contrastRatio } from '../../src/lib/huisstijl/contrast';

const browser = useBrowser();
const base = inject('baseUrl');
const rootOf = (id: string) => (id === 'landelijk' ? '/' : `/${id}/`);

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser().newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, bypassCSP: true });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

function rgbToHex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return '#' + [r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('');
}

describe('home pages', () => {
  it('each of the 36 homes shows its own name and its own accent colour', async () => {
    const page = await (await browser().newContext()).newPage();
    const sites = allSites();
    expect(sites).toHaveLength(36);
    for (const site of sites) {
      await page.goto(base + rootOf(site.id));
      await expect(page.title()).resolves.toContain(site.displayName);
      const header = await page.locator('header a').first().innerText();
      expect(header).toContain(site.displayName);
      const accent = await page.locator('nav[aria-label="Hoofdmenu"]').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(rgbToHex(accent), site.id).toBe(site.accent.toLowerCase());
      if (!site.isNational) {
        await expect(page.locator('h1').innerText()).resolves.toBe(site.displayName);
      }
    }
    await page.context().close();
  });
});

describe('vind jouw leerwerkloket', () => {
  it('the type-ahead finds Lingewaard and points to Midden-Gelderland', async () => {
    const page = await open('/loketten/');
    const field = page.getByLabel('Jouw gemeente');
    await field.fill('Linge');
    await expect(page.locator('#gemeente-status').innerText()).resolves.toContain('1 gemeente gevonden');
    const visible = page.locator('li[data-search]:visible');
    await expect(visible.count()).resolves.toBe(1);
    const link = visible.getByRole('link');
    await expect(link.innerText()).resolves.toBe('Leerwerkloket Midden-Gelderland');
    await link.click();
    await page.waitForURL(/\/middengelderland\/$/);
    await page.context().close();
  });

  it('aliases work: "Den Haag" finds \'s-Gravenhage in Haaglanden', async () => {
    const page = await open('/loketten/?gemeente=Den%20Haag');
    const visible = page.locator('li[data-search]:visible');
    await expect(visible.count()).resolves.toBe(1);
    await expect(visible.innerText()).resolves.toContain('Haaglanden');
    await page.context().close();
  });

  it('without JavaScript every municipality is in a plain A–Z list with a link to its loket', async () => {
    const page = await open('/loketten/', { javaScriptEnabled: false });
    await expect(page.getByLabel('Jouw gemeente').isVisible()).resolves.toBe(false);
    await expect(page.locator('li[data-search]').count()).resolves.toBe(342);
    const item = page.locator('li[data-search]', { hasText: 'Lingewaard' });
    await expect(item.getByRole('link').getAttribute('href')).resolves.toBe('/middengelderland/');
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await open('/twente/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Naar de inhoud');
    const skip = await page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    });
    expect(skip, 'skip link is visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhoud');
    await page.context().close();
  });
});

describe('brand contrast in the browser', () => {
  it('white text on each accent meets WCAG AA', () => {
    for (const site of allSites()) expect(contrastRatio(site.accent, '#ffffff'), site.id).toBeGreaterThanOrEqual(4.5);
  });
});

// axe-core runs on every home page (these pages included) and every template in quality.test.ts.
