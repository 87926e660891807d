// The schema every file in content/regelingen/ must satisfy (frontmatter). Rules that need all
// files at once (insteadOf must name an existing regeling) live in src/lib/regelingen/regelingen.ts.
import { z } from 'astro/zod';
import { allRegionRows } from '../lib/loketten/gemeenten';
import { audience, dateString, httpsUrl, slug } from './shared';
import { PROGRAM_FORMS, PROGRAM_LEVELS } from './edudex-codes';
import { BENEFITS, EMPLOYER_SIZES, LEVELS, ROLES } from './eligibility';
import { summaryEn } from './translations';

export const STATUSES = ['open', 'gesloten', 'verwacht'] as const;
export type Status = (typeof STATUSES)[number];

export const KINDS = ['subsidie', 'lening', 'belastingvoordeel', 'vergoeding', 'gratis-scholing', 'advies'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  subsidie: 'Subsidie',
  lening: 'Lening',
  belastingvoordeel: 'Belastingvoordeel',
  vergoeding: 'Vergoeding',
  'gratis-scholing': 'Gratis scholing',
  advies: 'Advies',
};

/** Scope value for regelingen that hold in the whole country. */
export const LANDELIJK = 'landelijk';

const oneOf = <T extends readonly string[]>(values: T, what: string) =>
  z.enum(values, { error: (issue) => `${issue.input === undefined ? 'is missing' : `"${String(issue.input)}" is not ${what}`}; use one of: ${values.join(', ')}` });

const regionSlugs = allRegionRows().map((r) => r.slug);
const regionSlug = z.string().refine((s) => regionSlugs.includes(s), {
  error: (issue) => `"${String(issue.input)}" is not a region slug; use a file name from regions/ without .yaml, like "twente"`,
});

const scope = z.union([z.literal(LANDELIJK), z.array(regionSlug).min(1, { error: 'lists no regions; write "landelijk" or one or more region slugs' })], {
  error: 'must be "landelijk" or a list of region slugs, like [twente]',
});

const eligibility = z
  .object({
    roles: z.array(oneOf(ROLES, 'a role')).min(1).optional(),
    benefits: z.array(oneOf(BENEFITS, 'a benefit')).min(1).optional(),
    minAge: z.int().min(0).max(120).optional(),
    maxAge: z.int().min(0).max(120).optional(),
    levels: z.array(oneOf(LEVELS, 'an education level')).min(1).optional(),
    employerSizes: z.array(oneOf(EMPLOYER_SIZES, 'an employer size')).min(1).optional(),
  })
  .strict()
  .refine((e) => e.minAge === undefined || e.maxAge === undefined || e.minAge <= e.maxAge, {
    error: 'has minAge above maxAge; swap them',
    path: ['minAge'],
  });

/** One kind of training offer a regeling can pay for; every listed key must match. */
export const fundsRule = z
  .object({
    levels: z.array(oneOf(PROGRAM_LEVELS, 'an EDU-DEX programLevel code')).min(1).optional(),
    forms: z.array(oneOf(PROGRAM_FORMS, 'an EDU-DEX programForm code')).min(1).optional(),
    recognisedOnly: z.boolean().default(false),
  })
  .strict();

export const regelingSchema = z
  .object({
    title: z.string().min(3),
    shortName: z.string().min(2).max(40, { error: 'is longer than 40 characters; it is the short name for lists' }),
    summary: z.string().min(20).max(200, { error: 'is longer than 200 characters; shorten it' }),
    summaryEn,
    organiser: z.string().min(2),
    kind: oneOf(KINDS, 'a kind'),
    audiences: z.array(audience).min(1, { error: 'is empty; name at least one audience' }),
    pays: z.string().min(5),
    conditions: z.array(z.string().min(5)).min(1, { error: 'is empty; list at least one condition' }),
    apply: z.string().min(10),
    applyUrl: httpsUrl.optional(),
    scope,
    status: oneOf(STATUSES, 'a status'),
    opens: dateString.optional(),
    closes: dateString.optional(),
    source: httpsUrl,
    lastChecked: dateString,
    insteadOf: z.array(slug).default([]),
    eligibility: eligibility.optional(),
    /** One rule, or a list when different kinds of offers qualify (any rule may match); always a list after parsing. */
    funds: z.preprocess((v) => (v && typeof v === 'object' && !Array.isArray(v) ? [v] : v), z.array(fundsRule).min(1)).optional(),
  })
  .strict()
  .refine((r) => !r.opens || !r.closes || r.opens <= r.closes, {
    error: 'is before opens; a round cannot close before it opens',
    path: ['closes'],
  });

export type RegelingData = z.infer<typeof regelingSchema>;
export type Eligibility = NonNullable<RegelingData['eligibility']>;
export type FundsRule = z.infer<typeof fundsRule>;
