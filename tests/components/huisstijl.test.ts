// The style guide's components, one test per example in src/components/huisstijl/examples.ts.
import { expect } from 'vitest';
import { testDomain, text } from './render';

testDomain('huisstijl', {
  ColourSwatch: {
    Tekstkleur: (html) => {
      // Colour by a token class, never an inline style (the CSP forbids those).
      expect(html).toContain('swatch-color-ink');
      expect(html).not.toContain('style=');
      expect(text(html)).toMatch(/^--color-ink #[0-9a-f]{6}$/);
    },
  },
  RegionPalette: {
    Twente: (html) => {
      expect(html).toContain('data-palette="twente"');
      expect(html).toContain('palette-twente');
      expect(html).toContain('href="/twente/"');
      expect(text(html)).toMatch(/Links en koppen op wit \d+\.\d\d:1 4\.5:1 \(voldoet\)/);
      expect(text(html)).not.toContain('voldoet niet');
    },
  },
});
