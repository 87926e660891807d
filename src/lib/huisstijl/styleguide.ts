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

export interface IsolateOptions {
  /** Put before every id the example defines, so examples never share an id with each other or the page. */
  prefix: string;
  /** Lower every heading one level: for components that bring a page's <h1>. */
  demoteHeadings?: boolean;
  /** Origin for root-relative links (host mode, an example of another site): "https://twente.leerwerkloket.nl". */
  origin?: string;
}

const REFERENCES = /\s(for|aria-labelledby|aria-describedby|aria-controls|headers|list)="([^"]*)"/g;

/**
 * One component example's HTML made safe to show among many on the style guide: its ids get a
 * prefix (with the references and #anchors that point to them), so the page stays valid HTML.
 */
export function isolateExample(html: string, { prefix, demoteHeadings = false, origin }: IsolateOptions): string {
  const own = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const local = (id: string) => (own.has(id) ? `${prefix}-${id}` : id);
  let out = html
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${local(id)}"`)
    .replace(REFERENCES, (_, name: string, ids: string) => ` ${name}="${ids.split(/\s+/).map(local).join(' ')}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${local(id)}"`);
  if (demoteHeadings) out = out.replace(/<(\/?)h([1-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
  if (origin) out = out.replace(/\s(href|action|src)="\/(?!\/)/g, (_, name: string) => ` ${name}="${origin}/`);
  return out;
}
