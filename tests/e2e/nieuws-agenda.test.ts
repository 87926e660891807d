// News and agenda in the built sites: feeds parsed with real parsers (RSS with fast-xml-parser,
// iCalendar with ical.js), the archive split by date, JSON-LD, the admin kept apart, and axe.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { parseFrontmatter } from 'astro/markdown';
import { axe, describeViolations, useBrowser } from './browser';
import { eventsForSite, isPast, toEntry, type EventEntry } from '../../src/lib/editorial/agenda';
import { adminHost } from '../../src/lib/editorial/cms/admin';
import { buildDate } from '../../src/lib/site/config';
import { allSites } from '../../src/lib/site/sites';
import { eventSchema } from '../../src/schemas/agenda';

const out = inject('pathOut');
const base = inject('baseUrl');
const prefix = (site: string) => (site === 'landelijk' ? '' : `/${site}`);
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const html = (path: string) => read(join(path, 'index.html'));
const ids = (dir: string) =>
  existsSync(join('content', dir)) ? readdirSync(join('content', dir)).map((f) => f.replace(/\.mdx$/, '')) : [];

function loadEvents(): EventEntry[] {
  return readdirSync('content/agenda').flatMap((site) =>
    ids(`agenda/${site}`).map((slug) => {
      const { frontmatter } = parseFrontmatter(readFileSync(`content/agenda/${site}/${slug}.mdx`, 'utf8'));
      return toEntry({ id: `${site}/${slug}`, data: eventSchema.parse(frontmatter) });
    }),
  );
}
const events = loadEvents();
const siteIds = allSites().map((s) => s.id);
const today = buildDate();

/** The URL path of an absolute production link, as served in path mode. */
function pathOf(url: string): string {
  const u = new URL(url);
  const site = allSites().find((s) => s.host === u.host);
  if (!site) throw new Error(`${url} is not on a site host`);
  return prefix(site.id) + u.pathname;
}

const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

