// /api/v1/regelingen.json: every regeling with its status on the build date.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { apiContext, apiResponse } from '../../../lib/api/build';
import { regelingenData } from '../../../lib/api/open-data';

export const GET: APIRoute = async () =>
  apiResponse('regelingen', regelingenData(await getCollection('regelingen'), apiContext()), 'regelingen.json');
