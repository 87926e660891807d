// `npm run build`: validate the region files, run Astro, lay out host folders (SITE_MODE=host)
// and index the output for search. OUT_DIR sets the output folder (default dist).
// Reuses unchanged catalogue pages and search indexes from the previous build when the code and
// settings are the same (src/tooling/output/build-cache.ts); `--clean` builds everything.
// Prints a short summary; `--verbose` or VERBOSE=1 shows Astro's full log (one line per page).
import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';
import { existsSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hostingMode } from '../src/lib/site/config';
import { hostHeadersFiles } from '../src/tooling/deploy/config-files';
import { ContentErrors } from '../src/lib/errors';
import { clearInBackground, htmlFiles } from '../src/tooling/output/files';
import { splitByHost } from '../src/tooling/output/host-layout';
import { ADMIN_DIR, adminHost } from '../src/lib/editorial/cms/admin';
import { placeNotFoundPages } from '../src/tooling/output/not-found';
import { writeSitemaps } from '../src/tooling/output/sitemaps';
import { planIndexes, planName, shareOnlineBundle } from '../src/tooling/search/indexer';
import { writeSearchPages } from '../src/tooling/search/filter-values';
import { bundlePageLimit, laneCount, writeIndexesInLanes } from '../src/tooling/search/lanes';
import { moveKept, restoreIndexes, storeIndexes } from '../src/tooling/search/index-cache';
import { astroCacheDir, buildFingerprint, decideCache, forgetBuild, recordBuild } from '../src/tooling/output/build-cache';
import { linkCachedPages, removeUnclaimedPages, shareNewPages } from '../src/tooling/output/reuse-pages';
import { outputPages, PageFactsStore, type OutputPages } from '../src/tooling/output/page-facts';
import {
  catalogueInputsKey,
  catalogueRecord,
  decideKeepCatalogue,
  dropSetAside,
  moveCatalogue,
  restoreAstroCache,
  setAsideAstroCache,
  setAsideSearch,
} from '../src/tooling/output/catalogue-keep';
import { lockWorkFolders, workFolders } from '../src/tooling/output/build-lock';
import { FileDigests } from '../src/lib/site/file-digests';
import { allSites, builtSites, siteUrls } from '../src/lib/site/sites';
import { formatSummary, formatWarnings, StageTimes, summarizeAstroLog, wantsVerbose } from '../src/tooling/output/build-log';

const started = performance.now();
const times = new StageTimes();
const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const mode = hostingMode();

function fail(message: string): never {
  console.error(`\nBuild stopped: ${message}\n`);
  process.exit(1);
}

let sites;
try {
  sites = builtSites();
} catch (error) {
  fail(error instanceof ContentErrors ? error.message : String((error as Error).message));
}
console.log(`Building ${sites.length} of ${allSites().length} sites in ${mode} mode → ${outDir}`);

const root = process.cwd();
const cacheDir = astroCacheDir(root, process.env);
try {
  const lock = lockWorkFolders(workFolders(root, cacheDir));
  process.on('exit', () => lock.release());
} catch (error) {
  fail((error as Error).message);
}
const fingerprint = buildFingerprint(root, process.env);
const cache = decideCache(cacheDir, fingerprint, process.argv.includes('--clean'));
console.log(cache.reuse ? `Cache: reusing unchanged pages and indexes (${cache.reason})` : `Clean build: ${cache.reason}`);
times.lap('start-up');
// Feed files are hashed by content; a file unchanged since the last build is not read again.
const digests = new FileDigests(join(cacheDir, 'leerwerkloket-file-digests.json'), cache.reuse);
const catalogueKey = catalogueInputsKey(root, process.env, digests);
digests.save();
const sitesWithHosts = allSites().map((s) => ({ id: s.id, host: s.host, isNational: s.isNational }));
const keep = decideKeepCatalogue({
  reuse: cache.reuse,
  key: catalogueKey,
  previous: cache.catalogue,
  cacheDir,
  outDir,
  mode,
  sites: sitesWithHosts,
});
console.log(
  keep.keep
    ? `Catalogue: kept from the last build, ${keep.folders.length} folders moved as they are (${keep.reason})`
    : `Catalogue: rendered (${keep.reason})`,
);
times.lap('catalogue check');

// Node's default heap (about 4 GB) leaves little room for tens of thousands of training offers
// (5,000 offers already take 2.4 GB); let Astro use three quarters of the machine's memory,
// unless NODE_OPTIONS sets a size.
const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')
  ? []
  : [`--max-old-space-size=${Math.floor((totalmem() / 1048576) * 0.75)}`];
