import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const hasSecondFileSystem = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(tmpdir()).dev;
import { claimedPages, linkCachedPages, removeUnclaimedPages, shareNewPages } from '../../../../src/tooling/output/reuse-pages';

const root = mkdtempSync(join(tmpdir(), 'lwl-reuse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let cache: string;
let out: string;

const put = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

/** Astro's manifest as incremental.js writes it: output files URL-encoded, relative to the output. */
const manifest = (outputFiles: string[]) =>
  put(
    join(cache, 'incremental-build.json'),
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/[...site]/opleidingen/[slug].astro': { paths: Object.fromEntries(outputFiles.map((f) => [`/${f}`, { outputFile: f }])) },
      },
    }),
  );

/** A build's start time: the cached pages come from an earlier build, so the clock waits until it is past them. */
function afterCachedPages(): number {
  const cachedAt = statSync(join(cache, 'dist/twente/opleidingen/metselaar/index.html')).mtimeMs;
  while (Date.now() <= cachedAt + 5);
  return Date.now();
}

beforeEach(() => {
  const run = mkdtempSync(join(root, 'run-'));
  cache = join(run, 'cache');
  out = join(run, 'out');
  put(join(cache, 'dist/opleidingen/kok/index.html'), 'kok');
  put(join(cache, 'dist/opleidingen/café/index.html'), 'café');
  put(join(cache, 'dist/twente/opleidingen/metselaar/index.html'), 'metselaar');
});

describe('reusing cached pages by linking them', () => {
  it('links every cached page into the empty output, as the same file', () => {
    const linked = linkCachedPages(cache, out);
    expect([...linked].sort()).toEqual([
      'opleidingen/café/index.html',
      'opleidingen/kok/index.html',
      'twente/opleidingen/metselaar/index.html',
    ]);
    const page = join(out, 'opleidingen/kok/index.html');
    expect(readFileSync(page, 'utf8')).toBe('kok');
    expect(statSync(page).ino).toBe(statSync(join(cache, 'dist/opleidingen/kok/index.html')).ino);
  });

  it('links nothing when Astro has no cache yet', () => {
    expect(linkCachedPages(join(root, 'nowhere'), out).size).toBe(0);
  });

  it('reads the claimed pages from the manifest, decoded', () => {
    manifest(['opleidingen/caf%C3%A9/index.html']);
    expect([...claimedPages(cache)]).toEqual(['opleidingen/café/index.html']);
  });

  it('removes linked pages no route claimed, with their empty folders, and keeps the rest', () => {
    const started = afterCachedPages();
    const linked = linkCachedPages(cache, out);
    manifest(['opleidingen/kok/index.html', 'opleidingen/caf%C3%A9/index.html']);
    expect(removeUnclaimedPages(cache, out, linked, started)).toBe(1);
    expect(existsSync(join(out, 'twente/opleidingen/metselaar/index.html'))).toBe(false);
    expect(existsSync(join(out, 'twente'))).toBe(false);
    expect(existsSync(join(out, 'opleidingen/kok/index.html'))).toBe(true);
    expect(existsSync(join(out, 'opleidingen/café/index.html'))).toBe(true);
  });

  it('keeps a page another route wrote at the same path during the build', () => {
    const page = join(out, 'twente/opleidingen/metselaar/index.html');
    const started = afterCachedPages();
    const linked = linkCachedPages(cache, out);
    manifest(['opleidingen/kok/index.html', 'opleidingen/caf%C3%A9/index.html']);
    // Astro writes pages seconds after it starts; file times can lag the clock by a few milliseconds.
    while (Date.now() <= started + 20);
    writeFileSync(page, 'nieuwe pagina');
    expect(removeUnclaimedPages(cache, out, linked, started)).toBe(0);
    expect(readFileSync(page, 'utf8')).toBe('nieuwe pagina');
  });

  it("makes the cache's copy of a newly written page the output's file", () => {
    const linked = linkCachedPages(cache, out);
    // A page Astro rendered for the first time: written to the output and, separately, to its cache.
    put(join(out, 'opleidingen/bakker/index.html'), 'bakker');
    put(join(cache, 'dist/opleidingen/bakker/index.html'), 'bakker');
    manifest(['opleidingen/kok/index.html', 'opleidingen/bakker/index.html']);
    expect(shareNewPages(cache, out, linked)).toBe(1);
    expect(statSync(join(cache, 'dist/opleidingen/bakker/index.html')).ino).toBe(statSync(join(out, 'opleidingen/bakker/index.html')).ino);
    expect(readFileSync(join(cache, 'dist/opleidingen/bakker/index.html'), 'utf8')).toBe('bakker');
    expect(readdirSync(cache)).not.toContain('leerwerkloket-link.tmp');
  });

  it.runIf(hasSecondFileSystem)('leaves Astro to copy when the output is on another file system', () => {
    const elsewhere = mkdtempSync(join('/dev/shm', 'lwl-reuse-'));
    try {
      const target = join(elsewhere, 'out');
      expect(linkCachedPages(cache, target).size).toBe(0);
      expect(existsSync(target)).toBe(false);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
