// The sha256 of a file's bytes, remembered by file version between builds. Deciding what a build
// may keep (the EDU-DEX loader's "feeds unchanged", the catalogue key in src/tooling/output) hashes
// every feed file: at 100,000 offers that is 100,000 files and 590 MB, read twice per build. A file
// whose device, inode, size, modification and change times (in ns) are those of the remembered
// version is not read again. Any write changes the change time, which no tool can set back, so a
// changed file is always read. A fresh checkout (CI) has new versions: every file is read once, as
// before, and the digests stay content-based, so an unchanged feed still counts as unchanged.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { dirname, join } from 'node:path';

/** "<version> <sha256 hex>": one string per file keeps the memo small and quick to read. */
type Remembered = string;

const versionOf = (s: BigIntStats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

export class FileDigests {
  private readonly known: Map<string, Remembered>;
  private readonly used = new Set<string>();
  /** Versions seen while listing, so a listed file is not looked at twice. */
  private readonly listed = new Map<string, string>();
  /** Files read (and hashed) by this instance; the others came from the memo. */
  read = 0;

  /** `memoFile`: where the digests are kept between builds (none: nothing is remembered).
   *  `trustMemo: false` (a clean build) reads every file, and still saves the memo. */
  constructor(
    private readonly memoFile?: string,
    trustMemo = true,
  ) {
    this.known = new Map();
    if (!memoFile || !trustMemo || !existsSync(memoFile)) return;
    try {
      const saved = JSON.parse(readFileSync(memoFile, 'utf8')) as Record<string, Remembered>;
      for (const [file, entry] of Object.entries(saved)) this.known.set(file, entry);
    } catch {
      // An unreadable memo is no memo: every file is read again.
    }
  }

  /** Every file under `dir`, sorted; the stat taken here is the one digest() uses. */
  filesUnder(dir: string): string[] {
    const files: string[] = [];
    // One stat per entry tells folders from files and gives the version: Node's recursive listing
    // stats every entry once more on file systems that do not report entry types.
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        const stats = statSync(path, { bigint: true });
        if (stats.isDirectory()) walk(path);
        else if (stats.isFile()) {
          this.listed.set(path, versionOf(stats));
          files.push(path);
        }
      }
    };
    walk(dir);
    return files.sort();
  }

  /** The sha256 (hex) of the file's bytes. */
  digest(file: string): string {
    this.used.add(file);
    const version = this.listed.get(file) ?? versionOf(statSync(file, { bigint: true }));
    this.listed.delete(file);
    const known = this.known.get(file);
    if (known && known.slice(0, known.lastIndexOf(' ')) === version) return known.slice(known.lastIndexOf(' ') + 1);
    const d = createHash('sha256').update(readFileSync(file)).digest('hex');
    this.read++;
    // The version is taken before the read: a write during the read leaves a version that the
    // next build will not match, so it reads the file again.
    this.known.set(file, `${version} ${d}`);
    return d;
  }

  /** Writes the memo: this build's files, and earlier ones that still exist (another user of the
   *  memo, e.g. the loader and the catalogue key, hashes other files). */
  save(): void {
    if (!this.memoFile) return;
    // Nothing read and nothing to forget: the memo on disk is already this one.
    if (this.read === 0 && this.used.size === this.known.size) return;
    const out: Record<string, Remembered> = {};
    for (const [file, entry] of this.known) if (this.used.has(file) || existsSync(file)) out[file] = entry;
    mkdirSync(dirname(this.memoFile), { recursive: true });
    const temp = `${this.memoFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(out));
    renameSync(temp, this.memoFile);
  }
}
