// Examples of the training-offer components; see src/components/examples.ts. The offers are copies
// of real ones from the EDU-DEX example feeds (content/opleidingen), so their pages exist and the
// style guide's links work; online offers list only three regions here. Copies on purpose: read
// from the feeds, a provider dropping a programme would stop the build of all 36 sites.
import { defineExamples } from '../examples';
import ActiveFilters from './ActiveFilters.astro';
import AdviceBlock from './AdviceBlock.astro';
import CostTable from './CostTable.astro';
import CourseJsonLd from './CourseJsonLd.astro';
import FacetFilters from './FacetFilters.astro';
import OfferCard from './OfferCard.astro';
import Pagination from './Pagination.astro';
import RegionAdviceList from './RegionAdviceList.astro';
import RegionChoice from './RegionChoice.astro';
import RunCard from './RunCard.astro';
import WhoPays from './WhoPays.astro';
import { activeFilters, buildCatalog, listing, searchQuery } from '../../lib/opleidingen/facets';
import { allRegions, getSite, NATIONAL, siteUrls } from '../../lib/site/sites';
import type { Offer } from '../../schemas/opleiding';
import type { RegionAdvice } from '../../lib/opleidingen/region-advice';
import { paths } from '../../lib/site/paths';

export const cyberSecurity: Offer = {
  id: 'hogeschool-voorbeeld-deeltijd/HVD-AD-CYBER',
  programId: 'HVD-AD-CYBER',
  provider: {
    id: 'hogeschool-voorbeeld-deeltijd',
    name: 'Hogeschool Voorbeeld Deeltijd',
    url: 'https://www.hogeschool-voorbeeld.example/',
    summary: 'Verzonnen hogeschool met Ad- en bacheloropleidingen in deeltijd: ICT, zorg en techniek.',
  },
  title: 'Associate degree Cyber Security (deeltijd)',
  summary: "Leer systemen en netwerken beveiligen. Voor ICT'ers die zich willen specialiseren.",
  description:
    "Organisaties hebben steeds meer last van hackers en datalekken. In deze opleiding leer je risico's inschatten, netwerken beveiligen en incidenten afhandelen. Je oefent in een eigen cyberlab. Je werkt tijdens de opleiding in de ICT, minstens twintig uur per week.",
  level: 'associate',
  levelLabel: 'hbo associate degree',
  forms: ['part-time'],
  formLabels: ['Deeltijd'],
  type: 'regular',
  typeLabel: 'Opleiding',
  degree: 'Ad',
  degreeLabel: 'Associate degree (Ad)',
  recognised: true,
  credits: [
    {
      value: 120,
      system: 'EC',
    },
  ],
  requiredLevels: ['mbo niveau 4'],
  instructionModes: ['blended learning', 'classroom teaching', 'project'],
  sector: 'ict',
  sectors: ['ict'],
  themes: ['automation and it'],
  searchwords: [],
  startDetermination: 'fixed starting date',
  runs: [
    {
      id: 'HVD-AD-CYBER-2027-09-06-DEN',
      start: '2027-09-06',
      startIsFinal: true,
      status: 'application opened',
      statusLabel: 'Aanmelden kan',
      places: [
        {
          name: 'Hogeschool Voorbeeld Den Bosch',
          address: 'Stationsstraat 24',
          zipcode: '5211 AC',
          city: 'Den Bosch',
          gemeente: "'s-Hertogenbosch",
          region: 'noordoostbrabant',
        },
      ],
      online: false,
      regions: ['noordoostbrabant'],
      forms: ['part-time'],
      end: '2029-08-27',
      endIsFinal: false,
      applicationDeadline: '2027-07-06',
      cost: {
        source: 'generic',
        required: [
          {
            type: 'tuition fee',
            label: 'Lesgeld',
            amount: 2695,
            currency: 'EUR',
            required: true,
            isFinal: true,
            vat: 0,
            vatCode: '1',
            vatLabel: 'vrijgesteld van btw',
            period: 'year',
          },
        ],
        optional: [
          {
            type: 'study material',
            label: 'Lesmateriaal',
            amount: 350,
            currency: 'EUR',
            required: false,
            isFinal: true,
            vat: 0,
            vatCode: '1',
            vatLabel: 'vrijgesteld van btw',
            period: 'year',
          },
        ],
        currency: 'EUR',
        total: 2695,
        mixedPeriods: false,
        indicative: false,
        totalVAT: 0,
        period: 'year',
      },
    },
    {
      id: 'HVD-AD-CYBER-2027-09-06-ROT',
      start: '2027-09-06',
      startIsFinal: true,
      status: 'application opened',
      statusLabel: 'Aanmelden kan',
      places: [
        {
          name: 'Hogeschool Voorbeeld Rotterdam',
          address: 'Industrieweg 31',
          zipcode: '3011 AD',
          city: 'Rotterdam',
          gemeente: 'Rotterdam',
          region: 'rijnmond',
        },
      ],
      online: false,
      regions: ['rijnmond'],
      forms: ['part-time'],
      end: '2029-08-27',
      endIsFinal: false,
      applicationDeadline: '2027-07-06',
      cost: {
        source: 'generic',
        required: [
          {
            type: 'tuition fee',
            label: 'Lesgeld',
            amount: 2695,
            currency: 'EUR',
            required: true,
            isFinal: true,
            vat: 0,
            vatCode: '1',
            vatLabel: 'vrijgesteld van btw',
            period: 'year',
          },
        ],
        optional: [
          {
            type: 'study material',
            label: 'Lesmateriaal',
            amount: 350,
            currency: 'EUR',
            required: false,
            isFinal: true,
            vat: 0,
            vatCode: '1',
            vatLabel: 'vrijgesteld van btw',
            period: 'year',
          },
        ],
        currency: 'EUR',
        total: 2695,
        mixedPeriods: false,
        indicative: false,
        totalVAT: 0,
        period: 'year',
      },
    },
  ],
  generic: {
    places: [],
    cost: {
      source: 'generic',
      required: [
        {
          type: 'tuition fee',
          label: 'Lesgeld',
          amount: 2695,
          currency: 'EUR',
          required: true,
          isFinal: true,
          vat: 0,
          vatCode: '1',
          vatLabel: 'vrijgesteld van btw',
          period: 'year',
        },
      ],
      optional: [
        {
          type: 'study material',
          label: 'Lesmateriaal',
          amount: 350,
          currency: 'EUR',
          required: false,
          isFinal: true,
          vat: 0,
          vatCode: '1',
          vatLabel: 'vrijgesteld van btw',
          period: 'year',
        },
      ],
      currency: 'EUR',
      total: 2695,
      mixedPeriods: false,
      indicative: false,
      totalVAT: 0,
      period: 'year',
    },
  },
  regions: ['noordoostbrabant', 'rijnmond'],
  online: false,
  contacts: [
    {
      name: 'Voorlichting deeltijd',
      role: 'voorlichting en studiekeuzecheck',
      email: 'deeltijd@hogeschool-voorbeeld.example',
      telephone: '073 000 0001',
    },
  ],
  file: 'content/opleidingen/hogeschool-voorbeeld-deeltijd/programs/ad-cyber-security.xml',
  titleLang: 'nl',
  webLink: 'https://www.hogeschool-voorbeeld.example/opleidingen/ad-cyber-security',
  lastEdited: '2026-11-17T13:20:00',
  duration: {
    value: 2,
    unit: 'year',
    label: '2 jaar',
  },
  studyLoad: {
    hours: 16,
    period: 'week',
    label: '16 uur per week',
  },
  slug: 'associate-degree-cyber-security-deeltijd',
};

