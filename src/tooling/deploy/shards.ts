// Spreading a full host-mode build over several CI runners (SITES=…) and putting it back together.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { planIndexes, writeIndexes } from '../search/indexer';
import { writeSearchPages } from '../search/filter-values';
import { restoreIndexes, storeIndexes } from '../search/index-cache';
import { bundlePageLimit } from '../search/lanes';
import type { Urls } from '../../lib/site/urls';
import { ONLINE_BUNDLE } from '../../lib/site/search-fields';

export interface ShardSite {
  id: string;
  host: string;
  isNational: boolean;
}

/** Regional site ids dealt round-robin over `count` shards (A–Z order), none empty. Each shard
 *  builds SITES=<its ids>; the national site is built by every shard. */
export function shardSites(sites: ShardSite[], count: number): string[][] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`Shard count must be a whole number ≥ 1, not ${count}`);
  const regional = sites
    .filter((s) => !s.isNational)
    .map((s) => s.id)
    .sort();
  const shards: string[][] = Array.from({ length: Math.min(count, regional.length) }, () => []);
  regional.forEach((id, i) => shards[i % shards.length].push(id));
  return shards;
}

function files(dir: string, skip: (rel: string) => boolean, root = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const rel = relative(root, path).split(sep).join('/');
    if (skip(rel)) continue;
    if (statSync(path).isDirectory()) files(path, skip, root, out);
    else out.push(rel);
  }
  return out;
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Differences between two folders (file list and bytes), up to `limit`. */
export function folderDifferences(a: string, b: string, skip: (rel: string) => boolean = () => false, limit = 10): string[] {
  const left = new Set(files(a, skip));
  const right = new Set(files(b, skip));
  const out: string[] = [];
  for (const f of left) {
    if (out.length >= limit) break;
    if (!right.has(f)) out.push(`${f}: only in ${a}`);
    else if (hash(join(a, f)) !== hash(join(b, f))) out.push(`${f}: different content`);
  }
  for (const f of right) {
    if (out.length >= limit) break;
    if (!left.has(f)) out.push(`${f}: only in ${b}`);
  }
  return out;
}

export interface MergeReport {
  hosts: string[];
  /** Pages in the rebuilt national search index. */
  nationalIndexed: number;
  /** National search bundles taken unchanged from the index cache. */
  reusedBundles: number;
}

export interface MergeOptions {
  /** An index cache (search/index-cache.ts) the caller has proved valid for this code: unchanged
   *  national bundles are taken from it, and the written ones are stored in it. */
  indexCache?: string;
}

/**
 * Merges host-mode shard outputs into `target`. Each regional host must come from exactly one
 * shard; every other host folder (the national site) must be the same in every shard, apart from
 * its search index. The national index holds regional pages too (news, events), so it is rebuilt
 * here over the merged folders, exactly as a single full build would make it.
 */
export async function mergeShards(
  target: string,
  shardDirs: string[],
  sites: ShardSite[],
  urls: Urls,
  options: MergeOptions = {},
): Promise<MergeReport> {
  const byHost = new Map(sites.map((s) => [s.host, s]));
  const national = sites.find((s) => s.isNational);
  if (!national) throw new Error('The site list has no national site');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const from = new Map<string, string>();
  const isIndex = (rel: string) => rel === 'pagefind' || rel.startsWith('pagefind/');

  for (const shard of shardDirs) {
    if (!existsSync(shard)) throw new Error(`Shard folder ${shard} does not exist`);
    for (const host of readdirSync(shard)) {
      const source = join(shard, host);
      if (!statSync(source).isDirectory()) continue;
      const site = byHost.get(host);
      const earlier = from.get(host);
      if (site && !site.isNational) {
        if (earlier) throw new Error(`${host} was built by two shards (${earlier} and ${shard}); give each region to one shard`);
      } else if (earlier) {
        const diff = folderDifferences(join(earlier, host), source, site?.isNational ? isIndex : () => false);
        if (diff.length) {
          throw new Error(
            `${host} differs between shards ${earlier} and ${shard}; its pages must not depend on SITES:\n  ${diff.join('\n  ')}`,
          );
        }
        continue;
      }
      cpSync(source, join(target, host), { recursive: true });
      from.set(host, shard);
    }
  }

  // Rebuild the national index over a path-mode view of the merged output (symlinks, no copies).
  const nationalDir = join(target, national.host);
  if (!existsSync(nationalDir)) throw new Error(`No shard contains the national site (${national.host})`);
  const view = mkdtempSync(join(tmpdir(), 'merge-view-'));
  try {
    for (const entry of readdirSync(nationalDir)) if (entry !== 'pagefind') symlinkSync(join(nationalDir, entry), join(view, entry));
    const present = sites.filter((s) => s.isNational || from.has(s.host));
    for (const site of present) if (!site.isNational) symlinkSync(join(target, site.host), join(view, site.id));
    const plans = planIndexes(
      view,
      present.map((s) => ({ id: s.id, isNational: s.isNational })),
      urls,
      undefined,
      bundlePageLimit(),
    );
    // The online bundle is not the national site's: each regional host brought its copy from its shard.
    const own = plans.filter((p) => p.site === national.id && p.bundle !== ONLINE_BUNDLE).map((p) => ({ ...p, folder: '' }));
    rmSync(join(nationalDir, 'pagefind'), { recursive: true, force: true });
    // A news item changes the content bundle only: the national catalogue comes from the cache.
    const { restored, todo } = options.indexCache ? restoreIndexes(options.indexCache, nationalDir, own) : { restored: [], todo: own };
    await writeIndexes(nationalDir, todo);
    if (options.indexCache) storeIndexes(options.indexCache, nationalDir, todo);
    writeSearchPages(nationalDir, own);
    return {
      hosts: [...from.keys()].sort(),
      nationalIndexed: own.reduce((n, p) => n + p.pages.length, 0),
      reusedBundles: restored.length,
    };
  } finally {
    rmSync(view, { recursive: true, force: true });
  }
}
