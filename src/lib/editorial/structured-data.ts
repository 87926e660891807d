// schema.org JSON-LD for news and events, and the one safe way to put it in a page.
import { paths } from '../site/paths';
import type { EventData } from '../../schemas/agenda';
import type { NewsData } from '../../schemas/nieuws';
import { isoWithOffset } from '../dates';
import type { Site } from '../site/sites';
import type { Urls } from '../site/urls';

/** JSON for a <script type="application/ld+json">: "<" is escaped so the text can never close the script. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function organisation(site: Site, urls: Urls) {
  return { '@type': 'Organization', name: site.displayName, url: urls.absolute(site.id, paths.home) };
}

export function newsArticleLd(news: NewsData, site: Site, path: string, urls: Urls) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: news.title,
    description: news.summary,
    datePublished: news.date,
    inLanguage: 'nl',
    url: urls.absolute(site.id, path),
    mainEntityOfPage: urls.absolute(site.id, path),
    ...(news.image ? { image: [urls.absolute(site.id, news.image.src)] } : {}),
    author: organisation(site, urls),
    publisher: organisation(site, urls),
    ...(news.tags?.length ? { keywords: news.tags.join(', ') } : {}),
  };
}

export function eventLd(event: EventData, site: Site, path: string, urls: Urls) {
  const mode = event.location && event.online ? 'Mixed' : event.online ? 'Online' : 'Offline';
  const locations: unknown[] = [];
  if (event.location) {
    locations.push({
      '@type': 'Place',
      name: event.location.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: event.location.address,
        addressLocality: event.location.city,
        addressCountry: 'NL',
      },
    });
  }
  if (event.online) locations.push({ '@type': 'VirtualLocation', url: event.online });
  const free = /^gratis\b/i.test(event.cost.trim());
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: isoWithOffset(event.start),
    endDate: isoWithOffset(event.end),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: locations.length === 1 ? locations[0] : locations,
    inLanguage: 'nl',
    url: urls.absolute(site.id, path),
    ...(event.image ? { image: [urls.absolute(site.id, event.image.src)] } : {}),
    organizer: organisation(site, urls),
    isAccessibleForFree: free,
    ...(free || event.registration
      ? {
          offers: {
            '@type': 'Offer',
            ...(free ? { price: 0, priceCurrency: 'EUR' } : {}),
            url: event.registration ?? urls.absolute(site.id, path),
            availability: 'https://schema.org/InStock',
          },
        }
      : {}),
  };
}
