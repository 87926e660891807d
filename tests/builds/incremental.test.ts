// An incremental build must give the same output as a clean build of the same inputs, byte for
// byte (#15). Two copies of the project are changed alike, one thing at a time. After each change,
// the build that reuses the previous build's cache (in one copy) is compared with a clean build of
// the same files (in the other). The changes follow one another, so every incremental build starts
// from an incremental build. Each build has its own copy: Astro writes the project's .astro/ on
// every build, and two builds sharing it break each other.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/tooling/output/files';
import { copyProject } from '../helpers/project-copy';

const DATE = '2026-12-02';

let work: string;
/** The copy of the project that builds incrementally, and the one that builds clean. */
let incrementalRoot: string;
let cleanRoot: string;
/** A path in the incremental copy. */
const inc = (...parts: string[]) => join(incrementalRoot, ...parts);

interface Built {
  log: string;
  reused: number;
  clean: boolean;
}

function build(root: string, outDir: string, cacheDir: string, env: Record<string, string>, args: string[] = []): Promise<Built> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', ...args], {
      cwd: root,
      env: { ...process.env, SITES: 'twente', SITE_MODE: 'path', BUILD_DATE: DATE, ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir },
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`Build failed:\n${log}`));
      done({ log, reused: Number(log.match(/of which (\d+) unchanged catalogue page/)?.[1] ?? 0), clean: /^Clean build:/m.test(log) });
    });
  });
}

/** Every file under `dir`, relative, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return new Map(files.map((d) => [join(d.parentPath, d.name).slice(dir.length + 1), readFileSync(join(d.parentPath, d.name))]));
}

/** Files that differ between two trees: missing on one side, or with other bytes. */
function differences(a: string, b: string): string[] {
  const left = tree(a);
  const right = tree(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((n) => !left.has(n) || !right.has(n) || !left.get(n)!.equals(right.get(n)!)).sort();
}

/** Makes the same change in both copies. */
function edit(file: string, change: (text: string) => string) {
  for (const root of [incrementalRoot, cleanRoot]) {
    const path = join(root, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`The change to ${file} changed nothing: the fixture moved`);
    writeFileSync(path, after);
  }
}

/** Each file's modification time (ns): a file moved along keeps it, a file written again does not. */
const writeTimes = (files: string[]) => files.map((f) => statSync(inc(INCREMENTAL, f), { bigint: true }).mtimeNs);

const KEPT = /Catalogue: kept from the last build, \d+ folders moved as they are/;
const FIRST = 'dist-first';
const INCREMENTAL = 'dist-incremental';
const CLEAN = 'dist-clean';

const CACHE = 'dist-cache';

/** Builds incrementally and clean, side by side, and returns what differs and what was reused. */
async function compare(env: Record<string, string> = {}) {
  // Both builds end before the test does, even when one fails: a build left running would hold
  // its folders against the next test's build.
  const [incremental, clean] = await Promise.allSettled([
    build(incrementalRoot, inc(INCREMENTAL), inc(CACHE), env),
    build(cleanRoot, join(cleanRoot, CLEAN), join(cleanRoot, CACHE), env, ['--clean']),
  ]);
  if (incremental.status === 'rejected') throw incremental.reason;
  if (clean.status === 'rejected') throw clean.reason;
  return { incremental: incremental.value, differ: differences(inc(INCREMENTAL), join(cleanRoot, CLEAN)) };
}

describe('an incremental build equals a clean build', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'lwl-incremental-'));
    incrementalRoot = join(work, 'incremental');
    cleanRoot = join(work, 'clean');
    for (const root of [incrementalRoot, cleanRoot]) copyProject(root);
    // The first build is clean and fills the cache the first change reuses.
    const first = await build(incrementalRoot, inc(FIRST), inc(CACHE), {});
    expect(first.clean).toBe(true);
    expect(first.log).toContain('Clean build: no earlier build in the cache');
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('rebuilds nothing when nothing changed', async () => {
    // The first build was a clean build of these very files: it is the reference.
    const again = await build(incrementalRoot, inc(INCREMENTAL), inc(CACHE), {});
    expect(differences(inc(INCREMENTAL), inc(FIRST))).toEqual([]);
    expect(again.clean).toBe(false);
    expect(htmlFiles(inc(INCREMENTAL)).length).toBeGreaterThan(300);
    // The page count comes from the listing the post-steps share; it is the output's.
    expect(Number(again.log.match(/^Done: \d+ sites, (\d+) HTML pages/m)?.[1])).toBe(
      htmlFiles(inc(INCREMENTAL), { skipAnywhere: new Set(['pagefind']) }).length,
    );
    expect(again.reused).toBeGreaterThan(250);
    expect(again.log).toMatch(/Search: 5 bundles \(5 unchanged, reused\)/);
    // Reused pages are the cache's files, linked rather than copied, and not read again afterwards.
    const reusedPage = htmlFiles(inc(INCREMENTAL)).find((f) => f.includes(`${sep}opleidingen${sep}`) && statSync(f).nlink > 1);
    expect(reusedPage).toBeDefined();
    const known = Number(again.log.match(/Pages read for sitemaps and search: \d+ \((\d+) known from the last build\)/)?.[1]);
    expect(known).toBeGreaterThan(200);
  });

  it('a news item changed', async () => {
    edit('content/nieuws/twente/2026-11-16-hulp-bij-taal-op-het-werk.mdx', (t) =>
      t.replace('Je kunt het leren, op elke leeftijd.', 'Je kunt het leren, op elke leeftijd. Ook bij ons op het loket.'),
    );
    // Pages that read only the catalogue's inputs, besides its keyed pages: kept, not rendered.
    const kept = [
      'regelingen/stap-budget/index.html',
      'twente/regelingen/twents-fonds-voor-vakmanschap/index.html',
      'api/v1/opleidingen/index.json',
      'api/v1/opleidingen/twente/index.json',
    ];
    const news = 'twente/nieuws/2026-11-16-hulp-bij-taal-op-het-werk/index.html';
    const before = writeTimes([...kept, news]);
    const { incremental, differ } = await compare();
    expect(differ).toEqual([]);
    expect(writeTimes(kept)).toEqual(before.slice(0, kept.length));
    expect(writeTimes([news])).not.toEqual(before.slice(kept.length));
    // No catalogue page reads news: the last output's catalogue folders are kept as they are, and
    // the three catalogue search bundles (national, Twente, online) come from the cache. Both content
    // bundles are written again: the national one lists regional news too.
    expect(incremental.log).toMatch(KEPT);
    expect(incremental.log).toMatch(/Search: 5 bundles \(3 unchanged, reused\)/);
    expect(readFileSync(inc(INCREMENTAL, 'twente/nieuws/2026-11-16-hulp-bij-taal-op-het-werk/index.html'), 'utf8')).toContain(
      'Ook bij ons op het loket.',
    );
  });

  it("an event's date changed", async () => {
    edit('content/agenda/twente/2027-01-21-informatieavond-ervaringscertificaat.mdx', (t) =>
      t.replace('start: 2027-01-21T19:00', 'start: 2027-01-28T19:00').replace('end: 2027-01-21T20:30', 'end: 2027-01-28T20:30'),
    );
    const { incremental, differ } = await compare();
    expect(differ).toEqual([]);
    expect(incremental.log).toMatch(KEPT);
  });

  it('a region page changed', async () => {
    edit('content/regio/twente/inloopspreekuur.mdx', (t) =>
      t.replace('Het advies is altijd gratis.', 'Het advies is altijd gratis en onafhankelijk.'),
    );
    const { incremental, differ } = await compare();
    expect(differ).toEqual([]);
    expect(incremental.log).toMatch(KEPT);
  });

  it("a region's accent changed", async () => {
    edit('regions/twente.yaml', (t) => t.replace('accent: "#8d0e05"', 'accent: "#0b5e2a"'));
    const { incremental, differ } = await compare();
    expect(differ).toEqual([]);
    // The region files are in every catalogue page's key.
    expect(incremental.log).toMatch(/Catalogue: rendered \(feeds, regelingen, region files or the build date changed\)/);
    expect(incremental.reused).toBe(0);
  });

  it("a regeling's closing date changed", async () => {
    // The Twents Fonds stops before the build date: it leaves "Wie kan dit betalen?" on programme pages.
    edit('content/regelingen/twents-fonds-voor-vakmanschap.mdx', (t) => t.replace('continuous: true', 'ended: 2026-11-30'));
    const { incremental, differ } = await compare();
    expect(differ).toEqual([]);
    expect(incremental.reused).toBe(0);
  });

  it('a programme in a feed changed', async () => {
    edit('content/opleidingen/roc-voorbeeld-oost/programs/constructiewerker-bbl.xml', (t) =>
      t.replace(
        '<programName xml:lang="nl">Constructiewerker (niveau 2, BBL)</programName>',
        '<programName xml:lang="nl">Constructiewerker staal (niveau 2, BBL)</programName>',
      ),
    );
    const { incremental, differ } = await compare();
    expect(differ).toEqual([]);
    // Other programmes' pages are reused; the listings (which count every offer) are not. Astro's
    // record of them survived the builds that kept the catalogue folders.
    expect(incremental.reused).toBeGreaterThan(100);
  });

  it('a programme left its feed', async () => {
    // Only roc-voorbeeld-oost offers it.
    const chauffeur = (dir: string) => htmlFiles(inc(dir)).filter((f) => f.includes('chauffeur-goederenvervoer'));
    expect(chauffeur(INCREMENTAL).length).toBeGreaterThan(0);
    edit('content/opleidingen/roc-voorbeeld-oost/directory.xml', (t) =>
      t.replace(
        /\s*<programResource>\s*<lastEdited>[^<]*<\/lastEdited>\s*<programId>ROCO-CHF2-BBL<\/programId>[\s\S]*?<\/programResource>/,
        '',
      ),
    );
    const { incremental, differ } = await compare();
    // Its page was linked in from the cache before Astro ran; no route claims it now, so it is removed.
    expect(differ).toEqual([]);
    expect(chauffeur(INCREMENTAL)).toEqual([]);
    expect(incremental.log).toMatch(/Removed \d+ page\(s\) of the last build that no route produces any more/);
  });

  it('a gemeente moved between regions', async () => {
    // A move comes with a new CBS table (src/data): data the code reads, so the build is clean.
    edit('src/data/gemeenten-arbeidsmarktregio.tsv', (t) => t.replace(/^(Hof van Twente\t[^\t]*\t)AM05\tTwente$/m, '$1AM09\tAchterhoek'));
    edit('regions/twente.yaml', (t) => t.replace('  - Hof van Twente\n', ''));
    edit('regions/achterhoek.yaml', (t) => t.replace(/gemeenten:\n/, 'gemeenten:\n  - Hof van Twente\n'));
    const { incremental, differ } = await compare();
    expect(differ).toEqual([]);
    expect(incremental.clean).toBe(true);
    expect(incremental.log).toContain('Clean build: code, dependencies, Node or build settings changed');
  });

  it("the build date passed an event's end (archive)", async () => {
    const { incremental, differ } = await compare({ BUILD_DATE: '2027-01-29' });
    expect(differ).toEqual([]);
    expect(incremental.clean).toBe(false);
    expect(readFileSync(inc(INCREMENTAL, 'twente/agenda/archief/index.html'), 'utf8')).toContain('Informatieavond ervaringscertificaat');
  });

  it('host mode: a news item changed', async () => {
    const host = { SITE_MODE: 'host', BUILD_DATE: '2027-01-29' };
    // Another hosting mode is another build setting: this build is clean and fills the cache.
    expect((await build(incrementalRoot, inc(INCREMENTAL), inc(CACHE), host)).clean).toBe(true);
    edit('content/nieuws/twente/2026-11-16-hulp-bij-taal-op-het-werk.mdx', (t) => t.replace('Ook bij ons op het loket.', 'Ook bij ons.'));
    const { incremental, differ } = await compare(host);
    expect(differ).toEqual([]);
    // The catalogue folders are found in the host folders of the last output.
    expect(incremental.log).toMatch(KEPT);
    expect(htmlFiles(inc(INCREMENTAL, 'twente.leerwerkloket.nl', 'opleidingen')).length).toBeGreaterThan(10);
  });
});
