// /api/v1/schemas/<file>.json: the JSON Schema of each open-data file, generated from Zod.
import type { APIRoute } from 'astro';
import { API_FILE_NAMES, jsonSchemaOf } from '../../../../lib/api/json-schema';
import { apiContext, jsonResponse } from '../../../../lib/api/build';
import { apiPaths } from '../../../../lib/api/open-data';
import type { ApiFile } from '../../../../schemas/api';

export const getStaticPaths = () => API_FILE_NAMES.map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const file = params.file as ApiFile;
  const ctx = apiContext();
  return jsonResponse(jsonSchemaOf(file, ctx.absolute(ctx.national, apiPaths.schema(file))));
};
