import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { zodErrors } from '../../../../src/lib/errors';
import { readRegelingen } from '../../../../src/lib/regelingen/files';
import { checkedRegelingSchema } from '../../../../src/lib/regelingen/schema';
import { BASE, writeRegelingen } from '../../helpers/regelingen';

const regelingSchema = checkedRegelingSchema();

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
    expect(all.length).toBeGreaterThanOrEqual(28);
    expect(all.find((e) => e.id === 'stap-budget')?.data.ended).toBe('2024-01-01');
  });

  it('refuses a regeling with neither continuous nor windows nor ended, naming field and fix', () => {
    expect(problems({ continuous: undefined })).toEqual([
      'x.mdx → windows: is missing, and so are continuous and ended; add "continuous: true" if people can apply at any time, "windows:" with the application periods (opens, closes), or "ended:" with the day it stopped',
    ]);
    expect(problems({ continuous: undefined, ended: true })).toEqual([]);
    expect(problems({ continuous: undefined, windows: [] })).toEqual([]);
  });

  it('a status may not be written in the file: it follows from the dates', () => {
    expect(problems({ status: 'open' })).toEqual(['x.mdx → (file): has unknown field(s) "status"; remove them or check the spelling']);
  });

  it('windows: each closes on or after it opens, oldest first without overlap, none after ended; not with continuous', () => {
    const w = (opens: string, closes: string) => ({ opens, closes });
    expect(problems({ continuous: undefined, windows: [w('2026-06-02', '2026-06-01')] })).toEqual([
      'x.mdx → windows[0].closes: is before opens; a window cannot close before it opens',
    ]);
    expect(problems({ continuous: undefined, windows: [w('2026-06-02', '2026-09-17'), w('2026-09-17', '2026-10-01')] })).toEqual([
      'x.mdx → windows[1].opens: is not after the window before it (closes 2026-09-17); list windows oldest first, without overlap',
    ]);
    expect(problems({ continuous: undefined, windows: [w('2023-11-15', '2024-02-01')], ended: '2024-01-01' })).toEqual([
      'x.mdx → windows[0].closes: is after ended (2024-01-01); a window cannot close after the regeling stopped',
    ]);
    expect(problems({ windows: [w('2026-06-02', '2026-09-17')] })).toEqual([
      'x.mdx → continuous: is set together with windows; keep one: continuous for "apply at any time", windows for application periods',
    ]);
    expect(problems({ continuous: false })).toEqual(['x.mdx → continuous: can only be true; leave it out for a regeling with windows']);
    expect(problems({ ended: '1-1-2024' })).toEqual(['x.mdx → ended: is not a date; write it as YYYY-MM-DD']);
  });

  it('sources: a page with a path, one or several; a bare domain is refused', () => {
    expect(problems({ source: 'https://www.uwv.nl/' })).toEqual([
      'x.mdx → source[0]: "https://www.uwv.nl/" is a homepage; link to the page that states the rules, like "https://www.rvo.nl/subsidies-financiering/praktijkleren"',
    ]);
    expect(problems({ source: ['https://duo.nl/particulier/studiefinanciering/basisbeurs.jsp', 'https://duo.nl'] })).toEqual([
      'x.mdx → source[1]: "https://duo.nl" is a homepage; link to the page that states the rules, like "https://www.rvo.nl/subsidies-financiering/praktijkleren"',
    ]);
    expect(problems({ source: 'https://ondernemersklankbord.nl/?p=3954' })).toEqual([]);
    expect(regelingSchema.parse({ ...BASE }).source).toEqual(['https://fonds.example/regeling']);
    expect(problems({ source: [] })).toEqual(['x.mdx → source: is empty; give the page that states the rules']);
  });

  it('no regeling in content/ cites a homepage', () => {
    for (const e of readRegelingen())
      for (const url of e.data.source)
        expect(new URL(url).pathname.length + new URL(url).search.length, `${e.id}: ${url}`).toBeGreaterThan(1);
  });

  it('summaryEn is checked like the Dutch summary: present, plain text, 20–200 characters', () => {
    expect(problems({ summaryEn: undefined })).toHaveLength(1);
    expect(problems({ summaryEn: 'Too short.' })[0]).toMatch(/^x\.mdx → summaryEn: is too short/);
    expect(problems({ summaryEn: 'x'.repeat(201) })[0]).toMatch(/^x\.mdx → summaryEn: is longer than 200 characters/);
    expect(problems({ summaryEn: 'Click <a href="https://x.example/">here</a> for money.' })).toEqual([
      'x.mdx → summaryEn: is plain text; leave out < and > (HTML)',
    ]);
    expect(problems({ summaryEn: 'Employers with 4 < 5 staff get money for training.' })).toEqual([]);
  });

  it('scope: "landelijk" or known region slugs only', () => {
    expect(problems({ scope: ['twente', 'atlantis'] })).toEqual([
      'x.mdx → scope[1]: "atlantis" is not a region slug; use a file name from regions/ without .yaml, like "twente"',
    ]);
    expect(problems({ scope: 'twente' })).toEqual(['x.mdx → scope: must be "landelijk" or a list of region slugs, like [twente]']);
    expect(problems({ scope: ['twente', 'rijnmond'] })).toEqual([]);
  });

  it('unknown fields and bad dates are refused', () => {
    expect(problems({ deadline: '2026-01-01' })).toEqual([
      'x.mdx → (file): has unknown field(s) "deadline"; remove them or check the spelling',
    ]);
    expect(problems({ lastChecked: '20-11-2026' })).toEqual(['x.mdx → lastChecked: is not a date; write it as YYYY-MM-DD']);
  });

  it('eligibility values and EDU-DEX codes are checked', () => {
    expect(problems({ eligibility: { roles: ['baas'] } })).toEqual([
      'x.mdx → eligibility.roles[0]: "baas" is not a role; use one of: werkzoekende, werkende, werkgever, zzp, jongere',
    ]);
    expect(problems({ eligibility: { minAge: 30, maxAge: 18 } })).toEqual([
      'x.mdx → eligibility.minAge: has minAge above maxAge; swap them',
    ]);
    expect(problems({ funds: { forms: ['bbl'] } })[0]).toMatch(
      /^x\.mdx → funds\[0\]\.forms\[0\]: "bbl" is not an EDU-DEX programForm code; use one of: full-time/,
    );
  });

  it('funds: one rule or a list, always a list after parsing', () => {
    const one = regelingSchema.parse({ ...BASE, funds: { levels: ['mbo niveau 2'], forms: ['dual'] } });
    expect(one.funds).toEqual([{ levels: ['mbo niveau 2'], forms: ['dual'], recognisedOnly: false }]);
    const two = regelingSchema.parse({
      ...BASE,
      funds: [{ levels: ['hbo'] }, { levels: ['mbo'], forms: ['full-time'], recognisedOnly: true }],
    });
    expect(two.funds).toHaveLength(2);
  });

  it('YAML dates become ISO strings', () => {
    expect(regelingSchema.parse({ ...BASE, lastChecked: new Date('2026-11-20T00:00:00Z') }).lastChecked).toBe('2026-11-20');
  });

  it('reading files: an unknown insteadOf and schema errors are all reported with their file', () => {
    const dir = writeRegelingen({
      stap: { continuous: null, ended: '2024-01-01', insteadOf: ['slim', 'bestaat-niet'] },
      slim: {},
      kapot: { continuous: null, scope: ['atlantis'] },
    });
    const message = readError(dir);
    expect(message).toMatch(/stap\.mdx → insteadOf\[1\]: "bestaat-niet" is not a regeling/);
    expect(message).toMatch(/kapot\.mdx → windows: is missing, and so are continuous and ended/);
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

  it('lists a regeling whose last window passed with no next one (exit 0), and not while it is open', () => {
    const dir = writeRegelingen({
      verlopen: { continuous: null, windows: [{ opens: '2026-06-01', closes: '2026-09-16' }], lastChecked: '2026-08-01' },
    });
    const result = run(dir, '2026-11-23');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/verlopen\.mdx: windows: the last one closed on 2026-09-16; add the next window/);
    expect(run(dir, '2026-09-01').stdout).not.toMatch(/verlopen\.mdx/);
  });

  it('exits 1 and names the file when lastChecked is in the future', () => {
    const result = run(writeRegelingen({ vooruit: { lastChecked: '2027-01-01' } }), '2026-11-23');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/vooruit\.mdx: lastChecked \(2027-01-01\) is in the future/);
  });

  it('exits 1 with the problems when a file is invalid', () => {
    const result = run(writeRegelingen({ kapot: { insteadOf: ['weg'] } }), '2026-11-23');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/kapot\.mdx → insteadOf\[0\]: "weg" is not a regeling/);
  });
});
