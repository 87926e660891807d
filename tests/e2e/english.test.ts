// The English pages (/en/ on every built site) and the partner pages: lang="en", hreflang both
// ways, a language switch, the Nu HTML Checker and axe-core. The whole-output checks in
// quality.test.ts cover them too; this file names what the English journeys promise.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axe, describeViolations, inTabs, useBrowser, withAxe } from './browser';
import { ENGLISH_PATH, readPages, templateSample } from '../../src/tooling/output/page-audit';
import { validateHtml } from '../../src/tooling/output/html-validator';
import { ADMIN_DIR } from '../../src/lib/editorial/cms/admin';
import { builtSites, siteUrls } from '../../src/lib/site/sites';
import { languagePairs } from '../../src/lib/site/languages';

const out = inject('pathOut');
const { pages } = readPages(out, [ADMIN_DIR]);
const english = pages.filter((p) => ENGLISH_PATH.test(p.path));
const html = (path: string) => readFileSync(`${out}${path}index.html`, 'utf8');
const urls = siteUrls();
const browser = useBrowser();
const base = inject('baseUrl');

describe('English pages', () => {
  it('exist for every core journey on every built site, each with lang="en"', () => {
    for (const site of builtSites()) {
      for (const pair of languagePairs(site.isNational)) {
        const path = urls.routePath(site.id, pair.en);
        expect(
          english.map((p) => p.path),
          path,
        ).toContain(path);
        expect(html(path), path).toMatch(/^<!DOCTYPE html><html lang="en"/i);
      }
    }
  });

  it('and their Dutch twins link to each other with hreflang, and offer a switch', () => {
    for (const site of builtSites()) {
      for (const pair of languagePairs(site.isNational)) {
        const alternates = (path: string) =>
          [...html(path).matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
        const expected = [
          `nl ${urls.absolute(site.id, pair.nl)}`,
          `en ${urls.absolute(site.id, pair.en)}`,
          `x-default ${urls.absolute(site.id, pair.nl)}`,
        ];
        const nlPath = urls.routePath(site.id, pair.nl);
        const enPath = urls.routePath(site.id, pair.en);
        expect(alternates(nlPath), nlPath).toEqual(expected);
        expect(alternates(enPath), enPath).toEqual(expected);
        expect(html(nlPath), nlPath).toContain(`<a href="${urls.href(site.id, site.id, pair.en)}" hreflang="en" lang="en"`);
        expect(html(enPath), enPath).toContain(`<a href="${urls.href(site.id, site.id, pair.nl)}" hreflang="nl" lang="nl"`);
      }
    }
  });

  it('mark links to Dutch-only pages', () => {
    const home = html(urls.routePath('landelijk', '/en/'));
    expect(home).toMatch(/<a href="\/opleidingen\/" hreflang="nl">Training courses<\/a> \(in Dutch\)/);
  });

  it('show English summaries on "who pays"', () => {
    expect(html(urls.routePath('landelijk', '/en/who-pays/'))).toContain('With the STAP budget you could get up to € 1,000 a year');
  });
});

// One page per template per site: the English templates, the partner tools and the partner pages.
const sample = templateSample(pages.filter((p) => ENGLISH_PATH.test(p.path) || /^\/(embed|partners)\//.test(p.path)));

describe('English, embed and partner pages: HTML validity and accessibility', () => {
  it('sample every English template and the partner pages', () => {
    const templates = new Set(sample.map((p) => p.template));
    for (const t of [
      '/[...site]/en',
      '/[...site]/en/who-pays',
      '/[...site]/en/check',
      '/en/find-your-loket',
      '/[region]/en/contact',
      '/embed/loketzoeker',
      '/embed/regelingencheck',
      '/partners',
      '/partners/open-data',
    ]) {
      expect(templates, t).toContain(t);
    }
  });

  it('have zero Nu HTML Checker errors', () => {
    const errors = validateHtml(sample.map((p) => p.file));
    expect(errors.slice(0, 20).map((e) => `${e.url.replace(`file:${out}`, '')}:${e.lastLine ?? '?'} ${e.message}`)).toEqual([]);
  });

  // quality.test.ts runs axe on every template (three sites); here the English templates on the
  // national site and Twente, plus the states a visitor reaches with answers filled in.
  it("have zero axe-core violations, also with the check's results and a found loket shown", async () => {
    const context = await withAxe(await browser().newContext({ bypassCSP: true }));
    const failures: string[] = [];
    const extra = [
      '/en/check/?rol=werkende&leeftijd=30',
      '/embed/regelingencheck/?rol=werkgever&bedrijf=mkb&regio=twente',
      '/embed/loketzoeker/?gemeente=Lingewaard',
    ];
    const paths = [...sample.filter((p) => p.site === 'landelijk' || p.site === 'twente').map((p) => p.path), ...extra];
    await inTabs(
      2,
      paths,
      () => context.newPage(),
      async (page, path) => {
        await page.goto(base + path, { waitUntil: 'load' });
        const violations = await axe(page);
        if (violations.length) failures.push(`${path}\n  ${describeViolations(violations)}`);
      },
    );
    await context.close();
    expect(failures.join('\n')).toBe('');
  }, 300_000);
});
