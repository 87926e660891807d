// Building blocks for the content regional editors write in the CMS (nieuws, agenda).
// Each field carries its Dutch CMS label in `.meta({ cms })`; src/lib/editorial/cms/fields.ts turns these
// schemas into Decap fields, so the CMS and the build validate the same thing.
import { z } from 'astro/zod';
import { IMAGE_EXTENSIONS, MAX_IMAGE_BYTES } from './media';
import { AUDIENCES, AUDIENCE_LABELS, MARKUP_START, audience, dateString } from './shared';

export interface CmsMeta {
  label: string;
  hint?: string;
  /** Decap widget when it cannot be derived from the schema type (text, image, datetime …). */
  widget?: string;
  /** Extra Decap options for the field (format, default, options …). */
  options?: Record<string, unknown>;
}

/** Attaches the CMS label and widget hints to a schema. */
export function cms<T extends z.ZodType>(schema: T, meta: CmsMeta): T {
  return schema.meta({ cms: meta }) as T;
}

/** Decap writes an empty string (or an empty object) for an optional field that was cleared. */
const isEmpty = (v: unknown): boolean =>
  v === '' || v === null || v === undefined || (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every(isEmpty));

export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (isEmpty(v) ? undefined : v), schema.optional());
}

export const title = cms(
  z
    .string()
    .trim()
    .min(5, { error: 'is too short; write a title of at least 5 characters' })
    .max(120, { error: 'is longer than 120 characters; make the title shorter' }),
  { label: 'Titel' },
);

// The summary goes out as plain text (pages, RSS, iCalendar, search); markup in it is a mistake
// or an attack, and feed readers would render it. "4 < 5" is still fine.
export const SUMMARY_MARKUP = 'De samenvatting is gewone tekst: gebruik geen < of > (HTML)';

export const summary = cms(
  z
    .string()
    .trim()
    .min(20, { error: 'is too short; write one or two sentences (at least 20 characters)' })
    .max(300, { error: 'is longer than 300 characters; keep it to one or two sentences' })
    .refine((text) => !MARKUP_START.test(text), { error: SUMMARY_MARKUP }),
  {
    label: 'Samenvatting',
    hint: 'Eén of twee zinnen in gewone tekst, zonder HTML. Die staan in het overzicht en in de RSS-feed.',
    widget: 'text',
  },
);

export const publicationDate = cms(dateString, {
  label: 'Publicatiedatum',
  hint: 'De dag waarop het bericht online komt.',
  options: { default: '{{now}}' },
});

/** An image in a site's media folder. No SVG: it can carry script (see src/lib/editorial/media-types.ts). */
export const MEDIA_PATH = new RegExp(`^/media/[a-z0-9-]+/[^/\\s]+\\.(?:${IMAGE_EXTENSIONS.join('|')})$`);

export const image = cms(
  z
    .object({
      src: cms(
        z.string({ error: 'is missing; choose an image or remove the image' }).regex(MEDIA_PATH, {
          error:
            'is not an image in public/media/<site>/; upload the image through the CMS as png, jpg, webp or avif (no svg: export it as png or webp)',
        }),
        {
          label: 'Afbeelding',
          widget: 'image',
          options: {
            // Only uploads to the site's own media folder: no address typed in by hand.
            choose_url: false,
            // Decap checks the file name against this as soon as an image is chosen.
            pattern: [
              `\\.(?:${IMAGE_EXTENSIONS.join('|')})$`,
              'Kies een JPEG-, PNG-, WebP- of AVIF-afbeelding. Een SVG kan niet: sla die op als PNG of WebP.',
            ],
            // The built-in media library refuses larger files (the admin checks the content too).
            media_library: { allow_multiple: false, config: { max_file_size: MAX_IMAGE_BYTES } },
          },
        },
      ),
      alt: cms(
        z
          .string({ error: 'is missing: every image needs alt text; describe what the image shows for people who cannot see it' })
          .trim()
          .min(5, { error: 'is too short: describe what the image shows for people who cannot see it (at least 5 characters)' }),
        {
          label: 'Beschrijving van de afbeelding (alt-tekst)',
          hint: 'Vertel wat er op de afbeelding staat, voor mensen die hem niet kunnen zien.',
        },
      ),
    })
    .strict(),
  { label: 'Afbeelding', hint: 'Niet verplicht. Gebruik je een afbeelding, dan is een beschrijving verplicht.' },
);

export const audiences = cms(z.array(audience).min(1, { error: 'is empty; choose at least one audience' }), {
  label: 'Voor wie',
  options: { options: AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })) },
});

export const tags = cms(
  z
    .array(
      z
        .string()
        .trim()
        .regex(/^[\p{Ll}0-9][\p{Ll}0-9 -]*$/u, { error: 'is not a tag; use lowercase words like "bbl" or "zorg"' }),
    )
    .max(8, { error: 'has more than 8 tags; keep the most important ones' }),
  { label: 'Onderwerpen', hint: 'Korte woorden in kleine letters, gescheiden door komma’s, zoals: bbl, zorg.' },
);
