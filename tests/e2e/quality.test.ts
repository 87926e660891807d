// Quality gates over the whole built output: page basics on every page; the HTML validator and
// axe-core on one page of every template on every site.
import { describe, expect, inject, it } from 'vitest';
import { axe, describeViolations, useBrowser } from './browser';
import { readPages, templateSample } from '../../src/tooling/output/page-audit';
import { validateHtml } from '../../src/tooling/output/html-validator';
import { allSites } from '../../src/lib/site/sites';
import { ADMIN_DIR } from '../../src/lib/editorial/cms/admin';

const out = inject('pathOut');
// The CMS admin is Decap's own application on its own host, not a public page.
const { pages, problems } = readPages(out, [ADMIN_DIR]);
const sample = templateSample(pages);

describe('every page', () => {
  it('has a unique <title>, a meta description, lang="nl" (lang="en" under /en/), one <h1> and a canonical URL', () => {
    expect(pages.length).toBeGreaterThan(36 * 10);
    expect(problems.slice(0, 40).map((p) => `${p.path}: ${p.problem}`)).toEqual([]);
  });

  it('the sample covers every template on every one of the 36 sites', () => {
    const sites = new Set(sample.map((p) => p.site));
    expect(sites.size).toBe(allSites().length);
    const templates = new Set(pages.map((p) => `${p.site} ${p.template}`));
    expect(sample.length).toBe(templates.size);
    expect(sample.every((p) => p.template !== '?')).toBe(true);
  });
});

describe('HTML validity (Nu HTML Checker)', () => {
  it('the sampled pages have zero validator errors', () => {
    const errors = validateHtml(sample.map((p) => p.file));
    const readable = errors.slice(0, 30).map((e) => `${e.url.replace(`file:${out}`, '')}:${e.lastLine ?? '?'} ${e.message}`);
    expect(readable).toEqual([]);
  });
});

describe('accessibility on every template of every site (axe-core)', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  it('has zero violations', async () => {
    const failures: string[] = [];
    const queue = [...sample];
    // Two tabs at a time: the machine has two cores.
    await Promise.all(
      [0, 1].map(async () => {
        const context = await browser().newContext({ bypassCSP: true });
        const page = await context.newPage();
        for (let item = queue.shift(); item; item = queue.shift()) {
          await page.goto(base + item.path, { waitUntil: 'load' });
          const violations = await axe(page);
          if (violations.length) failures.push(`${item.path}\n  ${describeViolations(violations)}`);
        }
        await context.close();
      }),
    );
    expect(failures.slice(0, 10).join('\n')).toBe('');
  }, 900_000);
});
