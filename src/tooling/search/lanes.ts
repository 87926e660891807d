// Writes the search indexes in parallel child processes ("lanes"): one Pagefind service uses one
// core, and a full build has 36 indexes. Plans are dealt by page count so the lanes end together.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLE_PAGE_LIMIT, splitPlans, type IndexPlan } from './indexer';

export const LANE_SCRIPT = resolve('scripts/search-index.ts');

/** Lanes to use: SEARCH_LANES if set, else one per core, at most 4. */
export function laneCount(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = env.SEARCH_LANES ? Number(env.SEARCH_LANES) : Math.min(4, availableParallelism());
  if (!Number.isInteger(wanted) || wanted < 1)
    throw new Error(`SEARCH_LANES must be a whole number of 1 or more, not "${env.SEARCH_LANES}"`);
  return wanted;
}

/** Pages per search index before a bundle is written in parts: SEARCH_BUNDLE_PAGES if set (the
 *  tests use a small one, so a small build has parts too), else BUNDLE_PAGE_LIMIT. */
export function bundlePageLimit(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = env.SEARCH_BUNDLE_PAGES ? Number(env.SEARCH_BUNDLE_PAGES) : BUNDLE_PAGE_LIMIT;
  if (!Number.isInteger(wanted) || wanted < 1)
    throw new Error(`SEARCH_BUNDLE_PAGES must be a whole number of 1 or more, not "${env.SEARCH_BUNDLE_PAGES}"`);
  return wanted;
}

function runLane(outDir: string, planFile: string): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), LANE_SCRIPT, outDir, planFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(JSON.parse(stdout) as Record<string, number>);
      else fail(new Error(`Search indexing stopped (exit ${code}):\n${stderr.trim() || stdout.trim()}`));
    });
  });
}

/** Writes every planned index, `lanes` processes at a time. Returns page counts per site. */
export async function writeIndexesInLanes(outDir: string, plans: IndexPlan[], lanes = laneCount()): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'lwl-search-'));
  try {
    const groups = splitPlans(plans, lanes).map((group, i) => {
      const file = join(work, `lane-${i}.json`);
      writeFileSync(file, JSON.stringify(group));
      return file;
    });
    const results = await Promise.all(groups.map((file) => runLane(outDir, file)));
    return Object.assign({}, ...results) as Record<string, number>;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
