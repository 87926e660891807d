// `npm run merge:shards -- <target> <shard folder> <shard folder> …`: merges host-mode builds of
// parts of the sites (SITES=…) into one output, checks that the national site came out the same in
// every shard, and rebuilds the national search index over all regions. Every host must be in some
// shard unless --allow-partial is given.
import { resolve } from 'node:path';
import { mergeShards } from '../src/tooling/deploy/shards';
import { allSites, NATIONAL } from '../src/lib/site/sites';
import { createUrls } from '../src/lib/site/urls';

const args = process.argv.slice(2);
const allowPartial = args.includes('--allow-partial');
const [target, ...shards] = args.filter((a) => a !== '--allow-partial');
if (!target || shards.length === 0) {
  console.error('Usage: npm run merge:shards -- [--allow-partial] <target folder> <shard folder> [<shard folder> …]');
  process.exit(2);
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
  );
  console.log(
    `Merged ${shards.length} shards into ${target}: ${report.hosts.length} hosts; national search index rebuilt with ${report.nationalIndexed} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
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
