// Names today (in Dutch time) on every opening-hours block, so its CSS shows today's line.
// Progressive: without this script the block shows the open days and the week table.

/** The Dutch weekday name of `now` in the Netherlands, e.g. "dinsdag". */
export function dutchWeekday(now: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', timeZone: 'Europe/Amsterdam' }).format(now);
}

export function markToday(root: ParentNode, now = new Date()): void {
  const today = dutchWeekday(now);
  root.querySelectorAll<HTMLElement>('[data-opening-today]').forEach((block) => (block.dataset.today = today));
}
