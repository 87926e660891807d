// `npm run bench [-- --offers 5000,20000] [-- --quick]`: build times, page weights and search figures,
// printed and written to BENCHMARKS.md. --quick skips the synthetic-offer builds.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { folderSize, pageWeight } from '../src/lib/bench/weight';
import { markdownReport, type BuildFigure, type SearchFigure, type TemplateFigure } from '../src/lib/bench/report';
import { readPages, templateSample } from '../src/lib/output/page-audit';
import { startStaticServer } from '../src/lib/output/static-server';

const ROOT = resolve('.');
const indexSize = (dir: string) => folderSize(dir, (name) => !/-ui\.(js|css)$/.test(name));
const WORK = '/tmp/lwl-bench';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const offersArg = args[args.indexOf('--offers') + 1];
const offers = quick ? [] : (args.includes('--offers') ? offersArg : '5000,20000').split(',').map(Number);
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

function run(command: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const started = performance.now();
  const result = spawnSync(command[0], command.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

function build(label: string, env: Record<string, string>): BuildFigure & { out: string } {
  const out = join(WORK, label.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
  const seconds = run([process.execPath, 'node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], { ...env, OUT_DIR: out, SITE_MODE: 'path' });
  const figure = { label, seconds, pages: readPages(out).pages.length, bytes: folderSize(out), out };
  console.log(`${label}: ${seconds.toFixed(1)} s, ${figure.pages} pages, ${(figure.bytes / 1048576).toFixed(1)} MB`);
  return figure;
}

const builds: (BuildFigure & { out: string })[] = [];
builds.push(build('Shipped content, all 36 sites', { SITES: '' }));
builds.push(build('Shipped content, one site (SITES=twente)', { SITES: 'twente' }));
for (const n of offers) {
  const feeds = join(WORK, `feeds-${n}`);
  run([process.execPath, 'scripts/generate-edudex.mjs', '--offers', String(n), '--out', feeds]);
  builds.push(build(`${n.toLocaleString('en')} synthetic offers, all 36 sites`, { SITES: '', EDUDEX_DIR: feeds }));
}

// A bare Astro project with the same number of trivial pages: the framework's own cost.
const full = builds[0];
const bareDir = join(WORK, 'bare');
mkdirSync(join(bareDir, 'src/pages'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(bareDir, 'node_modules'));
writeFileSync(join(bareDir, 'package.json'), '{"type":"module"}');
writeFileSync(join(bareDir, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
writeFileSync(join(bareDir, 'src/pages/[...slug].astro'), `---
export function getStaticPaths() {
  return Array.from({ length: ${full.pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : 'p/' + i } }));
}
const { slug } = Astro.params;
---
<html lang="nl"><head><title>Pagina {slug}</title></head><body><h1>Pagina {slug}</h1><p>Inhoud.</p></body></html>
`);
const bareSeconds = run([process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {}, bareDir);
console.log(`Bare Astro, ${full.pages} pages: ${bareSeconds.toFixed(1)} s`);

// First-view weight for one page of each template, national site and one region.
const FEATURES: [string, string][] = [['data-search-root', 'search'], ['data-loket-finder', 'gemeente type-ahead'], ['data-read-aloud', 'read aloud'], ['data-regelingencheck', 'regelingencheck'], ['data-cms', 'CMS']];
const { pages } = readPages(full.out);
const templates: TemplateFigure[] = templateSample(pages.filter((p) => p.site === 'landelijk' || p.site === 'twente'))
  .map((p) => {
    const w = pageWeight(full.out, p.file);
    const html = readFileSync(p.file, 'utf8');
    const features = FEATURES.filter(([marker]) => html.includes(marker)).map(([, name]) => name);
    return { template: `${p.site === 'landelijk' ? '' : '(regio) '}${p.template}`, example: p.path, ...w, needsJs: features.length > 0 };
  })
  .sort((a, b) => a.template.localeCompare(b.template));

// Search: index sizes, and a first query on a cold cache in Chromium (gzip like production).
const search: SearchFigure[] = [];
const { server, url } = await startStaticServer({ root: full.out, gzip: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
for (const [label, site, query] of [['Twente site', 'twente', 'heftruck'], ['National site', '', 'heftruck']] as const) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Everything the search needs comes from /pagefind/: count those bytes from a cold start.
  const urls = new Map<string, string>();
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    if (urls.get(e.requestId)?.includes('/pagefind/')) bytes += e.encodedDataLength;
  });
  await page.goto(`${url}/${site ? site + '/' : ''}zoeken/`, { waitUntil: 'networkidle' });
  const started = await page.evaluate(() => performance.now());
  await page.locator('#zoekterm').fill(query);
  await page.waitForFunction(() => /resulta/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 10_000 });
  const ended = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const indexDir = join(full.out, site, 'pagefind');
  // Index size: what queries can download (the unused Pagefind UI bundles are left out).
  // The search field waits 250 ms after the last keystroke before it searches; that pause is subtracted.
  search.push({ label: `${label} (“${query}”)`, indexBytes: existsSync(indexDir) ? indexSize(indexDir) : 0, firstQueryBytes: bytes, keystrokeToResultsMs: ended - started - 250 });
  await context.close();
}
await browser.close();
server.close();
for (const b of builds.slice(2)) {
  search.push({ label: b.label, indexBytes: indexSize(join(b.out, 'pagefind')) });
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}`;
const report = markdownReport({
  machine,
  date: new Date().toISOString().slice(0, 10),
  builds,
  bare: { seconds: bareSeconds, pages: full.pages },
  templates,
  search,
});
writeFileSync('BENCHMARKS.md', report);
console.log('\n' + report);
