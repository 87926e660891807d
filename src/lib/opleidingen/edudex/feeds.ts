// Loads every enabled provider feed under one folder (content/opleidingen by default):
// feeds.yaml → <provider>/directory.xml → institute.xml + the programme files it lists.
// Two kinds of provider: a feed kept in the repository by hand (no url in feeds.yaml), whose problems
// are collected and thrown together as ContentErrors (an editor's error stops the build); and a
// harvested feed (url in feeds.yaml), read from its last good snapshot (./snapshot.ts), whose
// problems never stop the build: that provider is left out and the build log says why.
// The harvester (src/tooling/feeds/) validates a provider with loadProviderFolder, the same code.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { feedEntrySchema, feedsSchema, type FeedEntry, type Offer } from '../../../schemas/opleiding';
import { ContentError, ContentErrors, zodErrors } from '../../errors';
import { allRegionRows } from '../../loketten/gemeenten';
import { NS } from './codes';
import { readManifest, resolveFeedUrl, type SnapshotManifest } from './snapshot';
import { pickLang, readProgram, type SkipReason } from './program';
import { MAX_SUMMARY_CHARS, tooLong } from './text';
import { childText, childrenNamed, MAX_XML_ELEMENTS, parseXml, XmlSyntaxError, type XmlElement } from './xml';

// Caps per feed file, because providers are untrusted: a 40 MB programme file took 15 s and 570 MB.
// The byte cap is checked with stat before a file is read; the element cap in the scan before parsing
// (parse cost follows the element count). Real programme files are under 30 KB with under 700
// elements; a directory.xml entry is about 130 bytes and 3 elements, so 8 MB and 200,000 elements
// still list some 60,000 programmes.
const MiB = 1024 * 1024;
export const MAX_PROGRAM_BYTES = 2 * MiB;
export const MAX_INSTITUTE_BYTES = 2 * MiB;
export const MAX_DIRECTORY_BYTES = 8 * MiB;
export const MAX_DIRECTORY_ELEMENTS = 200_000;

type FeedFileKind = 'a directory.xml' | 'an institute.xml' | 'a programme file';
const MAX_BYTES: Record<FeedFileKind, number> = {
  'a directory.xml': MAX_DIRECTORY_BYTES,
  'an institute.xml': MAX_INSTITUTE_BYTES,
  'a programme file': MAX_PROGRAM_BYTES,
};
const MAX_ELEMENTS: Record<FeedFileKind, number> = {
  'a directory.xml': MAX_DIRECTORY_ELEMENTS,
  'an institute.xml': MAX_XML_ELEMENTS,
  'a programme file': MAX_XML_ELEMENTS,
};
const SIZE_FIX: Record<FeedFileKind, string> = {
  'a directory.xml':
    'A directory.xml only lists programme files (about 130 bytes each); remove anything else, or split the offer over several provider folders',
  'an institute.xml': 'Remove embedded data such as images or base64 blocks; an institute.xml is normally a few KB',
  'a programme file': 'Remove embedded data such as images, base64 or repeated blocks; a programme file is normally under 30 KB',
};

export interface ProviderReport {
  id: string;
  name: string;
  enabled: boolean;
  listed: number;
  imported: number;
  skipped: Partial<Record<SkipReason, string[]>>;
  /** XML files in the folder that directory.xml does not list (ignored). */
  unlisted: string[];
  /** Imported offers with no region and not online: only on the national listing. */
  withoutRegion: string[];
  /** Runs not offered as start dates. */
  droppedRuns: { canceled: number; 'in the past': number };
  /** Harvested from a url (feeds.yaml): read from the snapshot folder, never stops the build. */
  harvested: boolean;
  /** Harvested provider without a snapshot yet (never harvested successfully). */
  noSnapshot?: boolean;
  /** Harvested provider whose snapshot the importer refused now (left out of this build). */
  refused?: string[];
}

