// Groups opening slots per weekday, in week order, for the opening-hours table, and words a
// day in one line ("today" on a location card).
import { DAYS, type Location } from '../../schemas/region';

export interface DayRow {
  day: (typeof DAYS)[number];
  open: string[];
  walkIn: string[];
}

const range = (s: { from: string; to: string }) => `${s.from} tot ${s.to} uur`;

export function weekRows(location: Location): DayRow[] {
  return DAYS.map((day) => ({
    day,
    open: location.openingHours.filter((s) => s.day === day).map(range),
    walkIn: location.walkIn.filter((s) => s.day === day).map(range),
  }));
}

/** One line for one day, e.g. "open van 09:00 tot 17:00 uur, inloopspreekuur van 13:00 tot 16:00 uur". */
export function dayLine(row: DayRow): string {
  if (!row.open.length && !row.walkIn.length) return 'gesloten';
  const open = row.open.length ? `open van ${row.open.join(' en van ')}` : 'gesloten';
  return row.walkIn.length ? `${open}, inloopspreekuur van ${row.walkIn.join(' en van ')}` : open;
}

/** The days a location is open, e.g. "maandag, dinsdag en vrijdag": the short line without JavaScript. */
export function openDays(rows: DayRow[]): string {
  const days = rows.filter((r) => r.open.length).map((r) => r.day);
  if (!days.length) return 'op afspraak';
  return days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} en ${days.at(-1)}`;
}
