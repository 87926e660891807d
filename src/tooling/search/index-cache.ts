// Keeps each site's search bundles between builds. A bundle whose pages are the same as last time
// (same result URLs, same HTML bytes, same filter values) is copied from the cache instead of being
// indexed again, so a regional news item re-indexes content bundles, not the catalogue.
// Pagefind's version and our indexing code are in the build fingerprint (output/build-cache.ts):
// when they change, the build is clean and the cache is not read.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleFolder, bundleId, type IndexPlan } from './indexer';
import { linkTree } from '../output/files';

export function planDigest(plan: IndexPlan): string {
  const hash = createHash('sha256');
  hash.update(`${plan.site}\0${bundleId(plan)}\0${plan.folder}\0${JSON.stringify(plan.filterValues)}\0`);
  for (const page of plan.pages) hash.update(`${page.url}\0${page.hash}\0`);
  return hash.digest('hex');
}

const entryDir = (cacheDir: string, plan: IndexPlan) => join(cacheDir, 'search', plan.site, bundleId(plan));

/** Links the cached index of every plan whose digest matches into the output; returns the plans
 *  still to index. `kept`: the last output's bundles (setAsideSearch in output/catalogue-keep.ts);
 *  one found there is moved back whole, which at 100,000 offers saves linking a million files. */
export function restoreIndexes(
  cacheDir: string,
  outDir: string,
  plans: IndexPlan[],
  kept?: string,
): { restored: IndexPlan[]; todo: IndexPlan[] } {
  const restored: IndexPlan[] = [];
  const todo: IndexPlan[] = [];
  for (const plan of plans) {
    const dir = entryDir(cacheDir, plan);
    const stamp = join(dir, 'digest');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === planDigest(plan)) {
      // Linked, not copied: nothing writes into a bundle after Pagefind, and the output is
      // replaced (not edited) by the next build, so the cached files stay as they were.
      if (!moveKept(kept, outDir, bundleFolder(plan))) linkTree(join(dir, 'pagefind'), join(outDir, bundleFolder(plan)));
      restored.push(plan);
    } else todo.push(plan);
  }
  return { restored, todo };
}

/** Stores the freshly written indexes of `plans` (the digest last, so a half copy never matches). */
export function storeIndexes(cacheDir: string, outDir: string, plans: IndexPlan[]): void {
  for (const plan of plans) {
    const dir = entryDir(cacheDir, plan);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    linkTree(join(outDir, bundleFolder(plan)), join(dir, 'pagefind'));
    writeFileSync(join(dir, 'digest'), planDigest(plan));
  }
}

/** Moves `folder` from `kept` into the output when it is there; tells whether it was. */
export function moveKept(kept: string | undefined, outDir: string, folder: string): boolean {
  if (!kept || !existsSync(join(kept, folder))) return false;
  mkdirSync(dirname(join(outDir, folder)), { recursive: true });
  renameSync(join(kept, folder), join(outDir, folder));
  return true;
}
