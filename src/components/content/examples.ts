// Examples of the components used in Markdown content; see src/components/examples.ts.
import { defineExamples } from '../examples';
import Alert from './Alert.astro';
import Begrip from './Begrip.astro';
import ContentLink from './ContentLink.astro';

export default [
  defineExamples(Alert, {
    name: 'Alert',
    description: 'Een melding in een kader. Het woord bovenaan zegt wat voor melding het is, niet alleen de kleur. Redacteuren mogen dit gebruiken.',
    examples: [
      { name: 'Goed om te weten', props: {}, slots: { default: '<p>Het advies van het Leerwerkloket is gratis.</p>' } },
      { name: 'Waarschuwing', props: { kind: 'warning' }, slots: { default: '<p>Aanvragen kan alleen tot en met 17 september.</p>' } },
      { name: 'Eigen kopje', props: { kind: 'warning', label: 'Gestopt' }, slots: { default: '<p>Het STAP-budget bestaat niet meer.</p>' } },
    ],
  }),
  defineExamples(Begrip, {
    name: 'Begrip',
    description: 'Een moeilijk woord met uitleg meteen erachter, tussen haakjes. Alleen voor landelijke teksten.',
    examples: [{ name: 'BBL', props: { term: 'BBL' }, slots: { default: 'beroepsbegeleidende leerweg: je werkt en gaat één dag per week naar school' } }],
  }),
  defineExamples(ContentLink, {
    name: 'ContentLink',
    description: 'Elke link in een tekst van een redacteur. Een link naar “/loketten/” werkt zo op elke site.',
    examples: [
      { name: 'Binnen de site', props: { href: '/loketten/' }, slots: { default: 'Vind jouw Leerwerkloket' } },
      { name: 'Naar buiten', props: { href: 'https://www.rvo.nl/subsidies-financiering/praktijkleren' }, slots: { default: 'Subsidieregeling praktijkleren bij RVO' } },
    ],
  }),
];
