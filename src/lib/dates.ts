// Calendar dates as ISO strings (YYYY-MM-DD): compare them as strings, show them in Dutch.

const dutch = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-20" → "20 november 2026". */
export function formatDutchDate(iso: string): string {
  return dutch.format(new Date(`${iso}T00:00:00Z`));
}

/** The ISO date `months` calendar months before `iso` (day clamped to the month's length). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}
