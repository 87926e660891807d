// The training catalogue for page routes: read the offers once per build and index them once
// (module-level cache shared by getStaticPaths and every page render). The collection says which
// offers there are; the offer store holds them whole (offer-store.ts).
import { statSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { offerStoreFile } from '../site/config';
import { allSites } from '../site/sites';
import { buildCatalog, type Catalog } from './facets';
import { readOfferStore } from './offer-store';

let cached: { version: string; catalog: Promise<Catalog> } | undefined;

async function load(file: string): Promise<Catalog> {
  const entries = await getCollection('opleidingen');
  const offers = readOfferStore(file);
  const stored = new Set(offers.map((o) => o.slug));
  const missing = entries.filter((e) => !stored.has(e.data.slug));
  if (missing.length > 0 || entries.length !== offers.length) {
    throw new Error(
      `The training offer store ${file} does not match the content store (${offers.length} against ${entries.length} offers); build again with: npm run build -- --clean`,
    );
  }
  return buildCatalog(
    offers,
    allSites().map((s) => ({ id: s.id, region: s.region?.slug })),
  );
}

export function catalog(): Promise<Catalog> {
  const file = offerStoreFile();
  // The store's time and size tell when the loader wrote it again (astro dev, a changed feed).
  const stat = statSync(file, { throwIfNoEntry: false });
  const version = stat ? `${stat.mtimeMs}:${stat.size}` : 'none';
  if (cached?.version !== version) cached = { version, catalog: load(file) };
  return cached.catalog;
}
