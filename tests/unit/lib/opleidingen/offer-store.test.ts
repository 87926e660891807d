// The offer store: the whole training offers, one JSON line each, beside Astro's content store.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offerStoreInputs, readOfferStore, writeOfferStore } from '../../../../src/lib/opleidingen/offer-store';
import { loadFeeds } from '../../../../src/lib/opleidingen/edudex/feeds';
import type { Offer } from '../../../../src/schemas/opleiding';

const dir = mkdtempSync(join(tmpdir(), 'lwl-offer-store-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const offers = loadFeeds('tests/fixtures/edudex/features', { buildDate: '2026-11-23' }).offers;

describe('offer store', () => {
  it('gives back the offers it was given, in slug order, with the digest of their inputs', () => {
    const file = join(dir, 'round-trip.ndjson');
    writeOfferStore(file, 'digest-1', [...offers].reverse());
    const sorted = [...offers].sort((a, b) => a.slug.localeCompare(b.slug));
    expect(readOfferStore(file)).toEqual(JSON.parse(JSON.stringify(sorted)));
    expect(offerStoreInputs(file)).toBe('digest-1');
    // One header line, then one line per offer.
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(offers.length + 1);
  });

  it('writes the same bytes for the same offers, whatever their order', () => {
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    writeOfferStore(a, 'x', offers);
    writeOfferStore(b, 'x', [...offers].reverse());
    expect(readFileSync(a)).toEqual(readFileSync(b));
  });

  it('holds offers larger than a write batch, and many of them', () => {
    const big = { ...offers[0], description: 'lang '.repeat(400_000) };
    const many: Offer[] = Array.from({ length: 2_000 }, (_, i) => ({ ...offers[1], slug: `offer-${String(i).padStart(4, '0')}` }));
    const file = join(dir, 'big.ndjson');
    writeOfferStore(file, 'big', [big, ...many]);
    const read = readOfferStore(file);
    expect(read).toHaveLength(2_001);
    expect(read.find((o) => o.slug === big.slug)!.description).toHaveLength(2_000_000);
  });

  it('refuses a missing, foreign or cut-short file, saying to build clean', () => {
    expect(() => readOfferStore(join(dir, 'missing.ndjson'))).toThrow(/missing; build again with: npm run build -- --clean/);
    expect(offerStoreInputs(join(dir, 'missing.ndjson'))).toBeUndefined();

    const foreign = join(dir, 'foreign.ndjson');
    writeFileSync(foreign, '{"hello":"world"}\n');
    expect(() => readOfferStore(foreign)).toThrow(/is not a training offer store/);
    expect(offerStoreInputs(foreign)).toBeUndefined();

    const cut = join(dir, 'cut.ndjson');
    writeOfferStore(cut, 'x', offers);
    const lines = readFileSync(cut, 'utf8').trim().split('\n');
    writeFileSync(cut, lines.slice(0, -1).join('\n') + '\n');
    expect(() => readOfferStore(cut)).toThrow(new RegExp(`holds ${offers.length - 1} of ${offers.length} offers`));
  });
});
