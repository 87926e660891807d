// Managing the output folder: clearing it without waiting, and linking cached search bundles.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearInBackground, linkTree } from '../../../../src/tooling/output/files';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'lwl-files-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

describe('clearInBackground', () => {
  it('empties the folder at once and removes the old copy and earlier leftovers', async () => {
    const out = join(dir, 'dist');
    write(join(out, 'twente/index.html'), 'old');
    write(join(dir, 'dist-old-1-2/x.html'), 'leftover of a stopped build');
    write(join(dir, 'distant/keep.txt'), 'not ours');
    const gone = clearInBackground(out);
    expect(existsSync(out)).toBe(false);
    await gone;
    expect(readdirSync(dir)).toEqual(['distant']);
  });

  it('does nothing for a folder that does not exist', async () => {
    await clearInBackground(join(dir, 'nothing', 'dist'));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('linkTree', () => {
  it('recreates the tree with the same files, linked, so removing the copy keeps the source', () => {
    write(join(dir, 'from/pagefind-entry.json'), '{"version":"1"}');
    write(join(dir, 'from/fragment/a.pf_fragment'), 'a');
    linkTree(join(dir, 'from'), join(dir, 'to/pagefind/opleidingen'));
    const copy = join(dir, 'to/pagefind/opleidingen');
    expect(readFileSync(join(copy, 'fragment/a.pf_fragment'), 'utf8')).toBe('a');
    expect(statSync(join(copy, 'pagefind-entry.json')).ino).toBe(statSync(join(dir, 'from/pagefind-entry.json')).ino);
    rmSync(join(dir, 'to'), { recursive: true });
    expect(readFileSync(join(dir, 'from/pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
  });
});
