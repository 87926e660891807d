// The loket components, one test per example in src/components/loketten/examples.ts.
import { expect } from 'vitest';
import { count, expectReferencesResolve, headings, hrefs, testDomain, text } from './render';

testDomain('loketten', {
  ContactBlock: {
    'Twente, kop niveau 3': (html) => {
      expect(html).toMatch(/<h3 id="contact-twente"[^>]*>Maak een afspraak of neem contact op<\/h3>/);
      expect(hrefs(html)).toEqual(['https://twente.leerwerkloket.example/afspraak', 'mailto:twente@leerwerkloket.example']);
      expect(text(html)).toContain('inloopspreekuur');
      expectReferencesResolve(html);
    },
    Rijnmond: (html) => {
      expect(headings(html)).toEqual(['h2']);
      expect(text(html)).toContain('Je praat met een adviseur van Leerwerkloket Rijnmond.');
      expect(text(html)).toContain('Dit zijn voorbeeldgegevens.');
    },
  },
  OpeningHours: {
    Dichtgeklapt: (html) => {
      // The whole week folded in <details>, every day present; the one-line summary above it.
      expect(html).toMatch(/<details class="mt-2"[^>]*>/);
      expect(html).not.toMatch(/<details[^>]*\sopen/);
      expect(count(html, /<th scope="row"/)).toBe(7);
      expect(text(html)).toContain('Open op maandag, dinsdag, woensdag, donderdag en vrijdag.');
      expect(text(html)).toContain('Vandaag (dinsdag) open van 09:00 tot 17:00 uur, inloopspreekuur van 09:30 tot 12:00 uur.');
    },
    'Open, met de route': (html) => {
      expect(html).toMatch(/<details[^>]*\sopen/);
      expect(text(html)).toContain('Openingstijden Almelo en route');
      expect(text(html)).toContain('Zo kom je er: Kom je met de trein of de bus?');
    },
    Engels: (html) => {
      expect(html).toMatch(/<details[^>]*\sopen/);
      expect(html).not.toContain('data-opening-today');
      expect(text(html)).toContain('Monday');
    },
  },
  LocationCard: {
    Contactpagina: (html) => {
      expect(html).toMatch(/<h3[^>]*>Leerwerkloket Twente in Enschede<\/h3>/);
      expect(html).toMatch(/<address[^>]*> Voorbeeldstraat 1<br> 0000 AA Enschede <\/address>/);
      expect(text(html)).toContain('Zo kom je er:');
      expect(html).toMatch(/<details[^>]*\sopen/);
    },
    'Klein, op de homepage': (html) => {
      // Compact: the route waits inside the folded week.
      expect(html).not.toMatch(/<details[^>]*\sopen/);
      expect(text(html)).toContain('Openingstijden Almelo en route');
      expect(html).toContain('p-4');
    },
  },
  LoketAdvice: {
    Landelijk: (html) => {
      expect(html).toMatch(/<h2 id="advies-2"[^>]*>Vraag advies bij je Leerwerkloket<\/h2>/);
      expect(hrefs(html)).toEqual(['/loketten/']);
    },
    'Regio, kop niveau 3': (html) => {
      expect(headings(html)).toEqual(['h3']);
      expect(html).toMatch(/href="\/twente\/contact\/"[^>]*>Neem contact op met Leerwerkloket Twente</);
    },
    Engels: (html) => {
      expect(hrefs(html)).toEqual(['/en/find-your-loket/']);
      expect(text(html)).toContain('Ask your Leerwerkloket for advice');
    },
  },
  AudienceChoice: {
    Landelijk: (html) => {
      expect(hrefs(html)).toEqual(['/werkzoekenden/', '/werkenden/', '/werkgevers/', '/jongeren/']);
      expect(text(html)).toContain('Je zoekt personeel of wilt je mensen laten leren.');
      expectReferencesResolve(html);
    },
  },
  LoketFinder: {
    Landelijk: (html) => {
      // Without JavaScript an A–Z list of every gemeente with its loket.
      expect(count(html, /<li data-search=/)).toBeGreaterThan(300);
      expect(html).toMatch(
        /<li data-search="[^"]*enschede[^"]*" data-region="twente" data-loket="twente">\s*Enschede: <a href="\/twente\/">Leerwerkloket Twente<\/a>/,
      );
      expect(html).toMatch(/<input id="gemeente-zoek" type="search"[^>]*aria-controls="gemeente-lijst"/);
      expect(html).toContain('href="#letter-A"');
      expectReferencesResolve(html);
    },
  },
  RegionPages: {},
});
