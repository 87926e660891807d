// `npm run merge:shards -- <target> <shard folder> <shard folder> …`: merges host-mode builds of
// parts of the sites (SITES=…) into one output, checks that the national site came out the same in
// every shard, and rebuilds the national search bundles over all regions. Every host must be in some
// shard unless --allow-partial is given. `--index-cache <folder>` keeps the national bundles between
// runs (used only while code and settings are unchanged), so a news item re-indexes the content
// bundle and not the national catalogue.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeShards } from '../src/tooling/deploy/shards';
import { buildFingerprint, decideCache, recordBuild } from '../src/tooling/output/build-cache';
import { allSites, NATIONAL } from '../src/lib/site/sites';
import { createUrls } from '../src/lib/site/urls';

const args = process.argv.slice(2);
const allowPartial = args.includes('--allow-partial');
const cacheAt = args.indexOf('--index-cache');
const indexCache = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
const [target, ...shards] = args.filter((a, i) => a !== '--allow-partial' && i !== cacheAt && (cacheAt < 0 || i !== cacheAt + 1));
if (!target || shards.length === 0 || (cacheAt >= 0 && !indexCache)) {
  console.error(
    'Usage: npm run merge:shards -- [--allow-partial] [--index-cache <folder>] <target folder> <shard folder> [<shard folder> …]',
  );
  process.exit(2);
}
const fingerprint = buildFingerprint(process.cwd(), process.env);
if (indexCache) {
  const decision = decideCache(resolve(indexCache), fingerprint, false);
  console.log(
    decision.reuse ? `Index cache: reusing unchanged bundles (${decision.reason})` : `Index cache: starting empty (${decision.reason})`,
  );
  if (!decision.reuse) rmSync(resolve(indexCache), { recursive: true, force: true });
}
const sites = allSites();
const urls = createUrls({ mode: 'host', hosts: Object.fromEntries(sites.map((s) => [s.id, s.host])), national: NATIONAL });
try {
  const started = performance.now();
  const report = await mergeShards(
    resolve(target),
    shards.map((s) => resolve(s)),
    sites,
    urls,
    { indexCache: indexCache && resolve(indexCache) },
  );
  if (indexCache) recordBuild(resolve(indexCache), fingerprint);
  console.log(
    `Merged ${shards.length} shards into ${target}: ${report.hosts.length} hosts; national search: ${report.nationalIndexed} pages, ${report.reusedBundles} bundle(s) unchanged, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const missing = sites.filter((s) => !report.hosts.includes(s.host)).map((s) => s.host);
  if (missing.length) {
    console.error(`Not in any shard: ${missing.join(', ')}`);
    if (!allowPartial) process.exit(1);
  }
} catch (error) {
  console.error(`\nMerge stopped: ${(error as Error).message}\n`);
  process.exit(1);
}