export const engels: Offer = {
  id: 'leerplein-online/LPO-ENGELS',
  programId: 'LPO-ENGELS',
  provider: {
    id: 'leerplein-online',
    name: 'Leerplein Online Voorbeeld',
    url: 'https://www.leerplein-online.example/',
    summary: 'Verzonnen online opleider: e-learning, thuisstudie en live online lessen.',
  },
  title: 'Engels op het werk (A2-B1)',
  summary: "Verbeter je Engels voor gesprekken met collega's en klanten.",
  description:
    "Werk je met internationale collega's of klanten? In deze online cursus oefen je Engels voor e-mails, telefoongesprekken en overleg. Je werkt in je eigen tempo en hebt elke twee weken een gesprek met een docent.",
  level: 'none',
  levelLabel: 'Geen vast niveau',
  forms: ['e-learning', 'virtual classroom'],
  formLabels: ['E-learning', 'Online les (live)'],
  type: 'training',
  typeLabel: 'Training',
  degree: 'certificate of participation',
  degreeLabel: 'Bewijs van deelname',
  recognised: false,
  credits: [],
  requiredLevels: [],
  instructionModes: ['self study', 'virtual classroom'],
  sector: 'taal-en-basisvaardigheden',
  sectors: ['taal-en-basisvaardigheden'],
  themes: ['languages'],
  searchwords: [],
  startDetermination: 'fixed starting date',
  runs: [
    {
      id: 'LPO-ENG-2027-01',
      start: '2027-01-25',
      startIsFinal: true,
      status: 'application opened',
      statusLabel: 'Aanmelden kan',
      places: [],
      online: true,
      regions: ['twente', 'groningen', 'rijnmond'],
      forms: ['e-learning', 'virtual classroom'],
      end: '2027-04-23',
      endIsFinal: true,
      cost: {
        source: 'generic',
        required: [
          {
            type: 'tuition fee',
            label: 'Lesgeld',
            amount: 179,
            currency: 'EUR',
            required: true,
            isFinal: true,
            vat: 37.59,
            vatPercentage: 21,
            vatCode: '5',
            vatLabel: 'hoog btw-tarief (21%)',
            period: 'program',
          },
        ],
        optional: [],
        currency: 'EUR',
        total: 179,
        mixedPeriods: false,
        indicative: false,
        totalVAT: 37.59,
      },
    },
  ],
  generic: {
    places: [],
    cost: {
      source: 'generic',
      required: [
        {
          type: 'tuition fee',
          label: 'Lesgeld',
          amount: 179,
          currency: 'EUR',
          required: true,
          isFinal: true,
          vat: 37.59,
          vatPercentage: 21,
          vatCode: '5',
          vatLabel: 'hoog btw-tarief (21%)',
          period: 'program',
        },
      ],
      optional: [],
      currency: 'EUR',
      total: 179,
      mixedPeriods: false,
      indicative: false,
      totalVAT: 37.59,
    },
  },
  regions: ['twente', 'groningen', 'rijnmond'],
  online: true,
  contacts: [
    {
      name: 'Klantenservice Leerplein',
      role: 'vragen over cursussen',
      email: 'support@leerplein-online.example',
      telephone: '030 000 0301',
    },
  ],
  file: 'content/opleidingen/leerplein-online/programs/engels-op-het-werk.xml',
  titleLang: 'nl',
  webLink: 'https://www.leerplein-online.example/opleidingen/engels-op-het-werk',
  lastEdited: '2026-11-22T06:00:00',
  duration: {
    value: 3,
    unit: 'month',
    label: '3 maanden',
  },
  studyLoad: {
    hours: 2,
    period: 'week',
    label: '2 uur per week',
  },
  slug: 'engels-op-het-werk-a2-b1',
};

