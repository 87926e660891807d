// The per-site theme stylesheet: a site may set only the basis tokens meant to vary.
import type { Site } from '../site/sites';

export function themeCss(site: Site): string {
  return `:root{--lwl-accent:${site.accent.toLowerCase()};--lwl-accent-contrast:#ffffff}\n`;
}
