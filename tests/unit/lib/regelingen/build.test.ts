// The content collection runs the same checks as the scripts: a copy of the project with one
// changed regeling is synced by Astro, which must stop on a bad cross-reference and warn about
// stale dates or a last window with no next one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { BASE } from '../../helpers/regelingen';

const root = resolve('.');
const copies: string[] = [];

function projectWith(files: Record<string, Record<string, unknown>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lwl-sync-'));
  copies.push(dir);
  for (const part of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'regions', 'public', 'content', 'docs']) {
    cpSync(join(root, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [id, data] of Object.entries(files)) {
    writeFileSync(join(dir, 'content/regelingen', `${id}.mdx`), `---\n${stringify({ ...BASE, ...data })}---\nTekst.\n`);
  }
  return dir;
}

const sync = (dir: string) =>
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-11-23', NO_COLOR: '1', FORCE_COLOR: '0' },
  });

/** Astro's log as plain text: no colour codes, no escaped quotes (both vary with the terminal). */
const plain = (result: { stdout: string; stderr: string }) =>
  // eslint-disable-next-line no-control-regex -- strips ANSI colour codes from Astro's log
  (result.stdout + result.stderr).replace(/\u001b\[[0-9;]*m/g, '').replace(/\\"/g, '"');

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// Each case runs `astro sync` on a project copy: seconds, not milliseconds.
describe('regelingen collection (astro sync)', { timeout: 120_000 }, () => {
  it('warns about a stale regeling and a contradiction, and carries on', () => {
    const result = sync(
      projectWith({
        'test-oud': { lastChecked: '2025-01-15' },
        'test-verlopen': { continuous: undefined, windows: [{ opens: '2026-06-01', closes: '2026-09-16' }] },
      }),
    );
    const out = plain(result);
    expect(result.status, out).toBe(0);
    expect(out).toMatch(/content\/regelingen\/test-oud\.mdx: lastChecked 2025-01-15/);
    expect(out).toMatch(/content\/regelingen\/test-verlopen\.mdx: windows: the last one closed on 2026-09-16/);
  }, 120_000);

  it('stops on an insteadOf that names no regeling, naming file and field', () => {
    const result = sync(projectWith({ 'test-gesloten': { continuous: undefined, ended: '2024-01-01', insteadOf: ['bestaat-niet'] } }));
    const out = plain(result);
    expect(result.status).not.toBe(0);
    expect(out).toMatch(/content\/regelingen\/test-gesloten\.mdx → insteadOf\[0\]: "bestaat-niet" is not a regeling/);
  }, 120_000);

  it('stops on a regeling without windows, continuous or ended, or an unknown region, naming file and field', () => {
    const result = sync(projectWith({ 'test-kapot': { continuous: undefined, scope: ['atlantis'] } }));
    const out = plain(result);
    expect(result.status).not.toBe(0);
    expect(out).toMatch(/test-kapot/);
    expect(out).toMatch(/windows: is missing, and so are continuous and ended; add "continuous: true"/);
    expect(out).toMatch(/scope\.0: "atlantis" is not a region slug|scope\[0\]: "atlantis" is not a region slug/);
  }, 120_000);
});
