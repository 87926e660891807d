import type { APIRoute } from 'astro';
import { allSites } from '../../lib/sites';
import { styleguideCss } from '../../lib/styleguide';
import { designTokens } from '../../lib/tokens';

export const GET: APIRoute = () =>
  new Response(styleguideCss(designTokens(), allSites()), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
