// Build post-step: every site's own 404 page at the root of its tree (path-mode layout), so that
// in host mode each host folder has its 404.html.
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { OutputSite } from './sitemaps';

/** Astro writes src/pages/[region]/404.astro as <slug>/404/index.html; hosts (and the preview
 *  server) look for <slug>/404.html, which is 404.html at the host root in host mode. */
export function placeNotFoundPages(outDir: string, sites: OutputSite[]): void {
  for (const site of sites) {
    if (site.isNational) {
      if (!existsSync(join(outDir, '404.html'))) throw new Error(`The build has no 404.html for the national site (src/pages/404.astro)`);
      continue;
    }
    const built = join(outDir, site.id, '404', 'index.html');
    const target = join(outDir, site.id, '404.html');
    if (!existsSync(built))
      throw new Error(`The build has no 404 page for ${site.id} (expected ${relative(outDir, built)} from src/pages/[region]/404.astro)`);
    renameSync(built, target);
    rmdirSync(join(outDir, site.id, '404'));
  }
}
