// The training-offer components, one test per example in src/components/opleidingen/examples.ts.
import { expect } from 'vitest';
import { count, expectReferencesResolve, hrefs, testDomain, text } from './render';

testDomain('opleidingen', {
  OfferCard: {
    'Hbo in deeltijd': (html) => {
      expect(html).toMatch(/^<li/);
      expect(hrefs(html)).toEqual(['/opleidingen/associate-degree-cyber-security-deeltijd/']);
      expect(text(html)).toContain('Niveau: hbo associate degree');
      expect(text(html)).toContain('Start: 6 september 2027, Den Bosch');
      expect(text(html)).toContain('Kosten: € 2.695,00 per jaar');
    },
    'Online cursus, op een regionale site': (html) => {
      // Online: no regional copy, the national page at Twente's advice.
      expect(hrefs(html)).toEqual(['/opleidingen/engels-op-het-werk-a2-b1/#regio-twente']);
      expect(text(html)).toContain('Leerplein Online Voorbeeld · online');
      expect(text(html)).toContain('€ 179,00 (met btw € 216,59)');
    },
  },
  FacetFilters: {
    'Niets gekozen': (html) => {
      expect(html).toMatch(/<h2 id="filters-titel"[^>]*>Filter de opleidingen<\/h2>/);
      expect(html).toMatch(/href="\/opleidingen\/vorm\/deeltijd\/"[^>]*>Deeltijd <span[^>]*>\(2\)<\/span>/);
      expect(html).not.toContain('aria-current');
      expectReferencesResolve(html);
    },
    'Eén filter, een tweede via zoeken': (html) => {
      // Three example offers: no pair has pages of its own, so a second filter opens the search page.
      const pair = hrefs(html).filter((h) => h.startsWith('/zoeken/?'));
      expect(pair.length).toBeGreaterThan(0);
      expect(pair.every((h) => h.includes('niveau=Geen+vast+niveau'))).toBe(true);
      expect(text(html)).toContain('via zoeken');
      expect(hrefs(html).filter((h) => h.startsWith('/opleidingen/') && h.split('/').length > 5)).toEqual([]);
    },
    'Regio, met links naar heel Nederland en online': (html) => {
      // Filter links stay on the regional site; then the national offer, then the online offers in search.
      const links = hrefs(html);
      expect(links.slice(0, -2).every((h) => h.startsWith('/twente/opleidingen/'))).toBe(true);
      expect(links.slice(-2)).toEqual(['/opleidingen/', '/twente/zoeken/?regio=Online']);
      expect(text(html)).toContain('Je ziet opleidingen in Twente. Bekijk het aanbod in heel Nederland');
      expect(text(html)).toContain('Online opleidingen staan niet in deze lijst. Zoek online opleidingen');
    },
  },
  ActiveFilters: {
    'Eén filter': (html) => {
      expect(text(html)).toContain('Je hebt gekozen Niveau: Geen vast niveau verwijder filter Geen vast niveau');
      expect(hrefs(html)).toEqual(['/opleidingen/']);
      expect(text(html)).not.toContain('Alle filters verwijderen');
    },
    'Twee filters': (html) => {
      expect(count(html, /verwijder<span/)).toBe(2);
      // Removing one filter keeps the other.
      expect(hrefs(html)).toEqual(['/opleidingen/vorm/e-learning/', '/opleidingen/niveau/geen-niveau/', '/opleidingen/']);
      expect(text(html)).toContain('Alle filters verwijderen');
    },
  },
  Pagination: {
    'Eerste pagina': (html) => {
      expect(html).toContain('aria-label="Paginering"');
      expect(html).toMatch(/<span aria-current="page"[^>]*><span class="sr-only">Pagina <\/span>1<\/span>/);
      expect(html).not.toContain('rel="prev"');
      expect(html).toMatch(/href="\/opleidingen\/pagina\/2\/" rel="next"/);
    },
    'Laatste pagina': (html) => {
      expect(html).toMatch(/href="\/opleidingen\/pagina\/2\/" rel="prev"/);
      expect(html).not.toContain('rel="next"');
      expect(hrefs(html)).toContain('/opleidingen/');
    },
  },
  RunCard: {
    'Op locatie': (html) => {
      expect(html).toMatch(/^<li[^>]*data-run="HVD-AD-CYBER-2027-09-06-DEN"/);
      expect(text(html)).toContain('Start 6 september 2027');
      expect(text(html)).toContain('Hogeschool Voorbeeld Den Bosch (Stationsstraat 24, 5211 AC) · regio Noordoost-Brabant');
      expect(text(html)).toContain('Aanmelden kan, uiterlijk 6 juli 2027');
      expect(html).toContain('<caption class="sr-only">Kosten voor de start op 6 september 2027</caption>');
    },
    Online: (html) => {
      expect(text(html)).toContain('Waar: Online');
      expect(html).toMatch(/<td[^>]*data-total>€ 179,00<\/td>/);
    },
  },
  CostTable: {
    'Met kosten die je zelf kiest': (html) => {
      expect(text(html)).toContain('Totaal per jaar € 2.695,00');
      expect(text(html)).toContain('Niet verplicht (komt bovenop het totaal als je het kiest): Lesmateriaal: € 350,00 per jaar');
      expect(html).toMatch(/<th scope="row"[^>]*>Lesgeld<\/th>/);
    },
    'Met btw': (html) => {
      expect(text(html)).toContain('+ € 37,59 btw (21%)');
      expect(text(html)).toContain('excl. btw; met btw € 216,59');
    },
    'Geen kosten vermeld': (html) => {
      expect(html).not.toContain('<table');
      expect(text(html)).toBe('De aanbieder heeft geen kosten vermeld. Vraag het na bij de aanbieder.');
    },
  },
  AdviceBlock: {
    Landelijk: (html) => {
      expect(hrefs(html)).toEqual(['/loketten/']);
      expect(text(html)).toContain('Twijfel je? Vraag gratis advies bij een Leerwerkloket');
      expectReferencesResolve(html);
    },
    Regio: (html) => {
      expect(hrefs(html)).toEqual(['/twente/contact/']);
      expect(text(html)).toContain('Neem contact op met Leerwerkloket Twente');
    },
  },
  WhoPays: {},
  RegionChoice: {
    Keuzelijst: (html) => {
      expect(html).toMatch(/<section[^>]*\shidden/);
      expect(html).toMatch(/<label for="regio-keuze"[^>]*>Waar woon je\?<\/label>/);
      expect(html).toMatch(/<option value="groningen">Groningen<\/option>/);
      expect(count(html, /<option/)).toBe(3);
      expectReferencesResolve(html);
    },
  },
  RegionAdviceList: {
    'Twee regio’s': (html) => {
      expect(html).toMatch(/<li id="regio-groningen"/);
      expect(html).toMatch(/<li id="regio-twente"/);
      expect(hrefs(html)).toEqual(['/groningen/contact/', '/twente/contact/', '/regelingen/twents-fonds-voor-vakmanschap/']);
      expect(text(html)).toContain('Gratis advies krijg je bij Leerwerkloket Twente');
      expect(text(html)).toContain('Deze regio heeft geen eigen regeling voor deze opleiding.');
      expect(text(html)).toContain('Twents Fonds voor Vakmanschap (Open)');
      // The next start in person in a region, only where there is one.
      expect(text(html)).toContain('Eerstvolgende start in deze regio: 6 september 2027, Enschede.');
      expect(count(html, /data-region-start/)).toBe(1);
      expectReferencesResolve(html);
    },
  },
  CourseJsonLd: {
    'Online cursus': (html) => {
      const data = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*)<\/script>/)![1]);
      expect(data).toMatchObject({
        '@type': 'Course',
        name: 'Engels op het werk (A2-B1)',
        url: 'https://leerwerkloket.nl/opleidingen/engels-op-het-werk-a2-b1/',
      });
      expect(data.hasCourseInstance[0]).toMatchObject({
        courseMode: 'online',
        startDate: '2027-01-25',
        offers: { price: '216.59', priceCurrency: 'EUR' },
      });
    },
  },
});
