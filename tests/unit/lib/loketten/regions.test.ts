// The region schema and its cross-file rules, proven with broken copies of a valid fixture set.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ContentErrors } from '../../../../src/lib/errors';
import { loadRegions } from '../../../../src/lib/loketten/regions';

const VALID = join('tests/fixtures/regions/valid');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the valid fixtures with one file changed by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit parsed YAML at any depth
function fixture(file: string, edit: (data: Record<string, any>) => void, extra: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'regions-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  const data = parse(readFileSync(join(dir, file), 'utf8'));
  edit(data);
  writeFileSync(join(dir, file), stringify(data));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), stringify(content));
  return dir;
}

function problems(dir: string): string[] {
  try {
    loadRegions(dir, { requireAll: false });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors);
    return (error as ContentErrors).errors.map((e) => e.message);
  }
  throw new Error('expected the region files to be refused');
}

describe('region files', () => {
  it('accepts the valid fixtures and applies defaults', () => {
    const { national, regions } = loadRegions(VALID, { requireAll: false });
    expect(national.displayName).toBe('Leerwerkloket');
    expect(regions.map((r) => r.slug)).toEqual(['achterhoek', 'twente']);
    const achterhoek = regions[0];
    expect(achterhoek.sample).toBe(false);
    expect(achterhoek.locations[0].walkIn).toEqual([]);
    expect(achterhoek.servedBy).toBe('twente');
  });

  it('the real regions/ folder holds all 35 regions and covers all 342 municipalities', () => {
    const { regions } = loadRegions();
    expect(regions).toHaveLength(35);
    expect(regions.flatMap((r) => r.gemeenten)).toHaveLength(342);
  });

  it('names file and field for a missing field', () => {
    const dir = fixture('twente.yaml', (d) => delete d.displayName);
    expect(problems(dir)).toEqual([
      expect.stringMatching(/^tests?.*twente\.yaml → displayName: is missing; add this field$|twente\.yaml → displayName: is missing/),
    ]);
  });

  it('refuses an unknown municipality and says where to look', () => {
    const dir = fixture('twente.yaml', (d) => d.gemeenten.push('Enschedé-Zuid'));
    expect(problems(dir).join('\n')).toMatch(
      /twente\.yaml → gemeenten\[3\]: "Enschedé-Zuid" is not a current municipality; use the CBS name/,
    );
  });

  it('refuses a municipality of another region', () => {
    const dir = fixture('twente.yaml', (d) => d.gemeenten.push('Arnhem'));
    expect(problems(dir).join('\n')).toMatch(/gemeenten\[3\]: "Arnhem" belongs to Midden-Gelderland \(AM\d+\), not to Twente/);
  });

  it('refuses a duplicate slug', () => {
    const dir = fixture('achterhoek.yaml', (d) => (d.slug = 'twente'));
    const messages = problems(dir).join('\n');
    expect(messages).toMatch(/achterhoek\.yaml → slug: is "twente" but the file is named achterhoek\.yaml/);
    expect(messages).toMatch(
      /twente\.yaml → slug: "twente" is already used by .*achterhoek\.yaml|achterhoek\.yaml → slug: "twente" is already used by/,
    );
  });

  it('refuses a bad colour', () => {
    const dir = fixture('twente.yaml', (d) => (d.brand.accent = 'blue'));
    expect(problems(dir)).toEqual([expect.stringMatching(/twente\.yaml → brand\.accent: is not a colour; write six hex digits/)]);
  });

  it('refuses a brand colour that fails WCAG AA contrast, with the ratio', () => {
    const dir = fixture('twente.yaml', (d) => (d.brand.accent = '#7fb3d5'));
    expect(problems(dir).join('\n')).toMatch(
      /twente\.yaml → brand\.accent: #7fb3d5 has contrast 2\.\d\d:1 for link and heading text on white; WCAG AA needs 4\.5:1/,
    );
  });

  it('refuses a brand colour that is readable on white but not on the grey band', () => {
    const dir = fixture('twente.yaml', (d) => (d.brand.accent = '#c44753'));
    expect(problems(dir).join('\n')).toMatch(/#c44753 has contrast 4\.3\d:1 for link text on the light grey band/);
  });

  it('refuses a bad e-mail address', () => {
    const dir = fixture('twente.yaml', (d) => (d.contact.email = 'twente.leerwerkloket.example'));
    expect(problems(dir)).toEqual([expect.stringMatching(/twente\.yaml → contact\.email: is not an e-mail address/)]);
  });

  it('refuses a bad URL', () => {
    const dir = fixture('twente.yaml', (d) => (d.contact.appointmentUrl = 'www.twente.example/afspraak'));
    expect(problems(dir)).toEqual([expect.stringMatching(/twente\.yaml → contact\.appointmentUrl: is not a web address/)]);
  });

  it('refuses servedBy pointing to an unknown region', () => {
    const dir = fixture('achterhoek.yaml', (d) => (d.servedBy = 'atlantis'));
    expect(problems(dir).join('\n')).toMatch(/achterhoek\.yaml → servedBy: "atlantis" is not a region slug/);
  });

  it('refuses unknown fields (typos) and invalid YAML', () => {
    const dir = fixture('twente.yaml', (d) => (d.emial = 'x@y.example'));
    expect(problems(dir).join('\n')).toMatch(/twente\.yaml → \(file\): has unknown field\(s\) "emial"/);
    writeFileSync(join(dir, 'twente.yaml'), 'slug: twente\n  code: [');
    expect(problems(dir).join('\n')).toMatch(/twente\.yaml → \(file\): is not valid YAML/);
  });

  it('refuses opening hours that end before they start', () => {
    const dir = fixture('twente.yaml', (d) => (d.locations[0].openingHours[0].to = '08:00'));
    expect(problems(dir).join('\n')).toMatch(/locations\[0\]\.openingHours\[0\]: ends before it starts/);
  });

  it('with requireAll, reports missing regions and municipalities', () => {
    expect(() => loadRegions(VALID)).toThrow(/regions\/groningen\.yaml → \(file\): is missing; every arbeidsmarktregio \(AM01 Groningen\)/);
    expect(() => loadRegions(VALID)).toThrow(/twente\.yaml → gemeenten: misses "Borne"/);
  });
});
