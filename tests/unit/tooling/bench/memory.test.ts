import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parentPid, residentBytes, treeResidentBytes, watchPeakMemory } from '../../../../src/tooling/bench/memory';

const MB = 1024 * 1024;
const fakeProc = mkdtempSync(join(tmpdir(), 'proc-'));
afterAll(() => rmSync(fakeProc, { recursive: true, force: true }));

function fakeProcess(pid: number, ppid: number, name: string, rssKb: number | undefined) {
  mkdirSync(join(fakeProc, String(pid)));
  writeFileSync(join(fakeProc, String(pid), 'stat'), `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194560`);
  writeFileSync(
    join(fakeProc, String(pid), 'status'),
    `Name:\t${name}\nState:\tS (sleeping)\n${rssKb === undefined ? '' : `VmRSS:\t  ${rssKb} kB\n`}Threads:\t1\n`,
  );
}

describe('peak memory of a process tree', () => {
  it('reads the parent pid even when the command name holds spaces and parentheses', () => {
    expect(parentPid('4242 (node (worker) 2) S 17 4242 4242 0 -1')).toBe(17);
    expect(residentBytes('Name:\tnode\nVmRSS:\t   2048 kB\n')).toBe(2048 * 1024);
    expect(residentBytes('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });

  it('adds up a process and all its descendants, and nothing else', () => {
    fakeProcess(10, 1, 'node build', 1000);
    fakeProcess(11, 10, 'astro', 3000);
    fakeProcess(12, 11, 'pagefind (1)', 500);
    fakeProcess(13, 10, 'zombie', undefined);
    fakeProcess(20, 1, 'unrelated', 9999);
    mkdirSync(join(fakeProc, 'self'));
    expect(treeResidentBytes(10, fakeProc)).toBe(4500 * 1024);
    expect(treeResidentBytes(11, fakeProc)).toBe(3500 * 1024);
  });

  it('catches the peak of a real child and grandchild that hold memory for a moment', async () => {
    // The child holds 60 MB and starts a grandchild holding 80 MB; without the grandchild the sum stays under 140 MB.
    const hold = (mb: number) => `const b = Buffer.alloc(${mb * MB}, 1); setTimeout(() => b.length, 1500);`;
    const script = `${hold(60)} require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(hold(80))}], { stdio: 'inherit' });`;
    const child = spawn(process.execPath, ['-e', script], { stdio: 'inherit' });
    const memory = watchPeakMemory(child.pid!, 50);
    await new Promise((done) => child.on('close', done));
    const peak = memory.stop()!;
    expect(peak).toBeGreaterThan(140 * MB);
    expect(peak).toBeLessThan(1024 * MB);
    // Seen while both held their memory: after the grandchild started, before the child let go.
    expect(memory.peakAt()).toBeGreaterThan(0);
    expect(memory.peakAt()).toBeLessThan(10);
  });

  it('gives no figure where there is no /proc', () => {
    expect(watchPeakMemory(process.pid, 50, join(fakeProc, 'missing')).stop()).toBeUndefined();
  });
});
