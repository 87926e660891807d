// The published JSON Schemas (/api/v1/schemas/<file>.json), generated from the Zod schemas in
// src/schemas/api.ts so they always describe exactly what the build checks and writes.
import { z } from 'astro/zod';
import { API_FILES, API_SCHEMAS, API_VERSION, type ApiFile } from '../../schemas/api';

export const API_FILE_NAMES = Object.keys(API_FILES) as ApiFile[];

/** JSON Schema (draft 2020-12) of one file type; `id` is the schema's own URL. */
export function jsonSchemaOf(file: ApiFile, id: string): Record<string, unknown> {
  const generated = z.toJSONSchema(API_SCHEMAS[file], { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: id, title: `Leerwerkloket open data ${API_VERSION}: ${file}`, description: API_FILES[file], ...rest };
}
