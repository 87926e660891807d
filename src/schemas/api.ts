// The open data under /api/v1/: one Zod schema per file type. The build parses every file it
// writes with these, and the published JSON Schemas (/api/v1/schemas/…) are generated from them,
// so the data, the check and the documentation cannot drift apart. A breaking change needs a new
// version (v2) next to this one; adding an optional field does not.
import { z } from 'astro/zod';
import { DAYS, locationSchema } from './region';
import { KINDS, STATUSES } from './regeling';
import { AUDIENCES, isoDate, slug } from './shared';

export const API_VERSION = 'v1';

/** The file types, their names under /api/v1/schemas/ and what the schema describes. */
export const API_FILES = {
  loketten:
    'Every Dutch municipality (gemeente) with the Leerwerkloket that serves it, and every loket with its contact details and locations.',
  regelingen: 'Every regeling (financial scheme for learning and working) with its status, dates, audiences, source and last-checked date.',
  'opleidingen-index': 'The training catalogue: one entry per region (and one for online offers) with its number of offers and its index.',
  'opleidingen-regio': "The pages of one region's training catalogue.",
  'opleidingen-page': "One page of a region's training catalogue.",
} as const;
export type ApiFile = keyof typeof API_FILES;

const url = z.url({ protocol: /^https$/ });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** Every file starts like this: where its schema is, which version and on what day it was built. */
const header = (file: ApiFile) => ({
  $schema: z
    .string()
    .regex(new RegExp(`^https://[a-z0-9.-]+/api/${API_VERSION}/schemas/${file}\\.json$`))
    .describe('The JSON Schema of this file'),
  version: z.literal(API_VERSION),
  generated: isoDate.describe('The build date (YYYY-MM-DD) the data holds for'),
});

// ---- loketten --------------------------------------------------------------------------------

const slot = z.object({ day: z.enum(DAYS), from: time, to: time }).strict();

/** A location as regions/*.yaml has it, with walk-in hours always present (empty when none). */
const apiLocation = locationSchema.extend({ openingHours: z.array(slot).min(1), walkIn: z.array(slot) }).strict();

export const apiLoket = z
  .object({
    id: slug.describe('Region slug of the loket, e.g. "middengelderland"'),
    name: z.string().min(3),
    region: z
      .object({ code: z.string().regex(/^AM\d{2}$/), name: z.string().min(2) })
      .strict()
      .describe('The CBS arbeidsmarktregio'),
    url: url.describe("The loket's website"),
    contact: z.object({ email: z.email(), phone: z.string().optional(), appointmentUrl: url.optional() }).strict(),
    locations: z.array(apiLocation).min(1),
    werkgeversservicepunt: z.object({ name: z.string(), url: z.url() }).strict(),
    sample: z.boolean().describe('true while the contact details are sample values (not yet confirmed by the loket)'),
  })
  .strict();

export const apiGemeente = z
  .object({
    name: z.string().min(2).describe('Official CBS name'),
    code: z
      .string()
      .regex(/^GM\d{4}$/)
      .describe('CBS municipality code'),
    region: slug.describe('Slug of the arbeidsmarktregio the gemeente is in'),
    loket: slug.describe("id of the loket that serves the gemeente (another region's loket when that one serves the region)"),
  })
  .strict();

export const lokettenFile = z
  .object({ ...header('loketten'), gemeenten: z.array(apiGemeente).min(1), loketten: z.array(apiLoket).min(1) })
  .strict();

// ---- regelingen ------------------------------------------------------------------------------

