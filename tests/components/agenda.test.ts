// The news and agenda components, one test per example in src/components/agenda/examples.ts.
import { expect } from 'vitest';
import { expectReferencesResolve, headings, hrefs, testDomain, text } from './render';

testDomain('agenda', {
  EventCard: {
    Online: (html) => {
      expect(html).toMatch(/<h3[^>]*><a href="\/agenda\/2027-01-19-webinar-ervaringscertificaat\/">/);
      expect(html).toMatch(/<time datetime="2027-01-19T19:30">dinsdag 19 januari 2027, 19\.30 tot 20\.30 uur<\/time>/);
      expect(text(html)).toContain('Waar: online');
      expect(text(html)).not.toContain('Leerwerkloket Twente');
    },
    'Van een regio, op de landelijke site': (html) => {
      expect(headings(html)).toEqual(['h2']);
      expect(hrefs(html)).toEqual(['/twente/agenda/2027-02-11-bbl-banenmarkt-hengelo/']);
      expect(text(html)).toContain('Waar: Hengelo · Leerwerkloket Twente');
    },
  },
  EventMonths: {
    'Twee maanden': (html) => {
      expect(html).toMatch(/<h2 id="maand-2027-01"[^>]*>januari 2027<\/h2>/);
      expect(html).toMatch(/<h2 id="maand-2027-02"[^>]*>februari 2027<\/h2>/);
      expect(html.indexOf('webinar')).toBeLessThan(html.indexOf('banenmarkt'));
      expectReferencesResolve(html);
    },
  },
  EventFacts: {
    'Op locatie, nog te komen': (html) => {
      expect(text(html)).toContain('Waar Voorbeeldhal Voorbeeldstraat 5, Hengelo');
      expect(text(html)).toContain('Voor wie Werkzoekenden, Jongeren, Werkgevers');
      expect(html).toMatch(/href="https:\/\/twente\.leerwerkloket\.example\/aanmelden\/bbl-banenmarkt-hengelo">Meld je aan</);
    },
    'Online, voorbij': (html) => {
      // Once it is over: no link to join, no sign-up.
      expect(text(html)).toContain('Deze online activiteit is voorbij.');
      expect(hrefs(html)).toEqual([]);
      expect(text(html)).not.toContain('Aanmelden');
    },
  },
  AddToCalendar: {
    Webinar: (html) => {
      expect(html).toMatch(
        /href="\/agenda\/2027-01-19-webinar-ervaringscertificaat\.ics" download="2027-01-19-webinar-ervaringscertificaat\.ics"/,
      );
      expect(text(html)).toContain('Zet in agenda');
    },
  },
  AgendaFeeds: {
    Landelijk: (html) => {
      expect(hrefs(html)).toEqual(['/agenda/agenda.ics', '/agenda/rss.xml']);
      expectReferencesResolve(html);
    },
    Regio: (html) => expect(hrefs(html)).toEqual(['/twente/agenda/agenda.ics', '/twente/agenda/rss.xml']),
  },
  NewsCard: {
    Landelijk: (html) => {
      expect(headings(html)).toEqual(['h2']);
      expect(html).toMatch(/<time datetime="2026-11-02">2 november 2026<\/time>/);
      expect(hrefs(html)).toEqual(['/nieuws/2026-11-02-uitleg-evc-praktijkverklaring/']);
    },
    'Regio, kop niveau 3': (html) => {
      expect(headings(html)).toEqual(['h3']);
      expect(hrefs(html)).toEqual(['/twente/nieuws/2026-11-16-hulp-bij-taal-op-het-werk/']);
    },
  },
  HomeUpdates: {},
  FeedLinks: {
    Regio: (html) => {
      expect(html).toContain(
        '<link rel="alternate" type="application/rss+xml" title="Nieuws van Leerwerkloket Twente" href="/twente/nieuws/rss.xml">',
      );
      expect(html).toContain('type="text/calendar"');
      expect(html.match(/<link /g)).toHaveLength(3);
    },
  },
});
