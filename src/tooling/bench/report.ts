// Turns benchmark results into the Markdown of BENCHMARKS.md.
import type { PageKinds } from './page-kinds';

export interface BuildFigure {
  label: string;
  seconds: number;
  pages: number;
  bytes: number;
  /** Part of `seconds` spent writing the search indexes. */
  searchSeconds?: number;
  /** Highest resident memory of the build's processes together (sampled). */
  peakBytes?: number;
  /** Synthetic offers in this build (none: the shipped feeds). */
  offers?: number;
  kinds?: PageKinds;
  /** The rebuild after one regional news item changed, reusing this build's cache (#15). */
  publish?: PublishFigure;
}

export interface PublishFigure {
  seconds: number;
  /** Of `seconds`: the Astro step (content sync, bundling, pages) and the search indexes. */
  astroSeconds?: number;
  searchSeconds?: number;
  /** Pages Astro took from the cache instead of rendering them. */
  reusedPages: number;
  reusedIndexes: number;
  indexes: number;
  /** Astro's cache folder after the rebuild: data store, page copies, search indexes. */
  cacheBytes: number;
}

/** Seconds within which an editor's change should be live (#15). */
export const PUBLISH_SECONDS = 60;

export interface TemplateFigure {
  template: string;
  example: string;
  html: number;
  css: number;
  js: number;
  needsJs: boolean;
}

export interface SearchFigure {
  label: string;
  indexBytes: number;
  firstQueryBytes?: number;
  /** Part of firstQueryBytes that is Pagefind's own code (JavaScript, worker, WebAssembly): the same for every query, cached after it. */
  runtimeBytes?: number;
  keystrokeToResultsMs?: number;
}

/** Content pages must stay small: HTML+CSS gzip for the first view, and no JavaScript unless a feature needs it. */
export const BUDGET = { htmlCss: 14 * 1024, searchFirstQuery: 100 * 1024, searchMs: 300 };
/** Issue #14: the pages an offer adds, over all 36 sites. */
export const PAGES_PER_OFFER = 3;

const kb = (n: number) => (n / 1024).toFixed(1);

export function markdownReport(input: {
  machine: string;
  date: string;
  builds: BuildFigure[];
  bare?: { seconds: number; pages: number };
  templates: TemplateFigure[];
  search: SearchFigure[];
  /** Conditions of this run worth knowing when reading the figures. */
  notes?: string[];
}): string {
  const lines: string[] = [];
  lines.push(
    '# Benchmarks',
    '',
    `Measured ${input.date} on ${input.machine}. Made by \`npm run bench\`; numbers vary a few percent between runs.`,
    '',
  );
  lines.push(
    '## Builds',
    '',
    '| build | time | of which search index | peak memory | pages | pages/s | output |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const b of input.builds) {
    const search = b.searchSeconds === undefined ? '–' : `${b.searchSeconds.toFixed(1)} s`;
    const peak = b.peakBytes === undefined ? '–' : `${(b.peakBytes / 1024 ** 3).toFixed(1)} GB`;
    lines.push(
      `| ${b.label} | ${b.seconds.toFixed(1)} s | ${search} | ${peak} | ${b.pages} | ${(b.pages / b.seconds).toFixed(0)} | ${(b.bytes / 1024 / 1024).toFixed(1)} MB |`,
    );
  }
  if (input.bare) {
    const ours = input.builds[0];
    lines.push(
      '',
      `A bare Astro project with the same page count (${input.bare.pages} trivial pages) builds in ${input.bare.seconds.toFixed(1)} s; our full build takes ${(ours.seconds / input.bare.seconds).toFixed(1)}× as long. That difference is our own work: content loading, validation, templates and the search index.`,
    );
  }
  const published = input.builds.filter((b) => b.publish);
  const seconds = (n?: number) => (n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(1)} s`);
  if (published.length) {
    lines.push(
      '',
      '## Publish one change',
      '',
      `The rebuild after one regional news item changed, reusing the cache of the clean build above (target ≤ ${PUBLISH_SECONDS} s).`,
      '',
      '| build | clean build | one news item changed | of which Astro | of which search | pages reused | search bundles reused | cache size | ≤ 60 s |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const b of published) {
      const p = b.publish!;
      lines.push(
        `| ${b.label} | ${b.seconds.toFixed(1)} s | ${p.seconds.toFixed(1)} s | ${seconds(p.astroSeconds)} | ${seconds(p.searchSeconds)} | ${p.reusedPages} of ${b.pages} | ${p.reusedIndexes} of ${p.indexes} | ${(p.cacheBytes / 1024 / 1024).toFixed(1)} MB | ${p.seconds <= PUBLISH_SECONDS ? 'met' : 'not met'} |`,
      );
    }
  }
  const base = input.builds[0];
  const synthetic = input.builds.filter((b) => b.offers && b.kinds && base.kinds);
  if (synthetic.length) {
    lines.push(
      '',
      '## Pages per offer',
      '',
      `Pages a synthetic catalogue adds above the shipped build, per offer (target ≤ ${PAGES_PER_OFFER}), and of which kind.`,
      '',
      '| build | pages per offer | programme pages | single-filter pages | two-filter pages | unfiltered listing | other | ≤ 3 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const b of synthetic) {
      const per = (kind: keyof PageKinds) => ((b.kinds![kind] - base.kinds![kind]) / b.offers!).toFixed(2);
      const total = (b.pages - base.pages) / b.offers!;
      lines.push(
        `| ${b.label} | ${total.toFixed(2)} | ${per('programme')} | ${per('single')} | ${per('pair')} | ${per('listing')} | ${per('other')} | ${total <= PAGES_PER_OFFER ? 'met' : 'not met'} |`,
      );
    }
  }
  lines.push(
    '',
    '## First view per template (gzip)',
    '',
    `Budget: HTML + CSS ≤ ${kb(BUDGET.htmlCss)} KB for content pages; JavaScript only where a feature needs it.`,
    '',
  );
  lines.push('| template | example | HTML | CSS | JS | HTML+CSS | within budget |', '| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const t of input.templates) {
    const htmlCss = t.html + t.css;
    const ok = htmlCss <= BUDGET.htmlCss && (t.js === 0 || t.needsJs);
    lines.push(
      `| \`${t.template}\` | ${t.example} | ${kb(t.html)} KB | ${kb(t.css)} KB | ${kb(t.js)} KB${t.js ? (t.needsJs ? ' (feature)' : ' (not needed!)') : ''} | ${kb(htmlCss)} KB | ${ok ? 'yes' : 'no'} |`,
    );
  }
  lines.push(
    '',
    '## Search',
    '',
    `Aim: under ${kb(BUDGET.searchFirstQuery)} KB transferred for a first query on a cold cache, results in under ${BUDGET.searchMs} ms.`,
    '',
  );
  lines.push(
    '| index | index size | first query transferred | of which Pagefind code | keystroke → results |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  const size = (n?: number) => (n === undefined ? '–' : `${kb(n)} KB`);
  for (const s of input.search) {
    lines.push(
      `| ${s.label} | ${kb(s.indexBytes)} KB | ${size(s.firstQueryBytes)} | ${size(s.runtimeBytes)} | ${s.keystrokeToResultsMs === undefined ? '–' : s.keystrokeToResultsMs.toFixed(0) + ' ms'} |`,
    );
  }
  if (input.notes?.length) lines.push('', '## Notes on this run', '', ...input.notes.map((n) => `- ${n}`));
  return lines.join('\n') + '\n';
}
