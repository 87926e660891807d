// What goes into each site's RSS feeds (nieuws, agenda) and iCalendar feed. Links are absolute
// production URLs (siteUrls().absolute), as feed readers and calendar apps need. RSS item titles
// and descriptions go out as HTML that shows the editor's plain text: readers render descriptions
// as HTML and most decode titles the same way (plain-text.ts).
import { paths } from '../site/paths';
import type { RSSOptions } from '@astrojs/rss';
import { eventsForSite, newsForSite, splitByDate, type EventEntry, type NewsEntry } from './agenda';
import { amsterdam, formatEventWhen } from '../dates';
import { calendar } from './ics';
import { textAsHtml } from './plain-text';
import { getSite, siteUrls, type Site } from '../site/sites';

const LANGUAGE = '<language>nl-nl</language>';

const pubDate = (date: string) => amsterdam(date).toJSDate();

export function newsFeed(site: Site, news: NewsEntry[]): RSSOptions {
  const urls = siteUrls();
  return {
    title: `Nieuws van ${site.displayName}`,
    description: site.isNational
      ? 'Landelijk nieuws van de Leerwerkloketten over leren en werken.'
      : `Nieuws van ${site.displayName} over leren en werken in ${site.shortName}.`,
    site: urls.absolute(site.id, paths.home),
    customData: LANGUAGE,
    items: newsForSite(news, site.id).map((item) => ({
      title: textAsHtml(item.data.title),
      link: urls.absolute(item.site, paths.newsItem(item.slug)),
      pubDate: pubDate(item.data.date),
      description: textAsHtml(item.data.summary),
      categories: item.data.tags ?? [],
    })),
  };
}

/** Upcoming events of a site as RSS: new items appear as they are published. */
export function agendaFeed(site: Site, events: EventEntry[], builtSiteIds: string[], buildDate: string): RSSOptions {
  const urls = siteUrls();
  const { upcoming } = splitByDate(eventsForSite(events, site.id, builtSiteIds), buildDate);
  return {
    title: `Agenda van ${site.displayName}`,
    description: `Activiteiten van ${site.displayName}: informatiebijeenkomsten, workshops, webinars en banenmarkten.`,
    site: urls.absolute(site.id, paths.home),
    customData: LANGUAGE,
    items: upcoming.map((item) => ({
      title: textAsHtml(item.data.title),
      link: urls.absolute(item.site, paths.event(item.slug)),
      pubDate: pubDate(item.data.date),
      description: textAsHtml(`${formatEventWhen(item.data.start, item.data.end)}. ${item.data.summary}`),
      categories: item.data.tags ?? [],
    })),
  };
}

function calendarEvent(item: EventEntry) {
  const owner = getSite(item.site);
  return { id: item.id, data: item.data, url: siteUrls().absolute(item.site, paths.event(item.slug)), organiser: owner.displayName };
}

/** The site's iCalendar feed: every event it lists, past ones too (calendars keep history). */
export function agendaCalendar(site: Site, events: EventEntry[], builtSiteIds: string[]): string {
  return calendar({
    name: `Agenda ${site.displayName}`,
    description: `Activiteiten van ${site.displayName}`,
    domain: site.host,
    events: eventsForSite(events, site.id, builtSiteIds)
      .sort((a, b) => a.data.start.localeCompare(b.data.start))
      .map(calendarEvent),
  });
}

/** One event as an .ics file ("Zet in agenda"). */
export function eventCalendar(item: EventEntry): string {
  const owner = getSite(item.site);
  return calendar({ name: item.data.title, domain: owner.host, events: [calendarEvent(item)] });
}

export const ICS_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };
