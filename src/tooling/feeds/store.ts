// The snapshot store on disk: <snapshotDir>/<provider>/ holds the last good copy of each harvested
// feed, <snapshotDir>/harvest.json the state, and <snapshotDir>/.harvest/ the work space. A new copy
// is written beside the old one and swapped in with two renames on the same file system, so a
// reader sees either the old or the new folder, and a crash between the renames is repaired at
// the start of the next run.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export const WORK_DIR = '.harvest';

export const workDir = (snapshotDir: string) => join(snapshotDir, WORK_DIR);
export const stagingFolder = (snapshotDir: string, id: string) => join(workDir(snapshotDir), `${id}.new`);
const oldFolder = (snapshotDir: string, id: string) => join(workDir(snapshotDir), `${id}.old`);

/** Writes a file beside its target and renames it into place. */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}

/** Replaces <snapshotDir>/<id> with the staged folder. */
export function swapIn(snapshotDir: string, id: string): void {
  const target = join(snapshotDir, id);
  const staged = stagingFolder(snapshotDir, id);
  const old = oldFolder(snapshotDir, id);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staged, target);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Before a run: puts back a snapshot a crash left in the work space (target gone, .old present),
 * then clears the work space.
 */
export function recover(snapshotDir: string): string[] {
  const work = workDir(snapshotDir);
  const repaired: string[] = [];
  if (!existsSync(work)) return repaired;
  for (const name of readdirSync(work)) {
    const match = /^(.+)\.old$/.exec(name);
    if (match && !existsSync(join(snapshotDir, match[1]))) {
      renameSync(join(work, name), join(snapshotDir, match[1]));
      repaired.push(match[1]);
    }
  }
  for (const name of readdirSync(work)) if (name !== 'lock') rmSync(join(work, name), { recursive: true, force: true });
  return repaired;
}

/** One harvest at a time per store: a lock file with the owner's pid; a dead owner's lock is taken over. */
export function lock(snapshotDir: string): () => void {
  const file = join(workDir(snapshotDir), 'lock');
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8'));
      if (pid && alive(pid))
        throw new Error(`another harvest (process ${pid}) is running on ${snapshotDir}; wait for it to finish`, { cause: error });
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot take the harvest lock ${file}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
