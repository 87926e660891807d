// `npm run bench [-- --offers 100000,20000] [-- --shards 8] [-- --quick]`: build times, page weights
// and search figures, printed and written to BENCHMARKS.md after every stage (so a run cut short
// keeps what it measured). Sizes are built in the order given; --shards builds the largest size
// once more in that many shards, one after another. --quick skips the synthetic-offer builds.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { folderSize, pageWeight } from '../src/tooling/bench/weight';
import { watchPeakMemory } from '../src/tooling/bench/memory';
import {
  markdownReport,
  type BareFigure,
  type BuildFigure,
  type PublishFigure,
  type SearchFigure,
  type ShardFigure,
  type TemplateFigure,
} from '../src/tooling/bench/report';
import { TARGETS } from '../src/tooling/bench/targets';
import { shardSites } from '../src/tooling/deploy/shards';
import { allSites } from '../src/lib/site/sites';
import { countPageKinds } from '../src/tooling/bench/page-kinds';
import { htmlFiles } from '../src/tooling/output/files';
import { parseStageTimes, stageAt } from '../src/tooling/output/build-log';
import { readPages, templateSample } from '../src/tooling/output/page-audit';
import { startStaticServer } from '../src/tooling/output/static-server';

const ROOT = resolve('.');
const indexSize = (dir: string) => folderSize(dir, (name) => !/-ui\.(js|css)$/.test(name));
const WORK = '/tmp/lwl-bench';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const offersArg = args[args.indexOf('--offers') + 1];
const offers = quick ? [] : (args.includes('--offers') ? offersArg : '5000,20000').split(',').map(Number);
const shardCount = args.includes('--shards') ? Number(args[args.indexOf('--shards') + 1]) : 0;
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
function buildRun(
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ seconds: number; stdout: string; peakBytes?: number; peakStage?: string }> {
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
      const peakAt = memory.peakAt();
      // The build's clock starts after tsx has loaded, a second at most after ours: near enough for stages of minutes.
      const peakStage = peakAt === undefined ? undefined : stageAt(parseStageTimes(stdout), peakAt);
      if (code !== 0) fail(new Error(`scripts/build.ts failed (${JSON.stringify(env)}):\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`));
      else done({ seconds: (performance.now() - started) / 1000, stdout, peakBytes, peakStage });
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
      renderedPages: Number(/^Astro: (\d+) page\(s\) built/m.exec(stdout)?.[1] ?? NaN),
      stages: parseStageTimes(stdout),
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
  const { seconds, stdout, peakBytes, peakStage } = await buildRun(buildEnv, ['--clean']);
  const full = env.SITES === '';
  // scripts/build.ts prints "Search: 72 bundles (0 unchanged, reused), 4321 entries in 12.3 s".
  const searchSeconds = Number(/^Search: .* in ([\d.]+) s$/m.exec(stdout)?.[1] ?? NaN);
  const figure = {
    label,
    seconds,
    searchSeconds: Number.isNaN(searchSeconds) ? undefined : searchSeconds,
    peakBytes,
    peakStage,
    pages: htmlFiles(out).length,
    bytes: folderSize(out),
    offers,
    full,
    kinds: countPageKinds(out),
    out,
    publish: full ? await publishNews(buildEnv) : undefined,
  };
  const gb = peakBytes === undefined ? '?' : (peakBytes / 1024 ** 3).toFixed(1);
  if (figure.publish)
    console.log(`${label}, one news item changed: ${figure.publish.seconds.toFixed(1)} s (${figure.publish.renderedPages} pages rendered)`);
  console.log(
    `${label}: ${seconds.toFixed(1)} s (search ${figure.searchSeconds?.toFixed(1) ?? '?'} s), peak ${gb} GB (${peakStage ?? '?'}), ${figure.pages} pages, ${(figure.bytes / 1048576).toFixed(1)} MB`,
  );
  return figure;
}

