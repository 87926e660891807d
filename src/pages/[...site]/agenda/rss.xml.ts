// RSS feed of a site's upcoming events: /agenda/rss.xml.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { buildDate } from '../../../lib/site/config';
import { allEvents, builtSiteIds } from '../../../lib/editorial/entries';
import { agendaFeed } from '../../../lib/editorial/feeds';
import { perSite, siteOf, type SiteProps } from '../../../lib/site/routes';

export const getStaticPaths = perSite;

export const GET: APIRoute<SiteProps> = async ({ props }) => rss(agendaFeed(siteOf(props), await allEvents(), builtSiteIds(), buildDate()));
