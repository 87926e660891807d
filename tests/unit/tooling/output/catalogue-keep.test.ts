import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CATALOGUE_ROUTES,
  KEPT_ROUTES,
  NOT_READ_BY_CATALOGUE,
  catalogueInputsKey,
  catalogueRecord,
  decideKeepCatalogue,
  hostPlace,
  searchFolders,
  moveCatalogue,
  restoreAstroCache,
  setAsideAstroCache,
} from '../../../../src/tooling/output/catalogue-keep';

let root: string;

function put(path: string, text = 'x') {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lwl-catalogue-keep-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the catalogue inputs key', () => {
  const env = () => ({ CONTENT_DIR: join(root, 'content'), BUILD_DATE: '2026-12-02' });
  beforeEach(() => {
    put('content/nieuws/twente/item.mdx', 'Nieuws');
    put('content/agenda/twente/event.mdx', 'Agenda');
    put('content/regio/twente/pagina.mdx', 'Regio');
    put('content/pages/jongeren.mdx', 'Pagina');
    put('content/regelingen/stap.mdx', 'Regeling');
    put('content/opleidingen/roc/directory.xml', '<feed/>');
    put('regions/twente.yaml', 'accent: "#8d0e05"');
  });

  it('changes with the feeds, regelingen, region files and the build date', () => {
    const before = catalogueInputsKey(root, env());
    expect(catalogueInputsKey(root, env())).toBe(before);
    expect(catalogueInputsKey(root, { ...env(), BUILD_DATE: '2026-12-03' })).not.toBe(before);
    for (const file of ['content/regelingen/stap.mdx', 'content/opleidingen/roc/directory.xml', 'regions/twente.yaml']) {
      const text = readFileSync(join(root, file), 'utf8');
      put(file, text + ' ');
      expect(catalogueInputsKey(root, env()), file).not.toBe(before);
      put(file, text);
    }
    put('content/opleidingen/roc/new.xml', '<feed/>');
    expect(catalogueInputsKey(root, env())).not.toBe(before);
  });

  it('stays the same when news, events, region pages or national pages change', () => {
    const before = catalogueInputsKey(root, env());
    put('content/nieuws/twente/item.mdx', 'Ander nieuws');
    put('content/nieuws/twente/new.mdx', 'Meer nieuws');
    put('content/agenda/twente/event.mdx', 'Andere datum');
    put('content/regio/twente/pagina.mdx', 'Andere tekst');
    put('content/pages/jongeren.mdx', 'Andere pagina');
    expect(catalogueInputsKey(root, env())).toBe(before);
  });

  it('reads feeds kept outside content/ (EDUDEX_DIR)', () => {
    put('feeds/roc/directory.xml', '<feed/>');
    const before = catalogueInputsKey(root, { ...env(), EDUDEX_DIR: join(root, 'feeds') });
    put('feeds/roc/directory.xml', '<feed></feed>');
    expect(catalogueInputsKey(root, { ...env(), EDUDEX_DIR: join(root, 'feeds') })).not.toBe(before);
  });
});

