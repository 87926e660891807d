// Which hashed build assets (/_astro/…) a set of pages needs: the files their HTML references,
// and everything those scripts and stylesheets load in turn. Used in host mode to keep the large
// CMS bundle out of the 36 public sites and to give the admin host only what it needs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { htmlFiles } from './files';
import { join } from 'node:path';

export const ASSET_DIR = '_astro';

const ABSOLUTE = /\/?_astro\/([\w.~-]+\.[a-z0-9]+)/g;
const RELATIVE = /["'`(]\.\/([\w.~-]+\.[a-z0-9]+)["'`)]/g;

export function htmlFilesUnder(dir: string): string[] {
  return htmlFiles(dir, { skipAnywhere: new Set([ASSET_DIR]) });
}

/** Names of the files in <root>/_astro that the given HTML files need, directly or indirectly. */
export function assetClosure(root: string, htmlFiles: string[]): Set<string> {
  const assetDir = join(root, ASSET_DIR);
  if (!existsSync(assetDir)) return new Set();
  const available = new Set(readdirSync(assetDir));
  const needed = new Set<string>();
  const queue: string[] = [];
  const add = (name: string) => {
    if (available.has(name) && !needed.has(name)) {
      needed.add(name);
      queue.push(name);
    }
  };
  for (const file of htmlFiles) for (const [, name] of readFileSync(file, 'utf8').matchAll(ABSOLUTE)) add(name);
  while (queue.length) {
    const name = queue.pop()!;
    if (!/\.(js|mjs|css)$/.test(name)) continue;
    const text = readFileSync(join(assetDir, name), 'utf8');
    for (const [, ref] of text.matchAll(ABSOLUTE)) add(ref);
    for (const [, ref] of text.matchAll(RELATIVE)) add(ref);
  }
  return needed;
}
