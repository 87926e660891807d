// Host mode: turn Astro's single route tree (regions under /<slug>/) into one folder per host,
// each a complete static site with its own copy of the shared assets. The CMS admin (/beheer/)
// moves to a host of its own and takes its (large) scripts with it.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ASSET_DIR, assetClosure, htmlFilesUnder } from './asset-closure';

export interface HostSite {
  id: string;
  host: string;
  isNational: boolean;
}

export interface AdminHost {
  /** Folder of the admin in the route tree ("beheer"). */
  dir: string;
  /** Its own host, e.g. beheer.leerwerkloket.nl. */
  host: string;
}

/** Folders and files at the output root that every host needs (hashed assets, icons, media, the
 *  Netlify/Cloudflare _headers rules). Each site has its own search index (pagefind/), 404.html,
 *  sitemap.xml and robots.txt inside its own folder. */
export const SHARED_ENTRIES = [ASSET_DIR, 'favicon.svg', 'fonts', 'media', '_headers'];

export function splitByHost(outDir: string, sites: HostSite[], admin?: AdminHost): string[] {
  const staging = `${outDir}.__routes`;
  rmSync(staging, { recursive: true, force: true });
  renameSync(outDir, staging);
  mkdirSync(outDir, { recursive: true });
  const regional = new Set(sites.filter((s) => !s.isNational).map((s) => s.id));
  const made: string[] = [];

  // Assets only the admin uses stay out of the public hosts.
  const adminRoot = admin ? join(staging, admin.dir) : undefined;
  const adminAssets = adminRoot && existsSync(adminRoot) ? assetClosure(staging, htmlFilesUnder(adminRoot)) : new Set<string>();
  const publicHtml = htmlFilesUnder(staging).filter((f) => !adminRoot || !f.startsWith(adminRoot + '/'));
  const publicAssets = assetClosure(staging, publicHtml);
  const adminOnly = new Set([...adminAssets].filter((a) => !publicAssets.has(a)));
  const copyShared = (target: string, filter?: (asset: string) => boolean) => {
    for (const shared of SHARED_ENTRIES) {
      const source = join(staging, shared);
      if (!existsSync(source) || existsSync(join(target, shared))) continue;
      if (shared === ASSET_DIR) {
        mkdirSync(join(target, shared), { recursive: true });
        for (const file of readdirSync(source))
          if (!filter || filter(file)) cpSync(join(source, file), join(target, shared, file), { recursive: true });
      } else {
        cpSync(source, join(target, shared), { recursive: true });
      }
    }
  };

  for (const site of sites) {
    const from = join(staging, site.isNational ? '' : site.id);
    if (!existsSync(from)) continue; // not built in this run (SITES=…)
    const target = join(outDir, site.host);
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(from)) {
      // The national tree is the root: leave the regional folders, the admin and shared assets out of it.
      if (site.isNational && (regional.has(entry) || SHARED_ENTRIES.includes(entry) || entry === admin?.dir)) continue;
      // Moved, not copied: the route tree is thrown away below, and copying a large catalogue took minutes.
      renameSync(join(from, entry), join(target, entry));
    }
    copyShared(target, (asset) => !adminOnly.has(asset));
    made.push(site.host);
  }

  if (admin && adminRoot && existsSync(adminRoot)) {
    const target = join(outDir, admin.host);
    cpSync(adminRoot, target, { recursive: true });
    mkdirSync(join(target, ASSET_DIR), { recursive: true });
    for (const asset of adminAssets) cpSync(join(staging, ASSET_DIR, asset), join(target, ASSET_DIR, asset));
    if (existsSync(join(staging, 'favicon.svg'))) cpSync(join(staging, 'favicon.svg'), join(target, 'favicon.svg'));
    made.push(admin.host);
  }
  rmSync(staging, { recursive: true, force: true });
  return made;
}
