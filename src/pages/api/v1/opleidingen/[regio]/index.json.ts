// /api/v1/opleidingen/<regio>/index.json: the pages of one region's catalogue.
import type { APIRoute } from 'astro';
import { apiContext, apiResponse } from '../../../../../lib/api/build';
import { catalogues, opleidingenRegioData, type Catalogue } from '../../../../../lib/api/open-data';
import { catalog } from '../../../../../lib/opleidingen/catalog';
import { keepsCatalogue } from '../../../../../lib/site/config';
import { allRegions } from '../../../../../lib/site/sites';

export async function getStaticPaths() {
  // A build that keeps the catalogue has this file in the kept folder (catalogue-keep.ts).
  if (keepsCatalogue()) return [];
  return catalogues((await catalog()).offers, allRegions()).map((c) => ({ params: { regio: c.id }, props: { catalogue: c } }));
}

export const GET: APIRoute<{ catalogue: Catalogue }> = ({ props }) =>
  apiResponse('opleidingen-regio', opleidingenRegioData(props.catalogue, apiContext()), `opleidingen/${props.catalogue.id}/index.json`);
