// Walks a built output folder. Every tool that reads the output (links, audit, search, sitemaps,
// host split) lists HTML files the same way.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** HTML files under `dir`, skipping top-level folders named in `skipTop` and any folder in `skipAnywhere`. */
export function htmlFiles(dir: string, options: { skipTop?: Set<string>; skipAnywhere?: Set<string> } = {}): string[] {
  const out: string[] = [];
  const walk = (folder: string, top: boolean) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) {
        if ((top && options.skipTop?.has(entry)) || options.skipAnywhere?.has(entry)) continue;
        walk(path, false);
      } else if (entry.endsWith('.html')) out.push(path);
    }
  };
  if (existsSync(dir)) walk(dir, true);
  return out;
}
