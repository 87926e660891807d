// Runs a collection's schema on an entry in the CMS before it is saved, so an editor hears about
// a problem (an image without alt text, an end before the start, a past event) at once and in
// terms of the CMS labels, not only when the build fails. Pure: also used in unit tests.
import type { z } from 'astro/zod';
import type { DecapField } from './fields';

/** "Afbeelding › Beschrijving van de afbeelding (alt-tekst)" for the path ['image', 'alt']. */
export function labelFor(fields: DecapField[], path: PropertyKey[]): string {
  const labels: string[] = [];
  let current: DecapField[] | undefined = fields;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const field: DecapField | undefined = current?.find((f) => f.name === key);
    if (!field) {
      labels.push(String(key));
      break;
    }
    labels.push(field.label);
    current = field.fields;
  }
  return labels.join(' › ') || 'Bericht';
}

/** Problems with an entry as the CMS holds it (body included); empty when it may be saved. */
export function entryProblems(schema: z.ZodType, fields: DecapField[], data: Record<string, unknown>): string[] {
  const frontmatter = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'body'));
  const result = schema.safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${labelFor(fields, issue.path)}: ${issue.message}`);
}
