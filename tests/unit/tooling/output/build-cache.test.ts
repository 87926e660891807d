import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { astroCacheDir, buildFingerprint, decideCache, forgetBuild, recordBuild } from '../../../../src/tooling/output/build-cache';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lwl-build-cache-'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  mkdirSync(join(root, 'src/data'), { recursive: true });
  mkdirSync(join(root, 'content/nieuws'), { recursive: true });
  mkdirSync(join(root, 'regions'), { recursive: true });
  writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'src/data/gemeenten.tsv'), 'Almelo\tGM0141\tAM05\tTwente\n');
  writeFileSync(join(root, 'content/nieuws/item.md'), 'Nieuws\n');
  writeFileSync(join(root, 'regions/twente.yaml'), 'accent: "#8d0e05"\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build fingerprint', () => {
  const env = { SITES: 'twente', BUILD_DATE: '2026-12-02' };

  it('changes with code, data the code reads, dependencies, Node and build settings', () => {
    const before = buildFingerprint(root, env, 'v24.9.0');
    expect(buildFingerprint(root, env, 'v24.9.0')).toBe(before);
    expect(buildFingerprint(root, { ...env, SITES: 'twente,rijnmond' }, 'v24.9.0')).not.toBe(before);
    expect(buildFingerprint(root, { ...env, SITE_MODE: 'host' }, 'v24.9.0')).not.toBe(before);
    expect(buildFingerprint(root, env, 'v24.10.0')).not.toBe(before);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    const afterLock = buildFingerprint(root, env, 'v24.9.0');
    expect(afterLock).not.toBe(before);
    writeFileSync(join(root, 'src/data/gemeenten.tsv'), 'Almelo\tGM0141\tAM09\tAchterhoek\n');
    expect(buildFingerprint(root, env, 'v24.9.0')).not.toBe(afterLock);
  });

  it('leaves out content, region files and the build date: page keys cover those', () => {
    const before = buildFingerprint(root, env, 'v24.9.0');
    writeFileSync(join(root, 'content/nieuws/item.md'), 'Ander nieuws\n');
    writeFileSync(join(root, 'regions/twente.yaml'), 'accent: "#0b5e2a"\n');
    expect(buildFingerprint(root, { ...env, BUILD_DATE: '2027-01-29' }, 'v24.9.0')).toBe(before);
  });

  it('notices a new or renamed file, not only changed bytes', () => {
    const before = buildFingerprint(root, env, 'v24.9.0');
    writeFileSync(join(root, 'src/lib/b.ts'), '');
    expect(buildFingerprint(root, env, 'v24.9.0')).not.toBe(before);
  });
});

describe('cache decision', () => {
  it('builds clean without a record, on --clean, after a change and with an unreadable record', () => {
    const cache = join(root, 'cache');
    expect(decideCache(cache, 'abc', false)).toEqual({ reuse: false, reason: 'no earlier build in the cache' });
    recordBuild(cache, 'abc');
    expect(decideCache(cache, 'abc', false).reuse).toBe(true);
    expect(decideCache(cache, 'abc', true)).toEqual({ reuse: false, reason: 'clean build asked for (--clean)' });
    expect(decideCache(cache, 'def', false).reason).toMatch(/code, dependencies, Node or build settings changed/);
    writeFileSync(join(cache, 'leerwerkloket-build.json'), '{not json');
    expect(decideCache(cache, 'abc', false)).toEqual({ reuse: false, reason: 'the cache record is unreadable' });
  });

  it('builds clean after a build that started and did not finish', () => {
    const cache = join(root, 'cache-stopped');
    recordBuild(cache, 'abc');
    forgetBuild(cache);
    expect(decideCache(cache, 'abc', false)).toEqual({ reuse: false, reason: 'no earlier build in the cache' });
  });

  it("finds Astro's cache folder as astro.config.mjs sets it", () => {
    expect(astroCacheDir('/repo', {})).toBe('/repo/.build-cache');
    expect(astroCacheDir('/repo', { ASTRO_CACHE_DIR: 'node_modules/.astro-e2e-path' })).toBe('/repo/node_modules/.astro-e2e-path');
    expect(astroCacheDir('/repo', { ASTRO_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache');
  });
});
