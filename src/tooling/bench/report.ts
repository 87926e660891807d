// Turns benchmark results into the Markdown of BENCHMARKS.md.
import type { PageKinds } from './page-kinds';
import { indexData, targetRows, TARGETS } from './targets';

export interface BuildFigure {
  label: string;
  seconds: number;
  pages: number;
  bytes: number;
  /** Part of `seconds` spent writing the search indexes. */
  searchSeconds?: number;
  /** Highest resident memory of the build's processes together (sampled). */
  peakBytes?: number;
  /** The build stage (its "Time:" line) running when the peak was seen. */
  peakStage?: string;
  /** Synthetic offers in this build (none: the shipped feeds). */
  offers?: number;
  /** All 36 sites (not SITES=…). */
  full?: boolean;
  kinds?: PageKinds;
  /** The rebuild after one regional news item changed, reusing this build's cache (#15). */
  publish?: PublishFigure;
}

export interface PublishFigure {
  seconds: number;
  /** Of `seconds`: the Astro step (content sync, bundling, pages) and the search indexes. */
  astroSeconds?: number;
  searchSeconds?: number;
  /** Pages Astro rendered; the others were kept from the last output or taken from its cache. */
  renderedPages: number;
  /** Where the time went, from the build's "Time:" line (stage → seconds). */
  stages?: Record<string, number>;
  reusedIndexes: number;
  indexes: number;
  /** Astro's cache folder after the rebuild: data store, page copies, search indexes. */
  cacheBytes: number;
}

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
  /** The build's synthetic offers (none: shipped content), and which site was searched. */
  offers?: number;
  site?: 'national' | 'regional';
  indexBytes: number;
  firstQueryBytes?: number;
  /** Part of firstQueryBytes that is Pagefind's own code (JavaScript, worker, WebAssembly): the same for every query, cached after it. */
  runtimeBytes?: number;
  keystrokeToResultsMs?: number;
}

/** A bare Astro project with as many trivial pages as one of our builds: the framework's own cost. */
export interface BareFigure {
  label: string;
  pages: number;
  seconds: number;
  oursSeconds: number;
}

/** Each shard of a sharded build, built in turn: the longest is what parallel CI runners would take. */
export interface ShardFigure {
  offers: number;
  count: number;
  builds: { sites: string; seconds: number; pages: number; peakBytes?: number; peakStage?: string }[];
  /** Why the run stopped before every shard was built. */
  stopped?: string;
  /** Set when a shard already took longer than the target, so the rest were not built: the
   *  longest is at least that shard's time, and the verdict cannot change. */
  overTarget?: boolean;
}

/** Content pages must stay small: HTML+CSS gzip for the first view, and no JavaScript unless a feature needs it. */
export const BUDGET = { htmlCss: 14 * 1024, searchFirstQuery: 100 * 1024, searchMs: 300 };

const kb = (n: number) => (n / 1024).toFixed(1);

/** "12.2 GB (during Astro)": the peak and the stage it was seen in. */
function peakMemory(b: { peakBytes?: number; peakStage?: string }): string {
  if (b.peakBytes === undefined) return '–';
  return `${(b.peakBytes / 1024 ** 3).toFixed(1)} GB${b.peakStage ? ` (during ${b.peakStage})` : ''}`;
}