describe('no kept route reads the collections the key leaves out', () => {
  // Follows the relative imports of the catalogue routes and collects the collections they read.
  function closure(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const base = resolve(dirname(file), spec!);
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
      if (found && /\.(ts|astro)$/.test(found)) closure(found, seen);
    }
    return seen;
  }
  const files = [...new Set(KEPT_ROUTES.flatMap((route) => [...closure(resolve(route))]))];
  const sources = files.map((f) => readFileSync(f, 'utf8'));

  it('knows every kept route', () => {
    for (const route of KEPT_ROUTES) expect(existsSync(resolve(route)), route).toBe(true);
  });

  it('follows the imports (it finds the collections the catalogue does read)', () => {
    const read = new Set(sources.flatMap((s) => [...s.matchAll(/get(?:Collection|Entry)\(\s*['"](\w+)['"]/g)].map((m) => m[1])));
    expect(files.length).toBeGreaterThan(20);
    expect(read).toContain('opleidingen');
    expect(read).toContain('regelingen');
    for (const name of NOT_READ_BY_CATALOGUE) expect(read, name).not.toContain(name);
  });

  it('names every collection it reads (no collection chosen at run time)', () => {
    const dynamic = files.filter((f, i) => /get(?:Collection|Entry)\(\s*[^'"\s)]/.test(sources[i]!));
    expect(dynamic).toEqual([]);
  });
});

describe('keeping the catalogue folders', () => {
  const sites = [
    { id: 'landelijk', host: 'leerwerkloket.nl', isNational: true },
    { id: 'twente', host: 'twente.leerwerkloket.nl', isNational: false },
  ];
  let cacheDir: string;
  let outDir: string;

  function manifest(routes: Record<string, string[]>) {
    const data = {
      routes: Object.fromEntries(
        Object.entries(routes).map(([route, files]) => [
          route,
          { paths: Object.fromEntries(files.map((f) => [`/${f}`, { outputFile: f }])) },
        ]),
      ),
    };
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, 'incremental-build.json'), JSON.stringify(data));
  }

  beforeEach(() => {
    cacheDir = join(root, 'cache');
    outDir = join(root, 'dist');
    manifest({
      [CATALOGUE_ROUTES[0]!]: ['opleidingen/lassen/index.html', 'twente/opleidingen/lassen/index.html'],
      [CATALOGUE_ROUTES[2]!]: ['api/v1/opleidingen/twente/1.json'],
    });
    put('dist/opleidingen/lassen/index.html', 'landelijk');
    put('dist/twente/opleidingen/lassen/index.html', 'twente');
    put('dist/api/v1/opleidingen/twente/1.json', '{}');
    put('dist/regelingen/index.html', 'overzicht');
    put('dist/regelingen/stap/index.html', 'stap');
    put('dist/twente/regelingen/stap/index.html', 'stap twente');
  });

  const decide = (overrides: Partial<Parameters<typeof decideKeepCatalogue>[0]> = {}) =>
    decideKeepCatalogue({
      reuse: true,
      key: 'k',
      previous: catalogueRecord('k', outDir),
      cacheDir,
      outDir,
      mode: 'path',
      sites,
      ...overrides,
    });

  it('keeps them when the inputs, the output folder and Astro’s record are those of the last build', () => {
    const decision = decide();
    expect(decision.keep).toBe(true);
    expect(decision.folders).toEqual([
      { from: 'api/v1/opleidingen', to: 'api/v1/opleidingen' },
      { from: 'opleidingen', to: 'opleidingen' },
      { from: 'twente/opleidingen', to: 'twente/opleidingen' },
      // Each regeling page's folder, not the overview beside them (rendered each time).
      { from: 'regelingen/stap', to: 'regelingen/stap' },
      { from: 'twente/regelingen/stap', to: 'twente/regelingen/stap' },
    ]);
  });

  it('renders them otherwise, and says why', () => {
    expect(decide({ reuse: false })).toMatchObject({ keep: false, reason: 'a clean build renders it' });
    expect(decide({ previous: undefined }).keep).toBe(false);
    expect(decide({ key: 'other' }).reason).toBe('feeds, regelingen, region files or the build date changed');
    expect(decide({ previous: catalogueRecord('k', outDir), outDir: join(root, 'elsewhere') }).keep).toBe(false);
    // The same path, but a folder made since (another build wrote there).
    const previous = catalogueRecord('k', outDir);
    rmSync(outDir, { recursive: true });
    put('dist/opleidingen/lassen/index.html');
    expect(decide({ previous }).reason).toMatch(/is not the last build's output/);
  });

  it('renders them when Astro reuses pages the folders do not hold', () => {
    manifest({ 'src/pages/[...site]/nieuws/[slug].astro': ['nieuws/a/index.html'] });
    expect(decide().reason).toMatch(/is not a catalogue route/);
    manifest({ [CATALOGUE_ROUTES[0]!]: ['elders/index.html'] });
    expect(decide().reason).toMatch(/outside the catalogue folders/);
    manifest({
      [CATALOGUE_ROUTES[0]!]: ['twente/opleidingen/lassen/index.html', 'groningen/opleidingen/x/index.html'],
      [CATALOGUE_ROUTES[2]!]: ['api/v1/opleidingen/twente/1.json'],
    });
    expect(decide().reason).toMatch(/groningen\/opleidingen is missing from the last output/);
    // The catalogue's open-data index files are kept with its pages, so those pages must be there.
    manifest({ [CATALOGUE_ROUTES[0]!]: ['opleidingen/lassen/index.html'] });
    expect(decide().reason).toBe('the last build had no api/v1/opleidingen pages');
  });

  it('finds them in an output laid out per host', () => {
    expect(hostPlace('opleidingen', sites)).toBe('leerwerkloket.nl/opleidingen');
    expect(hostPlace('api/v1/opleidingen', sites)).toBe('leerwerkloket.nl/api/v1/opleidingen');
    expect(hostPlace('twente/opleidingen', sites)).toBe('twente.leerwerkloket.nl/opleidingen');
    // The search folders, set aside in keep builds, are found the same way.
    expect(searchFolders('host', sites)).toContainEqual({ from: 'twente.leerwerkloket.nl/pagefind', to: 'twente/pagefind' });
    expect(searchFolders('host', sites)).toContainEqual({ from: 'leerwerkloket.nl/pagefind', to: 'pagefind' });
    expect(searchFolders('path', sites)).toContainEqual({ from: 'twente/pagefind', to: 'twente/pagefind' });
    rmSync(outDir, { recursive: true });
    put('dist/leerwerkloket.nl/opleidingen/lassen/index.html');
    put('dist/leerwerkloket.nl/api/v1/opleidingen/twente/1.json');
    put('dist/twente.leerwerkloket.nl/opleidingen/lassen/index.html');
    put('dist/twente.leerwerkloket.nl/regelingen/stap/index.html');
    const decision = decide({ mode: 'host', previous: catalogueRecord('k', outDir) });
    expect(decision.keep).toBe(true);
    expect(decision.folders).toContainEqual({ from: 'twente.leerwerkloket.nl/opleidingen', to: 'twente/opleidingen' });
    expect(decision.folders).toContainEqual({ from: 'twente.leerwerkloket.nl/regelingen/stap', to: 'twente/regelingen/stap' });
  });

  it('moves the folders into the new output', () => {
    const next = join(root, 'next');
    moveCatalogue(outDir, next, decide().folders);
    expect(readFileSync(join(next, 'twente/opleidingen/lassen/index.html'), 'utf8')).toBe('twente');
    expect(existsSync(join(outDir, 'twente/opleidingen'))).toBe(false);
    expect(readFileSync(join(next, 'twente/regelingen/stap/index.html'), 'utf8')).toBe('stap twente');
    expect(existsSync(join(next, 'regelingen/index.html'))).toBe(false);
  });

  it('puts Astro’s record back as it was after Astro ran without the catalogue', () => {
    put('cache/dist/opleidingen/lassen/index.html', 'copy');
    const before = readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8');
    setAsideAstroCache(cacheDir);
    expect(existsSync(join(cacheDir, 'incremental-build.json'))).toBe(false);
    // What Astro writes without the catalogue routes: a manifest without them.
    writeFileSync(join(cacheDir, 'incremental-build.json'), '{"routes":{}}');
    restoreAstroCache(cacheDir);
    expect(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(cacheDir, 'dist/opleidingen/lassen/index.html'), 'utf8')).toBe('copy');
  });
});
