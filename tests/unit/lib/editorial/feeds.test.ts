// iCalendar output parsed by a real parser (ical.js), date-times with the Amsterdam offset, JSON-LD,
// and RSS read back by a real feed parser (@rowanmanning/feed-parser).
import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toEntry } from '../../../../src/lib/editorial/agenda';
import { agendaFeed, newsFeed } from '../../../../src/lib/editorial/feeds';
import { formatEventWhen, isoWithOffset, toInstant } from '../../../../src/lib/dates';
import { calendar } from '../../../../src/lib/editorial/ics';
import { eventLd, jsonLd, newsArticleLd } from '../../../../src/lib/editorial/structured-data';
import { getSite, siteUrls } from '../../../../src/lib/site/sites';
import type { EventData } from '../../../../src/schemas/agenda';
import type { NewsData } from '../../../../src/schemas/nieuws';

const winter: EventData = {
  title: 'BBL-banenmarkt, Hengelo; techniek',
  date: '2026-11-16',
  summary: 'Ontmoet bedrijven uit Twente die een leerwerkplek bieden.',
  start: '2027-02-11T14:00',
  end: '2027-02-11T18:00',
  location: { name: 'Voorbeeldhal', address: 'Voorbeeldstraat 5', city: 'Hengelo' },
  registration: 'https://twente.leerwerkloket.example/aanmelden',
  cost: 'Gratis',
  audiences: ['werkzoekende'],
  tags: ['bbl'],
};
const summer: EventData = {
  ...winter,
  title: 'Zomerwebinar',
  start: '2027-07-01T19:30',
  end: '2027-07-01T20:30',
  location: undefined,
  online: 'https://leerwerkloket.example/webinar',
};

describe('Amsterdam time', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(isoWithOffset('2027-02-11T14:00')).toBe('2027-02-11T14:00:00+01:00');
    expect(isoWithOffset('2027-07-01T19:30')).toBe('2027-07-01T19:30:00+02:00');
    expect(toInstant('2027-07-01T19:30').toISOString()).toBe('2027-07-01T17:30:00.000Z');
  });
  it('writes when in Dutch', () => {
    expect(formatEventWhen('2027-02-11T14:00', '2027-02-11T18:00')).toBe('donderdag 11 februari 2027, 14.00 tot 18.00 uur');
    expect(formatEventWhen('2027-02-11T14:00', '2027-02-12T12:30')).toBe(
      'donderdag 11 februari 2027 14.00 uur tot vrijdag 12 februari 2027 12.30 uur',
    );
  });
});

describe('iCalendar (RFC 5545)', () => {
  const ics = calendar({
    name: 'Agenda Leerwerkloket Twente',
    domain: 'twente.leerwerkloket.nl',
    events: [
      {
        id: 'twente/2027-02-11-bbl',
        data: winter,
        url: 'https://twente.leerwerkloket.nl/agenda/2027-02-11-bbl/',
        organiser: 'Leerwerkloket Twente',
      },
      {
        id: 'landelijk/2027-07-01-webinar',
        data: summer,
        url: 'https://leerwerkloket.nl/agenda/2027-07-01-webinar/',
        organiser: 'Leerwerkloket',
      },
    ],
  });
  const root = new ICAL.Component(ICAL.parse(ics));

  it('parses, with one VTIMEZONE for Europe/Amsterdam and CRLF line ends', () => {
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getAllSubcomponents('vtimezone').map((c) => c.getFirstPropertyValue('tzid'))).toEqual(['Europe/Amsterdam']);
    expect(ics).toContain('\r\n');
    expect(ics.split('\r\n').every((line) => line.length <= 75)).toBe(true);
  });

  it('keeps local times with TZID and gives the right instants across daylight saving time', () => {
    const tz = new ICAL.Timezone(root.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(tz, 'Europe/Amsterdam');
    const [a, b] = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270211T140000');
    expect(a.startDate.toJSDate().toISOString()).toBe('2027-02-11T13:00:00.000Z');
    expect(b.startDate.toJSDate().toISOString()).toBe('2027-07-01T17:30:00.000Z');
    expect(a.summary).toBe(winter.title); // comma and semicolon escaped and read back
    expect(a.location).toBe('Voorbeeldhal, Voorbeeldstraat 5, Hengelo');
    expect(b.location).toBe('Online: https://leerwerkloket.example/webinar');
    expect(a.uid).toBe('twente-2027-02-11-bbl@twente.leerwerkloket.nl');
    expect(a.description).toContain('Aanmelden: https://twente.leerwerkloket.example/aanmelden');
  });

  it('DTSTAMP is UTC and stable (the publication date), so builds are reproducible', () => {
    expect(ics).toMatch(/DTSTAMP:20261115T230000Z/);
    const again = calendar({
      name: 'x',
      domain: 'twente.leerwerkloket.nl',
      events: [{ id: 'twente/2027-02-11-bbl', data: winter, url: 'https://x/', organiser: 'y' }],
    });
    expect(again).toBe(
      calendar({
        name: 'x',
        domain: 'twente.leerwerkloket.nl',
        events: [{ id: 'twente/2027-02-11-bbl', data: winter, url: 'https://x/', organiser: 'y' }],
      }),
    );
  });
});