export const werktuigbouwkunde: Offer = {
  id: 'hogeschool-voorbeeld-deeltijd/HVD-B-WTB',
  programId: 'HVD-B-WTB',
  provider: {
    id: 'hogeschool-voorbeeld-deeltijd',
    name: 'Hogeschool Voorbeeld Deeltijd',
    url: 'https://www.hogeschool-voorbeeld.example/',
    summary: 'Verzonnen hogeschool met Ad- en bacheloropleidingen in deeltijd: ICT, zorg en techniek.',
  },
  title: 'Bachelor Werktuigbouwkunde (deeltijd)',
  summary: 'Ontwerpen, berekenen en produceren van machines. Hbo-ingenieur worden naast je werk.',
  description:
    'Als werktuigbouwkundig ingenieur ontwerp je machines en producten. Je leert sterkteberekeningen maken, 3D-ontwerpen en productieprocessen kiezen. Je werkt aan projecten van bedrijven uit de Brainport-regio. De opleiding duurt vier jaar; met een relevant mbo-4 diploma kun je sneller klaar zijn.',
  level: 'bachelor',
  levelLabel: 'hbo bachelor',
  forms: ['part-time'],
  formLabels: ['Deeltijd'],
  type: 'regular',
  typeLabel: 'Opleiding',
  degree: 'B Eng',
  degreeLabel: 'Bachelordiploma (B Eng)',
  recognised: true,
  credits: [
    {
      value: 240,
      system: 'EC',
    },
  ],
  requiredLevels: ['mbo niveau 4'],
  instructionModes: ['blended learning', 'classroom teaching', 'project'],
  sector: 'bouw',
  sectors: ['bouw'],
  themes: ['manufacturing engineering and construction'],
  searchwords: [],
  startDetermination: 'fixed starting date',
  runs: [
    {
      id: 'HVD-B-WTB-2027-09-06-EIN',
      start: '2027-09-06',
      startIsFinal: true,
      status: 'application opened',
      statusLabel: 'Aanmelden kan',
      places: [
        {
          name: 'Hogeschool Voorbeeld Eindhoven',
          address: 'Leerpad 10',
          zipcode: '5611 AC',
          city: 'Eindhoven',
          gemeente: 'Eindhoven',
          region: 'zuidoostbrabant',
        },
      ],
      online: false,
      regions: ['zuidoostbrabant'],
      forms: ['part-time'],
      end: '2031-08-27',
      endIsFinal: false,
      applicationDeadline: '2027-07-06',
      cost: {
        source: 'generic',
        required: [
          {
            type: 'tuition fee',
            label: 'Lesgeld',
            amount: 2695,
            currency: 'EUR',
            required: true,
            isFinal: true,
            vat: 0,
            vatCode: '1',
            vatLabel: 'vrijgesteld van btw',
            period: 'year',
          },
        ],
        optional: [],
        currency: 'EUR',
        total: 2695,
        mixedPeriods: false,
        indicative: false,
        totalVAT: 0,
        period: 'year',
      },
    },
  ],
  generic: {
    places: [],
    cost: {
      source: 'generic',
      required: [
        {
          type: 'tuition fee',
          label: 'Lesgeld',
          amount: 2695,
          currency: 'EUR',
          required: true,
          isFinal: true,
          vat: 0,
          vatCode: '1',
          vatLabel: 'vrijgesteld van btw',
          period: 'year',
        },
      ],
      optional: [],
      currency: 'EUR',
      total: 2695,
      mixedPeriods: false,
      indicative: false,
      totalVAT: 0,
      period: 'year',
    },
  },
  regions: ['twente', 'zuidoostbrabant'],
  online: false,
  contacts: [
    {
      name: 'Voorlichting deeltijd',
      role: 'voorlichting en studiekeuzecheck',
      email: 'deeltijd@hogeschool-voorbeeld.example',
      telephone: '073 000 0001',
    },
  ],
  file: 'content/opleidingen/hogeschool-voorbeeld-deeltijd/programs/bachelor-werktuigbouwkunde-deeltijd.xml',
  titleLang: 'nl',
  webLink: 'https://www.hogeschool-voorbeeld.example/opleidingen/bachelor-werktuigbouwkunde-deeltijd',
  lastEdited: '2026-11-17T13:20:00',
  duration: {
    value: 4,
    unit: 'year',
    label: '4 jaar',
  },
  studyLoad: {
    hours: 16,
    period: 'week',
    label: '16 uur per week',
  },
  slug: 'bachelor-werktuigbouwkunde-deeltijd',
};