export const apiRegeling = z
  .object({
    id: slug,
    title: z.string(),
    shortName: z.string(),
    summary: z.string().describe('Plain-text summary in Dutch (B1)'),
    summaryEn: z.string().describe('Plain-text summary in English (B1)'),
    organiser: z.string(),
    kind: z.enum(KINDS),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    status: z
      .enum(STATUSES)
      .describe(
        'Status on the build date: open while continuous or inside a window, verwacht when the next window is known, geen-aanvraagperiode between windows, gesloten once ended',
      ),
    continuous: z.boolean().describe('True when people can apply at any time'),
    windows: z
      .array(z.object({ opens: isoDate, closes: isoDate, note: z.string().optional() }).strict())
      .describe('Application periods, oldest first (empty when continuous or when no period is known)'),
    ended: z
      .union([isoDate, z.literal(true)])
      .optional()
      .describe('The day it stopped, or true when it stopped on an unknown day'),
    scope: z.union([z.literal('landelijk'), z.array(slug).min(1)]).describe('"landelijk" or the region slugs it holds in'),
    source: z.array(z.url()).min(1).describe('The pages that state the rules'),
    lastChecked: isoDate.describe('The day the facts were last checked against the source'),
    applyUrl: z.url().optional(),
    insteadOf: z.array(slug).describe('Regelingen to use instead (for closed ones)'),
    url: url.describe("The regeling's page on leerwerkloket.nl"),
  })
  .strict();

export const regelingenFile = z.object({ ...header('regelingen'), regelingen: z.array(apiRegeling).min(1) }).strict();

// ---- opleidingen -----------------------------------------------------------------------------

/** "online" holds offers given online; the region slugs hold offers with a place in that region. */
export const ONLINE = 'online';
const catalogueId = slug.describe('A region slug, or "online"');

const apiRun = z
  .object({
    start: isoDate,
    end: isoDate.optional(),
    online: z.boolean(),
    places: z.array(z.object({ city: z.string().optional(), gemeente: z.string().optional(), region: slug.optional() }).strict()),
    price: z.number().nonnegative().optional().describe('Required costs in euros, VAT included where the provider states it'),
  })
  .strict();

export const apiOffer = z
  .object({
    id: z.string().describe('"<provider>/<programId>", unique'),
    title: z.string(),
    summary: z.string(),
    provider: z.object({ id: z.string(), name: z.string() }).strict(),
    level: z.string().describe('EDU-DEX programLevel code'),
    levelLabel: z.string(),
    forms: z.array(z.string()).describe('EDU-DEX programForm codes'),
    sector: z.string(),
    recognised: z.boolean().describe('Leads to an officially recognised qualification'),
    online: z.boolean(),
    regions: z.array(slug).describe('Region slugs where it is given in person'),
    runs: z.array(apiRun).describe('Upcoming runs, earliest first'),
    url: url.describe("The offer's page on leerwerkloket.nl"),
  })
  .strict();

const pageRef = z.object({ page: z.int().min(1), url }).strict();

export const opleidingenIndexFile = z
  .object({
    ...header('opleidingen-index'),
    pageSize: z.int().min(1),
    catalogues: z
      .array(z.object({ id: catalogueId, name: z.string(), offers: z.int().min(0), pages: z.int().min(1), url }).strict())
      .min(1),
  })
  .strict();

export const opleidingenRegioFile = z
  .object({
    ...header('opleidingen-regio'),
    id: catalogueId,
    name: z.string(),
    offers: z.int().min(0),
    pageSize: z.int().min(1),
    pages: z.array(pageRef).min(1),
  })
  .strict();

export const opleidingenPageFile = z
  .object({
    ...header('opleidingen-page'),
    id: catalogueId,
    page: z.int().min(1),
    pages: z.int().min(1),
    offers: z.array(apiOffer),
    next: url.optional(),
    previous: url.optional(),
  })
  .strict();

export const API_SCHEMAS = {
  loketten: lokettenFile,
  regelingen: regelingenFile,
  'opleidingen-index': opleidingenIndexFile,
  'opleidingen-regio': opleidingenRegioFile,
  'opleidingen-page': opleidingenPageFile,
} satisfies Record<ApiFile, z.ZodType>;

export type LokettenFile = z.infer<typeof lokettenFile>;
export type RegelingenFile = z.infer<typeof regelingenFile>;
export type ApiRegeling = z.infer<typeof apiRegeling>;
export type ApiOffer = z.infer<typeof apiOffer>;
export type OpleidingenIndexFile = z.infer<typeof opleidingenIndexFile>;
export type OpleidingenRegioFile = z.infer<typeof opleidingenRegioFile>;
export type OpleidingenPageFile = z.infer<typeof opleidingenPageFile>;
