import { resolve } from 'node:path';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
// The Astro content loader, driven with a stand-in for Astro's loader context.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { edudexLoader } from '../../../../src/lib/opleidingen/loader';
import { ContentErrors } from '../../../../src/lib/errors';
import { offerEntrySchema } from '../../../../src/schemas/opleiding';
import { edudexDir, offerStoreFile } from '../../../../src/lib/site/config';
import { readOfferStore } from '../../../../src/lib/opleidingen/offer-store';

const storeDir = mkdtempSync(join(tmpdir(), 'lwl-offer-store-'));
let stores = 0;
/** A fresh offer store file for one loader run (the default is in the project's build cache). */
const newStore = () => join(storeDir, `offers-${++stores}.ndjson`);
afterAll(() => rmSync(storeDir, { recursive: true, force: true }));

function fakeContext(meta = new Map<string, string>()) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>();
  const logged: string[] = [];
  const context = {
    collection: 'opleidingen',
    meta,
    store: {
      keys: () => [...entries.keys()],
      clear: () => entries.clear(),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
        entries.set(entry.id, entry);
        return true;
      },
    },
    logger: { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => offerEntrySchema.parse(data),
    generateDigest: (data: unknown) => String(JSON.stringify(data).length),
  } as unknown as LoaderContext;
  return { context, entries, logged };
}

describe('edudexLoader', () => {
  it('stores one small entry per programme, keyed by slug, the whole offers in the offer store, and logs what it did', async () => {
    const { context, entries, logged } = fakeContext();
    const storeFile = newStore();
    await edudexLoader({ dir: join('tests/fixtures/edudex/features'), date: '2026-11-23', storeFile }).load(context);
    expect([...entries.keys()].sort()).toEqual(['bouwplaats-basis', 'excel-online', 'zorg-en-welzijn-in-het-cafe-en-amp-test']);
    expect(entries.get('excel-online')!.data).toEqual({ id: 'opleider-a/ONLINE', slug: 'excel-online', title: 'Excel online' });
    const offers = readOfferStore(storeFile);
    expect(offers.map((o) => o.slug)).toEqual(['bouwplaats-basis', 'excel-online', 'zorg-en-welzijn-in-het-cafe-en-amp-test']);
    expect(offers[1]).toMatchObject({ level: 'none', forms: ['e-learning'], recognised: false, online: true });
    // The entry's digest is the whole offer's, so Astro's store changes whenever an offer does.
    const digests = new Set([...entries.values()].map((e) => e.digest));
    expect(digests.size).toBe(3);
    expect(logged.join('\n')).toMatch(/skipped 1 \(not in publication\)/);
    expect(logged.join('\n')).toMatch(/ignored 1 file\(s\) not listed/);
  });

  it('stops with ContentErrors on a bad feed, logging every problem (Astro itself shows only the first)', async () => {
    const { context, logged } = fakeContext();
    await expect(
      edudexLoader({ dir: join('tests/fixtures/edudex/bad-run-status'), date: '2026-11-23', storeFile: newStore() }).load(context),
    ).rejects.toBeInstanceOf(ContentErrors);
    expect(logged.join('\n')).toMatch(
      /EDU-DEX feeds refused\. 1 problem\(s\) in the content:\n {2}- .*bad-run-status\/status\/programs\/a.xml \(provider status\)/,
    );
  });

  it('keeps the stored offers while the feeds and the date are unchanged, and reads them again when either changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lwl-loader-'));
    try {
      cpSync('tests/fixtures/edudex/features', dir, { recursive: true });
      const meta = new Map<string, string>();
      const first = fakeContext(meta);
      const storeFile = newStore();
      await edudexLoader({ dir, date: '2026-11-23', storeFile }).load(first.context);
      // The same store on the next build: a marker left in it shows whether the feeds were read.
      const { context, entries, logged } = fakeContext(meta);
      const load = (date: string) => edudexLoader({ dir, date, storeFile }).load(context);
      entries.set('marker', { id: 'marker', data: {} });
      await load('2026-11-23');
      expect(entries.has('marker')).toBe(true);
      expect(logged.join('\n')).toMatch(/feeds unchanged since the last build; 1 programme\(s\) kept/);
      // The kept log lines are repeated, so every build says what was skipped.
      expect(logged.join('\n')).toMatch(/skipped 1 \(not in publication\)/);

      await load('2026-11-24');
      expect(entries.has('marker')).toBe(false);

      entries.set('marker', { id: 'marker', data: {} });
      const program = readdirSync(dir, { recursive: true })
        .map(String)
        .find((f) => f.endsWith('.xml') && f.includes('programs'))!;
      appendFileSync(join(dir, program), '\n');
      await load('2026-11-24');
      expect(entries.has('marker')).toBe(false);
      expect(entries.size).toBe(3);

      // Without its offer store the kept entries are of no use: the feeds are read again.
      entries.set('marker', { id: 'marker', data: {} });
      unlinkSync(storeFile);
      await load('2026-11-24');
      expect(entries.has('marker')).toBe(false);
      expect(readOfferStore(storeFile)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('trusts a build that keeps the catalogue: the feeds are not hashed again, unless there is nothing to keep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lwl-loader-'));
    try {
      cpSync('tests/fixtures/edudex/features', dir, { recursive: true });
      const storeFile = newStore();
      const { context, entries, logged } = fakeContext();
      const load = (keeps: boolean) => edudexLoader({ dir, date: '2026-11-23', storeFile, keepsCatalogue: keeps }).load(context);
      // The first build has nothing to keep: it reads the feeds, whatever it was told.
      await load(true);
      expect(entries.size).toBe(3);
      // scripts/build.ts keeps the catalogue only when the feeds equal the last build's; a feed
      // changed behind its back shows that the loader did not look again.
      entries.set('marker', { id: 'marker', data: {} });
      const program = readdirSync(dir, { recursive: true })
        .map(String)
        .find((f) => f.endsWith('.xml') && f.includes('programs'))!;
      appendFileSync(join(dir, program), '\n');
      await load(true);
      expect(entries.has('marker')).toBe(true);
      expect(logged.join('\n')).toMatch(/feeds unchanged since the last build; 4 programme\(s\) kept/);
      await load(false);
      expect(entries.has('marker')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the offer store in the build cache, ASTRO_CACHE_DIR or .build-cache', () => {
    expect(offerStoreFile({})).toBe(resolve('.build-cache/opleidingen/offers.ndjson'));
    expect(offerStoreFile({ ASTRO_CACHE_DIR: '/tmp/cache-a' })).toBe('/tmp/cache-a/opleidingen/offers.ndjson');
  });

  it('reads the feed folder from EDUDEX_DIR, default <CONTENT_DIR>/opleidingen', () => {
    expect(edudexDir({})).toBe(resolve('content/opleidingen'));
    expect(edudexDir({ CONTENT_DIR: '/tmp/copy/content' })).toBe('/tmp/copy/content/opleidingen');
    expect(edudexDir({ EDUDEX_DIR: '/tmp/bench/feeds ' })).toBe('/tmp/bench/feeds');
  });
});
