// Runs a collection's schema on an entry in the CMS before it is saved, so an editor hears about
// a problem (an image without alt text, an end before the start, a past event) at once and in
// terms of the CMS labels, not only when the build fails. Pure: also used in unit tests.
import type { z } from 'astro/zod';
import { IMAGE_EXTENSIONS } from '../media-types';
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

/** Paths (with CMS labels) of every image field in a form, also inside objects and lists. */
function imageValues(fields: DecapField[], data: unknown, labels: string[] = []): { label: string; value: unknown }[] {
  if (!data || typeof data !== 'object') return [];
  const out: { label: string; value: unknown }[] = [];
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.name];
    const label = [...labels, field.label];
    if (field.widget === 'image') out.push({ label: label.join(' › '), value });
    else if (field.fields) {
      for (const item of Array.isArray(value) ? value : [value]) out.push(...imageValues(field.fields, item, label));
    }
  }
  return out;
}

/**
 * Image fields must point at an image in the site's own media folder (`publicFolder`, e.g.
 * "/media/twente") of an allowed type. The schema checks the form of the path; this also checks
 * that it is this site's folder, in the words of the CMS.
 */
export function imageProblems(fields: DecapField[], data: Record<string, unknown>, publicFolder: string): string[] {
  const folder = publicFolder.replace(/\/?$/, '/');
  const problems: string[] = [];
  for (const { label, value } of imageValues(fields, data)) {
    if (value === undefined || value === null || value === '') continue;
    const path = String(value);
    const name = path.slice(folder.length);
    if (!path.startsWith(folder) || name.includes('/') || !name) {
      problems.push(
        `${label}: "${path}" staat niet in de map van deze site (${folder}). Kies de afbeelding opnieuw via "Kies een afbeelding" en upload hem zo nodig.`,
      );
    } else if (!IMAGE_EXTENSIONS.some((extension) => name.endsWith(`.${extension}`))) {
      problems.push(
        `${label}: "${name}" is geen JPEG-, PNG-, WebP- of AVIF-afbeelding. Een SVG kan niet: sla die op als PNG of WebP en upload die.`,
      );
    }
  }
  return problems;
}

/** Everything that stops a save: the image check first, then the schema's problems on other
 *  fields (a refused image would otherwise be reported twice, once in English). */
export function saveProblems(schema: z.ZodType, fields: DecapField[], data: Record<string, unknown>, publicFolder: string): string[] {
  const images = imageProblems(fields, data, publicFolder);
  const labels = images.map((p) => p.slice(0, p.indexOf(': ') + 2));
  return [...images, ...entryProblems(schema, fields, data).filter((p) => !labels.some((label) => p.startsWith(label)))];
}