const verbose = wantsVerbose(process.argv.slice(2), process.env);
const astroStart = performance.now();
// Until this build succeeds, the cache does not vouch for anything: Astro rewrites its page copies
// as it goes, and a build that stops half-way must not be reused.
forgetBuild(cacheDir);
dropSetAside(cacheDir);
// The last output's search folders wait beside the new output; unchanged bundles move back whole.
const keptSearch = `${outDir}-search-kept`;
const oldOutputGone = clearInBackground(
  outDir,
  keep.keep
    ? (last) => {
        moveCatalogue(last, outDir, keep.folders);
        setAsideSearch(last, keptSearch, mode, sitesWithHosts);
      }
    : undefined,
);
if (keep.keep) setAsideAstroCache(cacheDir);
const astroStarted = Date.now();
const linked = cache.reuse && !keep.keep ? linkCachedPages(cacheDir, outDir) : new Set<string>();
const astro = spawn(
  process.execPath,
  [...heap, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(cache.reuse ? [] : ['--force'])],
  {
    stdio: ['ignore', verbose ? 'inherit' : 'pipe', verbose ? 'inherit' : 'pipe'],
    env: { ...process.env, LWL_KEEP_CATALOGUE: keep.keep ? '1' : '0' },
  },
);
let astroLog = '';
astro.stdout?.on('data', (chunk: Buffer) => (astroLog += chunk.toString()));
astro.stderr?.on('data', (chunk: Buffer) => (astroLog += chunk.toString()));
if (!verbose) console.log('Astro: building pages (full log: npm run build -- --verbose) …');
const astroStatus = await new Promise<number | null>((done) => astro.on('close', done));
// A failed build shows everything Astro said: the summary could hide the cause.
if (astroStatus !== 0) {
  process.stderr.write(astroLog);
  fail('astro build failed (see the message above)');
}
times.lap('Astro');
const summary = summarizeAstroLog(astroLog);
if (!verbose) console.log(formatSummary(summary, (performance.now() - astroStart) / 1000).join('\n'));
if (keep.keep) restoreAstroCache(cacheDir);
else {
  const unclaimed = removeUnclaimedPages(cacheDir, outDir, linked, astroStarted);
  if (unclaimed) console.log(`Removed ${unclaimed} page(s) of the last build that no route produces any more`);
  shareNewPages(cacheDir, outDir, linked);
}
times.lap("Astro's cache");

// What sitemaps and search read of each page, kept between builds so reused pages are not read again.
const facts = new PageFactsStore(join(cacheDir, 'leerwerkloket-page-facts.json'), cache.reuse);

// Per-site 404 pages, sitemaps and robots.txt, in the path-mode tree (the host split moves them).
let listed: Record<string, number> = {};
let pages: OutputPages;
try {
  placeNotFoundPages(outDir, sites);
  pages = outputPages(outDir, facts.reader);
  listed = writeSitemaps(outDir, sites, siteUrls(), mode, pages);
} catch (error) {
  fail((error as Error).message);
}
times.lap('sitemaps');
console.log(`Sitemaps: ${Object.keys(listed).length} sites, ${Object.values(listed).reduce((a, b) => a + b, 0)} URLs`);

// Search runs over the path-mode tree; URLs in the index follow the hosting mode.
const indexStart = performance.now();
let counts: Record<string, number> = {};
let reusedIndexes = 0;
try {
  const lanes = laneCount();
  const plans = planIndexes(
    outDir,
    sites.map((s) => ({ id: s.id, isNational: s.isNational })),
    siteUrls(),
    pages,
    bundlePageLimit(),
  );
  times.lap('search plan');
  const kept = keep.keep ? keptSearch : undefined;
  const { restored, todo } = cache.reuse ? restoreIndexes(cacheDir, outDir, plans, kept) : { restored: [], todo: plans };
  reusedIndexes = restored.length;
  times.lap('search restore');
  counts = todo.length ? await writeIndexesInLanes(outDir, todo, lanes) : {};
  storeIndexes(cacheDir, outDir, todo);
  times.lap('search index');
  for (const plan of restored) counts[planName(plan)] = plan.pages.length;
  const shared = shareOnlineBundle(
    outDir,
    plans,
    sites.map((s) => ({ id: s.id, isNational: s.isNational })),
    { restored, move: (folder) => moveKept(kept, outDir, folder) },
  );
  writeSearchPages(outDir, [...plans, ...shared]);
  times.lap('search pages');
} catch (error) {
  fail((error as Error).message);
}
const indexed = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`Pages read for sitemaps and search: ${facts.read} (${facts.reused} known from the last build)`);
console.log(
  `Search: ${Object.keys(counts).length} bundles (${reusedIndexes} unchanged, reused), ${indexed} entries in ${((performance.now() - indexStart) / 1000).toFixed(1)} s`,
);

if (mode === 'host') {
  const hosts = splitByHost(outDir, sitesWithHosts, { dir: ADMIN_DIR, host: adminHost() });
  // Each host's _headers names its own origin in the page policy (a CSP source with a path needs one).
  for (const [host, text] of hostHeadersFiles(allSites())) {
    if (existsSync(join(outDir, host))) writeFileSync(join(outDir, host, '_headers'), text);
  }
  console.log(`Host mode: ${hosts.length} host folders in ${outDir} (the CMS on ${adminHost()})`);
  times.lap('host folders');
}

facts.save();
recordBuild(cacheDir, fingerprint, catalogueRecord(catalogueKey, outDir));
times.lap('records');
await Promise.all([oldOutputGone, rm(keptSearch, { recursive: true, force: true })]);
times.lap('old output removed');
// The pages listed after Astro are the output's, unless the host split laid it out again (the CMS
// gets a host of its own). Search folders hold no pages, and a million files at 100,000 offers.
const pageCount = mode === 'host' ? htmlFiles(outDir, { skipAnywhere: new Set(['pagefind']) }).length : pages.files.length;
times.lap('count');
console.log(times.format());
const seconds = (performance.now() - started) / 1000;
console.log(
  `Done: ${sites.length} sites, ${pageCount} HTML pages in ${seconds.toFixed(1)} s (${(pageCount / seconds).toFixed(0)} pages/s)`,
);
// Last, where they are seen: what someone has to act on.
console.log(formatWarnings(summary.warnings).join('\n'));