export interface FeedSet {
  offers: Offer[];
  providers: ProviderReport[];
}

export interface LoadOptions {
  /** YYYY-MM-DD: runs that start earlier are in the past. */
  buildDate: string;
  /** Paths in messages are relative to this folder (default: the working directory). */
  root?: string;
  /** Where harvested providers' snapshots live (default: the feed folder itself). */
  snapshotDir?: string;
}

/**
 * The providers in feeds.yaml, strictly validated (the harvester and the admin page). The build reads
 * the same file in loadFeeds, which also checks the folders.
 */
export function readFeedEntries(feedDir: string, root = process.cwd()): FeedEntry[] {
  const file = join(resolve(feedDir), 'feeds.yaml');
  if (!existsSync(file)) throw new ContentErrors([new ContentError(label(root, file), '', 'is missing')]);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8')) ?? [];
  } catch (error) {
    throw new ContentErrors([new ContentError(label(root, file), '', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`)]);
  }
  const result = feedsSchema.safeParse(raw);
  if (!result.success) throw new ContentErrors(zodErrors(label(root, file), result.error));
  return result.data;
}

/** One problem in a provider's feed, with the absolute path of the file it is in. */
export interface FeedProblem {
  path: string;
  element: string;
  problem: string;
}

const label = (root: string, file: string) => relative(root, file).split(sep).join('/') || file;

/** "a, b, c and 12 more": keeps build-log lines short at benchmark sizes. */
function list(items: string[], max = 12): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function loadFeeds(feedDir: string, options: LoadOptions): FeedSet {
  const dir = resolve(feedDir);
  const root = options.root ?? process.cwd();
  const errors: ContentError[] = [];
  const feedsFile = join(dir, 'feeds.yaml');
  if (!existsSync(feedsFile)) {
    throw new ContentErrors([
      new ContentError(label(root, feedsFile), '', 'is missing; list the providers as "- { id: <folder>, name: <name>, enabled: true }"'),
    ]);
  }
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  let raw: unknown = [];
  try {
    raw = parseYaml(readFileSync(feedsFile, 'utf8')) ?? [];
  } catch (error) {
    errors.push(new ContentError(label(root, feedsFile), '', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`));
  }
  if (!Array.isArray(raw)) {
    const result = feedsSchema.safeParse(raw);
    if (!result.success) errors.push(...zodErrors(label(root, feedsFile), result.error));
    raw = [];
  }
  (raw as unknown[]).forEach((item, i) => {
    const result = feedEntrySchema.safeParse(item);
    // A broken entry still claims its folder, so the folder is not reported as unlisted too.
    const id = (item as { id?: unknown } | null)?.id;
    if (!result.success) {
      errors.push(
        ...zodErrors(label(root, feedsFile), result.error).map(
          (e) => new ContentError(e.file, `[${i}]${e.field ? `.${e.field}` : ''}`, e.problem),
        ),
      );
      if (typeof id === 'string') seen.add(id);
      return;
    }
    if (seen.has(result.data.id)) {
      errors.push(new ContentError(label(root, feedsFile), `[${i}].id`, `"${result.data.id}" is listed twice`));
      return;
    }
    seen.add(result.data.id);
    entries.push(result.data);
    if (result.data.enabled && !result.data.url && !isDir(join(dir, result.data.id))) {
      errors.push(
        new ContentError(
          label(root, feedsFile),
          `[${i}].id`,
          `"${result.data.id}" has no folder ${label(root, join(dir, result.data.id))}/; add the feed or set enabled: false`,
        ),
      );
    }
  });

  for (const name of readdirSync(dir).sort()) {
    // Dot folders are the harvester's work space (.harvest/), never a provider.
    if (name.startsWith('.')) continue;
    if (isDir(join(dir, name)) && !seen.has(name)) {
      errors.push(
        new ContentError(
          label(root, join(dir, name)),
          '',
          `is a provider folder that feeds.yaml does not list; add "- { id: ${name}, name: …, enabled: true }" (or enabled: false) or remove the folder`,
        ),
      );
    }
  }

  const regions = regionLookup();
  const snapshotDir = resolve(options.snapshotDir ?? dir);
  const offers: Omit<Offer, 'slug'>[] = [];
  const providers: ProviderReport[] = [];

  for (const entry of entries) {
    const report = emptyReport(entry);
    providers.push(report);
    if (!entry.enabled) continue;
    if (entry.url) {
      // Third-party data: a problem leaves this provider out, it never stops the build.
      const folder = join(snapshotDir, entry.id);
      if (!isDir(folder)) {
        report.noSnapshot = true;
        continue;
      }
      const own: ContentError[] = [];
      const loaded = loadProvider(folder, entry, report, { ...options, root, errors: own, ...regions });
      if (own.length) {
        report.refused = own.map((e) => e.message);
        report.imported = 0;
        report.withoutRegion = [];
      } else offers.push(...loaded);
      continue;
    }
    if (!isDir(join(dir, entry.id))) continue;
    offers.push(...loadProvider(join(dir, entry.id), entry, report, { ...options, root, errors, ...regions }));
  }

  if (errors.length) throw new ContentErrors(errors);
  const withSlugs = assignSlugs(offers);
  withSlugs.sort((a, b) => a.id.localeCompare(b.id));
  return { offers: withSlugs, providers };
}

