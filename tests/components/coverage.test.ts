// Every shared component has examples: a component added without them fails here (and on
// /huisstijl/, see tests/e2e/house-style.test.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/components/examples';
import { NOT_IN_CONTAINER } from './render';

const COMPONENTS = join(__dirname, '../../src/components');
/** Decap CMS's admin shell: not a public component, nothing to show. */
const WITHOUT_EXAMPLES = ['cms'];

describe('component examples', () => {
  const folders = readdirSync(COMPONENTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !WITHOUT_EXAMPLES.includes(d.name))
    .map((d) => d.name)
    .sort();

  it('every domain folder in src/components has an examples.ts in DOMAINS', () => {
    expect(DOMAINS.map((d) => d.id).sort()).toEqual(folders);
  });

  it.each(folders)('every component in %s/ has examples, named after its file', (folder) => {
    const files = readdirSync(join(COMPONENTS, folder))
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace(/\.astro$/, ''))
      .sort();
    const domain = DOMAINS.find((d) => d.id === folder)!;
    expect(domain.components.map((c) => c.name).sort()).toEqual(files);
    for (const c of domain.components) {
      expect(c.examples.length, c.name).toBeGreaterThan(0);
      expect(new Set(c.examples.map((e) => e.name)).size, `${c.name}: example names must be unique`).toBe(c.examples.length);
      expect(c.description.length, c.name).toBeGreaterThan(20);
    }
  });

  it('the components left out of the container tests still exist (and say why)', () => {
    for (const [key, reason] of Object.entries(NOT_IN_CONTAINER)) {
      const [folder, name] = key.split('/');
      expect(
        DOMAINS.find((d) => d.id === folder)?.components.map((c) => c.name),
        key,
      ).toContain(name);
      expect(reason.length).toBeGreaterThan(10);
    }
  });
});