describe('RSS feeds', () => {
  for (const site of allSites()) {
    it(`${site.id}: news and agenda feeds are valid RSS 2.0 with absolute links that exist`, () => {
      for (const feed of ['nieuws', 'agenda']) {
        const xml = read(`${prefix(site.id)}/${feed}/rss.xml`);
        expect(XMLValidator.validate(xml), `${site.id} ${feed}`).toBe(true);
        const channel = rss.parse(xml).rss.channel;
        expect(rss.parse(xml).rss['@_version']).toBe('2.0');
        expect(channel.title).toContain(site.displayName);
        expect(channel.link).toBe(`https://${site.host}/`);
        expect(channel.language).toBe('nl-nl');
        const items: { title: string; link: string; pubDate: string }[] = channel.item ?? [];
        const expected =
          feed === 'nieuws'
            ? ids(`nieuws/${site.id}`).length
            : eventsForSite(events, site.id, siteIds).filter((e) => !isPast(e.data, today)).length;
        expect(items.length, `${site.id} ${feed}`).toBe(expected);
        for (const item of items) {
          expect(item.link).toMatch(/^https:\/\//);
          expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
          expect(existsSync(join(out, pathOf(item.link), 'index.html')), item.link).toBe(true);
        }
      }
    });
  }
});

describe('iCalendar feeds', () => {
  it("each site's agenda.ics parses and holds exactly the events the site lists", () => {
    for (const site of allSites()) {
      const ics = read(`${prefix(site.id)}/agenda/agenda.ics`);
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const vevents = calendar.getAllSubcomponents('vevent');
      const listed = eventsForSite(events, site.id, siteIds);
      expect(vevents.length, site.id).toBe(listed.length);
      expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(listed.length ? 1 : 0);
      const uids = vevents.map((v) => v.getFirstPropertyValue('uid'));
      expect(new Set(uids).size).toBe(uids.length);
    }
  });

  it('every upcoming event page has "Zet in agenda" with a one-event .ics for that event', () => {
    let checked = 0;
    for (const event of events) {
      const page = html(`${prefix(event.site)}/agenda/${event.slug}`);
      const link = /<a [^>]*href="([^"]+\.ics)"[^>]*download[^>]*>Zet in agenda<\/a>/.exec(page);
      if (isPast(event.data, today)) {
        expect(link, `${event.id} is over: no "Zet in agenda"`).toBeNull();
        continue;
      }
      expect(link, event.id).not.toBeNull();
      const calendar = new ICAL.Component(ICAL.parse(read(link![1])));
      const [vevent] = calendar.getAllSubcomponents('vevent');
      expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
      const parsed = new ICAL.Event(vevent);
      expect(parsed.summary).toBe(event.data.title);
      expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
      expect(parsed.startDate.toString()).toBe(`${event.data.start}:00`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('agenda and archive by build date', () => {
  it('upcoming events are on the agenda, past ones only in the archive', () => {
    for (const site of ['twente', 'groningen', 'landelijk']) {
      const agenda = html(`${prefix(site)}/agenda`);
      const archive = html(`${prefix(site)}/agenda/archief`);
      for (const event of eventsForSite(events, site, siteIds)) {
        const href = `${prefix(event.site)}/agenda/${event.slug}/`;
        const [onAgenda, inArchive] = [agenda.includes(`href="${href}"`), archive.includes(`href="${href}"`)];
        expect([onAgenda, inArchive], `${site}: ${event.id}`).toEqual(isPast(event.data, today) ? [false, true] : [true, false]);
      }
    }
  });

  it('the agenda is grouped by month, in date order', () => {
    const agenda = html('/twente/agenda');
    const months = [...agenda.matchAll(/<h2 id="maand-(\d{4}-\d{2})"/g)].map((m) => m[1]);
    expect(months.length).toBeGreaterThan(0);
    expect([...months].sort()).toEqual(months);
  });
});

describe('structured data', () => {
  it('news and event pages carry parseable NewsArticle and Event JSON-LD', () => {
    const ld = (page: string) => {
      const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page);
      expect(m).not.toBeNull();
      return JSON.parse(m![1]);
    };
    for (const slug of ids('nieuws/twente')) {
      expect(ld(html(`/twente/nieuws/${slug}`))).toMatchObject({
        '@type': 'NewsArticle',
        url: `https://twente.leerwerkloket.nl/nieuws/${slug}/`,
      });
    }
    for (const event of events.filter((e) => e.site === 'twente')) {
      expect(ld(html(`/twente/agenda/${event.slug}`))).toMatchObject({
        '@type': 'Event',
        name: event.data.title,
        startDate: expect.stringMatching(/\+0[12]:00$/),
      });
    }
  });
});

describe('home pages', () => {
  it('the national home shows national news and the next events of the regions', () => {
    const home = html('/');
    for (const slug of ids('nieuws/landelijk').sort().reverse().slice(0, 3)) expect(home).toContain(`href="/nieuws/${slug}/"`);
    const next = eventsForSite(events, 'landelijk', siteIds)
      .filter((e) => !isPast(e.data, today))
      .sort((a, b) => a.data.start.localeCompare(b.data.start))
      .slice(0, 4);
    for (const e of next) expect(home).toContain(`href="${prefix(e.site)}/agenda/${e.slug}/"`);
  });

  it('a regional home shows its own news and events only', () => {
    const home = html('/twente');
    expect(home).toContain('href="/twente/nieuws/');
    expect(home).toContain('href="/twente/agenda/2');
    expect(home).not.toMatch(/href="\/(groningen|agenda)\/[^"]*20\d\d-/);
  });

  it('a regional home lists at most three news items and the next three events, then links to all of them', () => {
    const home = html('/twente');
    const news = ids('nieuws/twente').sort().reverse();
    for (const slug of news.slice(0, 3)) expect(home).toContain(`href="/twente/nieuws/${slug}/"`);
    for (const slug of news.slice(3)) expect(home).not.toContain(`href="/twente/nieuws/${slug}/"`);
    const upcoming = events
      .filter((e) => e.site === 'twente' && !isPast(e.data, today))
      .sort((a, b) => a.data.start.localeCompare(b.data.start));
    for (const e of upcoming.slice(0, 3)) expect(home).toContain(`href="/twente/agenda/${e.slug}/"`);
    for (const e of upcoming.slice(3)) expect(home).not.toContain(`href="/twente/agenda/${e.slug}/"`);
    expect(home).toMatch(/<a href="\/twente\/nieuws\/"[^>]*>Al het nieuws<\/a>/);
    expect(home).toMatch(/<a href="\/twente\/agenda\/"[^>]*>De hele agenda<\/a>/);
  });
});

describe('the CMS admin is kept apart', () => {
  it('path mode: /beheer/ pages are noindex and load the bundled Decap (no CDN)', () => {
    for (const page of ['/beheer', '/beheer/twente', '/beheer/landelijk']) {
      const text = html(page);
      expect(text, page).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(text).not.toMatch(/<script[^>]+src="https?:/);
      expect(text).not.toMatch(/unpkg|jsdelivr|cdnjs/);
    }
    expect(html('/beheer/twente')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });

  it('host mode: the admin has its own host; public hosts do not carry its scripts', () => {
    const hostOut = inject('hostOut');
    const size = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(existsSync(join(hostOut, 'leerwerkloket.nl', 'beheer'))).toBe(false);
    expect(existsSync(join(hostOut, adminHost(), 'twente', 'index.html'))).toBe(true);
    expect(size(join(hostOut, adminHost(), '_astro'))).toBeGreaterThan(2_000_000);
    for (const host of ['leerwerkloket.nl', 'twente.leerwerkloket.nl'])
      expect(size(join(hostOut, host, '_astro')), host).toBeLessThan(500_000);
  });
});

const browser = useBrowser();

const upcoming = events.filter((e) => e.site === 'twente' && !isPast(e.data, today))[0];
const past = events.filter((e) => isPast(e.data, today))[0];
const AXE_PAGES = [
  '/nieuws/',
  '/twente/nieuws/',
  `/twente/nieuws/${ids('nieuws/twente').find((s) => s.includes('bbl'))}/`,
  '/agenda/',
  '/twente/agenda/',
  '/twente/agenda/archief/',
  `${prefix(upcoming.site)}/agenda/${upcoming.slug}/`,
  `${prefix(past.site)}/agenda/${past.slug}/`,
];

describe('accessibility (axe-core)', () => {
  for (const path of AXE_PAGES) {
    it(`${path} has no axe violations`, async () => {
      const context = await browser().newContext({ bypassCSP: true });
      const page = await context.newPage();
      const response = await page.goto(base + path);
      expect(response?.status()).toBe(200);
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await context.close();
    });
  }
});
