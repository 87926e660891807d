// Renders the examples of src/components/*/examples.ts with Astro's Container API, and small
// helpers to read the HTML that comes out.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { DOMAINS, type ComponentExamples, type Example } from '../../src/components/examples';

let container: AstroContainer | undefined;

export async function render(entry: ComponentExamples, example: Example<Record<string, unknown>>): Promise<string> {
  container ??= await AstroContainer.create();
  return container.renderToString(entry.component, {
    props: example.props,
    slots: example.slots,
    // ContentLink reads the page URL to know its site.
    request: new Request('https://leerwerkloket.nl/huisstijl/'),
  });
}

/** The visible-ish text: tags out, entities of the examples decoded, whitespace collapsed. */
export function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every href in document order. */
export const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]);
/** Every id, in order. */
export const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
/** Tag names of the headings, in order: ['h2', 'h3']. */
export const headings = (html: string) => [...html.matchAll(/<(h[1-6])\b/g)].map((m) => m[1]);
/** The element with this attribute, as text from its start tag to the end of the HTML (enough for local checks). */
export const count = (html: string, pattern: RegExp) => [...html.matchAll(new RegExp(pattern.source, 'g'))].length;

/** Each `aria-labelledby`, `aria-describedby`, `aria-controls` and `for` points to an id in the same HTML. */
export function expectReferencesResolve(html: string) {
  const known = new Set(ids(html));
  const refs = [...html.matchAll(/\s(?:aria-labelledby|aria-describedby|aria-controls|for)="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/));
  expect(refs.filter((r) => !known.has(r))).toEqual([]);
}

export type Check = (html: string) => void | Promise<void>;
/** Component name → example name → what that example must render. */
export type Checks = Record<string, Record<string, Check>>;

/** The examples of one domain folder, with their checks: one test per example. */
export function examplesOf(domain: string) {
  const found = DOMAINS.find((d) => d.id === domain);
  if (!found) throw new Error(`No domain "${domain}" in src/components/examples.ts`);
  return found.components;
}

/**
 * Components that read Astro's content layer themselves (astro:content). The container has no
 * content store, so they would render their empty state, which proves nothing; the style guide,
 * built with the real content, shows them, and the e2e tests cover the pages they are on.
 */
export const NOT_IN_CONTAINER: Record<string, string> = {
  'loketten/RegionPages': 'calls getCollection("regio") itself',
  'opleidingen/WhoPays': 'calls getCollection("regelingen") itself',
  'agenda/HomeUpdates': 'reads the nieuws and agenda collections itself (src/lib/editorial/entries.ts)',
};

/** One test per example of the domain folder; an example without a check fails. */
export function testDomain(domain: string, checks: Checks) {
  for (const entry of examplesOf(domain)) {
    const skipped = NOT_IN_CONTAINER[`${domain}/${entry.name}`];
    describe(entry.name, () => {
      for (const example of entry.examples) {
        if (skipped) {
          it.skip(`${example.name} (not in the container: ${skipped})`, () => {});
          continue;
        }
        it(example.name, async () => {
          const check = checks[entry.name]?.[example.name];
          expect(check, `no check for ${domain}/${entry.name} › ${example.name}: add one to tests/components/${domain}.test.ts`).toBeTypeOf(
            'function',
          );
          await check!(await render(entry, example));
        });
      }
    });
  }
  it('has no checks for examples that do not exist', () => {
    const names = new Set(examplesOf(domain).flatMap((e) => e.examples.map((x) => `${e.name} › ${x.name}`)));
    const stale = Object.entries(checks)
      .flatMap(([c, byName]) => Object.keys(byName).map((x) => `${c} › ${x}`))
      .filter((n) => !names.has(n));
    expect(stale).toEqual([]);
  });
}
