// Examples of the loket components; see src/components/examples.ts. The regions are the real
// region files (regions/*.yaml).
import { defineExamples } from '../examples';
import AudienceChoice from './AudienceChoice.astro';
import ContactBlock from './ContactBlock.astro';
import LocationCard from './LocationCard.astro';
import LoketAdvice from './LoketAdvice.astro';
import LoketFinder from './LoketFinder.astro';
import OpeningHours from './OpeningHours.astro';
import RegionPages from './RegionPages.astro';
import { getSite, NATIONAL } from '../../lib/site/sites';

const national = getSite(NATIONAL);
const twente = getSite('twente');
const twenteRegion = twente.region!;
const [enschede, almelo] = twenteRegion.locations;

export default [
  defineExamples(ContactBlock, {
    name: 'ContactBlock',
    description: 'Hoe je een loket bereikt: afspraak maken, e-mail en telefoon. Elke regionale pagina eindigt hiermee.',
    examples: [
      { name: 'Twente, kop niveau 3', props: { region: twenteRegion, headingLevel: 3 } },
      { name: 'Rijnmond', props: { region: getSite('rijnmond').region! } },
    ],
  }),
  defineExamples(OpeningHours, {
    name: 'OpeningHours',
    description:
      'Openingstijden die weinig ruimte nemen: eerst één regel, dan de hele week om open te klappen. Werkt ook zonder JavaScript.',
    examples: [
      { name: 'Dichtgeklapt', props: { location: enschede, caption: 'Openingstijden Enschede' } },
      { name: 'Open, met de route', props: { location: almelo, caption: 'Openingstijden Almelo', open: true, route: almelo.route } },
      { name: 'Engels', props: { location: enschede, caption: 'Opening hours Enschede', lang: 'en' } },
    ],
  }),
  defineExamples(LocationCard, {
    name: 'LocationCard',
    description: 'Eén adres van een loket, met de route en de openingstijden. Klein op de homepage, helemaal open op de contactpagina.',
    examples: [
      { name: 'Contactpagina', props: { location: enschede } },
      { name: 'Klein, op de homepage', props: { location: almelo, compact: true } },
    ],
  }),
  defineExamples(LoketAdvice, {
    name: 'LoketAdvice',
    description:
      '“Vraag advies bij je Leerwerkloket”: op een regionale site naar het eigen loket, op de landelijke site naar de loketzoeker.',
    examples: [
      { name: 'Landelijk', props: { site: national } },
      { name: 'Regio, kop niveau 3', props: { site: twente, headingLevel: 3 } },
      { name: 'Engels', props: { site: national, lang: 'en' } },
    ],
  }),
  defineExamples(AudienceChoice, {
    name: 'AudienceChoice',
    description: 'Vier keuzes op de homepage: werkzoekenden, werkenden, werkgevers en jongeren, elk met één zin uitleg.',
    examples: [{ name: 'Landelijk', props: { site: national } }],
  }),
  defineExamples(LoketFinder, {
    name: 'LoketFinder',
    description: 'Alle gemeenten met hun loket, van A tot Z. Met JavaScript kun je een gemeente intypen en zie je meteen het loket.',
    examples: [{ name: 'Landelijk', props: { site: national } }],
  }),
  defineExamples(RegionPages, {
    name: 'RegionPages',
    description: 'Links naar de pagina’s die een regio zelf schrijft. Haalt die pagina’s zelf op en toont niets als er geen zijn.',
    examples: [{ name: 'Twente', props: { site: twente } }],
  }),
];
