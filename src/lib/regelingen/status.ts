// A regeling's status on a day, from its application windows: pure, so the Dutch pages, the
// English pages (src/lib/i18n/en.ts) and the browser all read the same rules.
import type { ApplicationWindow, RegelingData, Status } from '../../schemas/regeling';
import { formatDate } from '../dates';

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

/** The sentences of statusNote() in one language; dates come in as ISO days. English: src/lib/i18n/en.ts. */
export interface StatusWords {
  stoppedUnknown: string;
  stoppedOn(ended: string): string;
  /** Open inside a window: until its last day, which counts. */
  openUntilInclusive(closes: string): string;
  /** Open without windows (continuous) until the day it ends. */
  openUntil(ended: string): string;
  nextWindow(opens: string, closes: string): string;
  lastWindowClosed(closes: string): string;
  noWindowKnown: string;
  /** Editors write a window's note in Dutch, so only the Dutch line adds it. */
  windowNotes: boolean;
}

export const STATUS_WORDS_NL: StatusWords = {
  stoppedUnknown: 'Deze regeling is gestopt. De precieze datum weten wij niet.',
  stoppedOn: (ended) => `Gestopt op ${formatDate(ended)}.`,
  openUntilInclusive: (closes) => `Aanvragen kan tot en met ${formatDate(closes)}.`,
  openUntil: (ended) => `Aanvragen kan tot ${formatDate(ended)}.`,
  nextWindow: (opens, closes) => `De volgende aanvraagperiode opent op ${formatDate(opens)} en sluit op ${formatDate(closes)}.`,
  lastWindowClosed: (closes) =>
    `De laatste aanvraagperiode sloot op ${formatDate(closes)}. De volgende aanvraagperiode is nog niet bekend.`,
  noWindowKnown: 'Aanvragen kan alleen in een aanvraagperiode. De volgende aanvraagperiode is nog niet bekend.',
  windowNotes: true,
};

/** The window's note as a sentence of its own after the dates. */
function withNote(text: string, window: ApplicationWindow | undefined, words: StatusWords): string {
  const note = words.windowNotes ? window?.note?.trim() : undefined;
  return note ? `${text} ${note[0].toUpperCase()}${note.slice(1).replace(/[.]?$/, '.')}` : text;
}

/** The line under a status badge: what the dates mean for someone who wants to apply. */
export function statusNote(data: Timing, today: string, words: StatusWords = STATUS_WORDS_NL): string {
  const status = effectiveStatus(data, today);
  const { current, next, last } = windowsAround(data, today);
  switch (status) {
    case 'gesloten':
      return data.ended === true ? words.stoppedUnknown : words.stoppedOn(data.ended as string);
    case 'open':
      if (current) return withNote(words.openUntilInclusive(current.closes), current, words);
      return typeof data.ended === 'string' ? words.openUntil(data.ended) : '';
    case 'verwacht':
      return withNote(words.nextWindow(next!.opens, next!.closes), next, words);
    default:
      return last ? words.lastWindowClosed(last.closes) : words.noWindowKnown;
  }
}
