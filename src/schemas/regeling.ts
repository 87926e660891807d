// The schema every file in content/regelingen/ must satisfy (frontmatter). Rules that need all
// files at once (insteadOf must name an existing regeling) live in src/lib/regelingen/regelingen.ts.
import { z } from 'astro/zod';
import { audience, dateString, httpsUrl, slug } from './shared';
import { PROGRAM_FORMS, PROGRAM_LEVELS } from './edudex-codes';
import { BENEFITS, EMPLOYER_SIZES, LEVELS, ROLES } from './eligibility';
import { summaryEn } from './translations';

/**
 * Never written in a file: the status follows from continuous/windows/ended and the build date
 * (src/lib/regelingen/regelingen.ts). 'geen-aanvraagperiode' = between windows, next one unknown.
 */
export const STATUSES = ['open', 'verwacht', 'geen-aanvraagperiode', 'gesloten'] as const;
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
  z.enum(values, {
    error: (issue) =>
      `${issue.input === undefined ? 'is missing' : `"${String(issue.input)}" is not ${what}`}; use one of: ${values.join(', ')}`,
  });

// Which region slugs exist is data in src/data/ (read by lib), so the loader passes them in.
const regionSlug = (regionSlugs: readonly string[] | undefined) =>
  !regionSlugs
    ? slug
    : z.string().refine((s) => regionSlugs.includes(s), {
        error: (issue) => `"${String(issue.input)}" is not a region slug; use a file name from regions/ without .yaml, like "twente"`,
      });

const scope = (regionSlugs: readonly string[] | undefined) =>
  z.union(
    [
      z.literal(LANDELIJK),
      z.array(regionSlug(regionSlugs)).min(1, { error: 'lists no regions; write "landelijk" or one or more region slugs' }),
    ],
    {
      error: 'must be "landelijk" or a list of region slugs, like [twente]',
    },
  );

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

/**
 * The page that states the rules, not a homepage: "https://www.uwv.nl/" tells a reader nothing
 * they can check, so a URL needs a path.
 */
export const sourceUrl = httpsUrl.refine(
  (u) => {
    try {
      const url = new URL(u);
      // A query can name the page too ("?p=3954"); only a bare domain is refused.
      return url.pathname.replace(/\/+$/, '') !== '' || url.search !== '';
    } catch {
      return true; // httpsUrl reports a malformed URL already
    }
  },
  {
    error: (issue) =>
      `"${String(issue.input)}" is a homepage; link to the page that states the rules, like "https://www.rvo.nl/subsidies-financiering/praktijkleren"`,
  },
);

/** One application period; both days count (a window that closes on 17 September is open that day). */
export const applicationWindow = z
  .object({
    opens: dateString,
    closes: dateString,
    /** Shown after the dates, e.g. "alleen voor samenwerkingsverbanden". */
    note: z.string().min(3).optional(),
  })
  .strict()
  .refine((w) => w.opens <= w.closes, { error: 'is before opens; a window cannot close before it opens', path: ['closes'] });
export type ApplicationWindow = z.infer<typeof applicationWindow>;

/** One kind of training offer a regeling can pay for; every listed key must match. */
export const fundsRule = z
  .object({
    levels: z.array(oneOf(PROGRAM_LEVELS, 'an EDU-DEX programLevel code')).min(1).optional(),
    forms: z.array(oneOf(PROGRAM_FORMS, 'an EDU-DEX programForm code')).min(1).optional(),
    recognisedOnly: z.boolean().default(false),
  })
  .strict();

/** The regeling schema; with `regionSlugs`, scope must name known regions (the build passes those of regions/). */
export const regelingSchemaFor = (regionSlugs?: readonly string[]) =>
  z
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
      scope: scope(regionSlugs),
      /** Open for as long as it exists (no application periods). */
      continuous: z.literal(true, { error: 'can only be true; leave it out for a regeling with windows' }).optional(),
      /**
       * Application periods, oldest first. An empty list says "works with application periods, but
       * we know none": never open, and check:regelingen lists it until someone adds the dates.
       */
      windows: z.array(applicationWindow).optional(),
      /** The day it stopped, or true when it stopped and the day is not known. */
      ended: z
        .union([dateString, z.literal(true)], { error: 'must be a date (YYYY-MM-DD) or true when the day it stopped is not known' })
        .optional(),
      /** One URL or a list; always a list after parsing. */
      source: z.preprocess(
        (v) => (typeof v === 'string' ? [v] : v),
        z.array(sourceUrl).min(1, { error: 'is empty; give the page that states the rules' }),
      ),
      lastChecked: dateString,
      insteadOf: z.array(slug).default([]),
      eligibility: eligibility.optional(),
      /** One rule, or a list when different kinds of offers qualify (any rule may match); always a list after parsing. */
      funds: z.preprocess((v) => (v && typeof v === 'object' && !Array.isArray(v) ? [v] : v), z.array(fundsRule).min(1)).optional(),
    })
    .strict()
    .superRefine((r, ctx) => {
      // Never "open" without evidence: a regeling says how and when people can apply, or that it stopped.
      if (!r.continuous && !r.windows && r.ended === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['windows'],
          message:
            'is missing, and so are continuous and ended; add "continuous: true" if people can apply at any time, "windows:" with the application periods (opens, closes), or "ended:" with the day it stopped',
        });
      }
      if (r.continuous && r.windows) {
        ctx.addIssue({
          code: 'custom',
          path: ['continuous'],
          message: 'is set together with windows; keep one: continuous for "apply at any time", windows for application periods',
        });
      }
      r.windows?.forEach((w, i) => {
        const before = r.windows![i - 1];
        if (before && w.opens <= before.closes) {
          ctx.addIssue({
            code: 'custom',
            path: ['windows', i, 'opens'],
            message: `is not after the window before it (closes ${before.closes}); list windows oldest first, without overlap`,
          });
        }
        if (typeof r.ended === 'string' && w.closes > r.ended) {
          ctx.addIssue({
            code: 'custom',
            path: ['windows', i, 'closes'],
            message: `is after ended (${r.ended}); a window cannot close after the regeling stopped`,
          });
        }
      });
    });

/** Without the region check: for types, and where the region files are not at hand. */
export const regelingSchema = regelingSchemaFor();

export type RegelingData = z.infer<typeof regelingSchema>;
export type Eligibility = NonNullable<RegelingData['eligibility']>;
export type FundsRule = z.infer<typeof fundsRule>;
