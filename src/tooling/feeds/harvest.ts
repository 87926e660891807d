// npm run feeds:harvest: fetches every enabled provider with a url in feeds.yaml (directory.xml,
// institute.xml and each listed programme), judges the whole provider with the importer the build
// uses (loadProviderFolder), and only then replaces its snapshot. A provider that fails, or whose
// programme count collapses, keeps its last good snapshot byte for byte; harvest.json says why.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { FeedEntry } from '../../schemas/opleiding';
import { ContentErrors } from '../../lib/errors';
import { NS } from '../../lib/opleidingen/edudex/codes';
import {
  loadProviderFolder,
  readFeedEntries,
  MAX_DIRECTORY_BYTES,
  MAX_DIRECTORY_ELEMENTS,
  MAX_INSTITUTE_BYTES,
  MAX_PROGRAM_BYTES,
} from '../../lib/opleidingen/edudex/feeds';
import {
  localProgramPath,
  readManifest,
  resolveFeedUrl,
  sha256,
  SNAPSHOT_MANIFEST,
  type SnapshotFile,
  type SnapshotManifest,
} from '../../lib/opleidingen/edudex/snapshot';
import { childText, childrenNamed, parseXml } from '../../lib/opleidingen/edudex/xml';
import {
  emptyState,
  HARVEST_FILE,
  readHarvestState,
  type HarvestProblem,
  type HarvestState,
  type ProviderHarvest,
} from '../../lib/opleidingen/harvest-state';
import { FetchProblem, fetchWithRetry, HostLimiter, type FetchLimits, type FetchResult } from './fetch';
import { lock, recover, stagingFolder, swapIn, writeAtomic } from './store';

export interface HarvestLimits extends FetchLimits {
  /** Deadline for one provider, all its files together. */
  providerTimeoutMs: number;
  /** Requests in flight per host. */
  perHost: number;
  /** Providers harvested at the same time. */
  providers: number;
  /** Byte limits per file, the same as the importer's (it checks them again on disk). */
  maxBytes: { directory: number; institute: number; program: number };
}

export const DEFAULT_LIMITS: HarvestLimits = {
  requestTimeoutMs: 30_000,
  providerTimeoutMs: 10 * 60_000,
  maxRedirects: 3,
  retries: 2,
  backoffMs: 2_000,
  perHost: 2,
  providers: 4,
  maxBytes: { directory: MAX_DIRECTORY_BYTES, institute: MAX_INSTITUTE_BYTES, program: MAX_PROGRAM_BYTES },
};

export interface HarvestOptions {
  /** Folder with feeds.yaml (content/opleidingen). */
  feedDir: string;
  /** Where snapshots and harvest.json live (default: feedDir). */
  snapshotDir?: string;
  /** Harvest only these providers. */
  only?: string[];
  /** Let these providers through the safety brake this once. */
  accept?: string[];
  /** Reference date for the importer (YYYY-MM-DD). */
  buildDate: string;
  limits?: Partial<HarvestLimits>;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface HarvestRun {
  state: HarvestState;
  /** Providers harvested in this run. */
  harvested: string[];
  /** Most requests in flight at once per host. */
  peakPerHost: Record<string, number>;
}

/** A configuration problem (feeds.yaml, --only, --accept): the run does not start. */
export class HarvestConfigError extends Error {}

export function readEntries(feedDir: string): FeedEntry[] {
  try {
    return readFeedEntries(feedDir);
  } catch (error) {
    throw new HarvestConfigError(error instanceof ContentErrors ? error.message : String(error));
  }
}

export async function harvest(options: HarvestOptions): Promise<HarvestRun> {
  const limits: HarvestLimits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
    maxBytes: { ...DEFAULT_LIMITS.maxBytes, ...options.limits?.maxBytes },
  };
  const feedDir = resolve(options.feedDir);
  const snapshotDir = resolve(options.snapshotDir ?? feedDir);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const entries = readEntries(feedDir).filter((e) => e.enabled && e.url);
  const known = new Set(entries.map((e) => e.id));
  for (const id of [...(options.only ?? []), ...(options.accept ?? [])]) {
    if (!known.has(id)) throw new HarvestConfigError(`"${id}" is not an enabled provider with a url in ${join(feedDir, 'feeds.yaml')}`);
  }
  // --accept alone harvests just the accepted providers: the team confirms one provider at a time.
  const only = options.only?.length ? new Set(options.only) : options.accept?.length ? new Set(options.accept) : undefined;
  const selected = entries.filter((e) => !only || only.has(e.id));

