// Turns a collection's zod schema into Decap CMS fields. Every schema field must carry a Dutch
// label (`cms()` in src/schemas/editorial.ts or the field helpers); a field the walker cannot map
// stops the build, so the CMS can never silently miss a field the build requires.
import { z } from 'astro/zod';
import type { CmsMeta } from '../../../schemas/editorial';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  fields?: DecapField[];
  [option: string]: unknown;
}

interface Unwrapped {
  core: z.ZodType;
  optional: boolean;
  meta: Partial<CmsMeta>;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  format?: string;
  element?: z.ZodType;
  entries?: Record<string, string>;
  shape?: Record<string, z.ZodType>;
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/default/nullable/preprocess wrappers and collects the CMS meta on the way in. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let core = schema;
  let optional = false;
  const metas: Partial<CmsMeta>[] = [];
  for (;;) {
    const meta = z.globalRegistry.get(core)?.cms as Partial<CmsMeta> | undefined;
    if (meta) metas.push(meta);
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      core = def.innerType!;
    } else if (def.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the real schema.
      core = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else {
      break;
    }
  }
  // Outer meta wins over inner (a field may relabel a shared building block).
  const meta = Object.assign({}, ...metas.reverse()) as Partial<CmsMeta>;
  return { core, optional, meta };
}

/** The object shape behind a collection schema (also through refinements and wrappers). */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const { core } = unwrap(schema);
  const def = defOf(core);
  if (def.type !== 'object' || !def.shape) throw new Error(`Expected an object schema, got ${def.type}`);
  return def.shape;
}

const minItems = (def: Def) => def.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;

/**
 * Decap validates the fields inside an optional object even when the object is left empty, so
 * inside an optional object every field is optional in the CMS; the schema (checked again before
 * saving, see ./validate.ts, and by the build) still requires them once the object is used.
 */
function fieldFor(name: string, schema: z.ZodType, path: string, insideOptional: boolean): DecapField {
  const unwrapped = unwrap(schema);
  const { core, meta } = unwrapped;
  const optional = unwrapped.optional || insideOptional;
  if (!meta.label)
    throw new Error(`Schema field "${path}" has no CMS label; wrap it in cms(schema, { label: '…' }) (src/schemas/editorial.ts)`);
  const def = defOf(core);
  const base: DecapField = { name, label: meta.label, widget: 'string' };
  if (optional) base.required = false;
  if (meta.hint) base.hint = meta.hint;
  const extra = meta.options ?? {};

  if (meta.widget) return { ...base, widget: meta.widget, ...extra };
  switch (def.type) {
    case 'string':
      if (def.format === 'url')
        return {
          ...base,
          widget: 'string',
          pattern: ['^https?://\\S+$', 'Vul een volledig webadres in, dat begint met https://'],
          ...extra,
        };
      if (def.format === 'date')
        return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, ...extra };
      return { ...base, widget: 'string', ...extra };
    case 'number':
      return { ...base, widget: 'number', ...extra };
    case 'boolean':
      return { ...base, widget: 'boolean', ...extra };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}), ...extra };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: fieldsFor(core, path, optional), ...extra };
    case 'array': {
      const element = unwrap(def.element!);
      const elementDef = defOf(element.core);
      const min = minItems(def);
      if (elementDef.type === 'enum') {
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: Object.values(elementDef.entries ?? {}),
          ...(min ? { min } : {}),
          ...extra,
        };
      }
      if (elementDef.type === 'string') return { ...base, widget: 'list', ...(min ? { min } : {}), ...extra };
      if (elementDef.type === 'object')
        return { ...base, widget: 'list', fields: fieldsFor(element.core, `${path}[]`, false), ...(min ? { min } : {}), ...extra };
      throw new Error(`Schema field "${path}" is a list of ${elementDef.type}; the CMS field generator cannot map it yet`);
    }
    default:
      throw new Error(`Schema field "${path}" has type ${def.type}; the CMS field generator cannot map it yet (add a widget in cms())`);
  }
}

/** Decap fields for every field of an object schema, in schema order. */
export function fieldsFor(schema: z.ZodType, parent = '', insideOptional = false): DecapField[] {
  return Object.entries(objectShape(schema)).map(([name, field]) =>
    fieldFor(name, field, parent ? `${parent}.${name}` : name, insideOptional),
  );
}