function emptyReport(entry: FeedEntry): ProviderReport {
  return {
    id: entry.id,
    name: entry.name,
    enabled: entry.enabled,
    listed: 0,
    imported: 0,
    skipped: {},
    unlisted: [],
    withoutRegion: [],
    droppedRuns: { canceled: 0, 'in the past': 0 },
    harvested: Boolean(entry.url),
  };
}

function regionLookup() {
  const regionRows = allRegionRows();
  return { regionByCode: new Map(regionRows.map((r) => [r.code, r.slug])), allRegions: regionRows.map((r) => r.slug).sort() };
}

/**
 * Imports one provider folder on its own, exactly as the build does, and returns its problems
 * instead of throwing. The harvester uses it to judge a freshly fetched provider before that may
 * replace the last good snapshot.
 */
export function loadProviderFolder(
  folder: string,
  entry: FeedEntry,
  options: LoadOptions,
): { offers: Omit<Offer, 'slug'>[]; report: ProviderReport; errors: ContentError[]; problems: FeedProblem[] } {
  const report = emptyReport(entry);
  const errors: ContentError[] = [];
  const problems: FeedProblem[] = [];
  const offers = loadProvider(resolve(folder), entry, report, {
    ...options,
    root: options.root ?? process.cwd(),
    errors,
    ...regionLookup(),
    onProblem: (problem) => problems.push(problem),
  });
  return { offers, report, errors, problems };
}

interface ProviderOptions extends LoadOptions {
  root: string;
  errors: ContentError[];
  regionByCode: Map<string, string>;
  allRegions: string[];
  onProblem?: (problem: FeedProblem) => void;
}

function feedProblem(opts: ProviderOptions, provider: string, file: string, element: string, problem: string) {
  opts.errors.push(new ContentError(`${label(opts.root, file)} (provider ${provider})`, element, problem));
  opts.onProblem?.({ path: file, element, problem });
}

const megabytes = (bytes: number) => `${(bytes / MiB).toFixed(1)} MB`;

/**
 * Reads and parses an XML file; on failure records the problem and returns undefined. The size is
 * checked before reading, and only regular files are read: no symlink (it could point anywhere on
 * the build machine), FIFO or device.
 */
