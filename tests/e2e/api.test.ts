// The open data as built: every file under /api/v1/ validates against the JSON Schema that the
// build published next to it (read from the output, not regenerated), and the catalogue pages
// add up to the offers the index announces.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = join(inject('pathOut'), 'api', 'v1');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

/** Production URL of a file → its place in the path-mode output. */
const local = (url: string) => join(inject('pathOut'), new URL(url).pathname);

describe('open data under /api/v1/', () => {
  const schemaFiles = walk(join(root, 'schemas'));
  const dataFiles = walk(root).filter((f) => !f.startsWith(join(root, 'schemas')));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  for (const file of schemaFiles) ajv.addSchema(read(file));

  it('publishes a schema for each file type and the three data files', () => {
    expect(schemaFiles.map((f) => relative(root, f)).sort()).toEqual(
      ['loketten', 'opleidingen-index', 'opleidingen-page', 'opleidingen-regio', 'regelingen'].map((n) => `schemas/${n}.json`),
    );
    for (const file of ['loketten.json', 'regelingen.json', 'opleidingen/index.json']) expect(dataFiles).toContain(join(root, file));
  });

  it('every file validates against the published schema its $schema names', () => {
    const problems: string[] = [];
    for (const file of dataFiles) {
      const data = read(file);
      const validate = ajv.getSchema(data.$schema);
      if (!validate) problems.push(`${relative(root, file)}: no published schema ${data.$schema}`);
      else if (!validate(data)) problems.push(`${relative(root, file)}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(problems).toEqual([]);
    expect(dataFiles.length).toBeGreaterThanOrEqual(3 + 36 * 2); // three files, and per region (35) and online an index and a page
  });

  it('the catalogue index leads to every page, and the pages hold exactly the announced offers', () => {
    const index = read(join(root, 'opleidingen', 'index.json'));
    let total = 0;
    for (const catalogue of index.catalogues) {
      const regio = read(local(catalogue.url));
      expect(regio.pages).toHaveLength(catalogue.pages);
      const offers = regio.pages.flatMap((p: { url: string }) => read(local(p.url)).offers);
      expect(offers.length, catalogue.id).toBe(catalogue.offers);
      total += offers.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it("loketten.json answers the loket finder's question: Lingewaard → Midden-Gelderland", () => {
    const { gemeenten, loketten } = read(join(root, 'loketten.json'));
    const lingewaard = gemeenten.find((g: { name: string }) => g.name === 'Lingewaard');
    expect(loketten.find((l: { id: string }) => l.id === lingewaard.loket).name).toBe('Leerwerkloket Midden-Gelderland');
  });
});
