// Examples of the regelingen components; see src/components/examples.ts. The regelingen are real
// (their pages exist, so the style guide's links work), shortened, and read on a fixed day.
import { defineExamples } from '../examples';
import CheckResult from './CheckResult.astro';
import CheckRoleLinks from './CheckRoleLinks.astro';
import ClosedNotice from './ClosedNotice.astro';
import FundingNote from './FundingNote.astro';
import RegelingCard from './RegelingCard.astro';
import RegelingDetail from './RegelingDetail.astro';
import RegelingenCheck from './RegelingenCheck.astro';
import RegelingenOverview from './RegelingenOverview.astro';
import StatusBadge from './StatusBadge.astro';
import { checkRegelingen } from '../../lib/regelingen/check';
import { checkItems, type RegelingEntry } from '../../lib/regelingen/regelingen';
import { getSite, NATIONAL } from '../../lib/site/sites';
import { regelingSchema } from '../../schemas/regeling';
import { engels, cyberSecurity } from '../opleidingen/examples';

const national = getSite(NATIONAL);
const twente = getSite('twente');
/** The day the examples are read on: statuses and "last checked" follow from it. */
export const TODAY = '2026-12-02';

const entry = (id: string, data: Record<string, unknown>): RegelingEntry => ({ id, data: regelingSchema.parse(data) });

export const praktijkleren = entry('subsidieregeling-praktijkleren', {
  title: 'Subsidieregeling praktijkleren',
  shortName: 'Praktijkleren',
  summary:
    'Begeleid je als werkgever een leerling of student op de werkplek, bijvoorbeeld een mbo-student in de BBL? Dan kun je een bijdrage krijgen.',
  summaryEn: 'Do you, as an employer, coach a learner or student at work? Then you can get a contribution.',
  organiser: 'Rijksdienst voor Ondernemend Nederland (RVO)',
  kind: 'subsidie',
  audiences: ['werkgever'],
  pays: 'Je kunt maximaal € 2.700 per leerling of student per studiejaar krijgen.',
  conditions: ['Voor een mbo-student ben je een erkend leerbedrijf.', 'De student volgt een mbo-opleiding in de BBL.'],
  apply: 'Je vraagt de subsidie achteraf aan, na afloop van het studiejaar, via het e-loket van RVO.',
  applyUrl: 'https://www.rvo.nl/subsidies-financiering/praktijkleren',
  scope: 'landelijk',
  windows: [{ opens: '2026-06-02', closes: '2026-09-17' }],
  source: ['https://www.rvo.nl/subsidies-financiering/praktijkleren'],
  lastChecked: '2026-12-02',
  eligibility: { roles: ['werkgever'] },
  funds: { levels: ['mbo niveau 2', 'mbo niveau 3', 'mbo niveau 4'], forms: ['dual'], recognisedOnly: true },
});

export const levenlanglerenkrediet = entry('levenlanglerenkrediet', {
  title: 'Levenlanglerenkrediet',
  shortName: 'Levenlanglerenkrediet',
  summary: 'Een lening van DUO om je lesgeld of collegegeld te betalen als je geen recht meer hebt op gewone studiefinanciering.',
  summaryEn: 'A loan from DUO to pay your tuition fees when you no longer get regular student finance.',
  organiser: 'Dienst Uitvoering Onderwijs (DUO)',
  kind: 'lening',
  audiences: ['werkende', 'werkzoekende', 'zzp', 'uitkering'],
  pays: 'Je kunt per jaar lenen wat je aan lesgeld of collegegeld betaalt.',
  conditions: ['Je hebt geen recht (meer) op gewone studiefinanciering.', 'Je volgt een erkende opleiding in Nederland.'],
  apply: 'Je vraagt het krediet aan in Mijn DUO. Daarvoor heb je DigiD nodig.',
  applyUrl: 'https://duo.nl/',
  scope: 'landelijk',
  continuous: true,
  source: [
    'https://www.rijksoverheid.nl/onderwerpen/middelbaar-beroepsonderwijs/vraag-en-antwoord/wat-is-het-levenlanglerenkrediet',
    'https://www.duo.nl/particulier/lifelong-learning-credit/',
  ],
  lastChecked: '2026-12-02',
  eligibility: { roles: ['werkende', 'werkzoekende', 'zzp'], maxAge: 56 },
  funds: [{ levels: ['associate', 'bachelor', 'master'], forms: ['full-time', 'part-time', 'dual'], recognisedOnly: true }],
});

