// /api/v1/loketten.json: every gemeente with its loket, and every loket's contact details and locations.
import type { APIRoute } from 'astro';
import { apiContext, apiResponse } from '../../../lib/api/build';
import { lokettenData } from '../../../lib/api/open-data';
import { allGemeenten } from '../../../lib/loketten/gemeenten';
import { allRegions } from '../../../lib/site/sites';

export const GET: APIRoute = () => apiResponse('loketten', lokettenData(allRegions(), allGemeenten(), apiContext()), 'loketten.json');
