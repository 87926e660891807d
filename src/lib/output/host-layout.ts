// Host mode: turn Astro's single route tree (regions under /<slug>/) into one folder per host,
// each a complete static site with its own copy of the shared assets.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface HostSite {
  id: string;
  host: string;
  isNational: boolean;
}

/** Folders and files at the output root that every host needs (hashed assets, icons, media).
 *  Each site has its own search index (pagefind/) inside its own folder. */
export const SHARED_ENTRIES = ['_astro', 'favicon.svg', 'fonts', 'media'];

export function splitByHost(outDir: string, sites: HostSite[]): string[] {
  const staging = `${outDir}.__routes`;
  rmSync(staging, { recursive: true, force: true });
  renameSync(outDir, staging);
  mkdirSync(outDir, { recursive: true });
  const regional = new Set(sites.filter((s) => !s.isNational).map((s) => s.id));
  const made: string[] = [];

  for (const site of sites) {
    const from = join(staging, site.isNational ? '' : site.id);
    if (!existsSync(from)) continue; // not built in this run (SITES=…)
    const target = join(outDir, site.host);
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(from)) {
      // The national tree is the root: leave the regional folders and shared assets out of it.
      if (site.isNational && (regional.has(entry) || SHARED_ENTRIES.includes(entry))) continue;
      cpSync(join(from, entry), join(target, entry), { recursive: true });
    }
    for (const shared of SHARED_ENTRIES) {
      const source = join(staging, shared);
      if (existsSync(source) && !existsSync(join(target, shared))) cpSync(source, join(target, shared), { recursive: true });
    }
    made.push(site.host);
  }
  rmSync(staging, { recursive: true, force: true });
  return made;
}
