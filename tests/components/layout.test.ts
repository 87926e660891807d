// The page-frame components, one test per example in src/components/layout/examples.ts.
import { expect } from 'vitest';
import { expectReferencesResolve, headings, hrefs, testDomain, text } from './render';

testDomain('layout', {
  SiteHeader: {
    'Regio, bij Opleidingen': (html) => {
      expect(text(html)).toContain('Leerwerkloket Twente Gratis advies over leren en werken in de regio');
      expect(html).toContain('action="/twente/zoeken/"');
      expect(html).toMatch(/href="\/twente\/opleidingen\/"[^>]*aria-current="page"/);
      expect(html).toMatch(/href="\/twente\/en\/" hreflang="en" lang="en"/);
      expect(hrefs(html)).toContain('/loketten/');
      expectReferencesResolve(html);
    },
    'Engels, landelijk': (html) => {
      expect(html).not.toContain('role="search"');
      expect(html).toMatch(/href="\/" hreflang="nl" lang="nl"[^>]*>Nederlands/);
      expect(html).toMatch(/<nav aria-label="[^"]+"/);
    },
  },
  SiteFooter: {
    Regio: (html) => {
      expect(text(html)).toContain('E-mail: twente@leerwerkloket.example');
      expect(hrefs(html)).toEqual(expect.arrayContaining(['/twente/contact/', '/', '/partners/', 'https://www.rocvantwente.nl/']));
      expect(text(html)).toContain('De contactgegevens op deze site zijn voorbeeldgegevens.');
      expectReferencesResolve(html);
    },
    'Engels, landelijk': (html) => {
      expect(text(html)).toContain('Together with');
      // Dutch-only pages are marked as such.
      expect(text(html)).toMatch(/Privacy \(in Dutch\)/);
      expectReferencesResolve(html);
    },
  },
  Button: {
    Hoofdknop: (html) => {
      expect(html).toMatch(/^<button type="submit" class="[^"]*\bbg-accent\b[^"]*\btext-on-accent\b[^"]*"[^>]*>Zoek<\/button>$/);
      expect(html).toMatch(/class="[^"]*\bmin-h-11\b/);
    },
    'Tweede knop, klein': (html) => {
      expect(html).toMatch(/^<button type="button" class="[^"]*\bborder-accent\b[^"]*"/);
      expect(html).not.toMatch(/\bbg-accent\b/);
      expect(text(html)).toBe('Opnieuw beginnen');
    },
  },
  LinkButton: {
    'Afspraak maken': (html) => {
      expect(html).toMatch(
        /^<a class="[^"]*\bbg-accent\b[^"]*\bno-underline\b[^"]*" href="https:\/\/twente\.leerwerkloket\.example\/afspraak">Maak een afspraak<\/a>$/,
      );
    },
    'Tweede knop': (html) => {
      expect(hrefs(html)).toEqual(['/regelingencheck/']);
      expect(html).toMatch(/class="[^"]*\bborder-accent\b/);
    },
  },
  MainNav: {
    'Landelijk, bij Regelingen': (html) => {
      expect(html).toContain('aria-label="Hoofdmenu"');
      expect(html.match(/aria-current="page"/g)).toHaveLength(1);
      expect(html).toMatch(/href="\/regelingen\/" aria-current="page"/);
      expect(text(html)).toContain('Vind jouw loket');
    },
    'Regio, bij Contact': (html) => {
      expect(hrefs(html)).toEqual([
        '/twente/opleidingen/',
        '/twente/regelingen/',
        '/twente/nieuws/',
        '/twente/agenda/',
        '/twente/contact/',
      ]);
      expect(html).toMatch(/href="\/twente\/contact\/" aria-current="page"/);
    },
  },
  AudienceNav: {
    'Bij Werkgevers': (html) => {
      expect(html).toContain('aria-label="Informatie voor"');
      expect(html).toMatch(/href="\/werkgevers\/" aria-current="page"/);
      expect(html).toContain('<li class="text-muted" aria-hidden="true">Voor:</li>');
    },
    'Geen groep gekozen': (html) => {
      expect(html).not.toContain('aria-current');
      expect(hrefs(html)).toHaveLength(4);
    },
  },
  Breadcrumbs: {
    'Twee stappen diep': (html) => {
      expect(html).toContain('aria-label="Kruimelpad"');
      expect(hrefs(html)).toEqual(['/', '/regelingen/']);
      expect(html).toMatch(/<span aria-current="page">Subsidieregeling praktijkleren<\/span>/);
    },
    Engels: (html) => {
      expect(html).toContain('aria-label="You are here"');
      expect(hrefs(html)).toEqual(['/en/']);
    },
  },
  Logo: {
    Landelijk: (html) => {
      expect(html).toMatch(/<svg[^>]*text-accent[^>]*aria-hidden="true"/);
    },
    Regio: (html) => {
      // Decorative: the site name stands next to it.
      expect(html).toContain('aria-hidden="true"');
      expect(html).not.toMatch(/<title>|alt="[^"]/);
    },
  },
  SkipLink: {
    Nederlands: (html) => {
      expect(html).toMatch(/^<a href="#inhoud"[^>]*sr-only[^>]*focus:not-sr-only[^>]*>Naar de inhoud<\/a>$/);
    },
    Engels: (html) => {
      expect(text(html)).toBe('Skip to content');
    },
  },
  ReadAloud: {
    Knop: (html) => {
      // Hidden until the script finds speech synthesis.
      expect(html).toMatch(/<div[^>]*data-read-aloud[^>]*hidden/);
      expect(html).toMatch(/<button type="button"[^>]*aria-pressed="false"/);
      expect(text(html)).toBe('Lees voor');
      expect(html).toMatch(/<script/);
    },
  },
  NotFound: {
    Landelijk: (html) => {
      expect(headings(html)).toEqual(['h1']);
      expect(text(html)).toContain('Pagina niet gevonden');
      expect(hrefs(html)).toEqual(['/', '/loketten/', '/opleidingen/']);
    },
    Regio: (html) => {
      expect(hrefs(html)).toEqual(['/twente/', '/twente/zoeken/', '/twente/contact/', '/loketten/']);
      expect(text(html)).toContain('Contact met Leerwerkloket Twente');
    },
  },
  JsonLd: {
    Organisatie: (html) => {
      const json = html.match(/<script type="application\/ld\+json">([\s\S]*)<\/script>/)![1];
      expect(JSON.parse(json)).toMatchObject({ '@type': 'Organization', name: 'Leerwerkloket Twente' });
    },
    'Tekst die het script zou sluiten': (html) => {
      expect(html.match(/<\/script>/g)).toHaveLength(1);
      const json = html.match(/<script type="application\/ld\+json">([\s\S]*)<\/script>/)![1];
      expect(JSON.parse(json).name).toBe('Infoavond </script><script>alert(1)</script>');
    },
  },
});
