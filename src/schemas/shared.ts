// Small building blocks shared by every schema, so messages read the same everywhere.
import { z } from 'astro/zod';

export const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'is not a colour; write six hex digits like "#1b5e8c"' });

export const httpsUrl = z.url({ protocol: /^https?$/, error: 'is not a web address; write a full URL like "https://example.nl/"' });

export const email = z.email({ error: 'is not an e-mail address; write one like "naam@leerwerkloket.example"' });

export const isoDate = z.iso.date({ error: 'is not a date; write it as YYYY-MM-DD' });

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'is not a slug; use lowercase letters, digits and hyphens' });

/** YAML turns unquoted dates into Date objects; accept both and keep an ISO string. */
export const dateString = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);

export const AUDIENCES = ['werkzoekende', 'werkende', 'werkgever', 'zzp', 'jongere', 'uitkering', 'statushouder'] as const;
export const audience = z.enum(AUDIENCES, { error: `must be one of: ${AUDIENCES.join(', ')}` });

export const AUDIENCE_LABELS: Record<(typeof AUDIENCES)[number], string> = {
  werkzoekende: 'Werkzoekenden',
  werkende: 'Werkenden',
  werkgever: 'Werkgevers',
  zzp: "Zzp'ers",
  jongere: 'Jongeren',
  uitkering: 'Mensen met een uitkering',
  statushouder: 'Statushouders',
};

/** Where an HTML tokenizer starts a tag, end tag, comment or declaration: "<" then a letter, "/", "!" or "?". */
export const MARKUP_START = /<[a-z/!?]/i;
