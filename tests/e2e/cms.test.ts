// The whole editor path in a real browser: the built Decap admin against decap-server (local
// backend) on a temporary copy of content/, a Twente editor creates an event, the file lands in
// content/agenda/twente/ with valid frontmatter, and a build of that content (SITES=twente)
// shows the event on the Twente agenda, in its .ics and in its RSS feed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { launch } from './browser';
import { ALLOWED_COMPONENTS } from '../../src/schemas/content-components';
import { editorialKinds } from '../../src/lib/editorial/collections';
import { checkEditorialFile } from '../../src/lib/editorial/checks';
import { getSite } from '../../src/lib/site/sites';
import { eventSchema } from '../../src/schemas/agenda';

const base = inject('baseUrl');
const adminPage = readFileSync(join(inject('pathOut'), 'beheer/twente/index.html'), 'utf8');
const adminData = JSON.parse(/<script type="application\/json" id="cms-data">(.*?)<\/script>/s.exec(adminPage)![1]);
const decapPort = new URL(adminData.config.local_backend.url).port;

const TITLE = 'Proefles lassen in Hengelo';
const SLUG = '2027-03-10-proefles-lassen-in-hengelo';

let repo: string;
let server: ChildProcess | undefined;
let browser: Browser;
const started = performance.now();

async function waitForDecapServer(url: string) {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error(`decap-server stopped (exit ${server.exitCode}); is port ${decapPort} in use?`);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (res.ok) return (await res.json()) as { type: string };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`decap-server did not answer on ${url}`);
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'lwl-cms-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  server = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, PORT: decapPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const info = await waitForDecapServer(`http://127.0.0.1:${decapPort}/api/v1`);
  expect(info.type).toBe('local_fs');
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
  console.log(`cms.test.ts took ${((performance.now() - started) / 1000).toFixed(0)} s`);
});

