// Examples of the news and agenda components; see src/components/examples.ts. The items are real
// (content/agenda, content/nieuws), so their pages exist and the style guide's links work.
import { defineExamples } from '../examples';
import AddToCalendar from './AddToCalendar.astro';
import AgendaFeeds from './AgendaFeeds.astro';
import EventCard from './EventCard.astro';
import EventFacts from './EventFacts.astro';
import EventMonths from './EventMonths.astro';
import FeedLinks from './FeedLinks.astro';
import HomeUpdates from './HomeUpdates.astro';
import NewsCard from './NewsCard.astro';
import { groupByMonth, type EventEntry, type NewsEntry } from '../../lib/editorial/agenda';
import { getSite, NATIONAL } from '../../lib/site/sites';
import { eventSchema } from '../../schemas/agenda';
import { newsSchema } from '../../schemas/nieuws';

const national = getSite(NATIONAL);
const twente = getSite('twente');

const event = (site: string, slug: string, data: Record<string, unknown>): EventEntry => ({
  id: `${site}/${slug}`,
  site,
  slug,
  data: eventSchema.parse(data),
});
const news = (site: string, slug: string, data: Record<string, unknown>): NewsEntry => ({
  id: `${site}/${slug}`,
  site,
  slug,
  data: newsSchema.parse(data),
});

export const webinar = event(NATIONAL, '2027-01-19-webinar-ervaringscertificaat', {
  title: 'Webinar: hoe haal je een ervaringscertificaat?',
  date: '2026-11-16',
  summary: 'Een uur uitleg over het ervaringscertificaat en de praktijkverklaring. Met ruimte voor je vragen.',
  start: '2027-01-19T19:30',
  end: '2027-01-19T20:30',
  online: 'https://leerwerkloket.example/webinar/webinar-ervaringscertificaat',
  registration: 'https://leerwerkloket.example/aanmelden/webinar-ervaringscertificaat',
  cost: 'Gratis',
  audiences: ['werkende', 'werkzoekende'],
});

export const banenmarkt = event('twente', '2027-02-11-bbl-banenmarkt-hengelo', {
  title: 'BBL-banenmarkt Hengelo',
  date: '2026-11-16',
  summary: 'Ontmoet bedrijven uit Twente die een leerwerkplek bieden. Met veel aandacht voor de techniek.',
  start: '2027-02-11T14:00',
  end: '2027-02-11T18:00',
  location: { name: 'Voorbeeldhal', address: 'Voorbeeldstraat 5', city: 'Hengelo' },
  registration: 'https://twente.leerwerkloket.example/aanmelden/bbl-banenmarkt-hengelo',
  cost: 'Gratis',
  audiences: ['werkzoekende', 'jongere', 'werkgever'],
});

const evcNews = news(NATIONAL, '2026-11-02-uitleg-evc-praktijkverklaring', {
  title: 'Nieuwe uitleg over het ervaringscertificaat en de praktijkverklaring',
  date: '2026-11-02',
  summary:
    'Je kunt vaak meer dan op papier staat. Op een nieuwe pagina leggen we uit hoe een ervaringscertificaat en een praktijkverklaring werken.',
  audiences: ['werkzoekende', 'werkende', 'werkgever'],
});

const taalNews = news('twente', '2026-11-16-hulp-bij-taal-op-het-werk', {
  title: 'Meer hulp voor werkenden die taal lastig vinden',
  date: '2026-11-16',
  summary: 'Moeite met lezen, schrijven of rekenen? Leerwerkloket Twente helpt werkenden en werkgevers om een passende cursus te vinden.',
  audiences: ['werkende', 'werkgever'],
});

export default [
  defineExamples(EventCard, {
    name: 'EventCard',
    description: 'Eén activiteit in een lijst: naam, wanneer en waar. Is het een activiteit van een ander loket, dan staat dat erbij.',
    examples: [
      { name: 'Online', props: { site: national, item: webinar } },
      { name: 'Van een regio, op de landelijke site', props: { site: national, item: banenmarkt, headingLevel: 2 } },
    ],
  }),
  defineExamples(EventMonths, {
    name: 'EventMonths',
    description: 'Activiteiten per maand, met de maand als kop.',
    examples: [{ name: 'Twee maanden', props: { site: national, groups: groupByMonth([webinar, banenmarkt]) } }],
  }),
  defineExamples(EventFacts, {
    name: 'EventFacts',
    description: 'De praktische informatie van één activiteit: wanneer, waar, kosten, voor wie en hoe je je aanmeldt.',
    examples: [
      { name: 'Op locatie, nog te komen', props: { data: banenmarkt.data, past: false } },
      { name: 'Online, voorbij', props: { data: webinar.data, past: true } },
    ],
  }),
  defineExamples(AddToCalendar, {
    name: 'AddToCalendar',
    description: 'De knop “Zet in agenda”: een bestand dat elke agenda-app kan openen.',
    examples: [{ name: 'Webinar', props: { site: national, slug: webinar.slug } }],
  }),
  defineExamples(AgendaFeeds, {
    name: 'AgendaFeeds',
    description: 'Manieren om de agenda te volgen: in je eigen agenda-app of met RSS.',
    examples: [
      { name: 'Landelijk', props: { site: national } },
      { name: 'Regio', props: { site: twente } },
    ],
  }),
  defineExamples(NewsCard, {
    name: 'NewsCard',
    description: 'Eén nieuwsbericht in een lijst: titel, datum en een korte samenvatting.',
    examples: [
      { name: 'Landelijk', props: { site: national, item: evcNews } },
      { name: 'Regio, kop niveau 3', props: { site: twente, item: taalNews, headingLevel: 3 } },
    ],
  }),
  defineExamples(HomeUpdates, {
    name: 'HomeUpdates',
    description: 'Het laatste nieuws en de eerstvolgende activiteiten op een homepage. Haalt het nieuws en de agenda zelf op.',
    examples: [{ name: 'Landelijk', props: { site: national, newsCount: 2, eventCount: 2 } }],
  }),
  defineExamples(FeedLinks, {
    name: 'FeedLinks',
    description: 'Links in de <head> waarmee browsers en feedlezers het nieuws en de agenda vinden. Niet zichtbaar op de pagina.',
    show: 'code',
    examples: [{ name: 'Regio', props: { site: twente } }],
  }),
];
