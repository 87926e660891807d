// The partner tools in a partner's page on another origin: the page below is served from its own
// port (another origin) and frames the tools with the snippets /partners/ publishes; the tools are
// served with their production policy (frame-ancestors *). The finder finds Lingewaard →
// Midden-Gelderland, a check runs, ?regio= preselects the region, the frame's height follows its
// content, and no cookie or foreign request appears. An ordinary page may not be framed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useBrowser } from './browser';
import { startStaticServer } from '../../src/tooling/output/static-server';
import { securityHeaders } from '../../src/tooling/deploy/headers';
import { iframeSnippet, resizeListenerSnippet, type EmbedTool } from '../../src/lib/site/embed-snippets';

const browser = useBrowser();
const servers: Server[] = [];
let tools = ''; // origin of the tools (our build, embed policy)
let strict = ''; // origin of the same build with the policy of every other page
let partner = ''; // the partner's origin

const headers = (kind: 'embed' | 'public') => Object.fromEntries(securityHeaders(kind, { tls: false }));

beforeAll(async () => {
  const root = inject('pathOut');
  const embed = await startStaticServer({ root, headers: headers('embed') });
  const ordinary = await startStaticServer({ root, headers: headers('public') });
  servers.push(embed.server, ordinary.server);
  tools = embed.url.replace(/\/$/, '');
  strict = ordinary.url.replace(/\/$/, '');
  // The partner page: the tool named in ?tool= (and ?regio=), framed with the published snippets.
  const host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://partner');
    const src = url.searchParams.get('src');
    const frame = src
      ? `<iframe src="${src}" title="Gewone pagina" data-leerwerkloket></iframe>`
      : iframeSnippet(tools, url.searchParams.get('tool') as EmbedTool, url.searchParams.get('regio') ?? undefined).replace(
          ' loading="lazy"',
          '',
        );
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="nl"><head><title>Gemeente Voorbeeld</title></head><body><h1>Gemeente Voorbeeld</h1>${frame}${resizeListenerSnippet(tools)}</body></html>`,
    );
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  servers.push(host);
  partner = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
});

async function partnerPage(query: string): Promise<{ page: Page; frame: Frame; requests: string[]; errors: string[] }> {
  const context = await browser().newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${partner}/?${query}`, { waitUntil: 'load' });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState('load');
  return { page, frame, requests, errors };
}

/** The iframe's height on the partner page and the height of the tool's document. */
const heights = async (page: Page, frame: Frame) => ({
  iframe: await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height),
  content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
});

