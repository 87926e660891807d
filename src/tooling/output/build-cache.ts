// When may a build reuse the previous one? Astro's incremental build keys each catalogue page on its
// data (src/lib/site/page-keys.ts) and each route on its module graph; it does not see our build
// scripts, files read at build time outside content/ and regions/, the Node version or the settings
// in the environment. Those go into one fingerprint: when it differs from the last build's, the
// build is clean. `npm run build -- --clean` forces that.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildCacheDir } from '../../lib/site/config';
import type { CatalogueRecord } from './catalogue-keep';

/** Code and configuration: a change here can change any page. */
export const CODE_PATHS = ['src', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Settings that change what is built or how; BUILD_DATE is not one (see page-keys.ts). */
export const SETTINGS_ENV = [
  'SITES',
  'SITE_MODE',
  'CONTENT_DIR',
  'EDUDEX_DIR',
  'EDUDEX_SNAPSHOTS',
  'CMS_BACKEND',
  'CMS_REPO',
  'CMS_BRANCH',
  'CMS_BASE_URL',
  'CMS_API_ROOT',
  'CMS_APP_ID',
  'DECAP_SERVER_PORT',
  'SEARCH_BUNDLE_PAGES',
];

const FINGERPRINT_FILE = 'leerwerkloket-build.json';

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)))
    .sort();
}

/** One hash over the code, the dependencies, the Node version and the build settings. */
export function buildFingerprint(root: string, env: NodeJS.ProcessEnv, nodeVersion = process.version): string {
  const hash = createHash('sha256');
  hash.update(`node ${nodeVersion}\0`);
  for (const name of SETTINGS_ENV) hash.update(`${name}=${env[name] ?? ''}\0`);
  for (const file of CODE_PATHS.flatMap((p) => filesUnder(root, p))) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

export interface CacheDecision {
  reuse: boolean;
  /** For the build log: why the cache is or is not used. */
  reason: string;
  /** What the last build recorded of its catalogue (catalogue-keep.ts), when the cache is used. */
  catalogue?: CatalogueRecord;
}

export function decideCache(cacheDir: string, fingerprint: string, clean: boolean): CacheDecision {
  if (clean) return { reuse: false, reason: 'clean build asked for (--clean)' };
  const file = join(cacheDir, FINGERPRINT_FILE);
  if (!existsSync(file)) return { reuse: false, reason: 'no earlier build in the cache' };
  let previous: { fingerprint?: string; catalogue?: CatalogueRecord };
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as typeof previous;
  } catch {
    return { reuse: false, reason: 'the cache record is unreadable' };
  }
  if (previous.fingerprint !== fingerprint)
    return { reuse: false, reason: 'code, dependencies, Node or build settings changed since the last build' };
  return { reuse: true, reason: 'code and settings unchanged', ...(previous.catalogue && { catalogue: previous.catalogue }) };
}

/** Written after a successful build only, so a failed build never vouches for its cache. */
export function recordBuild(cacheDir: string, fingerprint: string, catalogue?: CatalogueRecord): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, FINGERPRINT_FILE), JSON.stringify({ fingerprint, ...(catalogue && { catalogue }) }) + '\n');
}

/** Called before a build changes the cache: if it stops half-way, the next build is clean. */
export function forgetBuild(cacheDir: string): void {
  rmSync(join(cacheDir, FINGERPRINT_FILE), { force: true });
}

/** Astro's cache folder, as astro.config.mjs sets it (buildCacheDir), for a project at `root`. */
export function astroCacheDir(root: string, env: NodeJS.ProcessEnv): string {
  return buildCacheDir(env, root);
}