describe('schema.org JSON-LD', () => {
  const site = getSite('twente');
  it('escapes "<" so content cannot close the script element', () => {
    const json = jsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
  it('Event has offsets, place or virtual location, and a free offer', () => {
    const ld = eventLd(winter, site, '/agenda/2027-02-11-bbl/', siteUrls());
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2027-02-11T14:00:00+01:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { addressLocality: 'Hengelo' } },
      url: 'https://twente.leerwerkloket.nl/agenda/2027-02-11-bbl/',
      isAccessibleForFree: true,
      offers: { price: 0, priceCurrency: 'EUR' },
    });
    expect(eventLd(summer, site, '/agenda/x/', siteUrls())).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation' },
    });
  });
  it('NewsArticle has headline, date and absolute image URL', () => {
    const ld = newsArticleLd(
      { title: 'Nieuws', date: '2026-11-16', summary: 's', audiences: ['werkende'], image: { src: '/media/twente/a.svg', alt: 'a' } },
      site,
      '/nieuws/x/',
      siteUrls(),
    );
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Nieuws',
      datePublished: '2026-11-16',
      image: ['https://twente.leerwerkloket.nl/media/twente/a.svg'],
    });
  });
});

describe('RSS feeds show editor text as text, never as markup', () => {
  // Where an HTML tokenizer starts a tag, end tag, comment or declaration.
  const TAG_OPEN = /<[a-z/!?]/i;
  const hostile = '<img src=x onerror=alert(1)>Banenmarkt <b>vet</b> & meer';
  // The parser decodes XML and then HTML entities, like a reader that renders the description:
  // whatever it hands over must still hold no tag.
  const read = async (feed: Parameters<typeof getRssString>[0]) => parseFeed(await getRssString(feed)).items;

  it('news: a summary and title with tags come out as their readable text', async () => {
    const data: NewsData = {
      title: 'Banenmarkt <script>x</script>in <i>Hengelo</i>',
      date: '2026-11-16',
      summary: hostile,
      audiences: ['werkende'],
    };
    const [item] = await read(newsFeed(getSite('twente'), [toEntry({ id: 'twente/2026-11-16-banenmarkt', data })]));
    expect(item.description).toBe('Banenmarkt vet & meer');
    expect(item.title).toBe('Banenmarkt xin Hengelo');
    expect(item.description).not.toMatch(TAG_OPEN);
    expect(item.title).not.toMatch(TAG_OPEN);
  });

  it('news: text that only looks like markup or entities stays exactly what the editor wrote', async () => {
    const summary = 'Werk &amp; leren &lt;b&gt;, ook als 4 < 5 en 6 > 3.';
    const title = 'Werk & leren &lt;img src=x onerror=alert(1)&gt;';
    const data: NewsData = { title, date: '2026-11-16', summary, audiences: ['werkende'] };
    const [item] = await read(newsFeed(getSite('twente'), [toEntry({ id: 'twente/2026-11-16-werk', data })]));
    expect(item.description).toBe(summary);
    expect(item.title).toBe(title);
  });

  it('news: tags that only form after stripping, or a tag left open at the end, do not survive', async () => {
    const data: NewsData = {
      title: 'Open <<b>img src=x onerror=alert(1)>',
      date: '2026-11-16',
      summary: 'Tekst <<i>svg onload=alert(1)> en <img src=x onerror=alert(1)',
      audiences: ['werkende'],
    };
    const [item] = await read(newsFeed(getSite('twente'), [toEntry({ id: 'twente/2026-11-16-open', data })]));
    expect(item.description).not.toMatch(TAG_OPEN);
    expect(item.title).not.toMatch(TAG_OPEN);
  });

  it('agenda: the description (when + summary) is plain text', async () => {
    const data: EventData = { ...winter, title: '<b>Banenmarkt</b>', summary: hostile };
    const [item] = await read(
      agendaFeed(getSite('twente'), [toEntry({ id: 'twente/2027-02-11-bbl', data })], ['landelijk', 'twente'], '2026-11-20'),
    );
    expect(item.description).toBe('donderdag 11 februari 2027, 14.00 tot 18.00 uur. Banenmarkt vet & meer');
    expect(item.title).toBe('Banenmarkt');
  });
});