function readXml(opts: ProviderOptions, provider: string, file: string, kind: FeedFileKind): XmlElement | undefined {
  const limit = MAX_BYTES[kind];
  let text: string;
  try {
    const stats = lstatSync(file);
    if (!stats.isFile()) {
      feedProblem(
        opts,
        provider,
        file,
        '',
        'is a link or special file, not a regular file; a feed file must be a plain XML file in the provider folder',
      );
      return undefined;
    }
    if (stats.size > limit) {
      feedProblem(
        opts,
        provider,
        file,
        '',
        `is ${stats.size.toLocaleString('en')} bytes (${megabytes(stats.size)}); ${kind} may be at most ${limit.toLocaleString('en')} bytes (${limit / MiB} MB). ${SIZE_FIX[kind]}`,
      );
      return undefined;
    }
    text = readFileSync(file, 'utf8');
  } catch {
    feedProblem(opts, provider, file, '', 'cannot be read');
    return undefined;
  }
  try {
    return parseXml(text, { maxElements: MAX_ELEMENTS[kind] });
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      feedProblem(opts, provider, file, error.line ? `line ${error.line}` : '(file)', error.problem);
    } else {
      // Whatever else a hostile file provokes is still reported against that file, never as a bare crash.
      feedProblem(opts, provider, file, '(file)', `could not be parsed as XML: ${(error as Error).message}`);
    }
    return undefined;
  }
}

/** Resolves a resourceUrl against the provider folder; refuses web addresses and paths outside it. */
function resolveResource(base: string, url: string): string | { problem: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url))
    return {
      problem: `"${url}" is a web address; a feed in the repository must point to its files with a relative path like programs/x.xml`,
    };
  const target = normalize(resolve(base, decodeURI(url)));
  if (isAbsolute(url) || relative(base, target).startsWith('..')) return { problem: `"${url}" points outside the provider folder` };
  return target;
}

/** Maps a harvested feed's addresses to the snapshot's local files through snapshot.json. */
function snapshotResource(folder: string, manifest: SnapshotManifest, entry: FeedEntry) {
  const byUrl = new Map(Object.entries(manifest.files).map(([local, file]) => [file.url, local]));
  return (ref: string): string | { problem: string } => {
    const url = resolveFeedUrl(manifest.directoryUrl, ref);
    if (typeof url === 'object') return url;
    const local = byUrl.get(url);
    if (!local)
      return {
        problem: `"${ref}" (${url}) is not in the harvested snapshot; harvest again with npm run feeds:harvest -- --only ${entry.id}`,
      };
    return join(folder, local);
  };
}

