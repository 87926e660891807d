// /api/v1/opleidingen/index.json: one entry per region (and online) with its size and index.
// A route with a parameter only so that a build keeping the catalogue can list no page: the file is
// then in the kept folder (KEPT_ROUTES in src/tooling/output/catalogue-keep.ts).
import type { APIRoute } from 'astro';
import { apiContext, apiResponse } from '../../../../lib/api/build';
import { catalogues, opleidingenIndexData } from '../../../../lib/api/open-data';
import { catalog } from '../../../../lib/opleidingen/catalog';
import { keepsCatalogue } from '../../../../lib/site/config';
import { allRegions } from '../../../../lib/site/sites';

export const getStaticPaths = () => (keepsCatalogue() ? [] : [{ params: { file: 'index' } }]);

export const GET: APIRoute = async () =>
  apiResponse(
    'opleidingen-index',
    opleidingenIndexData(catalogues((await catalog()).offers, allRegions()), apiContext()),
    'opleidingen/index.json',
  );
