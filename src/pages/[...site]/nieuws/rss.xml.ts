// RSS feed of a site's news: /nieuws/rss.xml and /<slug>/nieuws/rss.xml.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allNews } from '../../../lib/editorial/entries';
import { newsFeed } from '../../../lib/editorial/feeds';
import { perSite, siteOf, type SiteProps } from '../../../lib/site/routes';

export const getStaticPaths = perSite;

export const GET: APIRoute<SiteProps> = async ({ props }) => rss(newsFeed(siteOf(props), await allNews()));