function loadProvider(folder: string, entry: FeedEntry, report: ProviderReport, opts: ProviderOptions): Omit<Offer, 'slug'>[] {
  const dirFile = join(folder, 'directory.xml');
  const problem = (file: string, element: string, message: string) => feedProblem(opts, entry.id, file, element, message);
  let resource = (ref: string) => resolveResource(folder, ref);
  if (entry.url) {
    const manifest = readManifest(folder);
    if ('problem' in manifest) {
      problem(join(folder, 'snapshot.json'), '', manifest.problem);
      return [];
    }
    resource = snapshotResource(folder, manifest, entry);
  }
  if (!existsSync(dirFile)) {
    problem(dirFile, '', 'is missing; every provider folder needs the EDU-DEX entry point directory.xml');
    return [];
  }
  const directory = readXml(opts, entry.id, dirFile, 'a directory.xml');
  if (!directory) return [];
  const D = NS.directory;
  if (directory.ns !== D || directory.name !== 'edudexDirectory') {
    problem(dirFile, directory.name, `root element is {${directory.ns}}${directory.name}; expected <edudexDirectory xmlns="${D}">`);
    return [];
  }

  // Provider facts from institute.xml (optional file).
  const provider: Offer['provider'] = { id: entry.id, name: entry.name };
  const instituteRef = childText(directory, D, 'instituteDataResource');
  const instituteFile = instituteRef
    ? resource(instituteRef)
    : existsSync(join(folder, 'institute.xml'))
      ? join(folder, 'institute.xml')
      : undefined;
  if (typeof instituteFile === 'object') problem(dirFile, 'instituteDataResource', instituteFile.problem);
  else if (instituteFile) {
    if (!existsSync(instituteFile))
      problem(dirFile, 'instituteDataResource', `"${instituteRef}" does not exist (looked for ${label(opts.root, instituteFile)})`);
    else {
      const institute = readXml(opts, entry.id, instituteFile, 'an institute.xml');
      const I = NS.institute;
      if (institute && (institute.ns !== I || institute.name !== 'instituteData')) {
        problem(instituteFile, institute.name, `root element is {${institute.ns}}${institute.name}; expected <instituteData xmlns="${I}">`);
      } else if (institute) {
        const url = pickLang(childrenNamed(institute, I, 'webLink'))?.text;
        if (url && /^https?:\/\//.test(url)) provider.url = url;
        const summary = pickLang(childrenNamed(institute, I, 'instituteSummaryText'))?.text;
        const summaryTooLong =
          summary &&
          tooLong(summary, MAX_SUMMARY_CHARS, 'Shorten it to a sentence or two; the full text belongs in instituteDescriptionText');
        if (summaryTooLong) problem(instituteFile, 'instituteData/instituteSummaryText', summaryTooLong);
        else if (summary) provider.summary = summary;
      }
    }
  }

  const listedFiles = new Set<string>();
  const ids = new Map<string, number>();
  const offers: Omit<Offer, 'slug'>[] = [];
  const resources = childrenNamed(directory, D, 'programResource');
  report.listed = resources.length;
  resources.forEach((res, i) => {
    const programId = childText(res, D, 'programId');
    const url = childText(res, D, 'resourceUrl');
    const element = `programResource[${programId ? `programId=${programId}` : i + 1}]`;
    if (!programId) return problem(dirFile, `${element}/programId`, 'is missing');
    if (ids.has(programId))
      return problem(dirFile, `${element}/programId`, `"${programId}" is listed twice (also entry ${ids.get(programId)})`);
    ids.set(programId, i + 1);
    if (!url) return problem(dirFile, `${element}/resourceUrl`, 'is missing; give the path of the programme file');
    const file = resource(url);
    if (typeof file === 'object') return problem(dirFile, `${element}/resourceUrl`, file.problem);
    listedFiles.add(file);
    if (!existsSync(file))
      return problem(
        dirFile,
        `${element}/resourceUrl`,
        `"${url}" does not exist (looked for ${label(opts.root, file)}); add the file or remove the entry`,
      );

    if (childText(res, D, 'clientId')) {
      (report.skipped['for one client only'] ??= []).push(programId);
      return;
    }
    const root = readXml(opts, entry.id, file, 'a programme file');
    if (!root) return;
    const result = readProgram(root, {
      provider,
      file: label(opts.root, file),
      programId,
      buildDate: opts.buildDate,
      regionSlug: (code) => opts.regionByCode.get(code),
      allRegions: opts.allRegions,
      problem: (el, message) => problem(file, el, message),
      droppedRun: (reason) => report.droppedRuns[reason]++,
    });
    if (result.kind === 'skipped') (report.skipped[result.reason] ??= []).push(programId);
    else if (result.kind === 'offer') {
      offers.push(result.offer);
      report.imported++;
      if (result.offer.regions.length === 0) report.withoutRegion.push(programId);
    }
  });
  if (childrenNamed(directory, D, 'subDirectory').length) {
    problem(
      dirFile,
      'subDirectory',
      'points to other directories; aggregator feeds are not supported, add each provider as its own folder',
    );
  }

  report.unlisted = xmlFiles(folder)
    .filter((f) => !listedFiles.has(f) && f !== dirFile && f !== instituteFile)
    .map((f) => label(opts.root, f));
  return offers;
}

function xmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (isDir(path)) xmlFiles(path, out);
    else if (name.endsWith('.xml')) out.push(path);
  }
  return out;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** URL-safe lowercase ASCII: "Zorg & Welzijn (niveau 2)" → "zorg-en-welzijn-niveau-2". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  return slug.slice(0, 80).replace(/-[^-]*$/, '');
}

