// Build settings from the environment: hosting mode and which sites to build.
import { join, resolve } from 'node:path';
export type HostingMode = 'path' | 'host';

export function hostingMode(env: Record<string, string | undefined> = process.env): HostingMode {
  const mode = (env.SITE_MODE ?? 'path').trim();
  if (mode !== 'path' && mode !== 'host') {
    throw new Error(`SITE_MODE is "${mode}"; use "path" (default, one host) or "host" (one host per site)`);
  }
  return mode;
}

/** The sites named in SITES (comma separated), or undefined for all. */
export function requestedSites(env: Record<string, string | undefined> = process.env): string[] | undefined {
  const raw = env.SITES?.trim();
  if (!raw) return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

// Made once: creating the formatter took seconds of a large build, where pages ask for the date often.
let amsterdamDay: Intl.DateTimeFormat | undefined;

/** The build's reference date (YYYY-MM-DD), for archive moves and statuses; BUILD_DATE overrides today. */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const override = env.BUILD_DATE?.trim();
  if (override) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(override)) throw new Error(`BUILD_DATE is "${override}"; write it as YYYY-MM-DD`);
    return override;
  }
  amsterdamDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
  return amsterdamDay.format(new Date());
}

/** Set by scripts/build.ts for Astro when the last build's catalogue pages stay in place
 *  (src/tooling/output/catalogue-keep.ts): the catalogue routes then list no pages. */
export function keepsCatalogue(env: Record<string, string | undefined> = process.env): boolean {
  return env.LWL_KEEP_CATALOGUE === '1';
}

/** Where content/ is read from. CONTENT_DIR lets tests build from a temporary copy. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR?.trim();
  return dir ? resolve(dir) : resolve('content');
}

/** Folder with the EDU-DEX feeds (feeds.yaml + one folder per provider); EDUDEX_DIR overrides it,
 *  e.g. for benchmarks with generated feeds. */
export function edudexDir(env: Record<string, string | undefined> = process.env): string {
  return env.EDUDEX_DIR?.trim() || join(contentDir(env), 'opleidingen');
}

/** Where harvested provider feeds (one folder per provider, written by npm run feeds:harvest) and
 *  harvest.json live. EDUDEX_SNAPSHOTS points to a store outside git (see docs/deploy.md); the
 *  default is the feed folder itself. */
export function edudexSnapshotDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.EDUDEX_SNAPSHOTS?.trim();
  return dir ? resolve(dir) : resolve(edudexDir(env));
}

/** Astro's cache folder (content store, reused pages, search indexes): ASTRO_CACHE_DIR, default
 *  .build-cache in the project. Builds that run side by side each set their own. */
export function buildCacheDir(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  return resolve(root, env.ASTRO_CACHE_DIR?.trim() || '.build-cache');
}

/** The full training offers the EDU-DEX loader keeps for the pages (src/lib/opleidingen/offer-store.ts). */
export function offerStoreFile(env: Record<string, string | undefined> = process.env): string {
  return join(buildCacheDir(env), 'opleidingen', 'offers.ndjson');
}
