// One build at a time per work folder. Besides its output, a build writes to Astro's cache folder
// and to <project>/.astro/: the content layer writes content-assets.mjs there through a temporary
// file on every build, and a build whose output is outside the project renders its pages there.
// Two builds sharing one of these break each other with errors that point elsewhere ("Cannot find
// module …/.prerender/chunks/…", ENOENT renaming content-assets.mjs.tmp), so the second one stops at once.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'leerwerkloket-build.lock';

/** The folders besides `outDir` that a build in project `root` writes to. */
export function workFolders(root: string, cacheDir: string): string[] {
  return [cacheDir, join(root, '.astro')];
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
          `another build (process ${other}) is using ${folder}; wait for it to finish, or give this build its own copy of the project; if no build is running, delete ${file}`,
          { cause: error },
        );
      }
      writeFileSync(file, `${pid}\n`);
    }
    taken.push(file);
  }
  return { release };
}
