// One build at a time per work folder. Besides its output, a build writes to Astro's cache folder
// and, when the output is outside the project, to <project>/.astro/ (where Astro renders pages
// before copying them out). Two builds sharing one of these break each other with errors that
// point elsewhere ("Cannot find module …/.prerender/chunks/…"), so the second one stops at once.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';

const LOCK_FILE = 'leerwerkloket-build.lock';

/** The folders besides `outDir` that a build in project `root` writes to. */
export function workFolders(root: string, outDir: string, cacheDir: string): string[] {
  const rel = relative(root, outDir);
  const outside = rel.startsWith('..') || isAbsolute(rel);
  return [cacheDir, ...(outside ? [join(root, '.astro')] : [])];
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface BuildLock {
  release(): void;
}

/** Claims every folder for this process; throws, naming the other build, when one is in use.
 *  A lock left by a build that is no longer running is taken over. */
export function lockWorkFolders(folders: string[], pid = process.pid): BuildLock {
  const taken: string[] = [];
  const release = () => {
    for (const file of taken.splice(0)) rmSync(file, { force: true });
  };
  for (const folder of folders) {
    mkdirSync(folder, { recursive: true });
    const file = join(folder, LOCK_FILE);
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(other) && other !== pid && isRunning(other)) {
        release();
        throw new Error(
          `another build (process ${other}) is using ${folder}; wait for it to finish, or give this build its own folders (ASTRO_CACHE_DIR, or an OUT_DIR inside the project); if no build is running, delete ${file}`,
          { cause: error },
        );
      }
      writeFileSync(file, `${pid}\n`);
    }
    taken.push(file);
  }
  return { release };
}
