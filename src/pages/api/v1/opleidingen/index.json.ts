// /api/v1/opleidingen/index.json: one entry per region (and online) with its size and index.
import type { APIRoute } from 'astro';
import { apiContext, apiResponse } from '../../../../lib/api/build';
import { catalogues, opleidingenIndexData } from '../../../../lib/api/open-data';
import { catalog } from '../../../../lib/opleidingen/catalog';
import { allRegions } from '../../../../lib/site/sites';

export const GET: APIRoute = async () =>
  apiResponse(
    'opleidingen-index',
    opleidingenIndexData(catalogues((await catalog()).offers, allRegions()), apiContext()),
    'opleidingen/index.json',
  );
