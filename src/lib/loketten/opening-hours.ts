// Groups opening slots per weekday, in week order, for the opening-hours table.
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
