// The full training offers, one JSON line each, in a file of their own next to Astro's content store.
// Astro bundles its content store into the build as one JavaScript string, and V8's time to compile
// that string grows faster than its length: 70 MB took 51 s, 141 MB 181 s (issue #14, BENCHMARKS.md),
// and 100,000 offers make 320 MB. So the "opleidingen" collection keeps a small entry per offer and
// the EDU-DEX loader writes the offers here; catalog() reads them back. Lines keep memory flat: no
// single string holds the whole catalogue.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Offer } from '../../schemas/opleiding';

interface Header {
  format: 'leerwerkloket-offers';
  version: 1;
  /** The loader's digest of the feeds and date the offers were read from. */
  inputs: string;
  count: number;
}

const FORMAT = 'leerwerkloket-offers';
const VERSION = 1;
/** Lines are written in batches of about this many bytes. */
const BATCH = 1 << 20;

/** Writes the offers (sorted by slug, so the file depends on the offers only), then moves it in place. */
export function writeOfferStore(file: string, inputs: string, offers: Offer[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const sorted = [...offers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const header: Header = { format: FORMAT, version: VERSION, inputs, count: sorted.length };
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    let batch = JSON.stringify(header) + '\n';
    for (const offer of sorted) {
      batch += JSON.stringify(offer) + '\n';
      if (batch.length >= BATCH) {
        writeSync(fd, batch);
        batch = '';
      }
    }
    writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

function readHeader(text: string): Header | undefined {
  try {
    const header = JSON.parse(text) as Partial<Header>;
    return header.format === FORMAT && header.version === VERSION && typeof header.inputs === 'string' ? (header as Header) : undefined;
  } catch {
    return undefined;
  }
}

/** The feeds digest the store was written for, or undefined when there is no readable store. */
export function offerStoreInputs(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const end = buffer.subarray(0, length).indexOf(10);
    return end < 0 ? undefined : readHeader(buffer.toString('utf8', 0, end))?.inputs;
  } finally {
    closeSync(fd);
  }
}

/** Every offer in the store, in slug order. Throws when the file is missing, foreign or cut short. */
export function readOfferStore(file: string): Offer[] {
  if (!existsSync(file)) throw new Error(`The training offer store ${file} is missing; build again with: npm run build -- --clean`);
  const data = readFileSync(file);
  const offers: Offer[] = [];
  let start = 0;
  let header: Header | undefined;
  while (start < data.length) {
    let end = data.indexOf(10, start);
    if (end < 0) end = data.length;
    const line = data.toString('utf8', start, end);
    start = end + 1;
    if (!line) continue;
    if (!header) {
      header = readHeader(line);
      if (!header) throw new Error(`${file} is not a training offer store; build again with: npm run build -- --clean`);
      continue;
    }
    offers.push(JSON.parse(line) as Offer);
  }
  if (!header || offers.length !== header.count) {
    throw new Error(
      `The training offer store ${file} holds ${offers.length} of ${header?.count ?? '?'} offers; build again with: npm run build -- --clean`,
    );
  }
  return offers;
}
