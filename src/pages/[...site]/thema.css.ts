// Each site's thin theme: only the basis tokens a region may change (see src/styles/tokens.css).
import type { APIRoute } from 'astro';
import { perSite, siteOf, type SiteProps } from '../../lib/site/routes';
import { themeCss } from '../../lib/huisstijl/theme';

export const getStaticPaths = perSite;

export const GET: APIRoute<SiteProps> = ({ props }) =>
  new Response(themeCss(siteOf(props)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
