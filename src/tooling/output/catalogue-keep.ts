// Publishing an editor's change (#15): a news item, an event or a region page is read by none of the
// catalogue's pages, which are almost all of a large build (148,000 pages at 100,000 offers). When
// the code and every input the catalogue reads are those of the last build, the last output's
// catalogue folders move into the new output as they are (a rename per folder) and the catalogue
// routes list no pages. Astro then renders only the other pages, instead of checking, linking and
// re-reading every catalogue page. Astro's own record of the catalogue (its manifest and page
// copies) is set aside while it runs and put back after, so the next build that does render the
// catalogue still reuses each unchanged page. tests/builds/incremental.test.ts compares the result
// with a clean build, byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { buildDate, contentDir, edudexDir, edudexSnapshotDir } from '../../lib/site/config';
import { FileDigests } from '../../lib/site/file-digests';
import { PAGEFIND_ROOT, paths } from '../../lib/site/paths';
import { apiPaths } from '../../lib/api/open-data';

/** The routes whose pages make the catalogue: the keyed routes of src/lib/site/page-keys.ts. */
export const CATALOGUE_ROUTES = [
  'src/pages/[...site]/opleidingen/[slug].astro',
  'src/pages/[...site]/opleidingen/[...filter].astro',
  'src/pages/api/v1/opleidingen/[regio]/[page].json.ts',
];

/** The open-data folder of the catalogue; besides the keyed pages it holds the catalogue's index
 *  files (the API index routes of KEPT_ROUTES). */
const API_FOLDER = dirname(apiPaths.opleidingenIndex).slice(1);

/** A URL folder such as "/regelingen/" as a folder name of the output. */
const folderName = (urlFolder: string) => urlFolder.replace(/^\/|\/$/g, '');

/**
 * Routes that list no page when the catalogue is kept, since their files are in the kept folders:
 * the keyed routes, and routes that read nothing the catalogue key leaves out but are not worth a
 * key. They are few pages, but each reads the whole catalogue (382 MB at 100,000 offers): the
 * regeling pages (the offers each one can pay for) and the catalogue's open-data index files.
 */
export const KEPT_ROUTES = [
  ...CATALOGUE_ROUTES,
  'src/pages/[...site]/regelingen/[regeling].astro',
  'src/pages/api/v1/opleidingen/[file].json.ts',
  'src/pages/api/v1/opleidingen/[regio]/index.json.ts',
];

/** Collections no catalogue page reads (tests/unit/tooling/output/catalogue-keep.test.ts follows the
 *  routes' imports to check it): a change to them leaves every catalogue page as it was. */
export const NOT_READ_BY_CATALOGUE = ['nieuws', 'agenda', 'regio', 'pages'];

