// An event: content/agenda/<site>/<yyyy-mm-dd-slug>.mdx. Start and end are local Dutch time
// (Europe/Amsterdam) without an offset, as editors think of them: 2027-02-12T13:00.
import { z } from 'astro/zod';
import { httpsUrl } from './shared';
import { audiences, cms, image, optional, publicationDate, summary, tags, title } from './editorial';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function isRealDateTime(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d && h < 24 && mi < 60;
}

/** A wall-clock time in the Netherlands. YAML may hand us a Date (when seconds were written); keep its wall time. */
export const localDateTime = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 16) : v),
  z
    .string({ error: 'is missing; write the date and time as YYYY-MM-DDTHH:MM, like 2027-02-12T13:00' })
    .regex(LOCAL_DATE_TIME, { error: 'is not a date and time; write it as YYYY-MM-DDTHH:MM (Dutch local time), like 2027-02-12T13:00' })
    .refine(isRealDateTime, { error: 'is not a real date or time; check the day, month and hour' }),
);

const dateTimeField = (label: string, hint: string) =>
  cms(localDateTime, {
    label,
    hint,
    widget: 'datetime',
    options: { format: 'YYYY-MM-DDTHH:mm', date_format: 'YYYY-MM-DD', time_format: 'HH:mm', picker_utc: false },
  });

export const eventLocation = cms(
  z
    .object({
      name: cms(z.string().trim().min(3, { error: 'is too short; write the name of the building or organisation' }), {
        label: 'Naam van de plek',
      }),
      address: cms(z.string().trim().min(3, { error: 'is too short; write the street and number' }), {
        label: 'Adres (straat en huisnummer)',
      }),
      city: cms(z.string().trim().min(2, { error: 'is missing; write the town or city' }), { label: 'Plaats' }),
    })
    .strict(),
  { label: 'Locatie', hint: 'Laat leeg als de activiteit alleen online is.' },
);

export const eventSchema = z
  .object({
    title,
    date: publicationDate,
    summary,
    start: dateTimeField('Begint op', 'Datum en tijd in Nederlandse tijd.'),
    end: dateTimeField('Eindigt op', 'Na het begin. Een activiteit van één dag eindigt op dezelfde dag.'),
    location: optional(eventLocation),
    online: optional(
      cms(httpsUrl, {
        label: 'Online link',
        hint: 'Link naar het webinar of de livestream. Laat leeg als de activiteit alleen op locatie is.',
      }),
    ),
    registration: optional(cms(httpsUrl, { label: 'Link om je aan te melden', hint: 'Laat leeg als aanmelden niet nodig is.' })),
    cost: cms(z.string().trim().min(2, { error: 'is missing; write what it costs, usually "Gratis"' }).max(120), {
      label: 'Kosten',
      options: { default: 'Gratis' },
    }),
    image: optional(image),
    audiences,
    tags: optional(tags),
  })
  .strict()
  .superRefine((event, ctx) => {
    if (event.end <= event.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `(${event.end}) is not after start (${event.start}); the event must end after it starts`,
      });
    }
    if (event.end.slice(0, 10) < event.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `(${event.date}) is after the event ended (${event.end}); an event cannot be published as upcoming once it is over. Check the dates, or leave past events out`,
      });
    }
    if (!event.location && !event.online) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'and online are both empty; give the address of the event, an online link, or both',
      });
    }
  });

export type EventData = z.infer<typeof eventSchema>;
