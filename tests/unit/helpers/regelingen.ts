// Small regeling files and entries for tests: a valid base that each test changes a little.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { RegelingData } from '../../../src/schemas/regeling';
import type { RegelingEntry } from '../../../src/lib/regelingen/regelingen';

export const BASE: Record<string, unknown> = {
  title: 'Voorbeeldregeling voor tests',
  shortName: 'Voorbeeld',
  summary: 'Een regeling die alleen in de tests bestaat.',
  summaryEn: 'A scheme that exists only in the tests.',
  organiser: 'Voorbeeldfonds',
  kind: 'subsidie',
  audiences: ['werkgever'],
  pays: 'Een deel van de kosten.',
  conditions: ['Je bent werkgever.'],
  apply: 'Via de website van het fonds.',
  scope: 'landelijk',
  continuous: true,
  source: 'https://fonds.example/regeling',
  lastChecked: '2026-11-01',
};

/** A parsed entry (no schema run): for the pure functions. */
export function entry(id: string, data: Partial<RegelingData> = {}): RegelingEntry {
  return { id, data: { ...(BASE as RegelingData), source: [BASE.source as string], insteadOf: [], ...data } };
}

/** Writes regeling files (frontmatter from BASE plus overrides; null removes a field) to a new temp dir. */
export function writeRegelingen(files: Record<string, Record<string, unknown>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'regelingen-'));
  for (const [id, overrides] of Object.entries(files)) {
    const data = Object.fromEntries(Object.entries({ ...BASE, ...overrides }).filter(([, v]) => v !== null));
    writeFileSync(join(dir, `${id}.mdx`), `---\n${stringify(data)}---\n## Wat is het?\n\nTekst.\n`);
  }
  return dir;
}
