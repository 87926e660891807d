// A site's agenda as an iCalendar feed (subscribe in a calendar app): /agenda/agenda.ics.
import type { APIRoute } from 'astro';
import { allEvents, builtSiteIds } from '../../../lib/editorial/entries';
import { agendaCalendar, ICS_HEADERS } from '../../../lib/editorial/feeds';
import { perSite, siteOf, type SiteProps } from '../../../lib/site/routes';

export const getStaticPaths = perSite;

export const GET: APIRoute<SiteProps> = async ({ props }) =>
  new Response(agendaCalendar(siteOf(props), await allEvents(), builtSiteIds()), { headers: ICS_HEADERS });
