// Examples of the page-frame components; see src/components/examples.ts.
import { defineExamples } from '../examples';
import AudienceNav from './AudienceNav.astro';
import Breadcrumbs from './Breadcrumbs.astro';
import Button from './Button.astro';
import JsonLd from './JsonLd.astro';
import LinkButton from './LinkButton.astro';
import Logo from './Logo.astro';
import MainNav from './MainNav.astro';
import NotFound from './NotFound.astro';
import ReadAloud from './ReadAloud.astro';
import SiteFooter from './SiteFooter.astro';
import SiteHeader from './SiteHeader.astro';
import SkipLink from './SkipLink.astro';
import { getSite, NATIONAL } from '../../lib/site/sites';

const national = getSite(NATIONAL);
const twente = getSite('twente');

export default [
  defineExamples(SiteHeader, {
    name: 'SiteHeader',
    description:
      'De kop van elke pagina: logo, naam van de site, zoekveld en menu, en een knop naar dezelfde pagina in de andere taal. In het Engels zonder zoekveld, want de zoekfunctie werkt alleen in het Nederlands.',
    examples: [
      { name: 'Regio, bij Opleidingen', props: { site: twente, path: '/opleidingen/', twin: '/en/' } },
      { name: 'Engels, landelijk', props: { site: national, path: '/en/', lang: 'en', twin: '/' } },
    ],
  }),
  defineExamples(SiteFooter, {
    name: 'SiteFooter',
    description:
      'De voet van elke pagina: partners, contact en links over de site. In het Engels krijgen pagina’s die alleen in het Nederlands bestaan de tekst “(in Dutch)”.',
    examples: [
      { name: 'Regio', props: { site: twente } },
      { name: 'Engels, landelijk', props: { site: national, lang: 'en' } },
    ],
  }),
  defineExamples(Button, {
    name: 'Button',
    description: 'Een knop die iets doet op deze pagina, zoals een formulier versturen. Gebruik de hoofdknop één keer per blok.',
    examples: [
      { name: 'Hoofdknop', props: { type: 'submit' }, slots: { default: 'Zoek' } },
      { name: 'Tweede knop, klein', props: { variant: 'secondary', size: 'sm' }, slots: { default: 'Opnieuw beginnen' } },
    ],
  }),
  defineExamples(LinkButton, {
    name: 'LinkButton',
    description:
      'Een link die eruitziet als een knop: voor de belangrijkste stap, zoals een afspraak maken. Hij gaat naar een andere pagina.',
    examples: [
      { name: 'Afspraak maken', props: { href: 'https://twente.leerwerkloket.example/afspraak' }, slots: { default: 'Maak een afspraak' } },
      { name: 'Tweede knop', props: { href: '/regelingencheck/', variant: 'secondary' }, slots: { default: 'Doe de regelingencheck' } },
    ],
  }),
  defineExamples(MainNav, {
    name: 'MainNav',
    description: 'Het hoofdmenu in de accentkleur. De pagina waar je bent, is onderstreept en heeft aria-current.',
    examples: [
      { name: 'Landelijk, bij Regelingen', props: { site: national, path: '/regelingen/' } },
      { name: 'Regio, bij Contact', props: { site: twente, path: '/contact/' } },
    ],
  }),
  defineExamples(AudienceNav, {
    name: 'AudienceNav',
    description: 'Het kleine menu onder het hoofdmenu: informatie per groep, zoals werkzoekenden of werkgevers.',
    examples: [
      { name: 'Bij Werkgevers', props: { site: national, path: '/werkgevers/' } },
      { name: 'Geen groep gekozen', props: { site: national, path: '/' } },
    ],
  }),
  defineExamples(Breadcrumbs, {
    name: 'Breadcrumbs',
    description: 'Het kruimelpad: laat zien waar je bent. Gebruik het op elke pagina onder de homepage.',
    examples: [
      {
        name: 'Twee stappen diep',
        props: {
          site: national,
          items: [
            { label: 'Regelingen', path: '/regelingen/' },
            { label: 'Subsidieregeling praktijkleren', path: '/regelingen/subsidieregeling-praktijkleren/' },
          ],
        },
      },
      { name: 'Engels', props: { site: national, lang: 'en', items: [{ label: 'Who pays for your training?', path: '/en/who-pays/' }] } },
    ],
  }),
  defineExamples(Logo, {
    name: 'Logo',
    description: 'Het beeldmerk van het netwerk, in de accentkleur van de site. Staat naast de naam, dus zonder eigen tekst.',
    examples: [
      { name: 'Landelijk', props: { site: national } },
      { name: 'Regio', props: { site: twente } },
    ],
  }),
  defineExamples(SkipLink, {
    name: 'SkipLink',
    description: 'De eerste link op elke pagina: springt naar de inhoud. Je ziet hem pas als je met de Tab-toets op de pagina komt.',
    examples: [
      { name: 'Nederlands', props: {} },
      { name: 'Engels', props: { label: 'Skip to content' } },
    ],
  }),
  defineExamples(ReadAloud, {
    name: 'ReadAloud',
    description: 'De knop “Lees voor”. Hij verschijnt alleen als de browser kan voorlezen. Dit onderdeel gebruikt JavaScript.',
    examples: [{ name: 'Knop', props: {} }],
  }),
  defineExamples(NotFound, {
    name: 'NotFound',
    description: 'De tekst van de pagina “Pagina niet gevonden”, met links die op die site werken.',
    show: 'page',
    examples: [
      { name: 'Landelijk', props: { site: national } },
      { name: 'Regio', props: { site: twente } },
    ],
  }),
  defineExamples(JsonLd, {
    name: 'JsonLd',
    description: 'Gegevens voor zoekmachines (schema.org). Niet zichtbaar op de pagina.',
    show: 'code',
    examples: [
      {
        name: 'Organisatie',
        props: {
          data: {
            '@context': 'https://schema.org',
            '@type': 'Organization',
            name: 'Leerwerkloket Twente',
            url: 'https://twente.leerwerkloket.nl/',
          },
        },
      },
      {
        name: 'Tekst die het script zou sluiten',
        props: { data: { '@context': 'https://schema.org', '@type': 'Event', name: 'Infoavond </script><script>alert(1)</script>' } },
      },
    ],
  }),
];