/** Every file under `dir` (or `dir` itself when it is a file), except those under a `skip` folder. */
function filesIn(dir: string, skip: Set<string>, digests: FileDigests): string[] {
  if (!existsSync(dir) || skip.has(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  const under = [...skip].map((s) => s + sep);
  return digests.filesUnder(dir).filter((file) => !under.some((s) => file.startsWith(s)));
}

/**
 * One hash over what the catalogue's pages read besides code (which the build fingerprint covers):
 * the feeds and their harvested copies, the regelingen, the region files and the build date.
 * Everything in content/ counts except the collections in NOT_READ_BY_CATALOGUE.
 */
export function catalogueInputsKey(root: string, env: Record<string, string | undefined>, digests = new FileDigests()): string {
  const content = contentDir(env);
  const skip = new Set(NOT_READ_BY_CATALOGUE.map((c) => join(content, c)));
  const files = new Set(
    [content, join(root, 'regions'), resolve(edudexDir(env)), edudexSnapshotDir(env)].flatMap((d) => filesIn(d, skip, digests)),
  );
  const hash = createHash('sha256').update(`date ${buildDate(env)}\0`);
  for (const file of [...files].sort()) hash.update(`${file}\0${digests.digest(file)}\0`);
  return hash.digest('hex');
}

/** What a finished build records for the next one (build-cache.ts keeps it with the fingerprint). */
export interface CatalogueRecord {
  /** catalogueInputsKey of that build. */
  key: string;
  /** Its output folder, and that folder's identity: a folder made or changed since is not it. */
  outDir: string;
  outId: string;
}

/** Inode, birth and change times (in ns: a folder made again at once may get the same inode). */
function folderId(dir: string): string {
  const s = statSync(dir, { bigint: true });
  return `${s.ino}:${s.birthtimeNs}:${s.mtimeNs}`;
}

export function catalogueRecord(key: string, outDir: string): CatalogueRecord {
  return { key, outDir, outId: folderId(outDir) };
}

/** A folder to carry over: where it is in the last output, where it goes in the new (path-mode) one. */
export interface KeptFolder {
  from: string;
  to: string;
}

export interface KeepDecision {
  keep: boolean;
  /** For the build log. */
  reason: string;
  folders: KeptFolder[];
}

export interface SiteHost {
  id: string;
  host: string;
  isNational: boolean;
}

const MANIFEST_FILE = 'incremental-build.json';
const PAGES_DIR = 'dist';
const SET_ASIDE = 'leerwerkloket-kept';

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The output folder (path mode) that holds a catalogue file: up to its first "opleidingen". */
function catalogueFolder(outputFile: string): string | undefined {
  const parts = decodeURI(outputFile).split('/');
  const at = parts.indexOf(folderName(paths.opleidingen));
  return at >= 0 && at < parts.length - 1 ? parts.slice(0, at + 1).join('/') : undefined;
}

/** Where a path-mode folder is in an output laid out per host (SITE_MODE=host, host-layout.ts). */
export function hostPlace(folder: string, sites: SiteHost[]): string {
  const [first, ...rest] = folder.split('/');
  const regional = sites.find((s) => !s.isNational && s.id === first);
  if (regional) return [regional.host, ...rest].join('/');
  const national = sites.find((s) => s.isNational);
  if (!national) throw new Error('no national site');
  return `${national.host}/${folder}`;
}

/** A folder of a site in a path-mode output: at the top for the national site, else under the site's id. */
function siteFolder(site: SiteHost, name: string): string {
  return site.isNational ? name : `${site.id}/${name}`;
}

/** Each regeling page's folder in the last output (`from`) and in the new one (`to`): every folder
 *  under a site's regelingen/ is one (its index.html is the overview, rendered each time). */
export function regelingFolders(lastOut: string, mode: 'path' | 'host', sites: SiteHost[]): KeptFolder[] {
  return sites.flatMap((site) => {
    const to = siteFolder(site, folderName(paths.regelingen));
    const from = mode === 'host' ? hostPlace(to, sites) : to;
    const dir = join(lastOut, from);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({ from: `${from}/${d.name}`, to: `${to}/${d.name}` }));
  });
}

/** Each site's search folder in the last output (`from`) and in the new path-mode output (`to`). */
export function searchFolders(mode: 'path' | 'host', sites: SiteHost[]): KeptFolder[] {
  return sites.map((site) => {
    const to = siteFolder(site, folderName(PAGEFIND_ROOT));
    return { from: mode === 'host' ? hostPlace(to, sites) : to, to };
  });
}

/**
 * Before the last output is removed: moves its search folders to `kept` under their path-mode
 * names, for search/index-cache.ts to move unchanged bundles back whole. Only for an output that is
 * the last build's own (decideKeepCatalogue): each of its bundles is then the cache entry with the
 * same digest, since every build leaves the output's bundles and the cache's stamps alike.
 */
export function setAsideSearch(lastOut: string, kept: string, mode: 'path' | 'host', sites: SiteHost[]): void {
  rmSync(kept, { recursive: true, force: true });
  moveCatalogue(
    lastOut,
    kept,
    searchFolders(mode, sites).filter((f) => existsSync(join(lastOut, f.from))),
  );
}

/** May this build keep the last output's catalogue folders? Only when everything says they are current. */
export function decideKeepCatalogue(options: {
  reuse: boolean;
  key: string;
  previous: CatalogueRecord | undefined;
  cacheDir: string;
  outDir: string;
  mode: 'path' | 'host';
  sites: SiteHost[];
}): KeepDecision {
  const no = (reason: string): KeepDecision => ({ keep: false, reason, folders: [] });
  const { previous, outDir } = options;
  if (!options.reuse) return no('a clean build renders it');
  if (!previous) return no('the last build left no record of it');
  if (previous.key !== options.key) return no('feeds, regelingen, region files or the build date changed');
  if (previous.outDir !== outDir || !existsSync(outDir) || folderId(outDir) !== previous.outId)
    return no(`${outDir} is not the last build's output`);
  const manifestFile = join(options.cacheDir, MANIFEST_FILE);
  if (!existsSync(manifestFile)) return no("Astro's record of the last build is missing");
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const folders = new Set<string>();
  for (const [route, entry] of Object.entries(manifest.routes ?? {})) {
    if (!CATALOGUE_ROUTES.includes(route)) return no(`${route} has reusable pages but is not a catalogue route`);
    for (const path of Object.values(entry.paths ?? {})) {
      const folder = path.outputFile && catalogueFolder(path.outputFile);
      if (!folder) return no(`${path.outputFile} is outside the catalogue folders`);
      folders.add(folder);
    }
  }
  if (!folders.size) return no('the last build had no catalogue pages');
  if (!folders.has(API_FOLDER)) return no(`the last build had no ${API_FOLDER} pages`);
  const kept = [...folders].sort().map((to) => ({ from: options.mode === 'host' ? hostPlace(to, options.sites) : to, to }));
  const missing = kept.find((f) => !existsSync(join(outDir, f.from)));
  if (missing) return no(`${join(outDir, missing.from)} is missing from the last output`);
  return {
    keep: true,
    reason: 'feeds, regelingen, region files and the build date unchanged',
    folders: [...kept, ...regelingFolders(outDir, options.mode, options.sites)],
  };
}

/** Moves the kept folders from the last output (moved aside) into the new one. */
export function moveCatalogue(lastOut: string, newOut: string, folders: KeptFolder[]): void {
  for (const { from, to } of folders) {
    mkdirSync(dirname(join(newOut, to)), { recursive: true });
    renameSync(join(lastOut, from), join(newOut, to));
  }
}

/** Before Astro runs without the catalogue: its manifest and page copies go aside, or it would
 *  prune every catalogue page as gone. */
export function setAsideAstroCache(cacheDir: string): void {
  const aside = join(cacheDir, SET_ASIDE);
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside, { recursive: true });
  for (const name of [MANIFEST_FILE, PAGES_DIR]) if (existsSync(join(cacheDir, name))) renameSync(join(cacheDir, name), join(aside, name));
}

/** After Astro succeeded: the catalogue's record is current again, as it was. */
export function restoreAstroCache(cacheDir: string): void {
  const aside = join(cacheDir, SET_ASIDE);
  for (const name of [MANIFEST_FILE, PAGES_DIR]) {
    rmSync(join(cacheDir, name), { recursive: true, force: true });
    if (existsSync(join(aside, name))) renameSync(join(aside, name), join(cacheDir, name));
  }
  rmSync(aside, { recursive: true, force: true });
}

/** What a build that stopped half-way while the record was aside left behind (that build recorded
 *  nothing, so the next one is clean anyway). */
export function dropSetAside(cacheDir: string): void {
  rmSync(join(cacheDir, SET_ASIDE), { recursive: true, force: true });
}