export function markdownReport(input: {
  machine: string;
  date: string;
  builds: BuildFigure[];
  bare?: BareFigure[];
  templates: TemplateFigure[];
  search: SearchFigure[];
  shards?: ShardFigure;
  /** Why a target's build was not measured, by offers (0: shipped content) or 'shards'. */
  skipped?: Record<string, string>;
  /** Stages that failed, with the reason. */
  failures?: { stage: string; reason: string }[];
  /** Set while the run is still going: the report is written after every stage. */
  unfinished?: string;
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
  if (input.unfinished) lines.push(`**This run is not finished:** ${input.unfinished}`, '');
  const bare = input.bare ?? [];
  const targets = targetRows({ builds: input.builds, bare, search: input.search, shards: input.shards, skipped: input.skipped });
  lines.push(
    '## Targets (issues #14 and #15)',
    '',
    '| target | measured | verdict |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.verdict}${t.reason ? `: ${t.reason}` : ''} |`),
    '',
  );
  if (input.failures?.length) lines.push('## Failed stages', '', ...input.failures.map((f) => `- ${f.stage}: ${f.reason}`), '');
  lines.push(
    '## Builds',
    '',
    '| build | time | of which search index | peak memory | pages | pages/s | output |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const b of input.builds) {
    const search = b.searchSeconds === undefined ? '–' : `${b.searchSeconds.toFixed(1)} s`;
    const peak = peakMemory(b);
    lines.push(
      `| ${b.label} | ${b.seconds.toFixed(1)} s | ${search} | ${peak} | ${b.pages} | ${(b.pages / b.seconds).toFixed(0)} | ${(b.bytes / 1024 / 1024).toFixed(1)} MB |`,
    );
  }
  for (const b of bare) {
    lines.push(
      '',
      `A bare Astro project with the same page count as "${b.label}" (${b.pages} trivial pages) builds in ${b.seconds.toFixed(1)} s; our build takes ${(b.oursSeconds / b.seconds).toFixed(1)}× as long. That difference is our own work: content loading, validation, templates and the search index.`,
    );
  }
  if (input.shards) {
    const s = input.shards;
    lines.push(
      '',
      '## Sharded build',
      '',
      `${s.offers.toLocaleString('en')} synthetic offers in ${s.count} shards (\`npm run ci:shards\`), each built in turn as one CI runner would; every shard also builds the national site. Target: the longest ≤ 6 min.${s.stopped ? ` Stopped: ${s.stopped}.` : ''}${s.overTarget ? ` Shard ${s.builds.length} already took longer than the target, so the other ${s.count - s.builds.length} were not built: the longest shard takes at least that long.` : ''}`,
      '',
      '| shard | sites | time | peak memory | pages |',
      '| ---: | --- | ---: | ---: | ---: |',
      ...s.builds.map((b, i) => `| ${i + 1} | ${b.sites} | ${b.seconds.toFixed(1)} s | ${peakMemory(b)} | ${b.pages} |`),
    );
  }
  const published = input.builds.filter((b) => b.publish);
  const seconds = (n?: number) => (n === undefined || Number.isNaN(n) ? '–' : `${n.toFixed(1)} s`);
  if (published.length) {
    lines.push(
      '',
      '## Publish one change',
      '',
      `The rebuild after one regional news item changed, reusing the cache of the clean build above (target ≤ ${TARGETS.publishSeconds} s).`,
      '',
      `| build | clean build | one news item changed | of which Astro | of which search | pages rendered | search bundles reused | cache size | ≤ ${TARGETS.publishSeconds} s |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const b of published) {
      const p = b.publish!;
      lines.push(
        `| ${b.label} | ${b.seconds.toFixed(1)} s | ${p.seconds.toFixed(1)} s | ${seconds(p.astroSeconds)} | ${seconds(p.searchSeconds)} | ${p.renderedPages} of ${b.pages} | ${p.reusedIndexes} of ${p.indexes} | ${(p.cacheBytes / 1024 / 1024).toFixed(1)} MB | ${p.seconds <= TARGETS.publishSeconds ? 'met' : 'not met'} |`,
      );
    }
    const staged = published.filter((b) => b.publish!.stages && Object.keys(b.publish!.stages).length);
    if (staged.length) {
      lines.push('', 'Where the time of the rebuild went, stage by stage (the build\'s "Time:" line):', '');
      for (const b of staged)
        lines.push(
          `- ${b.label}: ${Object.entries(b.publish!.stages!)
            .map(([stage, s]) => `${stage} ${s.toFixed(1)} s`)
            .join(', ')}`,
        );
    }
  }
  const base = input.builds.find((b) => b.full && !b.offers) ?? input.builds[0];
  const synthetic = input.builds.filter((b) => b.offers && b.kinds && base?.kinds);
  if (synthetic.length) {
    lines.push(
      '',
      '## Pages per offer',
      '',
      `Pages a synthetic catalogue adds above the shipped build, per offer (target ≤ ${TARGETS.pagesPerOffer}), and of which kind.`,
      '',
      '| build | pages per offer | programme pages | single-filter pages | two-filter pages | unfiltered listing | other | ≤ 3 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const b of synthetic) {
      const per = (kind: keyof PageKinds) => ((b.kinds![kind] - base.kinds![kind]) / b.offers!).toFixed(2);
      const total = (b.pages - base.pages) / b.offers!;
      lines.push(
        `| ${b.label} | ${total.toFixed(2)} | ${per('programme')} | ${per('single')} | ${per('pair')} | ${per('listing')} | ${per('other')} | ${total <= TARGETS.pagesPerOffer ? 'met' : 'not met'} |`,
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
    '| index | index size | first query transferred | of which Pagefind code | index data | keystroke → results |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  const size = (n?: number) => (n === undefined ? '–' : `${kb(n)} KB`);
  for (const s of input.search) {
    lines.push(
      `| ${s.label} | ${kb(s.indexBytes)} KB | ${size(s.firstQueryBytes)} | ${size(s.runtimeBytes)} | ${size(indexData(s))} | ${s.keystrokeToResultsMs === undefined ? '–' : s.keystrokeToResultsMs.toFixed(0) + ' ms'} |`,
    );
  }
  if (input.notes?.length) lines.push('', '## Notes on this run', '', ...input.notes.map((n) => `- ${n}`));
  return lines.join('\n') + '\n';
}
