// Validates data against the published JSON Schemas with Ajv (draft 2020-12 and its formats):
// an independent check of what the Zod schemas generate.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { API_FILE_NAMES, jsonSchemaOf } from '../../../src/lib/api/json-schema';
import type { ApiFile } from '../../../src/schemas/api';

export const schemaUrl = (file: ApiFile) => `https://leerwerkloket.nl/api/v1/schemas/${file}.json`;

export function apiValidator(schemas: Partial<Record<ApiFile, object>> = {}) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  for (const file of API_FILE_NAMES) ajv.addSchema(schemas[file] ?? jsonSchemaOf(file, schemaUrl(file)));
  /** Problems of `data` against the schema its $schema names (or `file`); empty when valid. */
  return (data: unknown, file?: ApiFile): string[] => {
    const id = file ? schemaUrl(file) : (data as { $schema?: string }).$schema;
    const validate = id ? ajv.getSchema(id) : undefined;
    if (!validate) return [`no published schema "${id}"`];
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  };
}