  mkdirSync(snapshotDir, { recursive: true });
  const unlock = lock(snapshotDir);
  try {
    for (const id of recover(snapshotDir)) log(`${id}: restored the snapshot an interrupted harvest had moved aside`);
    const previous = readHarvestState(snapshotDir);
    if (previous.problem) log(`${HARVEST_FILE}: ${previous.problem}; starting a new one`);
    const state: HarvestState = emptyState();
    // Keep what is known about providers not harvested now; forget providers no longer harvested.
    for (const [id, p] of Object.entries(previous.state.providers)) if (known.has(id)) state.providers[id] = p;

    const limiter = new HostLimiter(limits.perHost);
    const accept = new Set(options.accept ?? []);
    const queue = [...selected];
    const workers = Array.from({ length: Math.min(limits.providers, queue.length) }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const result = await harvestProvider(entry, {
          snapshotDir,
          limits,
          limiter,
          accept: accept.has(entry.id),
          buildDate: options.buildDate,
          now,
          before: state.providers[entry.id],
        });
        state.providers[entry.id] = result;
        log(summary(entry.id, result));
      }
    });
    await Promise.all(workers);
    state.updated = now().toISOString();
    // Sorted keys: a stable file that diffs well when it is kept in git.
    state.providers = Object.fromEntries(Object.entries(state.providers).sort(([a], [b]) => a.localeCompare(b)));
    writeAtomic(join(snapshotDir, HARVEST_FILE), JSON.stringify(state, null, 2) + '\n');
    const peakPerHost = Object.fromEntries(selected.map((e) => new URL(e.url!).host).map((host) => [host, limiter.peak(host)]));
    return { state, harvested: selected.map((e) => e.id), peakPerHost };
  } finally {
    unlock();
  }
}

function summary(id: string, p: ProviderHarvest): string {
  if (p.status === 'ok') {
    const c = p.changes;
    const changes =
      c && c.added.length + c.changed.length + c.removed.length
        ? `${c.added.length} added, ${c.changed.length} changed, ${c.removed.length} removed`
        : 'no changes';
    return `${id}: ok, ${p.programmes} programme(s), ${changes} (${p.requests?.notModified ?? 0} unchanged file(s) answered 304)`;
  }
  const first = p.errors[0];
  return `${id}: HELD BACK (${p.status}), ${p.errors.length} problem(s); ${first.file}${first.element ? ` → ${first.element}` : ''}: ${first.problem}`;
}

interface ProviderContext {
  snapshotDir: string;
  limits: HarvestLimits;
  limiter: HostLimiter;
  accept: boolean;
  buildDate: string;
  now: () => Date;
  before?: ProviderHarvest;
}

interface Fetched {
  /** Where the bytes really came from (after redirects). */
  url: string;
  bytes: Buffer;
  record: SnapshotFile;
  status: number;
}

