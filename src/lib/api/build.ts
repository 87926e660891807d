// What the /api/ routes share at build time: the context (date, URLs) and a check of every file
// against its schema before it is written, so a file that breaks its published schema stops the build.
import { API_SCHEMAS, type ApiFile } from '../../schemas/api';
import { buildDate } from '../site/config';
import { NATIONAL, siteUrls } from '../site/sites';
import type { ApiContext } from './open-data';

export function apiContext(): ApiContext {
  const urls = siteUrls();
  return { today: buildDate(), absolute: (site, path) => urls.absolute(site, path), national: NATIONAL };
}

/** The file as a JSON response, after checking it against its schema. */
export function apiResponse(file: ApiFile, data: unknown, label: string): Response {
  const result = API_SCHEMAS[file].safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Open data ${label} does not match its schema (${file}):\n  ${problems.join('\n  ')}`);
  }
  return jsonResponse(data);
}

export const jsonResponse = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
