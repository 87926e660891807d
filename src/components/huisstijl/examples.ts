// Examples of the style guide's own components; see src/components/examples.ts.
import { defineExamples } from '../examples';
import ColourSwatch from './ColourSwatch.astro';
import RegionPalette from './RegionPalette.astro';
import { designTokens } from '../../lib/huisstijl/tokens';
import { getSite, NATIONAL } from '../../lib/site/sites';

// From tokens.css, the only place a raw colour may be written.
const ink = designTokens().find((t) => t.name === '--color-ink')!;

export default [
  defineExamples(ColourSwatch, {
    name: 'ColourSwatch',
    description: 'Eén kleur uit de huisstijl: een vlak in die kleur, met de naam en de waarde.',
    examples: [{ name: 'Tekstkleur', props: { name: ink.name, value: ink.value } }],
  }),
  defineExamples(RegionPalette, {
    name: 'RegionPalette',
    description: 'De accentkleur van één site, met het contrast op elke plek waar die kleur staat.',
    examples: [{ name: 'Twente', props: { site: getSite('twente'), from: NATIONAL } }],
  }),
];
