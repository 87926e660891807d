import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPages, templateSample } from '../../../../src/tooling/output/page-audit';

const root = mkdtempSync(join(tmpdir(), 'audit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(
  path: string,
  opts: { site: string; template: string; title: string; h1s?: number; extra?: string; canonical?: boolean; lang?: string },
) {
  mkdirSync(join(root, path), { recursive: true });
  const h1 = '<h1>Kop</h1>'.repeat(opts.h1s ?? 1);
  const canonical = opts.canonical === false ? '' : '<link rel="canonical" href="https://leerwerkloket.nl/x/">';
  writeFileSync(
    join(root, path, 'index.html'),
    `<!DOCTYPE html><html lang="${opts.lang ?? 'nl'}" data-site="${opts.site}" data-template="${opts.template}"><head><title>${opts.title}</title><meta name="description" content="Een beschrijving van deze pagina.">${canonical}</head><body>${h1}${opts.extra ?? ''}</body></html>`,
  );
}

describe('page audit', () => {
  page('', { site: 'landelijk', template: '/', title: 'Home' });
  page('twente/nieuws/a', { site: 'twente', template: '/[...site]/nieuws/[slug]', title: 'A', extra: 'x'.repeat(500) });
  page('twente/nieuws/b', { site: 'twente', template: '/[...site]/nieuws/[slug]', title: 'B' });
  page('twente/nieuws/c', { site: 'twente', template: '/[...site]/nieuws/[slug]', title: 'B', h1s: 2, canonical: false });
  page('en', { site: 'landelijk', template: '/[...site]/en', title: 'Home EN', lang: 'en' });
  page('twente/en/check', { site: 'twente', template: '/[...site]/en/check', title: 'Check', lang: 'nl' });
  page('twente/over-en', { site: 'twente', template: '/[...site]/[page]', title: 'Over', lang: 'en' });
  mkdirSync(join(root, 'beheer'), { recursive: true });
  writeFileSync(join(root, 'beheer/index.html'), '<!DOCTYPE html><html><head></head><body></body></html>');

  it('finds duplicate titles, missing canonicals, wrong h1 counts and a wrong language (lang="en" only under /en/), and skips the admin', () => {
    const { pages, problems } = readPages(root, ['beheer']);
    expect(pages).toHaveLength(7);
    expect(problems.map((p) => `${p.path} ${p.problem}`)).toEqual([
      '/twente/en/check/ <html> has no lang="en"',
      '/twente/nieuws/c/ has the same <title> as /twente/nieuws/b/: "B"',
      '/twente/nieuws/c/ has 2 <h1> elements; a page needs exactly one',
      '/twente/nieuws/c/ has no canonical URL',
      '/twente/over-en/ <html> has no lang="nl"',
    ]);
  });

  it('samples one page per template per site, the smallest', () => {
    const sample = templateSample(readPages(root, ['beheer']).pages);
    expect(sample.map((p) => p.path).sort()).toEqual(['/', '/en/', '/twente/en/check/', '/twente/nieuws/c/', '/twente/over-en/']);
  });

  it('samples every template on the named sites and only the named templates elsewhere', () => {
    const { pages } = readPages(root, ['beheer']);
    const sample = templateSample(pages, { everyTemplate: (site) => site === 'landelijk', otherSites: ['/[...site]/[page]'] });
    expect(sample.map((p) => p.path).sort()).toEqual(['/', '/en/', '/twente/over-en/']);
  });
});
