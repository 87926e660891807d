// The schema every file in regions/ must satisfy. Cross-file rules (unknown gemeente, duplicate
// slug, contrast) live in src/lib/loketten/regions.ts because a single file cannot check them.
import { z } from 'astro/zod';
import { email, hexColour, httpsUrl, slug } from './shared';

export const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'is not a time; write it as "09:00"' });

const slot = z
  .object({ day: z.enum(DAYS, { error: `must be a day: ${DAYS.join(', ')}` }), from: time, to: time })
  .strict()
  .refine((s) => s.from < s.to, { error: 'ends before it starts ("to" must be later than "from")' });

export const locationSchema = z
  .object({
    name: z.string().min(3),
    street: z.string().min(3),
    postcode: z.string().regex(/^\d{4} ?[A-Z]{2}$/, { error: 'is not a Dutch postcode like "1234 AB"' }),
    city: z.string().min(2),
    route: z.string().min(10),
    openingHours: z.array(slot).min(1, { error: 'needs at least one opening time' }),
    walkIn: z.array(slot).default([]),
  })
  .strict();

export const PARTNER_TYPES = ['roc', 'gemeente', 'uwv', 'overig'] as const;

const partner = z.object({ name: z.string().min(2), type: z.enum(PARTNER_TYPES), url: httpsUrl.optional() }).strict();

const brand = z
  .object({
    accent: hexColour,
    logo: z
      .string()
      .regex(/^\/.+\.svg$/, { error: 'must be a path to an SVG file in public/, like "/logos/twente.svg"' })
      .optional(),
  })
  .strict();

const contact = z
  .object({
    email,
    phone: z
      .string()
      .regex(/^[0-9 +()-]{8,20}$/, { error: 'is not a phone number' })
      .optional(),
    appointmentUrl: httpsUrl.optional(),
  })
  .strict();

const social = z.object({ network: z.enum(['linkedin', 'facebook', 'instagram', 'youtube', 'x', 'mastodon']), url: httpsUrl }).strict();

const common = {
  displayName: z.string().min(3),
  host: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: 'is not a host name like "twente.leerwerkloket.nl"' }),
  sample: z.boolean().default(false),
  intro: z.string().min(20),
  partners: z.array(partner).min(1),
  contact,
  socials: z.array(social).default([]),
  brand,
  editors: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'is not a git user name' })).min(1),
};

export const regionSchema = z
  .object({
    slug,
    code: z.string().regex(/^AM\d{2}$/, { error: 'is not a CBS region code like "AM05"' }),
    name: z.string().min(2),
    ...common,
    contact: contact.required({ appointmentUrl: true }),
    servedBy: slug.optional(),
    gemeenten: z.array(z.string().min(2)).min(1),
    locations: z.array(locationSchema).min(1),
    werkgeversservicepunt: z.object({ name: z.string().min(3), url: httpsUrl }).strict(),
  })
  .strict();

export const nationalSchema = z.object({ slug: z.literal('landelijk'), ...common }).strict();

export type RegionData = z.infer<typeof regionSchema>;
export type NationalData = z.infer<typeof nationalSchema>;
export type Location = z.infer<typeof locationSchema>;
