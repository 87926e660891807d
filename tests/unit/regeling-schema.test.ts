import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { regelingSchema } from '../../src/schemas/regeling';
import { zodErrors } from '../../src/lib/errors';
import { readRegelingen } from '../../src/lib/regelingen/files';
import { BASE, writeRegelingen } from './helpers/regelingen';

const problems = (data: Record<string, unknown>) => {
  const result = regelingSchema.safeParse({ ...BASE, ...data });
  return result.success ? [] : zodErrors('x.mdx', result.error).map((e) => e.message);
};
const readError = (dir: string) => {
  try {
    readRegelingen(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected readRegelingen to throw');
};

describe('regeling schema', () => {
  it('all regelingen in content/ are valid and cross-referenced', () => {
    const all = readRegelingen();
    expect(all.length).toBeGreaterThanOrEqual(27);
    expect(all.find((e) => e.id === 'stap-budget')?.data.status).toBe('gesloten');
  });

  it('a bad status names the field and the allowed values', () => {
    expect(problems({ status: 'dicht' })).toEqual(['x.mdx → status: "dicht" is not a status; use one of: open, gesloten, verwacht']);
    expect(problems({ status: undefined })).toEqual(['x.mdx → status: is missing; use one of: open, gesloten, verwacht']);
  });

  it('summaryEn is checked like the Dutch summary: present, plain text, 20–200 characters', () => {
    expect(problems({ summaryEn: undefined })).toHaveLength(1);
    expect(problems({ summaryEn: 'Too short.' })[0]).toMatch(/^x\.mdx → summaryEn: is too short/);
    expect(problems({ summaryEn: 'x'.repeat(201) })[0]).toMatch(/^x\.mdx → summaryEn: is longer than 200 characters/);
    expect(problems({ summaryEn: 'Click <a href="https://x.example/">here</a> for money.' })).toEqual(['x.mdx → summaryEn: is plain text; leave out < and > (HTML)']);
    expect(problems({ summaryEn: 'Employers with 4 < 5 staff get money for training.' })).toEqual([]);
  });

  it('scope: "landelijk" or known region slugs only', () => {
    expect(problems({ scope: ['twente', 'atlantis'] })).toEqual([
      'x.mdx → scope[1]: "atlantis" is not a region slug; use a file name from regions/ without .yaml, like "twente"',
    ]);
    expect(problems({ scope: 'twente' })).toEqual(['x.mdx → scope: must be "landelijk" or a list of region slugs, like [twente]']);
    expect(problems({ scope: ['twente', 'rijnmond'] })).toEqual([]);
  });

  it('closes before opens, unknown fields and bad dates are refused', () => {
    expect(problems({ opens: '2026-05-01', closes: '2026-04-01' })).toEqual(['x.mdx → closes: is before opens; a round cannot close before it opens']);
    expect(problems({ deadline: '2026-01-01' })).toEqual(['x.mdx → (file): has unknown field(s) "deadline"; remove them or check the spelling']);
    expect(problems({ lastChecked: '20-11-2026' })).toEqual(['x.mdx → lastChecked: is not a date; write it as YYYY-MM-DD']);
  });

  it('eligibility values and EDU-DEX codes are checked', () => {
    expect(problems({ eligibility: { roles: ['baas'] } })).toEqual([
      'x.mdx → eligibility.roles[0]: "baas" is not a role; use one of: werkzoekende, werkende, werkgever, zzp, jongere',
    ]);
    expect(problems({ eligibility: { minAge: 30, maxAge: 18 } })).toEqual(['x.mdx → eligibility.minAge: has minAge above maxAge; swap them']);
    expect(problems({ funds: { forms: ['bbl'] } })[0]).toMatch(/^x\.mdx → funds\[0\]\.forms\[0\]: "bbl" is not an EDU-DEX programForm code; use one of: full-time/);
  });

  it('funds: one rule or a list, always a list after parsing', () => {
    const one = regelingSchema.parse({ ...BASE, funds: { levels: ['mbo niveau 2'], forms: ['dual'] } });
    expect(one.funds).toEqual([{ levels: ['mbo niveau 2'], forms: ['dual'], recognisedOnly: false }]);
    const two = regelingSchema.parse({ ...BASE, funds: [{ levels: ['hbo'] }, { levels: ['mbo'], forms: ['full-time'], recognisedOnly: true }] });
    expect(two.funds).toHaveLength(2);
  });

  it('YAML dates become ISO strings', () => {
    expect(regelingSchema.parse({ ...BASE, lastChecked: new Date('2026-11-20T00:00:00Z') }).lastChecked).toBe('2026-11-20');
  });

  it('reading files: an unknown insteadOf and schema errors are all reported with their file', () => {
    const dir = writeRegelingen({
      stap: { status: 'gesloten', insteadOf: ['slim', 'bestaat-niet'] },
      slim: {},
      kapot: { status: 'dicht', scope: ['atlantis'] },
    });
    const message = readError(dir);
    expect(message).toMatch(/stap\.mdx → insteadOf\[1\]: "bestaat-niet" is not a regeling/);
    expect(message).toMatch(/kapot\.mdx → status: "dicht" is not a status/);
    expect(message).toMatch(/kapot\.mdx → scope\[0\]: "atlantis" is not a region slug/);
    expect(message).toMatch(/^3 problem\(s\)/);
  });
});

// Each run starts tsx (a few seconds under load), so these tests get more time.
describe('npm run check:regelingen', { timeout: 60_000 }, () => {
  const run = (dir: string, today: string) =>
    spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-regelingen.ts', dir], {
      encoding: 'utf8',
      env: { ...process.env, BUILD_DATE: today },
    });

  it('lists stale regelingen and exits 0 when nothing contradicts', () => {
    const dir = writeRegelingen({ oud: { lastChecked: '2025-12-01' }, vers: {} });
    const result = run(dir, '2026-11-23');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 regeling(en) not checked since 2026-05-23');
    expect(result.stdout).toMatch(/oud\.mdx: lastChecked 2025-12-01/);
    expect(result.stdout).not.toMatch(/vers\.mdx/);
  });

  it('exits 1 and names the file when a status contradicts its dates', () => {
    const dir = writeRegelingen({ verlopen: { status: 'open', opens: '2026-06-01', closes: '2026-09-16', lastChecked: '2026-08-01' } });
    const result = run(dir, '2026-11-23');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/verlopen\.mdx: status is "open" but closes \(2026-09-16\) has passed/);
    expect(run(dir, '2026-09-01').status).toBe(0);
  });

  it('exits 1 with the problems when a file is invalid', () => {
    const result = run(writeRegelingen({ kapot: { insteadOf: ['weg'] } }), '2026-11-23');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/kapot\.mdx → insteadOf\[0\]: "weg" is not a regeling/);
  });
});
