// Launches Debian's Chromium through playwright-core, with the flags this offline machine needs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param extraArgs more Chromium flags, e.g. --host-resolver-rules to send production host names to a local server */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...extraArgs,
    ],
  });
}

/** One browser for the tests of the enclosing file or describe block: launched before, closed after. */
export function useBrowser(extraArgs: () => string[] = () => []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(extraArgs());
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call the getter inside a test');
    return browser;
  };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * Loads axe-core into every top-level page the context opens, before the page's own scripts.
 * Measured (issue #17): injecting the 550 KB script after each load cost about 0.8 s per page
 * on a busy 2-core machine; as an init script it costs about 0.2 s.
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: `if (window === window.top) {\n${axeSource}\n}` });
  return context;
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page and returns its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Runs `work` over `items` in `tabs` tabs of one browser context (a tab waits on the network part of the time). */
export async function inTabs<T>(tabs: number, items: T[], open: () => Promise<Page>, work: (page: Page, item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await open();
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(page, item);
      await page.close();
    }),
  );
}

/** Readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');
}

/** Add to a browser context: sums buffered `layout-shift` entries without recent input in every page. */
export function observeLayoutShift(): void {
  const w = window as unknown as { __cls: number };
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
      if (!entry.hadRecentInput) w.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Cumulative layout shift of loading `url` (context with observeLayoutShift), read once the page
 * has settled: loaded, fonts done, and on the search page the filters in place.
 */
export async function layoutShift(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  if (await page.locator('[data-search-root]').count())
    await page.locator('[data-search-root][data-search-ready]').first().waitFor({ state: 'attached' });
  // Two frames, so a shift from the last change is recorded before reading.
  return page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done((window as unknown as { __cls: number }).__cls))),
      ),
  );
}
