// Every section path the code links to, inside a site (no site prefix, no host): links still go
// through siteUrls() for both hosting modes. One place, so a renamed route changes here only;
// tests/unit/lib/site/paths.test.ts fails when a path here has no route file in src/pages.
import type { Role } from '../../schemas/eligibility';

/** Content pages (content/pages/*.mdx), served by src/pages/[...site]/[page].astro. */
export const CONTENT_PAGES = {
  werkzoekenden: '/werkzoekenden/',
  werkenden: '/werkenden/',
  werkgevers: '/werkgevers/',
  jongeren: '/jongeren/',
  loopbaanadvies: '/loopbaanadvies/',
  ervaringscertificaat: '/ervaringscertificaat/',
  overDeLeerwerkloketten: '/over-de-leerwerkloketten/',
  toegankelijkheid: '/toegankelijkheid/',
  privacy: '/privacy/',
} as const;

/** The English pages: only the core journeys (src/lib/site/languages.ts pairs them with Dutch). */
export const EN_PATHS = {
  home: '/en/',
  whoPays: '/en/who-pays/',
  check: '/en/check/',
  /** Regional sites only. */
  contact: '/en/contact/',
  /** National site only. */
  findLoket: '/en/find-your-loket/',
} as const;

export const paths = {
  home: '/',
  opleidingen: '/opleidingen/',
  opleiding: (slug: string) => `/opleidingen/${slug}/`,
  regelingen: '/regelingen/',
  regeling: (id: string) => `/regelingen/${id}/`,
  regelingencheck: '/regelingencheck/',
  /** The pre-built check page of one role: the check without JavaScript. */
  checkRole: (role: Role) => `/regelingencheck/${role}/`,
  nieuws: '/nieuws/',
  newsItem: (slug: string) => `/nieuws/${slug}/`,
  newsRss: '/nieuws/rss.xml',
  agenda: '/agenda/',
  agendaArchive: '/agenda/archief/',
  event: (slug: string) => `/agenda/${slug}/`,
  eventIcs: (slug: string) => `/agenda/${slug}.ics`,
  agendaRss: '/agenda/rss.xml',
  agendaIcs: '/agenda/agenda.ics',
  zoeken: '/zoeken/',
  /** The site's colours as CSS custom properties. */
  themeCss: '/thema.css',
  /** Regional sites only. */
  contact: '/contact/',
  /** National site only, like everything below. */
  loketten: '/loketten/',
  huisstijl: '/huisstijl/',
  huisstijlCss: '/huisstijl/huisstijl.css',
  partners: '/partners/',
  openData: '/partners/open-data/',
  embedLoketzoeker: '/embed/loketzoeker/',
  embedRegelingencheck: '/embed/regelingencheck/',
  /** A content page or a region's own page (content/regio/<site>/<slug>.mdx), by its slug. */
  page: (slug: string) => `/${slug}/`,
  pages: CONTENT_PAGES,
  en: EN_PATHS,
} as const;

/** Search bundles are written by Pagefind after the build (src/tooling/search), so they have no
 *  route file; each is a folder below /pagefind/, which the CSP and cache rules name. */
export const PAGEFIND_ROOT = '/pagefind/';
export const pagefindBundle = (bundle: string) => `${PAGEFIND_ROOT}${bundle}/`;
