// Turns benchmark results into the Markdown of BENCHMARKS.md.

export interface BuildFigure {
  label: string;
  seconds: number;
  pages: number;
  bytes: number;
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
  indexBytes: number;
  firstQueryBytes?: number;
  keystrokeToResultsMs?: number;
}

/** Content pages must stay small: HTML+CSS gzip for the first view, and no JavaScript unless a feature needs it. */
export const BUDGET = { htmlCss: 14 * 1024, searchFirstQuery: 100 * 1024, searchMs: 300 };

const kb = (n: number) => (n / 1024).toFixed(1);

export function markdownReport(input: {
  machine: string;
  date: string;
  builds: BuildFigure[];
  bare?: { seconds: number; pages: number };
  templates: TemplateFigure[];
  search: SearchFigure[];
}): string {
  const lines: string[] = [];
  lines.push('# Benchmarks', '', `Measured ${input.date} on ${input.machine}. Made by \`npm run bench\`; numbers vary a few percent between runs.`, '');
  lines.push('## Builds', '', '| build | time | pages | pages/s | output |', '| --- | ---: | ---: | ---: | ---: |');
  for (const b of input.builds) {
    lines.push(`| ${b.label} | ${b.seconds.toFixed(1)} s | ${b.pages} | ${(b.pages / b.seconds).toFixed(0)} | ${(b.bytes / 1024 / 1024).toFixed(1)} MB |`);
  }
  if (input.bare) {
    const ours = input.builds[0];
    lines.push('', `A bare Astro project with the same page count (${input.bare.pages} trivial pages) builds in ${input.bare.seconds.toFixed(1)} s; our full build takes ${(ours.seconds / input.bare.seconds).toFixed(1)}× as long. That difference is our own work: content loading, validation, templates and the search index.`);
  }
  lines.push('', '## First view per template (gzip)', '', `Budget: HTML + CSS ≤ ${kb(BUDGET.htmlCss)} KB for content pages; JavaScript only where a feature needs it.`, '');
  lines.push('| template | example | HTML | CSS | JS | HTML+CSS | within budget |', '| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const t of input.templates) {
    const htmlCss = t.html + t.css;
    const ok = htmlCss <= BUDGET.htmlCss && (t.js === 0 || t.needsJs);
    lines.push(`| \`${t.template}\` | ${t.example} | ${kb(t.html)} KB | ${kb(t.css)} KB | ${kb(t.js)} KB${t.js ? (t.needsJs ? ' (feature)' : ' (not needed!)') : ''} | ${kb(htmlCss)} KB | ${ok ? 'yes' : 'no'} |`);
  }
  lines.push('', '## Search', '', `Aim: under ${kb(BUDGET.searchFirstQuery)} KB transferred for a first query on a cold cache, results in under ${BUDGET.searchMs} ms.`, '');
  lines.push('| index | index size | first query transferred | keystroke → results |', '| --- | ---: | ---: | ---: |');
  for (const s of input.search) {
    lines.push(`| ${s.label} | ${kb(s.indexBytes)} KB | ${s.firstQueryBytes === undefined ? '–' : kb(s.firstQueryBytes) + ' KB'} | ${s.keystrokeToResultsMs === undefined ? '–' : s.keystrokeToResultsMs.toFixed(0) + ' ms'} |`);
  }
  return lines.join('\n') + '\n';
}
