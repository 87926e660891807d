// A regeling's status on a day, from its application windows: pure, so the Dutch pages, the
// English pages (src/lib/i18n/en.ts) and the browser all read the same rules.
import type { ApplicationWindow, RegelingData, Status } from '../../schemas/regeling';

type Timing = Pick<RegelingData, 'continuous' | 'windows' | 'ended'>;

/** The window `today` falls in (both days count), the next one, and the last one that closed. */
export function windowsAround(
  data: Pick<RegelingData, 'windows'>,
  today: string,
): { current?: ApplicationWindow; next?: ApplicationWindow; last?: ApplicationWindow } {
  const windows = data.windows ?? [];
  return {
    current: windows.find((w) => w.opens <= today && today <= w.closes),
    next: windows.find((w) => w.opens > today),
    last: windows.filter((w) => w.closes < today).at(-1),
  };
}

/**
 * The status on `today`: gesloten once ended; open while continuous or inside a window;
 * verwacht when a next window is known; otherwise geen-aanvraagperiode. Nothing is open
 * without a window or `continuous` that says so.
 */
export function effectiveStatus(data: Timing, today: string): Status {
  if (data.ended === true || (data.ended !== undefined && data.ended <= today)) return 'gesloten';
  if (data.continuous) return 'open';
  const { current, next } = windowsAround(data, today);
  if (current) return 'open';
  if (next) return 'verwacht';
  return 'geen-aanvraagperiode';
}
