// /api/v1/opleidingen/<regio>/<page>.json: one page of a region's catalogue.
import type { APIRoute } from 'astro';
import { apiContext, apiResponse } from '../../../../../lib/api/build';
import { catalogues, opleidingenPageData, pageCount, type Catalogue } from '../../../../../lib/api/open-data';
import { catalog } from '../../../../../lib/opleidingen/catalog';
import { allRegions } from '../../../../../lib/site/sites';
import { buildDate, keepsCatalogue } from '../../../../../lib/site/config';
import { catalogueKey, digest } from '../../../../../lib/site/page-keys';

export async function getStaticPaths() {
  // The last build's pages stay in place (src/tooling/output/catalogue-keep.ts).
  if (keepsCatalogue()) return [];
  // The files carry the build date, so it is part of their key.
  const cacheKey = digest(await catalogueKey(), buildDate());
  return catalogues((await catalog()).offers, allRegions()).flatMap((c) =>
    Array.from({ length: pageCount(c.offers.length) }, (_, i) => ({
      params: { regio: c.id, page: String(i + 1) },
      props: { catalogue: c, page: i + 1 },
      cacheKey,
    })),
  );
}

export const GET: APIRoute<{ catalogue: Catalogue; page: number }> = ({ props }) =>
  apiResponse(
    'opleidingen-page',
    opleidingenPageData(props.catalogue, props.page, apiContext()),
    `opleidingen/${props.catalogue.id}/${props.page}.json`,
  );
