// The training catalogue for page routes: read the collection once per build and index it once
// (module-level cache shared by getStaticPaths and every page render).
import { getCollection } from 'astro:content';
import { allSites } from '../site/sites';
import { buildCatalog, type Catalog } from './facets';

let cached: Promise<Catalog> | undefined;

export function catalog(): Promise<Catalog> {
  cached ??= getCollection('opleidingen').then((entries) =>
    buildCatalog(
      entries.map((e) => e.data),
      allSites().map((s) => ({ id: s.id, region: s.region?.slug })),
    ),
  );
  return cached;
}
