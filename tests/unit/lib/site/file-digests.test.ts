import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileDigests } from '../../../../src/lib/site/file-digests';

const dir = mkdtempSync(join(tmpdir(), 'file-digests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('file digests', () => {
  const memo = join(dir, 'memo.json');
  const feed = join(dir, 'feed.xml');
  const other = join(dir, 'other.xml');

  it('hashes the bytes, and does not read an unchanged file again in the next build', () => {
    writeFileSync(feed, '<programName>Lassen</programName>');
    writeFileSync(other, '<programName>Koken</programName>');
    const first = new FileDigests(memo);
    expect(first.digest(feed)).toBe(sha('<programName>Lassen</programName>'));
    expect(first.digest(other)).toBe(sha('<programName>Koken</programName>'));
    expect(first.read).toBe(2);
    first.save();
    const next = new FileDigests(memo);
    expect(next.digest(feed)).toBe(sha('<programName>Lassen</programName>'));
    expect(next.read).toBe(0);
  });

  it('reads a file again when it was written, even with the same size and modification time', () => {
    const before = statSync(feed);
    writeFileSync(feed, '<programName>Lassem</programName>');
    utimesSync(feed, before.atime, before.mtime);
    const next = new FileDigests(memo);
    expect(next.digest(feed)).toBe(sha('<programName>Lassem</programName>'));
    expect(next.read).toBe(1);
  });

  it('a clean build reads every file, and an unreadable memo is no memo', () => {
    const clean = new FileDigests(memo, false);
    clean.digest(other);
    expect(clean.read).toBe(1);
    writeFileSync(memo, '{ not json');
    const broken = new FileDigests(memo);
    expect(broken.digest(other)).toBe(sha('<programName>Koken</programName>'));
    expect(broken.read).toBe(1);
  });

  it('keeps the digests another user hashed, and forgets files that are gone', () => {
    const catalogue = new FileDigests(memo);
    catalogue.digest(feed);
    catalogue.digest(other);
    catalogue.save();
    // The loader hashes only the feed; the other file's digest stays for the catalogue key.
    const loader = new FileDigests(memo);
    loader.digest(feed);
    loader.save();
    const again = new FileDigests(memo);
    again.digest(other);
    expect(again.read).toBe(0);
    rmSync(other);
    loader.save();
    expect(Object.keys(JSON.parse(readFileSync(memo, 'utf8')) as object)).toEqual([feed]);
  });
});
