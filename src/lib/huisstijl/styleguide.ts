// CSS for the style guide page only: swatches and type samples for every token, and one class
// per site that applies that site's accent, so palettes show without inline styles.
import type { Site } from '../site/sites';
import type { Token } from './tokens';

export const swatchClass = (token: string) => `swatch-${token.replace(/^--/, '')}`;
export const sampleClass = (token: string) => `sample-${token.replace(/^--/, '')}`;
export const paletteClass = (siteId: string) => `palette-${siteId}`;

export function styleguideCss(tokens: Token[], sites: Site[]): string {
  const rules = [
    ...tokens.filter((t) => t.group === 'color').map((t) => `.${swatchClass(t.name)}{background:var(${t.name})}`),
    ...tokens
      .filter((t) => t.group === 'text' && !t.name.includes('--line-height'))
      .map((t) => `.${sampleClass(t.name)}{font-size:var(${t.name})}`),
    ...sites.map((s) => `.${paletteClass(s.id)}{--lwl-accent:${s.accent};--color-accent:${s.accent}}`),
  ];
  return rules.join('\n') + '\n';
}