describe('editing in the CMS', () => {
  let file: string;

  it('a Twente editor sees only the Twente collections and creates an event', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/beheer/twente/`);
    await page.getByRole('button', { name: 'Inloggen' }).click();

    // The sidebar links to each collection (#/collections/<name>); entries have longer links.
    const collections = () =>
      page
        .locator('a[href^="#/collections/"]')
        .evaluateAll((links) =>
          links.filter((a) => /^#\/collections\/[^/]+$/.test(a.getAttribute('href') ?? '')).map((a) => a.textContent?.trim()),
        );
    await expect.poll(collections, { timeout: 20_000 }).toEqual(['Nieuws Twente', 'Agenda Twente', "Pagina's Twente"]);

    await page.getByRole('link', { name: 'Agenda Twente' }).click();
    await page.getByRole('link', { name: /Activiteit/ }).click();
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Publicatiedatum').fill('2026-11-23');
    await page.getByLabel('Samenvatting').fill('Probeer een middag lassen bij een leerbedrijf en hoor alles over de BBL-opleiding.');
    await page.getByLabel('Begint op').fill('2027-03-10T14:00');
    await page.getByLabel('Eindigt op').fill('2027-03-10T16:30');
    await page.getByLabel('Naam van de plek').fill('Voorbeeldwerkplaats');
    await page.getByLabel('Adres (straat en huisnummer)').fill('Voorbeeldstraat 9');
    await page.getByLabel('Plaats').fill('Hengelo');
    await page.getByLabel('Link om je aan te melden').fill('https://twente.leerwerkloket.example/aanmelden/proefles-lassen');
    await page.getByLabel('Voor wie').fill('Jongeren');
    await page.keyboard.press('Enter');
    await page.getByLabel('Onderwerpen').fill('bbl, techniek');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type('Kom kijken en doe mee. Je hoeft niets mee te nemen.');

    // The preview uses the site's stylesheet and Twente's accent colour.
    const preview = page.locator('iframe').first().contentFrame();
    await expect.poll(() => preview.locator('h1').innerText(), { timeout: 20_000 }).toBe(TITLE);
    const accent = await preview.locator('[data-site="twente"] > header').evaluate((el) => getComputedStyle(el).borderTopColor);
    const hex =
      '#' +
      accent
        .match(/\d+/g)!
        .slice(0, 3)
        .map((n) => Number(n).toString(16).padStart(2, '0'))
        .join('');
    expect(hex).toBe(getSite('twente').accent.toLowerCase());

    await page.getByRole('button', { name: 'Publiceer' }).click();
    await page.getByText('Publiceer nu').click();

    const folder = join(repo, 'content/agenda/twente');
    await expect.poll(() => readdirSync(folder).filter((f) => f.includes('proefles')), { timeout: 15_000 }).toEqual([`${SLUG}.mdx`]);
    file = join(folder, `${SLUG}.mdx`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the media library refuses an SVG before it is uploaded, with a Dutch message, and takes a PNG', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}/beheer/twente/`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Nieuws Twente' }).click();
    await page.getByRole('link', { name: /Nieuwsbericht/ }).click();
    await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
    const upload = page.locator('input[type="file"]');
    await upload.setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    await expect
      .poll(() => alerts, { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^Dit bestand kan niet op de site\.\n\n"logo\.svg" is een SVG-bestand\./)]);
    await expect(upload.getAttribute('accept')).resolves.not.toContain('svg');
    await upload.setInputFiles({
      name: 'proef.png',
      mimeType: 'image/png',
      buffer: readFileSync('public/media/twente/bbl-banenmarkt.png'),
    });
    // While an entry is being edited Decap keeps uploads with the draft (written when it is saved),
    // so the library's list shows whether Decap took the file.
    await expect.poll(() => page.getByText('proef.png').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect(page.getByText('logo.svg').count()).resolves.toBe(0);
    expect(alerts).toHaveLength(1);
    await context.close();
  });

  it("the saved file has valid frontmatter and passes the build's checks", () => {
    const source = readFileSync(file, 'utf8');
    const data = eventSchema.parse(parseFrontmatter(source).frontmatter);
    expect(data).toMatchObject({
      title: TITLE,
      date: '2026-11-23',
      start: '2027-03-10T14:00',
      end: '2027-03-10T16:30',
      location: { name: 'Voorbeeldwerkplaats', address: 'Voorbeeldstraat 9', city: 'Hengelo' },
      cost: 'Gratis',
      audiences: ['jongere'],
      tags: ['bbl', 'techniek'],
    });
    expect(source).toContain('Kom kijken en doe mee.');
    const problems = checkEditorialFile(join(repo, 'content/agenda'), `twente/${SLUG}.mdx`, editorialKinds().agenda, {
      allowed: ALLOWED_COMPONENTS,
      publicDir: join(process.cwd(), 'public'),
    });
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it('a build of that content shows the event on the Twente agenda, in its .ics and in its RSS', () => {
    const dist = join(repo, 'dist');
    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
      env: { ...process.env, CONTENT_DIR: join(repo, 'content'), SITES: 'twente', SITE_MODE: 'path', OUT_DIR: dist },
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

    const agenda = readFileSync(join(dist, 'twente/agenda/index.html'), 'utf8');
    expect(agenda).toContain(`href="/twente/agenda/${SLUG}/">${TITLE}</a>`);
    const detail = readFileSync(join(dist, `twente/agenda/${SLUG}/index.html`), 'utf8');
    expect(detail).toContain('woensdag 10 maart 2027, 14.00 tot 16.30 uur');
    expect(detail).toContain('Kom kijken en doe mee.');

    const feed = new ICAL.Component(ICAL.parse(readFileSync(join(dist, 'twente/agenda/agenda.ics'), 'utf8')));
    const vevent = feed.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('summary') === TITLE);
    expect(vevent).toBeDefined();
    expect(vevent!.getFirstPropertyValue('location')).toBe('Voorbeeldwerkplaats, Voorbeeldstraat 9, Hengelo');
    expect(existsSync(join(dist, `twente/agenda/${SLUG}.ics`))).toBe(true);

    const xml = readFileSync(join(dist, 'twente/agenda/rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel.item as { title: string; link: string }[];
    expect(items).toContainEqual(expect.objectContaining({ title: TITLE, link: `https://twente.leerwerkloket.nl/agenda/${SLUG}/` }));
  }, 240_000);
});
