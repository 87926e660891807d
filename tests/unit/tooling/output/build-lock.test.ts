import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockWorkFolders, workFolders } from '../../../../src/tooling/output/build-lock';

const temp = mkdtempSync(join(tmpdir(), 'build-lock-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('workFolders', () => {
  it("names Astro's cache and <project>/.astro, wherever the output goes", () => {
    // Astro's content layer writes .astro/content-assets.mjs through a temporary file on every build:
    // two builds of one project, even with their own output and cache, break each other's rename (CI, stop 28).
    expect(workFolders('/repo', '/repo/.build-cache')).toEqual(['/repo/.build-cache', '/repo/.astro']);
    expect(workFolders('/repo', '/tmp/cache')).toEqual(['/tmp/cache', '/repo/.astro']);
  });
});

describe('lockWorkFolders', () => {
  it('lets one build at a time use a folder, and frees it on release', () => {
    const folders = [join(temp, 'cache'), join(temp, 'project', '.astro')];
    const first = lockWorkFolders(folders);
    // Another running process (here: this test's parent, which is alive) holds the cache folder.
    const other = lockWorkFolders([join(temp, 'elsewhere')], process.ppid);
    expect(() => lockWorkFolders([join(temp, 'elsewhere'), join(temp, 'free')])).toThrow(
      new RegExp(`another build \\(process ${process.ppid}\\) is using ${join(temp, 'elsewhere')}; wait for it`),
    );
    // A refused build leaves nothing behind: the folder it did get is free again.
    expect(existsSync(join(temp, 'free', 'leerwerkloket-build.lock'))).toBe(false);
    other.release();
    first.release();
    expect(existsSync(join(temp, 'cache', 'leerwerkloket-build.lock'))).toBe(false);
    lockWorkFolders(folders).release();
  });

  it('takes over a lock whose build is no longer running', () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const folder = join(temp, 'stale');
    lockWorkFolders([folder], Number(ended.stdout));
    expect(() => lockWorkFolders([folder]).release()).not.toThrow();
    writeFileSync(join(folder, 'leerwerkloket-build.lock'), 'not a number\n');
    expect(() => lockWorkFolders([folder]).release()).not.toThrow();
  });
});
