// The regelingen components, one test per example in src/components/regelingen/examples.ts.
import { expect } from 'vitest';
import { count, expectReferencesResolve, headings, hrefs, testDomain, text } from './render';

testDomain('regelingen', {
  StatusBadge: {
    Open: (html) => {
      expect(html).toMatch(/^<span class="[^"]+"><span class="sr-only">Status: <\/span>Open<\/span>$/);
    },
    Verwacht: (html) => expect(text(html)).toBe('Status: Verwacht'),
    'Geen aanvraagperiode': (html) => expect(text(html)).toBe('Status: Geen aanvraagperiode'),
    'Gesloten, zonder “Status:”': (html) => {
      expect(text(html)).toBe('Gesloten');
      expect(html).not.toContain('sr-only');
    },
  },
  RegelingCard: {
    Open: (html) => {
      expect(html).toMatch(/<h3[^>]*><a href="\/regelingen\/levenlanglerenkrediet\/">Levenlanglerenkrediet<\/a><\/h3>/);
      expect(text(html)).toContain('Status: Open');
      expect(text(html)).toContain('Lening · Dienst Uitvoering Onderwijs (DUO)');
      expect(text(html)).not.toContain('Wat kun je nu doen?');
    },
    'Gesloten, met iets anders': (html) => {
      expect(text(html)).toContain('Status: Gesloten Gestopt op 1 januari 2024.');
      expect(text(html)).toContain('Wat kun je nu doen? Levenlanglerenkrediet');
      expect(hrefs(html)).toEqual(['/regelingen/stap-budget/', '/regelingen/levenlanglerenkrediet/']);
    },
    'Alleen in één regio': (html) => {
      expect(text(html)).toContain('Alleen in de regio Twente');
      expect(hrefs(html)).toEqual(['/twente/regelingen/twents-fonds-voor-vakmanschap/']);
    },
  },
  RegelingenOverview: {
    Landelijk: (html) => {
      // Closed ones in their own group at the end, linked from the group menu.
      expect(html).toMatch(/<h2 id="gesloten">Gestopt of gesloten<\/h2>/);
      expect(html).toContain('href="#gesloten"');
      expect(html.indexOf('stap-budget')).toBeGreaterThan(html.indexOf('id="gesloten"'));
      expect(html).toMatch(/href="#voor-werkgever"[^>]*>Werkgevers \(1\)/);
      for (const target of hrefs(html).filter((h) => h.startsWith('#'))) expect(html).toContain(`id="${target.slice(1)}"`);
      expectReferencesResolve(html);
    },
  },
  ClosedNotice: {
    'Met iets anders': (html) => {
      expect(html).toMatch(/<h2 id="gesloten-titel"[^>]*>Gesloten: je kunt STAP nu niet aanvragen<\/h2>/);
      expect(text(html)).toMatch(/Kijk in plaats daarvan naar: Levenlanglerenkrediet ?: Een lening van DUO/);
      expectReferencesResolve(html);
    },
    'Zonder iets anders': (html) => {
      expect(hrefs(html)).toEqual([]);
      expect(text(html)).toContain('Vraag het Leerwerkloket welke regeling nu bij je past.');
    },
  },
  FundingNote: {
    'Met opleidingen': (html) => {
      expect(text(html)).toContain('Erkende opleidingen in het hbo: voltijd, deeltijd of duaal.');
      expect(text(html)).toContain('Eén opleiding op deze site past hierbij:');
      expect(hrefs(html)).toEqual(['/opleidingen/associate-degree-cyber-security-deeltijd/', '/opleidingen/']);
    },
    'Geen opleiding op deze site': (html) => {
      expect(text(html)).toContain('Op deze site staat nu geen opleiding die hierbij past.');
      expect(text(html)).toContain('in de bbl');
    },
  },
  RegelingDetail: {
    'Open, met opleidingen': (html) => {
      expect(headings(html)[0]).toBe('h1');
      expect(count(html, /<h1\b/)).toBe(1);
      expect(text(html)).toContain('Status Open');
      // The MDX body arrives through the slot.
      expect(text(html)).toContain('Wat is het? Een lening voor je lesgeld of collegegeld');
      expect(text(html)).toContain('2 opleidingen op deze site passen hierbij');
      expect(html).toMatch(
        /href="https:\/\/www\.duo\.nl\/particulier\/lifelong-learning-credit\/"[^>]*>duo\.nl\/particulier\/lifelong-learning-credit<\/a>/,
      );
      expect(text(html)).toContain('Vraag advies bij je Leerwerkloket');
    },
  },
  CheckRoleLinks: {
    'Nog niets gekozen': (html) => {
      expect(hrefs(html)).toEqual(['werkzoekende', 'werkende', 'werkgever', 'zzp', 'jongere'].map((r) => `/regelingencheck/${r}/`));
      expect(html).not.toContain('aria-current');
    },
    'Werkgever gekozen': (html) => {
      expect(html).toMatch(/href="\/regelingencheck\/werkgever\/"\s+aria-current="page"/);
      expect(count(html, /aria-current/)).toBe(1);
    },
  },
  CheckResult: {
    'Werkende van 34': (html) => {
      expect(html).toMatch(/^<li[^>]*data-result="levenlanglerenkrediet"/);
      expect(text(html)).toContain('Status: Open');
      expect(html).toMatch(/<p[^>]*data-reason>Kan passen omdat je werk hebt en omdat je jonger bent dan 57 jaar\.<\/p>/);
    },
    'In het Engels': (html) => {
      // The regeling's page is Dutch: the link says so, in words and in hreflang.
      expect(html).toMatch(/<a href="[^"]+" hreflang="nl" data-result-link>/);
      expect(text(html)).toContain('(in Dutch)');
      expect(html).toMatch(/data-reason>[A-Z][^<]+<\/p>/);
    },
  },
  RegelingenCheck: {
    Landelijk: (html) => {
      // Without JavaScript the first question as links; the form waits hidden for the script.
      expect(html).toMatch(/<form method="get" action="\/regelingencheck\/"[^>]*data-check-form hidden/);
      expect(html).toContain('href="/regelingencheck/werkgever/"');
      const items = JSON.parse(
        html
          .match(/data-items="([^"]*)"/)![1]
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/&#39;/g, "'"),
      );
      // Closed regelingen are never in the check; regional ones carry their region.
      expect(items.map((i: { id: string }) => i.id)).not.toContain('stap-budget');
      expect(items.find((i: { id: string }) => i.id === 'twents-fonds-voor-vakmanschap').regionNames).toEqual(['Twente']);
      expect(html).toMatch(/<p role="status" aria-live="polite"/);
      expectReferencesResolve(html);
    },
  },
});
