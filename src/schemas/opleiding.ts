// The training offer ("opleiding") as the EDU-DEX importer stores it in the content layer.
// Produced by src/lib/opleidingen/edudex/; pages, search and the regelingen feature (canFund) read it.
import { z } from 'astro/zod';

export const placeSchema = z.object({
  name: z.string().optional(),
  address: z.string().optional(),
  zipcode: z.string().optional(),
  /** As the feed writes it (a woonplaats). */
  city: z.string().optional(),
  /** Official municipality (CBS name) the city maps to. */
  gemeente: z.string().optional(),
  /** Region slug (arbeidsmarktregio) of that municipality. */
  region: z.string().optional(),
});

export const costItemSchema = z.object({
  type: z.string(),
  label: z.string(),
  /** Amount excluding VAT, as the feed states it. */
  amount: z.number(),
  /** VAT on the amount when the feed states it (or 0 for exempt / reverse-charged codes). */
  vat: z.number().optional(),
  vatPercentage: z.number().optional(),
  vatCode: z.string().optional(),
  vatLabel: z.string().optional(),
  currency: z.string(),
  required: z.boolean(),
  isFinal: z.boolean(),
  period: z.string().optional(),
  description: z.string().optional(),
});

export const runCostSchema = z.object({
  /** Where the items come from: the run itself, its modules/course days, or the programme (generic). */
  source: z.enum(['run', 'module', 'generic']),
  required: z.array(costItemSchema),
  optional: z.array(costItemSchema),
  currency: z.string(),
  /** Sum of the required amounts (excl. VAT). */
  total: z.number(),
  /** Sum of the VAT on the required items; undefined when the feed does not state it for all of them. */
  totalVAT: z.number().optional(),
  /** Shared period of the required items ("year" …) when they all have the same one. */
  period: z.string().optional(),
  /** Required items cover different periods (e.g. per year plus per day): the total is indicative. */
  mixedPeriods: z.boolean(),
  /** At least one required amount is not final. */
  indicative: z.boolean(),
});

export const runSchema = z.object({
  id: z.string(),
  start: z.string(),
  startIsFinal: z.boolean(),
  end: z.string().optional(),
  endIsFinal: z.boolean().optional(),
  status: z.string(),
  statusLabel: z.string(),
  applicationDeadline: z.string().optional(),
  places: z.array(placeSchema),
  /** No location and the programme (or run) is e-learning, distance learning or a virtual classroom. */
  online: z.boolean(),
  regions: z.array(z.string()),
  forms: z.array(z.string()),
  cost: runCostSchema.optional(),
});

export const offerSchema = z.object({
  /** `<provider>/<programId>`, unique. */
  id: z.string(),
  /** URL segment under /opleidingen/. */
  slug: z.string(),
  programId: z.string(),
  provider: z.object({
    id: z.string(),
    name: z.string(),
    url: z.string().optional(),
    summary: z.string().optional(),
  }),
  title: z.string(),
  titleLang: z.string().optional(),
  summary: z.string(),
  description: z.string(),
  webLink: z.string().optional(),
  /** EDU-DEX programLevel code, e.g. "mbo niveau 2". */
  level: z.string(),
  levelLabel: z.string(),
  /** EDU-DEX programForm codes, e.g. ["dual"]. */
  forms: z.array(z.string()),
  formLabels: z.array(z.string()),
  type: z.string(),
  typeLabel: z.string(),
  degree: z.string(),
  degreeLabel: z.string(),
  /** Leads to an officially recognised qualification (mbo, Ad, bachelor, master, or CREBO/CROHO). */
  recognised: z.boolean(),
  creboCode: z.string().optional(),
  crohoCode: z.string().optional(),
  duration: z.object({ value: z.number(), unit: z.string(), label: z.string() }).optional(),
  studyLoad: z.object({ hours: z.number(), period: z.string(), label: z.string() }).optional(),
  credits: z.array(z.object({ value: z.number(), system: z.string() })),
  requiredLevels: z.array(z.string()),
  instructionModes: z.array(z.string()),
  /** Main sector slug (see SECTORS in src/lib/opleidingen/edudex/codes.ts) and every sector it belongs to. */
  sector: z.string(),
  sectors: z.array(z.string()),
  themes: z.array(z.string()),
  searchwords: z.array(z.string()),
  startDetermination: z.string(),
  /** Upcoming, not canceled runs, earliest first. */
  runs: z.array(runSchema),
  /** Location and cost shared by all runs (genericProgramRun): what counts when there are no dated runs. */
  generic: z.object({ places: z.array(placeSchema), cost: runCostSchema.optional() }),
  /** Region slugs where the offer is given (online offers: every region). */
  regions: z.array(z.string()),
  online: z.boolean(),
  contacts: z.array(
    z.object({ name: z.string(), role: z.string().optional(), email: z.string().optional(), telephone: z.string().optional() }),
  ),
  lastEdited: z.string().optional(),
  /** Source file, relative to the project, for messages. */
  file: z.string(),
});

/** What the "opleidingen" collection keeps per offer; the whole offer is in the offer store
 *  (src/lib/opleidingen/offer-store.ts), and the entry's digest is the whole offer's. */
export const offerEntrySchema = offerSchema.pick({ id: true, slug: true, title: true });

export type Place = z.infer<typeof placeSchema>;
export type CostItem = z.infer<typeof costItemSchema>;
export type RunCost = z.infer<typeof runCostSchema>;
export type Run = z.infer<typeof runSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type OfferEntry = z.infer<typeof offerEntrySchema>;

/** http(s) only: the harvester fetches nothing else (no file:, ftp:, data:). */
const httpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  },
  {
    error:
      'is not a web address; write the full address of the directory.xml, like https://opleider.example/edudex/directory.xml (no user name or password in it)',
  },
);

/** One provider in content/opleidingen/feeds.yaml. */
export const feedEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'is not a folder name; use lowercase letters, digits and hyphens' }),
    name: z.string().min(2, { error: "is missing or too short; write the provider's name" }),
    /** false keeps the feed in the repository without importing it. */
    enabled: z.boolean({ error: 'must be true or false' }).default(true),
    /** The provider's directory.xml: the feed is harvested from there (npm run feeds:harvest) into a
     *  snapshot. Without it, the folder in the repository is the feed, edited by hand. */
    url: httpUrl.optional(),
    /** Who maintains the feed at the provider: the address for messages about a broken feed. */
    contact: z.email({ error: 'is not an e-mail address; write the address of whoever maintains the feed' }).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.url && !entry.contact) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'is missing; a harvested feed needs the e-mail address of whoever maintains it, so problems can be reported',
      });
    }
  });

/** content/opleidingen/feeds.yaml: the providers whose EDU-DEX feeds the site imports. */
export const feedsSchema = z.array(feedEntrySchema, {
  error: 'must be a list of providers like "- { id: roc-voorbeeld, name: ROC Voorbeeld, enabled: true }"',
});
export type FeedEntry = z.infer<typeof feedEntrySchema>;
