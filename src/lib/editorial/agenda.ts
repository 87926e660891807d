// Events: which site shows which events, upcoming versus archive (by build date, never by hand)
// and grouping by month. Plain data in, plain data out, so it is tested without a build.
import type { EventData } from '../../schemas/agenda';
import type { NewsData } from '../../schemas/nieuws';
import { formatMonth } from '../dates';
import { NATIONAL } from '../site/sites';

export interface Entry<T> {
  /** "<site>/<slug>" as the content loader gives it. */
  id: string;
  site: string;
  slug: string;
  data: T;
}
export type EventEntry = Entry<EventData>;
export type NewsEntry = Entry<NewsData>;

/** An event is in the archive once its last day lies before the build date (YYYY-MM-DD). */
export function isPast(event: EventData, buildDate: string): boolean {
  return event.end.slice(0, 10) < buildDate;
}

const byStart = (a: EventEntry, b: EventEntry) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id);

/** Upcoming events (soonest first) and past events (most recent first). */
export function splitByDate<T extends EventEntry>(events: T[], buildDate: string): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => !isPast(e.data, buildDate)).sort(byStart);
  const past = events.filter((e) => isPast(e.data, buildDate)).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

export interface MonthGroup<T> {
  /** "2027-02" */
  month: string;
  /** "februari 2027" */
  label: string;
  events: T[];
}

/** Groups events (already sorted) by the month they start in, keeping their order. */
export function groupByMonth<T extends EventEntry>(events: T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const event of events) {
    const month = event.data.start.slice(0, 7);
    let group = groups.at(-1);
    if (!group || group.month !== month) {
      group = { month, label: formatMonth(month), events: [] };
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
}

/**
 * Events a site lists: the national site shows every built site's events; a regional site
 * shows its own plus the national ones (webinars and the like are open to everyone).
 */
export function eventsForSite<T extends EventEntry>(events: T[], siteId: string, builtSiteIds: readonly string[]): T[] {
  if (siteId === NATIONAL) return events.filter((e) => builtSiteIds.includes(e.site));
  return events.filter((e) => e.site === siteId || e.site === NATIONAL);
}

/** The next `count` upcoming events of the given sites. */
export function nextEvents<T extends EventEntry>(events: T[], buildDate: string, count: number): T[] {
  return splitByDate(events, buildDate).upcoming.slice(0, count);
}

/** A site's own news, newest first. */
export function newsForSite<T extends NewsEntry>(news: T[], siteId: string): T[] {
  return news.filter((n) => n.site === siteId).sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id));
}

/** Turns a loaded collection entry ("twente/2027-…") into an Entry with site and slug. */
export function toEntry<T>(entry: { id: string; data: T }): Entry<T> {
  const [site, slug] = entry.id.split('/');
  if (!site || !slug) throw new Error(`Entry id "${entry.id}" is not "<site>/<slug>"`);
  return { id: entry.id, site, slug, data: entry.data };
}
