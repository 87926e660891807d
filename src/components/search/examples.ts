// Examples of the search components; see src/components/examples.ts.
import { defineExamples } from '../examples';
import SearchData from './SearchData.astro';
import SearchField from './SearchField.astro';
import SearchPanel from './SearchPanel.astro';
import { getSite, NATIONAL } from '../../lib/site/sites';

const national = getSite(NATIONAL);
const twente = getSite('twente');

export default [
  defineExamples(SearchField, {
    name: 'SearchField',
    description: 'Het zoekveld in de kop van de pagina. Een gewoon formulier: werkt ook zonder JavaScript.',
    examples: [{ name: 'Landelijk', props: { site: national } }],
  }),
  defineExamples(SearchPanel, {
    name: 'SearchPanel',
    description:
      'De zoekpagina: zoekveld, filters en resultaten. Elke filtergroep is dicht; pas als je hem opent of gebruikt, laadt de zoekfunctie de aantallen. Zonder JavaScript staan er links naar de overzichten.',
    examples: [
      {
        name: 'Landelijk',
        props: {
          site: national,
          filterValues: { type: ['Opleiding', 'Regeling', 'Nieuws'], niveau: ['mbo niveau 2', 'mbo niveau 3'] },
        },
      },
    ],
  }),
  defineExamples(SearchData, {
    name: 'SearchData',
    description: 'Onzichtbare gegevens voor de zoekfunctie: soort, filters en datum van een pagina.',
    show: 'code',
    examples: [
      {
        name: 'Opleiding op een regionale site',
        props: {
          site: twente,
          nationalContent: false,
          entry: {
            type: 'opleiding',
            filters: { niveau: 'Geen niveau', vorm: ['E-learning', 'Virtueel klaslokaal'] },
            meta: { start: 'Start 25 januari 2027' },
          },
        },
      },
      {
        name: 'Nieuws: landelijk',
        props: {
          site: national,
          nationalContent: false,
          entry: { type: 'nieuws', date: '2026-09-08', keywords: ['subsidie'] },
        },
      },
    ],
  }),
];