describe('the loket finder on a partner site', () => {
  it("finds Lingewaard → Midden-Gelderland with the loket's contact details; the frame follows the content", async () => {
    const { page, frame, requests, errors } = await partnerPage('tool=loketzoeker');
    expect(new URL(frame.url()).origin).toBe(tools);
    expect(new URL(page.url()).origin).not.toBe(tools);
    // Before typing: the whole A–Z list, far taller than the 700 px the snippet starts with.
    await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(2000);
    await frame.getByLabel('Jouw gemeente').fill('Lingewaard');
    await expect(frame.locator('#gemeente-status').innerText()).resolves.toBe(
      '1 gemeente gevonden: Lingewaard: Leerwerkloket Midden-Gelderland',
    );
    const card = frame.locator('[data-loket-card="middengelderland"]');
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.getByRole('heading').innerText()).resolves.toBe('Leerwerkloket Midden-Gelderland');
    await expect(frame.locator('[data-loket-card]:visible').count()).resolves.toBe(1);
    // The list shrank to one line: the frame shrinks with it (set by the partner's listener).
    await expect
      .poll(async () => {
        const h = await heights(page, frame);
        return Math.abs(h.iframe - h.content) <= 1 && h.iframe < 1200;
      })
      .toBe(true);
    await expect(page.context().cookies()).resolves.toEqual([]);
    expect(requests.filter((u) => !u.startsWith(partner) && !u.startsWith(tools))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("?regio= shows that region's loket before anything is typed", async () => {
    const { page, frame } = await partnerPage('tool=loketzoeker&regio=middengelderland');
    await expect(frame.locator('[data-loket-card="middengelderland"]').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the regelingencheck on a partner site', () => {
  const result = (frame: Frame, title: string) =>
    frame.locator('[data-check-list] > li', { has: frame.getByRole('link', { name: title, exact: true }) });

  it('runs: an mkb employer gets SLIM with its reason', async () => {
    const { page, frame, errors } = await partnerPage('tool=regelingencheck');
    await frame.getByRole('radio', { name: 'Ik ben werkgever' }).check();
    await frame.getByRole('radio', { name: /^Mkb/ }).check();
    await frame.getByRole('button', { name: 'Laat zien wat kan passen' }).click();
    await expect(result(frame, 'SLIM-subsidie voor mkb-bedrijven').locator('[data-reason]').innerText()).resolves.toBe(
      'Kan passen omdat je werkgever bent in het mkb.',
    );
    const shown = await frame.locator('[data-check-list] > li').count();
    await expect(frame.locator('[data-check-count]').innerText()).resolves.toBe(`${shown} regelingen kunnen passen.`);
    // The partner's page keeps its address; the answers go into the frame's.
    expect(page.url()).toBe(`${partner}/?tool=regelingencheck`);
    expect(new URL(frame.url()).search).toBe('?rol=werkgever&bedrijf=mkb');
    await expect
      .poll(async () => {
        const h = await heights(page, frame);
        return Math.abs(h.iframe - h.content) <= 1;
      })
      .toBe(true);
    await expect(page.context().cookies()).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("?regio= preselects the region: its own regelingen count without a region condition, other regions' do not", async () => {
    const answer = async (frame: Frame) => {
      await frame.getByRole('radio', { name: 'Ik heb werk' }).check();
      await frame.getByRole('button', { name: 'Laat zien wat kan passen' }).click();
      await frame
        .locator('[data-check-count]')
        .filter({ hasText: /passen/ })
        .waitFor();
    };
    const twente = await partnerPage('tool=regelingencheck&regio=twente');
    await expect(twente.frame.getByLabel(/Waar woon of werk je/).inputValue()).resolves.toBe('twente');
    await answer(twente.frame);
    const fonds = result(twente.frame, 'Twents Fonds voor Vakmanschap');
    await expect(fonds.count()).resolves.toBe(1);
    await expect(fonds.locator('[data-condition]').count()).resolves.toBe(0);
    expect(new URL(twente.frame.url()).searchParams.get('regio')).toBe('twente');
    await twente.page.context().close();

    const rijnmond = await partnerPage('tool=regelingencheck&regio=rijnmond');
    await answer(rijnmond.frame);
    await expect(result(rijnmond.frame, 'Twents Fonds voor Vakmanschap').count()).resolves.toBe(0);
    await expect(result(rijnmond.frame, 'Rotterdams Scholingsfonds (scholingsvoucher)').count()).resolves.toBe(1);
    await rijnmond.page.context().close();
  });
});

describe('framing is allowed for /embed/ only', () => {
  /** The text a partner's frame shows for `src`; Chromium shows an empty error page for a refused frame. */
  const framedText = async (src: string) => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${partner}/?src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    // A refused frame shows Chromium's error page, which also reaches its load state.
    await frame?.waitForLoadState('load');
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    await context.close();
    return text;
  };

  it("an ordinary page with the policy of every other page (frame-ancestors 'none') stays empty in a partner's frame", async () => {
    // Control: the same page under the embed policy renders, so the frame itself works.
    await expect(framedText(`${tools}/loketten/`)).resolves.toContain('Vind jouw Leerwerkloket');
    await expect(framedText(`${strict}/loketten/`)).resolves.not.toContain('Vind jouw Leerwerkloket');
  });
});