async function harvestProvider(entry: FeedEntry, ctx: ProviderContext): Promise<ProviderHarvest> {
  const { snapshotDir, limits } = ctx;
  const attempt = ctx.now().toISOString();
  const folder = join(snapshotDir, entry.id);
  const manifest = existsSync(folder) ? readManifest(folder) : undefined;
  const previous = manifest && !('problem' in manifest) ? manifest : undefined;
  const previousByUrl = new Map(Object.entries(previous?.files ?? {}).map(([local, file]) => [file.url, { local, file }]));
  const requests = { full: 0, notModified: 0, bytes: 0 };
  const errors: HarvestProblem[] = [];
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.providerTimeoutMs);
  let httpStatus: number | undefined;

  const get = async (url: string, maxBytes: number): Promise<Fetched> => {
    const known = previousByUrl.get(url);
    // Only ask "changed since?" when the old bytes are really there to fall back on.
    const validators =
      known && existsSync(join(folder, known.local)) ? { etag: known.file.etag, lastModified: known.file.lastModified } : undefined;
    const result: FetchResult = await ctx.limiter.run(url, () => fetchWithRetry(url, maxBytes, limits, deadline.signal, validators));
    if (result.kind === 'not-modified') {
      requests.notModified++;
      return { url, bytes: readFileSync(join(folder, known!.local)), record: known!.file, status: 304 };
    }
    requests.full++;
    requests.bytes += result.body.byteLength;
    if (looksLikeHtml(result.body, result.contentType)) {
      throw new FetchProblem(
        'html',
        `gave a web page (${result.contentType ?? 'HTML'}) instead of an XML file; often an error or login page`,
        200,
      );
    }
    return {
      url: result.url,
      bytes: result.body,
      record: { url, etag: result.etag, lastModified: result.lastModified, sha256: sha256(result.body), bytes: result.body.byteLength },
      status: 200,
    };
  };
  const problemOf = (error: unknown, file: string, element?: string): HarvestProblem =>
    error instanceof FetchProblem
      ? { kind: error.kind, file, element, problem: error.problem, status: error.status }
      : { kind: 'network', file, element, problem: `could not be fetched: ${(error as Error).message}` };

  const finish = (result: Omit<ProviderHarvest, 'name' | 'url' | 'contact' | 'lastAttempt'>): ProviderHarvest => {
    clearTimeout(timer);
    rmSync(stagingFolder(snapshotDir, entry.id), { recursive: true, force: true });
    return { name: entry.name, url: entry.url!, contact: entry.contact, lastAttempt: attempt, ...result };
  };
  const heldBack = (status: 'failed' | 'suspicious', changes?: ProviderHarvest['changes']) =>
    finish({
      status,
      lastSuccess: ctx.before?.lastSuccess ?? previous?.harvestedAt,
      heldBackSince: ctx.before && ctx.before.status !== 'ok' && ctx.before.heldBackSince ? ctx.before.heldBackSince : attempt,
      httpStatus,
      programmes: previous ? Object.keys(previous.programmes).length : 0,
      changes,
      requests,
      errors: errors.slice(0, 200),
    });

  // 1. directory.xml
  let directory: Fetched;
  try {
    directory = await get(entry.url!, limits.maxBytes.directory);
  } catch (error) {
    httpStatus = error instanceof FetchProblem ? error.status : undefined;
    errors.push(problemOf(error, entry.url!));
    return heldBack('failed');
  }
  httpStatus = directory.status;
  // Relative resourceUrls resolve against where directory.xml really is (after redirects).
  const directoryUrl = directory.status === 304 ? (previous?.directoryUrl ?? entry.url!) : directory.url;

  // 2. What it lists. If it does not parse, the importer below says exactly where.
  const files = new Map<string, { url: string; element: string; maxBytes: number }>();
  const programmes: Record<string, string> = {};
  let instituteUrl: string | undefined;
  try {
    const root = parseXml(directory.bytes.toString('utf8'), { maxElements: MAX_DIRECTORY_ELEMENTS });
    const D = NS.directory;
    const instituteRef = childText(root, D, 'instituteDataResource');
    if (instituteRef) {
      const url = resolveFeedUrl(directoryUrl, instituteRef);
      if (typeof url === 'object')
        errors.push({ kind: 'address', file: directoryUrl, element: 'instituteDataResource', problem: url.problem });
      else {
        instituteUrl = url;
        files.set('institute.xml', { url, element: 'instituteDataResource', maxBytes: limits.maxBytes.institute });
      }
    }
    childrenNamed(root, D, 'programResource').forEach((res, i) => {
      const programId = childText(res, D, 'programId');
      const ref = childText(res, D, 'resourceUrl');
      if (!programId || !ref) return; // the importer reports the missing element
      const element = `programResource[programId=${programId}]/resourceUrl`;
      const url = resolveFeedUrl(directoryUrl, ref);
      if (typeof url === 'object') return errors.push({ kind: 'address', file: directoryUrl, element, problem: url.problem });
      const local = url === instituteUrl ? 'institute.xml' : localProgramPath(url);
      programmes[programId] ??= local;
      if (!files.has(local))
        files.set(local, {
          url,
          element: `programResource[${programId ? `programId=${programId}` : i + 1}]`,
          maxBytes: limits.maxBytes.program,
        });
    });
  } catch {
    // Not parseable: stage directory.xml alone; the importer's message names line and problem.
  }

  // 3. Institute and programmes, a few at a time per host.
  const fetched = new Map<string, Fetched>();
  await Promise.all(
    [...files].map(async ([local, file]) => {
      try {
        fetched.set(local, await get(file.url, file.maxBytes));
      } catch (error) {
        errors.push(problemOf(error, file.url, file.element));
      }
    }),
  );
  if (deadline.signal.aborted) {
    errors.splice(0, errors.length, {
      kind: 'provider-timeout',
      file: directoryUrl,
      problem: `the whole feed took longer than ${limits.providerTimeoutMs / 1000} s to fetch`,
    });
    return heldBack('failed');
  }

  // 4. Stage beside the snapshot and judge it with the build's own importer.
  const staging = stagingFolder(snapshotDir, entry.id);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'programs'), { recursive: true });
  const next: SnapshotManifest = {
    version: 1,
    provider: entry.id,
    directoryUrl,
    harvestedAt: attempt,
    files: { 'directory.xml': directory.record },
    programmes,
  };
  writeFileSync(join(staging, 'directory.xml'), directory.bytes);
  for (const [local, got] of [...fetched].sort(([a], [b]) => a.localeCompare(b))) {
    writeFileSync(join(staging, local), got.bytes);
    next.files[local] = got.record;
  }
  writeFileSync(join(staging, SNAPSHOT_MANIFEST), JSON.stringify(next, null, 2) + '\n');
  const failedElements = errors.map((e) => e.element).filter((e): e is string => Boolean(e));
  const checked = loadProviderFolder(staging, entry, { buildDate: ctx.buildDate, root: staging });
  for (const p of checked.problems) {
    // A file that could not be fetched is already reported; the importer would only add "not in the snapshot".
    if (failedElements.some((element) => p.element.startsWith(element.replace(/\/resourceUrl$/, '')))) continue;
    const local = relative(staging, p.path).split(sep).join('/');
    errors.push({ kind: 'feed', file: next.files[local]?.url ?? local, element: p.element || undefined, problem: p.problem });
  }
  if (errors.length) return heldBack('failed');

  // 5. Compare with the last good snapshot; the brake stops a collapse from wiping a provider.
  const before = previous?.programmes ?? {};
  const sum = (m: SnapshotManifest | undefined, local: string | undefined) => (m && local ? m.files[local]?.sha256 : undefined);
  const changes = {
    added: Object.keys(programmes)
      .filter((id) => !(id in before))
      .sort(),
    changed: Object.keys(programmes)
      .filter((id) => id in before && sum(previous, before[id]) !== sum(next, programmes[id]))
      .sort(),
    removed: Object.keys(before)
      .filter((id) => !(id in programmes))
      .sort(),
  };
  const was = Object.keys(before).length;
  const now = Object.keys(programmes).length;
  if (was > 0 && (now === 0 || now < was / 2) && !ctx.accept) {
    errors.push({
      kind: 'brake',
      file: directoryUrl,
      element: 'programResource',
      problem: `lists ${now} programme(s) where the last good snapshot had ${was}; held back because more than half would disappear. If this is right, run npm run feeds:harvest -- --accept ${entry.id}`,
    });
    return heldBack('suspicious', changes);
  }

  // 6. Swap in, unless nothing at all changed (then the snapshot, and git, stay untouched).
  const same = previous && JSON.stringify({ ...previous, harvestedAt: '' }) === JSON.stringify({ ...next, harvestedAt: '' });
  if (!same) swapIn(snapshotDir, entry.id);
  return finish({ status: 'ok', lastSuccess: attempt, httpStatus, programmes: now, changes, requests, errors: [] });
}

/** A web page where XML was expected (an error or login page answered with 200). */
function looksLikeHtml(body: Buffer, contentType?: string): boolean {
  if (contentType && /\bhtml\b/i.test(contentType)) return true;
  const start = body
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}
