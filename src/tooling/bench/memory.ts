// Peak memory of a build: the resident memory of a process and all its descendants, read from
// /proc (Linux). A build is several processes (tsx, Astro, one Pagefind per search lane), so the
// sum over the tree is what a machine must have free, not the peak of any one process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parent pid from the text of /proc/<pid>/stat; the command name may hold spaces and parentheses. */
export function parentPid(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]); // after the name: state, ppid
}

/** Resident memory in bytes from the text of /proc/<pid>/status ("VmRSS:  1234 kB"); 0 for a zombie. */
export function residentBytes(status: string): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

const readOrEmpty = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
};

/** Resident bytes of `root` and every process below it, now. */
export function treeResidentBytes(root: number, proc = '/proc'): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrEmpty(join(proc, name, 'stat'));
    if (!stat) continue;
    const parent = parentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += residentBytes(readOrEmpty(join(proc, String(pid), 'status')));
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree under `pid` until stopped; `stop()` gives the highest sum seen, or undefined without
 *  /proc, and `peakAt()` when it was seen (seconds after watching began), to tell the build's stage. */
export function watchPeakMemory(
  pid: number,
  intervalMs = 250,
  proc = '/proc',
): { stop(): number | undefined; peakAt(): number | undefined } {
  if (!existsSync(join(proc, 'self'))) return { stop: () => undefined, peakAt: () => undefined };
  const started = performance.now();
  let peak = 0;
  let peakAt = 0;
  const sample = () => {
    const bytes = treeResidentBytes(pid, proc);
    if (bytes > peak) [peak, peakAt] = [bytes, (performance.now() - started) / 1000];
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
    peakAt: () => peakAt,
  };
}