export const stap = entry('stap-budget', {
  title: 'STAP-budget',
  shortName: 'STAP',
  summary:
    'Met het STAP-budget kon je tot € 1.000 per jaar krijgen voor een opleiding of cursus. De regeling is gestopt op 1 januari 2024.',
  summaryEn: 'With the STAP budget you could get up to € 1,000 a year for training. The scheme ended on 1 January 2024.',
  organiser: 'UWV',
  kind: 'subsidie',
  audiences: ['werkende', 'werkzoekende', 'zzp'],
  pays: 'Je kon maximaal € 1.000 per jaar krijgen.',
  conditions: ['Je was 18 jaar of ouder en had nog geen AOW-leeftijd.'],
  apply: 'Aanvragen kan niet meer.',
  scope: 'landelijk',
  ended: '2024-01-01',
  source: ['https://www.rijksoverheid.nl/actueel/nieuws/2024/11/22/internetconsultatie-sectorale-ontwikkelpaden-en-slim-scholingssubsidie'],
  lastChecked: '2026-12-02',
  insteadOf: ['levenlanglerenkrediet'],
});

export const twentsFonds = entry('twents-fonds-voor-vakmanschap', {
  title: 'Twents Fonds voor Vakmanschap',
  shortName: 'Twents Fonds voor Vakmanschap',
  summary:
    'Een regionaal ontwikkelfonds in Twente. Na een loopbaangesprek kun je een scholingscheque krijgen voor een opleiding tot en met mbo-niveau 4.',
  summaryEn: 'A regional development fund in Twente: a training voucher after a career talk.',
  organiser: 'De 14 Twentse gemeenten',
  kind: 'subsidie',
  audiences: ['werkende', 'werkzoekende'],
  pays: 'Als je scholingsplan is goedgekeurd, kun je een scholingscheque krijgen.',
  conditions: ['Je voert eerst een loopbaangesprek over je scholingswens.'],
  apply: 'Meld je aan voor een loopbaangesprek via het Leerwerkloket Twente.',
  applyUrl: 'https://www.twentsfondsvoorvakmanschap.nl/',
  scope: ['twente'],
  continuous: true,
  source: ['https://www.ser.nl/nl/thema/leven-lang-ontwikkelen/samenwerking-in-ontwikkeling/twents-fonds-vakmanschap'],
  lastChecked: '2026-03-15',
  eligibility: { roles: ['werkende', 'werkzoekende'] },
  funds: { levels: ['mbo niveau 1', 'mbo niveau 2', 'mbo niveau 3', 'mbo niveau 4'] },
});

export const ENTRIES = [praktijkleren, levenlanglerenkrediet, stap, twentsFonds];
const items = checkItems(ENTRIES, { siteId: NATIONAL, today: TODAY });
const [forWerkende] = checkRegelingen(items, { role: 'werkende', age: 34 });