const national = getSite(NATIONAL);
const twente = getSite('twente');
const exampleUrls = siteUrls();
/** Two regions as regionAdvice() gives them: Twente with its own fund, Groningen without. */
const regionAdviceExample: RegionAdvice[] = [
  {
    slug: 'groningen',
    anchor: 'regio-groningen',
    name: 'Groningen',
    loket: getSite('groningen').displayName,
    contactHref: exampleUrls.href(NATIONAL, 'groningen', paths.contact),
    funds: [],
  },
  {
    slug: 'twente',
    anchor: 'regio-twente',
    name: 'Twente',
    loket: twente.displayName,
    contactHref: exampleUrls.href(NATIONAL, 'twente', paths.contact),
    nextStart: '6 september 2027, Enschede',
    funds: [
      {
        id: 'twents-fonds-voor-vakmanschap',
        title: 'Twents Fonds voor Vakmanschap',
        summary:
          'Een regionaal ontwikkelfonds in Twente. Na een loopbaangesprek kun je een scholingscheque krijgen voor een opleiding tot en met mbo-niveau 4.',
        href: exampleUrls.href(NATIONAL, NATIONAL, paths.regeling('twents-fonds-voor-vakmanschap')),
        status: 'open',
        statusLabel: 'Open',
      },
    ],
  },
];
const catalog = buildCatalog([cyberSecurity, engels, werktuigbouwkunde], [{ id: NATIONAL }, { id: 'twente', region: 'twente' }]);
const nationalIndex = catalog.sites.get(NATIONAL)!;
const everything = listing(nationalIndex, {});
/** The listing after choosing the first value offered (the page behind that filter link). */
const chosen = (from: typeof everything, skip: string[] = []) => {
  const option = from.groups
    .filter((g) => !skip.includes(g.facet))
    .flatMap((g) => g.options.filter((o) => o.path).map((o) => ({ facet: g.facet, value: o.value })))[0];
  return listing(nationalIndex, { ...from.filters, [option.facet]: option.value });
};
const oneFilter = chosen(everything);
// A pair gets pages only above PAGE_SIZE offers (pairHasPages); with three example offers its filter
// link goes to search, so the two-filter state for ActiveFilters is put together from its parts.
const pairOption = oneFilter.groups.flatMap((g) => g.options.filter((o) => o.search).map((o) => ({ [g.facet]: o.value })))[0];
const twoFilterSet = { ...oneFilter.filters, ...pairOption };
const twoFilters = { ...oneFilter, filters: twoFilterSet, active: activeFilters(twoFilterSet) };
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
      { name: 'Eén filter, een tweede via zoeken', props: { site: national, listing: oneFilter } },
      {
        name: 'Regio, met links naar heel Nederland en online',
        props: {
          site: twente,
          listing: twenteListing,
          nationalHref: siteUrls().href('twente', NATIONAL, paths.opleidingen),
          onlineHref: `${siteUrls().href('twente', 'twente', paths.zoeken)}${searchQuery({}, 'Online')}`,
        },
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
  defineExamples(RegionChoice, {
    name: 'RegionChoice',
    description:
      '“Waar woon je?” bovenaan een landelijke opleiding: kies je regio en zie het advies en de regelingen van je regio. Alleen met JavaScript; zonder JavaScript is de lijst per regio de pagina.',
    examples: [{ name: 'Keuzelijst', props: { regions: regionAdviceExample } }],
  }),
  defineExamples(RegionAdviceList, {
    name: 'RegionAdviceList',
    description:
      '“Waar woon je?” op een landelijke opleiding: elke regio met haar Leerwerkloket en haar eigen regelingen. Een link van een regionale site komt uit bij de eigen regio (#regio-…).',
    examples: [{ name: 'Twee regio’s', props: { regions: regionAdviceExample } }],
  }),
  defineExamples(CourseJsonLd, {
    name: 'CourseJsonLd',
    description: 'Gegevens over een opleiding voor zoekmachines (schema.org Course). Niet zichtbaar op de pagina.',
    show: 'code',
    examples: [{ name: 'Online cursus', props: { offer: engels } }],
  }),
];
