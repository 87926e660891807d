// Astro's incremental build keeps a copy of every keyed page in <cacheDir>/dist/ and, for a page it
// may reuse, copies that file into the output, unless the output already has it ("cached"). At
// 100,000 offers that copy is 148,000 files and 6.6 GB for a one-line news change (issue #15).
// So before Astro runs, the cached pages are hard-linked into the empty output folder: Astro finds
// each reusable page in place and leaves it. A page it renders again is written over its link,
// and Astro then writes the same bytes to its cache copy, so the two stay equal. After Astro, a
// linked page that no route claimed this time is removed, so the output holds exactly the files a
// clean build writes (tests/builds/incremental.test.ts compares them), and the pages Astro wrote
// anew become links too (shareNewPages).
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Where Astro keeps its page copies and its manifest (astro/dist/core/build/incremental.js). */
const PAGES_DIR = 'dist';
const MANIFEST_FILE = 'incremental-build.json';

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The output files (relative, decoded) the manifest in `cacheDir` records, or none without one. */
export function claimedPages(cacheDir: string): Set<string> {
  const file = join(cacheDir, MANIFEST_FILE);
  const claimed = new Set<string>();
  if (!existsSync(file)) return claimed;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  for (const route of Object.values(manifest.routes ?? {}))
    for (const entry of Object.values(route.paths ?? {})) if (entry.outputFile) claimed.add(decodeURI(entry.outputFile));
  return claimed;
}

/** Linked pages, relative to the output folder. */
export type LinkedPages = Set<string>;

/** Links every file under `from` to the same place under `to`; returns the relative paths. */
function linkFiles(from: string, to: string, rel = '', into: LinkedPages = new Set()): LinkedPages {
  mkdirSync(join(to, rel), { recursive: true });
  for (const entry of readdirSync(join(from, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) linkFiles(from, to, path, into);
    else {
      linkSync(join(from, path), join(to, path));
      into.add(path);
    }
  }
  return into;
}

const isCrossDevice = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EXDEV';

/**
 * Links Astro's cached pages into `outDir` (new, or without them); returns what it linked. With the
 * cache on another file system nothing can be linked: the folder is left empty and Astro copies.
 */
export function linkCachedPages(cacheDir: string, outDir: string): LinkedPages {
  const from = join(cacheDir, PAGES_DIR);
  if (!existsSync(from)) return new Set();
  try {
    return linkFiles(from, outDir);
  } catch (error) {
    if (!isCrossDevice(error)) throw error;
    rmSync(outDir, { recursive: true, force: true });
    return new Set();
  }
}

/**
 * Removes the linked pages that Astro neither reused nor wrote in this build (it started at
 * `startedMs`): their route no longer produces them. Folders left empty go too. Returns the count.
 */
export function removeUnclaimedPages(cacheDir: string, outDir: string, linked: LinkedPages, startedMs: number): number {
  const claimed = claimedPages(cacheDir);
  let removed = 0;
  for (const rel of linked) {
    if (claimed.has(rel)) continue;
    const file = join(outDir, rel);
    // Written during this build: another route (one without a cache key) made a page at this path.
    if (!existsSync(file) || statSync(file).mtimeMs >= startedMs) continue;
    unlinkSync(file);
    removed++;
    for (let dir = dirname(file); dir.startsWith(outDir + sep) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
  return removed;
}

/**
 * Makes Astro's copy of each page it wrote in this build the same file as the output's (a link),
 * as the reused pages already are: the cache then costs no second copy of the catalogue, and the
 * next build finds these pages' facts (page-facts.ts, keyed by file) without reading them.
 */
export function shareNewPages(cacheDir: string, outDir: string, linked: LinkedPages): number {
  let shared = 0;
  for (const rel of claimedPages(cacheDir)) {
    if (linked.has(rel)) continue;
    const cached = join(cacheDir, PAGES_DIR, rel);
    const output = join(outDir, rel);
    if (!existsSync(cached) || !existsSync(output)) continue;
    // Linked beside the cache's pages, never inside them, so a stop half-way leaves no stray page.
    const spare = join(cacheDir, 'leerwerkloket-link.tmp');
    rmSync(spare, { force: true });
    try {
      linkSync(output, spare);
    } catch (error) {
      if (isCrossDevice(error)) return shared;
      throw error;
    }
    renameSync(spare, cached);
    shared++;
  }
  return shared;
}
