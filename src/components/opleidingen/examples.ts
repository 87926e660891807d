// Examples of the training-offer components; see src/components/examples.ts. The offers come from
// the EDU-DEX example feeds (content/opleidingen) through the build's own importer, so their pages
// exist and the style guide's links work; online offers list only three regions here.
import { defineExamples } from '../examples';
import ActiveFilters from './ActiveFilters.astro';
import AdviceBlock from './AdviceBlock.astro';
import CostTable from './CostTable.astro';
import CourseJsonLd from './CourseJsonLd.astro';
import FacetFilters from './FacetFilters.astro';
import OfferCard from './OfferCard.astro';
import Pagination from './Pagination.astro';
import RunCard from './RunCard.astro';
import WhoPays from './WhoPays.astro';
import { buildCatalog, listing } from '../../lib/opleidingen/facets';
import { allRegions, getSite, NATIONAL, siteUrls } from '../../lib/site/sites';
import { loadFeeds } from '../../lib/opleidingen/edudex/feeds';
import type { Offer } from '../../schemas/opleiding';

// Read on a fixed day, as the other examples: run statuses follow from it.
const TODAY = '2026-12-02';
const { offers } = loadFeeds('content/opleidingen', { buildDate: TODAY });
const SHOWN_REGIONS = ['twente', 'groningen', 'rijnmond'];

/** An offer as the importer reads it from the example feeds; online offers keep three regions. */
function offer(id: string): Offer {
  const found = offers.find((o) => o.id === id);
  if (!found) throw new Error(`The example offer ${id} is not in content/opleidingen: pick another one there`);
  if (!found.online) return found;
  return { ...found, regions: SHOWN_REGIONS, runs: found.runs.map((run) => (run.online ? { ...run, regions: SHOWN_REGIONS } : run)) };
}

export const cyberSecurity = offer('hogeschool-voorbeeld-deeltijd/HVD-AD-CYBER');
export const engels = offer('leerplein-online/LPO-ENGELS');
export const werktuigbouwkunde = offer('hogeschool-voorbeeld-deeltijd/HVD-B-WTB');

const national = getSite(NATIONAL);
const twente = getSite('twente');
const catalog = buildCatalog([cyberSecurity, engels, werktuigbouwkunde], [{ id: NATIONAL }, { id: 'twente', region: 'twente' }]);
const nationalIndex = catalog.sites.get(NATIONAL)!;
const everything = listing(nationalIndex, {});
/** The listing after choosing the first value offered (the page behind that filter link). */
const chosen = (from: typeof everything, skip: string[] = []) => {
  const option = from.groups
    .filter((g) => !skip.includes(g.facet))
    .flatMap((g) => g.options.map((o) => ({ facet: g.facet, value: o.value })))[0];
  return listing(nationalIndex, { ...from.filters, [option.facet]: option.value });
};
const oneFilter = chosen(everything);
const twoFilters = chosen(oneFilter, Object.keys(oneFilter.filters));
const twenteListing = listing(catalog.sites.get('twente')!, {});
const regionNames = new Map(allRegions().map((r) => [r.slug, r.name]));

export default [
  defineExamples(OfferCard, {
    name: 'OfferCard',
    description: 'Eén opleiding in een lijst: naam, aanbieder en de dingen die mensen vergelijken, zoals niveau, start en kosten.',
    listItem: true,
    examples: [
      { name: 'Hbo in deeltijd', props: { site: national, offer: cyberSecurity } },
      { name: 'Online cursus, op een regionale site', props: { site: twente, offer: engels } },
    ],
  }),
  defineExamples(FacetFilters, {
    name: 'FacetFilters',
    description: 'Filters als gewone links naar pagina’s die al klaarstaan. Bij elke keuze staat hoeveel opleidingen je dan ziet.',
    examples: [
      { name: 'Niets gekozen', props: { site: national, listing: everything } },
      {
        name: 'Regio, met link naar heel Nederland',
        props: { site: twente, listing: twenteListing, nationalHref: siteUrls().href('twente', NATIONAL, '/opleidingen/') },
      },
    ],
  }),
  defineExamples(ActiveFilters, {
    name: 'ActiveFilters',
    description:
      'De filters die je hebt gekozen, elk met een link om hem weg te halen. Bij twee of meer ook een link om alles weg te halen.',
    examples: [
      { name: 'Eén filter', props: { site: national, listing: oneFilter } },
      { name: 'Twee filters', props: { site: national, listing: twoFilters } },
    ],
  }),
  defineExamples(Pagination, {
    name: 'Pagination',
    description: 'Bladeren door een lange lijst: vorige, volgende en de nummers van de pagina’s.',
    examples: [
      { name: 'Eerste pagina', props: { site: national, filters: {}, page: 1, pageCount: 3 } },
      { name: 'Laatste pagina', props: { site: national, filters: {}, page: 3, pageCount: 3 } },
    ],
  }),
  defineExamples(RunCard, {
    name: 'RunCard',
    description: 'Eén start van een opleiding: wanneer, waar, of je je kunt aanmelden en wat het kost.',
    listItem: true,
    examples: [
      { name: 'Op locatie', props: { run: cyberSecurity.runs[0], regionNames } },
      { name: 'Online', props: { run: engels.runs[0], regionNames } },
    ],
  }),
  defineExamples(CostTable, {
    name: 'CostTable',
    description:
      'De kosten van een opleiding in een tabel: wat verplicht is, het totaal en de btw. Wat je er zelf bij kunt kiezen, staat apart.',
    examples: [
      {
        name: 'Met kosten die je zelf kiest',
        props: { cost: cyberSecurity.runs[0].cost, caption: 'Kosten voor de start in september 2027' },
      },
      { name: 'Met btw', props: { cost: engels.runs[0].cost, caption: 'Kosten van Engels op het werk' } },
      { name: 'Geen kosten vermeld', props: { cost: undefined, caption: 'Kosten' } },
    ],
  }),
  defineExamples(AdviceBlock, {
    name: 'AdviceBlock',
    description: '“Twijfel je?”: gratis advies bij het juiste Leerwerkloket. Staat onder elke opleiding.',
    examples: [
      { name: 'Landelijk', props: { site: national } },
      { name: 'Regio', props: { site: twente } },
    ],
  }),
  defineExamples(WhoPays, {
    name: 'WhoPays',
    description: '“Wie kan dit betalen?”: de regelingen die bij deze opleiding kunnen passen. Haalt de regelingen zelf op.',
    examples: [{ name: 'Hbo in deeltijd', props: { site: national, offer: cyberSecurity } }],
  }),
  defineExamples(CourseJsonLd, {
    name: 'CourseJsonLd',
    description: 'Gegevens over een opleiding voor zoekmachines (schema.org Course). Niet zichtbaar op de pagina.',
    show: 'code',
    examples: [{ name: 'Online cursus', props: { offer: engels } }],
  }),
];
