// Dates and times as Dutch readers and calendar apps need them: the one date module. Content
// stores calendar dates ("2026-11-20") and local Amsterdam wall time ("2027-02-12T13:00"); this
// module is the only place that turns them into instants, offsets, date arithmetic and Dutch text.
import { DateTime } from 'luxon';

export const TIME_ZONE = 'Europe/Amsterdam';

function zoned(local: string): DateTime {
  const dt = DateTime.fromISO(local, { zone: TIME_ZONE, locale: 'nl' });
  if (!dt.isValid) throw new Error(`"${local}" is not a valid date or date-time (${dt.invalidExplanation ?? dt.invalidReason})`);
  return dt;
}

/** Luxon DateTime in Amsterdam for a local date ("2027-02-12") or date-time ("2027-02-12T13:00"). */
export const amsterdam = zoned;

/** The instant a local Amsterdam date-time stands for. */
export function toInstant(local: string): Date {
  return zoned(local).toJSDate();
}

/** ISO 8601 with the Amsterdam offset, for schema.org: 2027-02-12T13:00:00+01:00. */
export function isoWithOffset(local: string): string {
  return zoned(local).toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/** "12 februari 2027" */
export function formatDate(local: string): string {
  return zoned(local).toFormat('d MMMM yyyy');
}

/** "donderdag 12 februari 2027" */
export function formatDayDate(local: string): string {
  return zoned(local).toFormat('cccc d MMMM yyyy');
}

/** "13.00" — Dutch writes times with a dot. */
export function formatTime(local: string): string {
  return zoned(local).toFormat('HH.mm');
}

/** "februari 2027" */
export function formatMonth(yearMonth: string): string {
  return zoned(`${yearMonth}-01`).toFormat('LLLL yyyy');
}

/** When an event happens, in one readable line. */
export function formatEventWhen(start: string, end: string): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return sameDay
    ? `${formatDayDate(start)}, ${formatTime(start)} tot ${formatTime(end)} uur`
    : `${formatDayDate(start)} ${formatTime(start)} uur tot ${formatDayDate(end)} ${formatTime(end)} uur`;
}

/** The ISO date `months` calendar months before `iso` (day clamped to the month's length). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}
