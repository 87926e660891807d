// Examples of the style guide's own components; see src/components/examples.ts.
import { defineExamples } from '../examples';
import ColourSwatch from './ColourSwatch.astro';
import RegionPalette from './RegionPalette.astro';
import { getSite, NATIONAL } from '../../lib/site/sites';

export default [
  defineExamples(ColourSwatch, {
    name: 'ColourSwatch',
    description: 'Eén kleur uit de huisstijl: een vlak in die kleur, met de naam en de waarde.',
    examples: [{ name: 'Tekstkleur', props: { name: '--color-ink', value: '#1b1f23' } }],
  }),
  defineExamples(RegionPalette, {
    name: 'RegionPalette',
    description: 'De accentkleur van één site, met het contrast op elke plek waar die kleur staat.',
    examples: [{ name: 'Twente', props: { site: getSite('twente'), from: NATIONAL } }],
  }),
];
