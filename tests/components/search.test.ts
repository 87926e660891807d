// The search components, one test per example in src/components/search/examples.ts.
import { expect } from 'vitest';
import { expectReferencesResolve, testDomain } from './render';

testDomain('search', {
  SearchField: {
    Landelijk: (html) => {
      // A plain GET form: works without JavaScript.
      expect(html).toMatch(/<form role="search" action="\/zoeken\/" method="get"/);
      expect(html).toMatch(/<input id="kop-zoek" name="q" type="search"/);
      expect(html).toMatch(/<label for="kop-zoek"[^>]*>Zoeken op deze site<\/label>/);
    },
  },
  SearchPanel: {
    Landelijk: (html) => {
      // Content first (it loads Pagefind), then the catalogue, which the script merges.
      const attribute = (name: string) =>
        JSON.parse(
          new RegExp(`data-${name}="([^"]*)"`)
            .exec(html)![1]
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&'),
        );
      expect(Object.entries(attribute('pagefind-bundles'))).toEqual([
        ['inhoud', '/pagefind/inhoud/'],
        ['opleidingen', '/pagefind/opleidingen/'],
      ]);
      expect(attribute('sort-types')).toEqual({ date: ['Nieuws', 'Agenda'] });
      expect(html).toContain('data-scope="Alle loketten en landelijke informatie"');
      expect(html).toMatch(/<p role="status" aria-live="polite"/);
      // Filter values travel in the page, so the script never asks Pagefind for every filter table.
      const values = /data-filter-values="([^"]*)"/
        .exec(html)![1]
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(JSON.parse(values)).toEqual({ type: ['Opleiding', 'Regeling', 'Nieuws'], niveau: ['mbo niveau 2', 'mbo niveau 3'] });
      // Without JavaScript: the overviews that list everything search finds.
      for (const path of ['/opleidingen/', '/regelingen/', '/nieuws/', '/agenda/']) expect(html).toContain(`href="${path}"`);
      expectReferencesResolve(html);
    },
  },
  SearchData: {
    'Opleiding op een regionale site': (html) => {
      expect(html).toContain('data-pagefind-filter="type:Opleiding"');
      expect(html).toContain('data-pagefind-filter="regio:Twente"');
      expect(html).toContain('data-pagefind-filter="vorm:Virtueel klaslokaal"');
      // A colon inside a value would split Pagefind's key:value.
      expect(html).toContain('data-pagefind-meta="start:Start 25 januari 2027"');
      // Only the date sort exists: a title order would add every page to the metadata each first query loads.
      expect(html).not.toContain('data-pagefind-sort="title:');
    },
    'Nieuws: landelijk': (html) => {
      expect(html).toContain('data-pagefind-filter="regio:Landelijk"');
      expect(html).toContain('data-pagefind-sort="date:2026-09-08"');
      expect(html).toMatch(/data-keywords="[^"]*\bsubsidie\b/);
    },
  },
});