/**
 * Slugs from titles; a title used by several offers gets the provider id appended, and if the
 * same provider uses it twice, the programme id too. Should that still clash with another slug,
 * a number is added (in id order). Independent of input order.
 */
export function assignSlugs(offers: Omit<Offer, 'slug'>[]): Offer[] {
  const base = offers.map((o) => slugify(o.title) || slugify(o.programId) || 'opleiding');
  const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const baseCount = count(base);
  const second = base.map((b, i) => (baseCount.get(b)! > 1 ? `${b}-${offers[i].provider.id}` : b));
  const secondCount = count(second);
  const third = second.map((s, i) => (secondCount.get(s)! > 1 ? `${s}-${slugify(offers[i].programId)}` : s));
  const used = new Set<string>();
  const order = offers.map((o, i) => i).sort((a, b) => offers[a].id.localeCompare(offers[b].id));
  const final: string[] = [];
  for (const i of order) {
    let slug = third[i];
    for (let n = 2; used.has(slug); n++) slug = `${third[i]}-${n}`;
    used.add(slug);
    final[i] = slug;
  }
  return offers.map((o, i) => ({ ...o, slug: final[i] }));
}

/** One build-log paragraph: what was imported and what was left out, and why. */
export function describeFeeds(set: FeedSet, heldBack: ReadonlySet<string> = new Set()): string[] {
  const lines: string[] = [];
  const on = set.providers.filter((p) => p.enabled);
  const off = set.providers.filter((p) => !p.enabled);
  const total = (f: (p: ProviderReport) => number) => on.reduce((n, p) => n + f(p), 0);
  lines.push(
    `EDU-DEX: ${set.offers.length} programmes imported from ${on.length} provider(s)` +
      (off.length ? `; switched off in feeds.yaml: ${off.map((p) => p.id).join(', ')}` : '') +
      ` (${total((p) => p.listed)} listed in directories)`,
  );
  const reasons = new Map<string, string[]>();
  for (const p of on)
    for (const [reason, ids] of Object.entries(p.skipped))
      reasons.set(reason, [...(reasons.get(reason) ?? []), ...ids!.map((id) => `${p.id}/${id}`)]);
  for (const [reason, ids] of reasons) lines.push(`EDU-DEX: skipped ${ids.length} (${reason}): ${list(ids)}`);
  const canceled = total((p) => p.droppedRuns.canceled);
  const past = total((p) => p.droppedRuns['in the past']);
  if (canceled + past)
    lines.push(`EDU-DEX: ${canceled + past} run(s) not offered as start dates (${canceled} canceled, ${past} in the past)`);
  const unlisted = on.flatMap((p) => p.unlisted);
  if (unlisted.length) lines.push(`EDU-DEX: ignored ${unlisted.length} file(s) not listed in directory.xml: ${list(unlisted)}`);
  const noRegion = on.flatMap((p) => p.withoutRegion.map((id) => `${p.id}/${id}`));
  if (noRegion.length)
    lines.push(`EDU-DEX: ${noRegion.length} programme(s) without a place or region (national listing only): ${list(noRegion)}`);
  for (const p of on) {
    // A held-back provider gets its own line from harvest.json (heldBackLines); say it once.
    if (p.noSnapshot && !heldBack.has(p.id))
      lines.push(
        `EDU-DEX: harvested provider ${p.id} has no snapshot yet, so none of its programmes are shown; run npm run feeds:harvest -- --only ${p.id}`,
      );
    if (p.refused) {
      lines.push(
        `EDU-DEX: harvested provider ${p.id} left out of this build: its snapshot no longer passes the importer (${p.refused.length} problem(s), first: ${p.refused[0]}); harvest it again or fix the importer`,
      );
    }
  }
  return lines;
}