export default [
  defineExamples(StatusBadge, {
    name: 'StatusBadge',
    description: 'De status van een regeling in woorden: open, verwacht of gesloten. De kleur helpt, maar het woord zegt het.',
    examples: [
      { name: 'Open', props: { status: 'open' } },
      { name: 'Verwacht', props: { status: 'verwacht' } },
      { name: 'Geen aanvraagperiode', props: { status: 'geen-aanvraagperiode' } },
      { name: 'Gesloten, zonder “Status:”', props: { status: 'gesloten', announce: false } },
    ],
  }),
  defineExamples(RegelingCard, {
    name: 'RegelingCard',
    description: 'Eén regeling in een lijst: naam, status, voor welke regio en wat het is. Bij een gesloten regeling: wat je nu kunt doen.',
    examples: [
      { name: 'Open', props: { site: national, entry: levenlanglerenkrediet, entries: ENTRIES, today: TODAY } },
      { name: 'Gesloten, met iets anders', props: { site: national, entry: stap, entries: ENTRIES, today: TODAY } },
      { name: 'Alleen in één regio', props: { site: twente, entry: twentsFonds, entries: ENTRIES, today: TODAY } },
    ],
  }),
  defineExamples(RegelingenOverview, {
    name: 'RegelingenOverview',
    description: 'Alle regelingen van een site, per groep mensen. Gesloten regelingen staan apart onderaan.',
    examples: [
      { name: 'Landelijk', props: { site: national, entries: [praktijkleren, levenlanglerenkrediet, stap], all: ENTRIES, today: TODAY } },
    ],
  }),
  defineExamples(ClosedNotice, {
    name: 'ClosedNotice',
    description:
      'De melding boven een gesloten regeling. Zegt duidelijk dat aanvragen niet meer kan en wat je in plaats daarvan kunt doen.',
    examples: [
      { name: 'Met iets anders', props: { site: national, entry: stap, alternatives: [levenlanglerenkrediet], today: TODAY } },
      { name: 'Zonder iets anders', props: { site: national, entry: stap, alternatives: [], today: TODAY } },
    ],
  }),
  defineExamples(FundingNote, {
    name: 'FundingNote',
    description: 'Welke opleidingen een regeling kan betalen: de regel in woorden en de opleidingen op deze site die passen.',
    examples: [
      { name: 'Met opleidingen', props: { site: national, funds: levenlanglerenkrediet.data.funds!, offers: [cyberSecurity] } },
      { name: 'Geen opleiding op deze site', props: { site: national, funds: praktijkleren.data.funds!, offers: [] } },
    ],
  }),
  defineExamples(RegelingDetail, {
    name: 'RegelingDetail',
    description: 'Alles over één regeling op een eigen pagina: status, voor wie, wat je krijgt, voorwaarden, aanvragen en de bron.',
    show: 'page',
    examples: [
      {
        name: 'Open, met opleidingen',
        props: { site: national, entry: levenlanglerenkrediet, entries: ENTRIES, today: TODAY, fundedOffers: [cyberSecurity, engels] },
        slots: { default: '<h2>Wat is het?</h2><p>Een lening voor je lesgeld of collegegeld, ook als je al werkt.</p>' },
      },
    ],
  }),
  defineExamples(CheckRoleLinks, {
    name: 'CheckRoleLinks',
    description: 'De eerste vraag van de regelingencheck als gewone links. Werkt ook zonder JavaScript.',
    examples: [
      { name: 'Nog niets gekozen', props: { site: national } },
      { name: 'Werkgever gekozen', props: { site: national, current: 'werkgever' } },
    ],
  }),
  defineExamples(CheckResult, {
    name: 'CheckResult',
    description:
      'Eén uitkomst van de regelingencheck: de regeling, de status en waarom hij kan passen. De enige kopie van deze opmaak: zonder uitkomst staat hij leeg in de <template> die het script van de check vult.',
    listItem: true,
    examples: [
      { name: 'Werkende van 34', props: { result: forWerkende } },
      { name: 'In het Engels', props: { result: forWerkende, lang: 'en' } },
    ],
  }),
  defineExamples(RegelingenCheck, {
    name: 'RegelingenCheck',
    description:
      'De regelingencheck: een paar vragen, dan zie je welke regelingen kunnen passen. Zonder JavaScript blijft de eerste vraag als links over.',
    examples: [{ name: 'Landelijk', props: { site: national, items } }],
  }),
];