// A bare Astro project with the same number of trivial pages: the framework's own cost.
function bareAstro(pages: number): number {
  const bareDir = join(WORK, 'bare');
  rmSync(bareDir, { recursive: true, force: true });
  mkdirSync(join(bareDir, 'src/pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(bareDir, 'node_modules'));
  writeFileSync(join(bareDir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(bareDir, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  writeFileSync(
    join(bareDir, 'src/pages/[...slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : 'p/' + i } }));
}
const { slug } = Astro.params;
---
<html lang="nl"><head><title>Pagina {slug}</title></head><body><h1>Pagina {slug}</h1><p>Inhoud.</p></body></html>
`,
  );
  const { seconds } = run([process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {}, bareDir);
  rmSync(bareDir, { recursive: true, force: true });
  console.log(`Bare Astro, ${pages} pages: ${seconds.toFixed(1)} s`);
  return seconds;
}

// First-view weight for one page of each template, national site and one region.
const FEATURES: [string, string][] = [
  ['data-search-root', 'search'],
  ['data-loket-finder', 'gemeente type-ahead'],
  ['data-read-aloud', 'read aloud'],
  ['data-regelingencheck', 'regelingencheck'],
  ['data-region-choice', 'Waar woon je?'],
  ['data-opening-today', "today's opening hours"],
  ['data-cms', 'CMS'],
];
function templateWeights(out: string): TemplateFigure[] {
  const { pages } = readPages(out);
  return templateSample(pages.filter((p) => p.site === 'landelijk' || p.site === 'twente'))
    .map((p) => {
      const w = pageWeight(out, p.file);
      const html = readFileSync(p.file, 'utf8');
      const features = FEATURES.filter(([marker]) => html.includes(marker)).map(([, name]) => name);
      return { template: `${p.site === 'landelijk' ? '' : '(regio) '}${p.template}`, example: p.path, ...w, needsJs: features.length > 0 };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}

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

const builds: BuildFigure[] = [];
const bare: BareFigure[] = [];
const search: SearchFigure[] = [];
let templates: TemplateFigure[] = [];
let shards: ShardFigure | undefined;
const failures: { stage: string; reason: string }[] = [];
const skipped: Record<string, string> = {};
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}`;
const plannedStages = [
  'shipped content',
  ...offers.map((n) => `${n.toLocaleString('en')} offers`),
  ...(shardCount && offers.length ? [`${shardCount} shards`] : []),
];

function writeReport(unfinished?: string) {
  const report = markdownReport({
    machine,
    date: new Date().toISOString().slice(0, 10),
    builds,
    bare,
    templates,
    search,
    shards,
    skipped,
    failures,
    unfinished,
    notes: [
      `Load average (1 min) when the run started: ${loadAtStart.toFixed(1)} on ${cpus().length} cores: ${loadAtStart < 0.75 ? 'the machine was otherwise idle' : 'another job was running, so the times are high'}.`,
      `Stages in this run, in order: ${plannedStages.join('; ')}.`,
      `Synthetic offers come from \`scripts/generate-edudex.mjs\` (about 20 % online) and replace the shipped feeds. Every offer has one programme page: on the site of its region when it is given in person in one region only, otherwise on the national site (with each region's advice). A regional site's listings hold only offers given there in person (online offers are in its search, from one shared bundle). Each offer also counts in the filter pages of the sites that list it (45 per page; a pair of filters only where it narrows a long list); the table "Pages per offer" shows how many pages of each kind an offer adds.`,
      `Keystroke → results is the median of ${SEARCH_TRIALS} trials, each in a fresh browser context with a cold cache. It is timed inside the page, from the input event to the announced result count, and includes fetching the index chunks for the first query. The field's 250 ms pause after typing is subtracted; the chunks are already being fetched during that pause. "Index data" is what the first query downloads beyond Pagefind's own code.`,
    ],
  });
  writeFileSync('BENCHMARKS.md', report);
  return report;
}

/** One stage of the run: a failure is reported (and the stages after it still run), never lost. */
async function stage(name: string, work: () => Promise<void>) {
  writeReport(`measuring ${name} (stages: ${plannedStages.join('; ')}).`);
  try {
    await work();
  } catch (error) {
    const reason = ((error as Error).message.split('\n').find((l) => l.trim()) ?? String(error)).slice(0, 300);
    failures.push({ stage: name, reason });
    console.error(`${name} failed: ${(error as Error).message.slice(-2000)}`);
  }
}

/** Search on the national site and on Twente's, for a build. */
async function searchFigures(b: BuildFigure & { out: string }) {
  const scope = b.offers ? `${b.label}: ` : '';
  search.push({ ...(await measureSearch(b.out, `${scope}Twente site`, 'twente', 'heftruck')), offers: b.offers, site: 'regional' });
  search.push({ ...(await measureSearch(b.out, `${scope}National site`, '', 'heftruck')), offers: b.offers, site: 'national' });
}

await stage('shipped content', async () => {
  const full = await build('Shipped content, all 36 sites', { SITES: '' });
  builds.push(full);
  templates = templateWeights(full.out);
  await searchFigures(full);
  bare.push({ label: full.label, pages: full.pages, seconds: bareAstro(full.pages), oursSeconds: full.seconds });
  builds.push(await build('Shipped content, one site (SITES=twente)', { SITES: 'twente' }));
});
if (!builds.some((b) => b.full && !b.offers)) skipped['0'] = 'the shipped build failed (see "Failed stages")';

const feedsOf = (n: number) => join(WORK, `feeds-${n}`);
for (const n of offers) {
  const label = `${n.toLocaleString('en')} synthetic offers, all 36 sites`;
  skipped[String(n)] = `the ${n.toLocaleString('en')}-offer build failed (see "Failed stages")`;
  await stage(`${n.toLocaleString('en')} offers`, async () => {
    run([process.execPath, 'scripts/generate-edudex.mjs', '--offers', String(n), '--out', feedsOf(n)]);
    const b = await build(label, { SITES: '', EDUDEX_DIR: feedsOf(n) }, n);
    builds.push(b);
    delete skipped[String(n)];
    await searchFigures(b);
    bare.push({ label, pages: b.pages, seconds: bareAstro(b.pages), oursSeconds: b.seconds });
    // The output and cache of a large build take gigabytes: only the figures are kept.
    rmSync(b.out, { recursive: true, force: true });
    rmSync(join(WORK, `cache-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`), { recursive: true, force: true });
  });
}

if (shardCount && offers.length) {
  const n = Math.max(...offers);
  const parts = shardSites(allSites(), shardCount);
  shards = { offers: n, count: parts.length, builds: [] };
  await stage(`${parts.length} shards`, async () => {
    if (!existsSync(feedsOf(n))) run([process.execPath, 'scripts/generate-edudex.mjs', '--offers', String(n), '--out', feedsOf(n)]);
    for (const [i, sites] of parts.entries()) {
      writeReport(`building shard ${i + 1} of ${parts.length} at ${n.toLocaleString('en')} offers.`);
      const out = join(WORK, `shard-${i + 1}`);
      const env = {
        SITES: sites.join(','),
        EDUDEX_DIR: feedsOf(n),
        OUT_DIR: out,
        SITE_MODE: 'path',
        ASTRO_CACHE_DIR: join(WORK, `cache-shard-${i + 1}`),
      };
      const { seconds, peakBytes, peakStage } = await buildRun(env, ['--clean']);
      shards!.builds.push({ sites: sites.join(', '), seconds, pages: htmlFiles(out).length, peakBytes, peakStage });
      console.log(`Shard ${i + 1}/${parts.length} (${sites.join(',')}): ${seconds.toFixed(1)} s`);
      rmSync(out, { recursive: true, force: true });
      rmSync(env.ASTRO_CACHE_DIR, { recursive: true, force: true });
      // The longest shard is at least this one: the verdict is known, the other builds would take hours.
      if (seconds > TARGETS.shardSeconds && i < parts.length - 1) {
        shards!.overTarget = true;
        break;
      }
    }
  }).then(() => {
    if (shards!.builds.length < shards!.count && !shards!.overTarget)
      shards!.stopped = `only ${shards!.builds.length} of ${shards!.count} shards built (see "Failed stages")`;
  });
}
await browser.close();

const report = writeReport();
console.log('\n' + report);
