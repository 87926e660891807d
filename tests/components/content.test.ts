// The components of Markdown content, one test per example in src/components/content/examples.ts.
import { expect } from 'vitest';
import { testDomain, text } from './render';

testDomain('content', {
  Alert: {
    'Goed om te weten': (html) => {
      expect(html).toContain('role="note"');
      expect(html).toMatch(/<p class="font-bold">Goed om te weten<\/p>/);
      expect(text(html)).toContain('Het advies van het Leerwerkloket is gratis.');
    },
    Waarschuwing: (html) => {
      expect(html).toMatch(/<p class="font-bold">Let op<\/p>/);
      expect(html).toContain('border-status-expected');
    },
    'Eigen kopje': (html) => {
      expect(html).toMatch(/<p class="font-bold">Gestopt<\/p>/);
      expect(html).not.toContain('Let op');
    },
  },
  Begrip: {
    BBL: (html) => {
      expect(html).toMatch(/<dfn[^>]*>BBL<\/dfn>/);
      // Explained in brackets right after the term: reads aloud as one sentence, no hover needed.
      expect(text(html)).toBe('BBL (beroepsbegeleidende leerweg: je werkt en gaat één dag per week naar school)');
    },
  },
  ContentLink: {
    'Binnen de site': (html) => {
      expect(html).toBe('<a href="/loketten/">Vind jouw Leerwerkloket</a>');
    },
    'Naar buiten': (html) => {
      expect(html).toContain('href="https://www.rvo.nl/subsidies-financiering/praktijkleren"');
    },
  },
});
