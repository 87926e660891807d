// First-view weight of a page: its HTML plus the CSS and JavaScript it loads, gzipped.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of an ES module (Astro's bundles import their shared chunks). */
function moduleGraph(root: string, src: string, seen: Set<string>): void {
  if (seen.has(src)) return;
  const file = join(root, src);
  if (!existsSync(file)) return;
  seen.add(src);
  const code = readFileSync(file, 'utf8');
  for (const [, dep] of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.\/[^"']+|\/[^"']+)["']/g)) {
    const resolved = dep.startsWith('./') ? src.replace(/[^/]+$/, '') + dep.slice(2) : dep;
    moduleGraph(root, resolved, seen);
  }
}

/** `root` is the site root the page's absolute URLs resolve against. */
export function pageWeight(root: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const scripts = new Set<string>();
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) moduleGraph(root, src, scripts);
  const size = (paths: Iterable<string>) => [...paths].reduce((sum, p) => sum + (existsSync(join(root, p)) ? gz(join(root, p)) : 0), 0);
  return { html: gz(htmlFile), css: size(css), js: size(scripts) };
}

export function folderSize(dir: string, include: (name: string) => boolean = () => true): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path);
    if (stat.isDirectory()) total += folderSize(path, include);
    else if (include(entry)) total += stat.size;
  }
  return total;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
