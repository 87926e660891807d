// Loads the nieuws and agenda collections for pages (Astro only: uses astro:content).
import { getCollection, type CollectionEntry } from 'astro:content';
import { toEntry, type Entry } from './agenda';
import { siteParam } from '../site/routes';
import { builtSites } from '../site/sites';

export type NewsItem = Entry<CollectionEntry<'nieuws'>['data']> & { entry: CollectionEntry<'nieuws'> };
export type EventItem = Entry<CollectionEntry<'agenda'>['data']> & { entry: CollectionEntry<'agenda'> };

export async function allNews(): Promise<NewsItem[]> {
  return (await getCollection('nieuws')).map((entry) => ({ ...toEntry(entry), entry }));
}

export async function allEvents(): Promise<EventItem[]> {
  return (await getCollection('agenda')).map((entry) => ({ ...toEntry(entry), entry }));
}

/** getStaticPaths for news detail pages: each built site × its own news. */
export async function newsPaths() {
  const news = await allNews();
  return builtSites().flatMap((site) =>
    news
      .filter((n) => n.site === site.id)
      .map((n) => ({ params: { site: siteParam(site), slug: n.slug }, props: { siteId: site.id, id: n.id } })),
  );
}

/** getStaticPaths for event pages and their .ics files: each built site × its own events. */
export async function eventPaths() {
  const events = await allEvents();
  return builtSites().flatMap((site) =>
    events
      .filter((e) => e.site === site.id)
      .map((e) => ({ params: { site: siteParam(site), slug: e.slug }, props: { siteId: site.id, id: e.id } })),
  );
}

export async function newsItem(id: string): Promise<NewsItem> {
  const item = (await allNews()).find((n) => n.id === id);
  if (!item) throw new Error(`No news item ${id}`);
  return item;
}

export async function eventItem(id: string): Promise<EventItem> {
  const item = (await allEvents()).find((e) => e.id === id);
  if (!item) throw new Error(`No event ${id}`);
  return item;
}

export const builtSiteIds = () => builtSites().map((s) => s.id);
