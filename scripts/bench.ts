// `npm run bench [-- --offers 5000,20000] [-- --quick]`: build times, page weights and search figures,
// printed and written to BENCHMARKS.md. --quick skips the synthetic-offer builds.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { folderSize, pageWeight } from '../src/tooling/bench/weight';
import { watchPeakMemory } from '../src/tooling/bench/memory';
import { markdownReport, type BuildFigure, type PublishFigure, type SearchFigure, type TemplateFigure } from '../src/tooling/bench/report';
import { countPageKinds } from '../src/tooling/bench/page-kinds';
import { htmlFiles } from '../src/tooling/output/files';
import { readPages, templateSample } from '../src/tooling/output/page-audit';
import { startStaticServer } from '../src/tooling/output/static-server';

const ROOT = resolve('.');
const indexSize = (dir: string) => folderSize(dir, (name) => !/-ui\.(js|css)$/.test(name));
const WORK = '/tmp/lwl-bench';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const offersArg = args[args.indexOf('--offers') + 1];
const offers = quick ? [] : (args.includes('--offers') ? offersArg : '5000,20000').split(',').map(Number);
const loadAtStart = loadavg()[0];
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

function run(command: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const started = performance.now();
  const result = spawnSync(command[0], command.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return { seconds: (performance.now() - started) / 1000, stdout: result.stdout };
}

/** A build, with its peak memory sampled over the whole process tree while it runs. */
function buildRun(env: Record<string, string>, args: string[] = []): Promise<{ seconds: number; stdout: string; peakBytes?: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  const memory = watchPeakMemory(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      const peakBytes = memory.stop();
      if (code !== 0) fail(new Error(`scripts/build.ts failed (${JSON.stringify(env)}):\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`));
      else done({ seconds: (performance.now() - started) / 1000, stdout, peakBytes });
    });
  });
}

// The news item an editor changes for "Publish one change"; restored after each rebuild.
const NEWS_ITEM = join(ROOT, 'content/nieuws/twente/2026-11-16-hulp-bij-taal-op-het-werk.mdx');
const newsText = readFileSync(NEWS_ITEM, 'utf8');
const restoreNews = () => writeFileSync(NEWS_ITEM, newsText);
process.on('SIGINT', () => {
  restoreNews();
  process.exit(130);
});

/** One regional news item changes and the sites are built again on the clean build's cache. */
async function publishNews(env: Record<string, string>): Promise<PublishFigure> {
  writeFileSync(NEWS_ITEM, newsText.replace(/\n*$/, '\n\nAangepast voor de meting van de publicatietijd.\n'));
  try {
    const { seconds, stdout } = await buildRun(env);
    const indexes = /^Search: (\d+) bundles \((\d+) unchanged/m.exec(stdout);
    return {
      seconds,
      astroSeconds: Number(/^Astro: .*\(step ([\d.]+) s\)$/m.exec(stdout)?.[1] ?? NaN),
      searchSeconds: Number(/^Search: .* in ([\d.]+) s$/m.exec(stdout)?.[1] ?? NaN),
      reusedPages: Number(/of which (\d+) unchanged catalogue page/.exec(stdout)?.[1] ?? 0),
      reusedIndexes: Number(indexes?.[2] ?? 0),
      indexes: Number(indexes?.[1] ?? 0),
      cacheBytes: folderSize(env.ASTRO_CACHE_DIR),
    };
  } finally {
    restoreNews();
  }
}

async function build(label: string, env: Record<string, string>, offers?: number): Promise<BuildFigure & { out: string }> {
  const slug = label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const out = join(WORK, slug);
  const buildEnv = { ...env, OUT_DIR: out, SITE_MODE: 'path', ASTRO_CACHE_DIR: join(WORK, `cache-${slug}`) };
  const { seconds, stdout, peakBytes } = await buildRun(buildEnv, ['--clean']);
  // scripts/build.ts prints "Search: 72 bundles (0 unchanged, reused), 4321 entries in 12.3 s".
  const searchSeconds = Number(/^Search: .* in ([\d.]+) s$/m.exec(stdout)?.[1] ?? NaN);
  const figure = {
    label,
    seconds,
    searchSeconds: Number.isNaN(searchSeconds) ? undefined : searchSeconds,
    peakBytes,
    pages: htmlFiles(out).length,
    bytes: folderSize(out),
    offers,
    kinds: countPageKinds(out),
    out,
    publish: env.SITES === '' ? await publishNews(buildEnv) : undefined,
  };
  const gb = peakBytes === undefined ? '?' : (peakBytes / 1024 ** 3).toFixed(1);
  if (figure.publish)
    console.log(`${label}, one news item changed: ${figure.publish.seconds.toFixed(1)} s (${figure.publish.reusedPages} pages reused)`);
  console.log(
    `${label}: ${seconds.toFixed(1)} s (search ${figure.searchSeconds?.toFixed(1) ?? '?'} s), peak ${gb} GB, ${figure.pages} pages, ${(figure.bytes / 1048576).toFixed(1)} MB`,
  );
  return figure;
}

const builds: (BuildFigure & { out: string })[] = [];
builds.push(await build('Shipped content, all 36 sites', { SITES: '' }));
builds.push(await build('Shipped content, one site (SITES=twente)', { SITES: 'twente' }));
for (const n of offers) {
  const feeds = join(WORK, `feeds-${n}`);
  run([process.execPath, 'scripts/generate-edudex.mjs', '--offers', String(n), '--out', feeds]);
  builds.push(await build(`${n.toLocaleString('en')} synthetic offers, all 36 sites`, { SITES: '', EDUDEX_DIR: feeds }, n));
}

// A bare Astro project with the same number of trivial pages: the framework's own cost.
const [full, , ...synthetic] = builds;
const bareDir = join(WORK, 'bare');
mkdirSync(join(bareDir, 'src/pages'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(bareDir, 'node_modules'));
writeFileSync(join(bareDir, 'package.json'), '{"type":"module"}');
writeFileSync(join(bareDir, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
writeFileSync(
  join(bareDir, 'src/pages/[...slug].astro'),
  `---
export function getStaticPaths() {
  return Array.from({ length: ${full.pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : 'p/' + i } }));
}
const { slug } = Astro.params;
---
<html lang="nl"><head><title>Pagina {slug}</title></head><body><h1>Pagina {slug}</h1><p>Inhoud.</p></body></html>
`,
);
const bareSeconds = run([process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {}, bareDir).seconds;
console.log(`Bare Astro, ${full.pages} pages: ${bareSeconds.toFixed(1)} s`);

// First-view weight for one page of each template, national site and one region.
const FEATURES: [string, string][] = [
  ['data-search-root', 'search'],
  ['data-loket-finder', 'gemeente type-ahead'],
  ['data-read-aloud', 'read aloud'],
  ['data-regelingencheck', 'regelingencheck'],
  ['data-cms', 'CMS'],
];
const { pages } = readPages(full.out);
const templates: TemplateFigure[] = templateSample(pages.filter((p) => p.site === 'landelijk' || p.site === 'twente'))
  .map((p) => {
    const w = pageWeight(full.out, p.file);
    const html = readFileSync(p.file, 'utf8');
    const features = FEATURES.filter(([marker]) => html.includes(marker)).map(([, name]) => name);
    return { template: `${p.site === 'landelijk' ? '' : '(regio) '}${p.template}`, example: p.path, ...w, needsJs: features.length > 0 };
  })
  .sort((a, b) => a.template.localeCompare(b.template));

// Search: index size, and a first query on a cold cache in Chromium (gzip like production).
// The bytes are counted where they are sent, so Pagefind's Web Worker and WebAssembly count too.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
/** Trials per search figure: the first page in a fresh browser is slow for reasons no visitor has. */
const SEARCH_TRIALS = 5;
async function measureSearch(out: string, label: string, site: string, query: string): Promise<SearchFigure> {
  let bytes = 0;
  let runtime = 0;
  const onSent = (path: string, n: number) => {
    if (!path.includes('/pagefind/')) return;
    bytes += n;
    if (!/\.pf_\w+$/.test(path)) runtime += n; // pagefind.js, its worker, the WebAssembly, the entry file
  };
  const { server, url } = await startStaticServer({ root: out, gzip: true, onSent });
  const times: number[] = [];
  let firstQuery = { bytes: 0, runtime: 0 };
  try {
    for (let trial = 0; trial < SEARCH_TRIALS; trial++) {
      const context = await browser.newContext(); // a cold cache every time
      try {
        bytes = runtime = 0;
        const page = await context.newPage();
        await page.goto(`${url}/${site ? site + '/' : ''}zoeken/`, { waitUntil: 'networkidle' });
        // Timed inside the page, from the input event to the announced count, so the driver's own
        // round trips do not count.
        await page.evaluate(() => {
          const w = window as unknown as { typedAt?: number; shownAt?: number };
          const status = document.querySelector('[data-status]')!;
          document.querySelector('#zoekterm')!.addEventListener('input', () => (w.typedAt ??= performance.now()));
          new MutationObserver(() => /resulta/.test(status.textContent ?? '') && (w.shownAt ??= performance.now())).observe(status, {
            childList: true,
            characterData: true,
            subtree: true,
          });
        });
        await page.locator('#zoekterm').fill(query);
        await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, undefined, { timeout: 30_000 });
        const ms = await page.evaluate(() => {
          const w = window as unknown as { typedAt: number; shownAt: number };
          return w.shownAt - w.typedAt;
        });
        await page.waitForLoadState('networkidle');
        // The search field waits 250 ms after the last keystroke before it searches; that pause is subtracted.
        times.push(ms - 250);
        if (trial === 0) firstQuery = { bytes, runtime };
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
  }
  const indexDir = join(out, site, 'pagefind');
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  // Index size: what queries can download (the unused Pagefind UI bundles are left out).
  return {
    label: `${label} (“${query}”)`,
    indexBytes: existsSync(indexDir) ? indexSize(indexDir) : 0,
    firstQueryBytes: firstQuery.bytes,
    runtimeBytes: firstQuery.runtime,
    keystrokeToResultsMs: median,
  };
}
const search: SearchFigure[] = [];
for (const b of [full, ...synthetic]) {
  const scope = b === full ? '' : `${b.label}: `;
  search.push(await measureSearch(b.out, `${scope}Twente site`, 'twente', 'heftruck'));
  search.push(await measureSearch(b.out, `${scope}National site`, '', 'heftruck'));
}
await browser.close();

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}`;
const report = markdownReport({
  machine,
  date: new Date().toISOString().slice(0, 10),
  builds,
  bare: { seconds: bareSeconds, pages: full.pages },
  templates,
  search,
  notes: [
    `Load average (1 min) when the run started: ${loadAtStart.toFixed(1)} on ${cpus().length} cores: ${loadAtStart < 0.75 ? 'the machine was otherwise idle' : 'another job was running, so the times are high'}.`,
    `Synthetic offers come from \`scripts/generate-edudex.mjs\` (about 20 % online) and replace the shipped feeds. Every offer has one programme page: on the site of its region when it is given in person in one region only, otherwise on the national site (with each region's advice). A regional site's listings hold only offers given there in person (online offers are in its search, from one shared bundle). Each offer also counts in the filter pages of the sites that list it (45 per page; a pair of filters only where it narrows a long list); the table "Pages per offer" shows how many pages of each kind an offer adds.`,
    `Keystroke → results is the median of ${SEARCH_TRIALS} trials, each in a fresh browser context with a cold cache. It is timed inside the page, from the input event to the announced result count, and includes fetching the index chunks for the first query. The field's 250 ms pause after typing is subtracted; the chunks are already being fetched during that pause.`,
  ],
});
writeFileSync('BENCHMARKS.md', report);
console.log('\n' + report);
