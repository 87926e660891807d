import type { APIRoute } from 'astro';
import { allSites } from '../../lib/site/sites';
import { styleguideCss } from '../../lib/huisstijl/styleguide';
import { designTokens } from '../../lib/huisstijl/tokens';

export const GET: APIRoute = () =>
  new Response(styleguideCss(designTokens(), allSites()), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
