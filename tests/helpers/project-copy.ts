// A throwaway copy of the project that a test may change and build. Every build writes Astro's
// .astro/ folder in its project, and two builds sharing it break each other (the build lock stops
// the second one), so builds that run side by side each need their own copy.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** What a build reads (docs/: /partners/open-data/ renders docs/api.md; package-lock.json is in the
 *  build fingerprint). node_modules is linked, not copied. */
const PROJECT = [
  'src',
  'content',
  'public',
  'regions',
  'scripts',
  'docs',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  '.gitignore',
];

/** Copies the project into `dir` (a new temporary folder when not given) and returns it. */
export function copyProject(dir = mkdtempSync(join(tmpdir(), 'lwl-copy-'))): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
