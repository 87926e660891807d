// A harvested provider feed on disk: the files exactly as the provider served them (so line numbers in
// messages match the provider's own files) plus snapshot.json, which maps each web address the
// directory.xml names to the local file holding its bytes. The harvester (src/tooling/feeds/) writes
// it; the importer (./feeds.ts) reads through it. Plain Node, no network.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SNAPSHOT_MANIFEST = 'snapshot.json';

export interface SnapshotFile {
  /** Absolute address the bytes came from. */
  url: string;
  /** Validators for the next conditional request. */
  etag?: string;
  lastModified?: string;
  sha256: string;
  bytes: number;
}

export interface SnapshotManifest {
  version: 1;
  provider: string;
  /** Address of directory.xml; relative resourceUrls resolve against it. */
  directoryUrl: string;
  /** When this snapshot was accepted (ISO timestamp). */
  harvestedAt: string;
  /** Local path (directory.xml, institute.xml, programs/….xml) → where it came from. */
  files: Record<string, SnapshotFile>;
  /** programId → local path of its programme file (the directory's list, for diffs and the brake). */
  programmes: Record<string, string>;
}

/** The local names the harvester may write; anything else in a manifest is refused. */
const LOCAL_PATH = /^(?:directory\.xml|institute\.xml|programs\/[a-z0-9][a-z0-9._-]{0,120}\.xml)$/;

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Reads a snapshot.json; a problem in words when it is missing or not one the harvester writes. */
export function readManifest(folder: string): SnapshotManifest | { problem: string } {
  const file = join(folder, SNAPSHOT_MANIFEST);
  if (!existsSync(file))
    return { problem: `has no ${SNAPSHOT_MANIFEST}; a harvested provider folder is written by npm run feeds:harvest, not by hand` };
  let data: SnapshotManifest;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as SnapshotManifest;
  } catch (error) {
    return { problem: `${SNAPSHOT_MANIFEST} is not valid JSON (${(error as Error).message}); harvest the provider again` };
  }
  if (
    data?.version !== 1 ||
    typeof data.directoryUrl !== 'string' ||
    typeof data.files !== 'object' ||
    typeof data.programmes !== 'object'
  ) {
    return { problem: `${SNAPSHOT_MANIFEST} is not a snapshot manifest of version 1; harvest the provider again` };
  }
  for (const local of [...Object.keys(data.files), ...Object.values(data.programmes)]) {
    if (!LOCAL_PATH.test(local))
      return { problem: `${SNAPSHOT_MANIFEST} names the file "${local}", which the harvester never writes; harvest the provider again` };
  }
  return data;
}

/**
 * Resolves a resourceUrl from a directory.xml against the directory's own address. Only http(s) is
 * accepted: a feed may not make the harvester read file:, ftp: or data: addresses.
 */
export function resolveFeedUrl(base: string, ref: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(ref.trim(), base);
  } catch {
    return { problem: `"${ref}" is not a valid address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: `"${ref}" uses ${url.protocol.replace(/:$/, '')}:; only http and https addresses are fetched` };
  if (url.username || url.password) return { problem: `"${ref}" contains a user name or password; feeds must be public` };
  url.hash = '';
  return url.href;
}

/** A stable, safe local name for a programme file: the last path segment, cleaned, plus a short hash. */
export function localProgramPath(url: string): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'programme';
  const stem = decodeURIComponentSafe(last)
    .replace(/\.xml$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 80);
  return `programs/${stem || 'programme'}-${sha256(url).slice(0, 10)}.xml`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
