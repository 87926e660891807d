// Named examples of every shared component (GOV.UK Frontend's pattern, one file per domain folder).
// The same examples drive the component tests (tests/components/, Astro's Container API) and the
// style guide (/huisstijl/), where axe checks each of them in the browser.
import type { ComponentProps } from 'astro/types';
import agenda from './agenda/examples';
import content from './content/examples';
import huisstijl from './huisstijl/examples';
import layout from './layout/examples';
import loketten from './loketten/examples';
import opleidingen from './opleidingen/examples';
import regelingen from './regelingen/examples';
import search from './search/examples';

/** An Astro component as the compiler makes it (a factory function with the component's props). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = (...args: any[]) => any;

export interface Example<P> {
  /** Dutch, unique within the component: "Waarschuwing". */
  name: string;
  props: P;
  /** HTML for the default slot. */
  slots?: { default: string };
}

export interface ComponentExamples<P = Record<string, unknown>> {
  component: AnyComponent;
  /** The file name without .astro: the coverage test matches it against the folder. */
  name: string;
  /** When to use it, in Dutch (B1), for the style guide. */
  description: string;
  examples: Example<P>[];
  /**
   * How the style guide shows it. `code`: the HTML it makes, for components with nothing to see
   * (data for search engines, Pagefind or the <head>). `page`: its headings one level lower,
   * because it brings the page's <h1> and the style guide has its own.
   */
  show?: 'live' | 'code' | 'page';
  /** Style guide only: wrap in a list, for components whose root is an <li>. */
  listItem?: boolean;
}

/** Types the examples against the component's own props; the list that collects them does not need to. */
export function defineExamples<C extends AnyComponent>(
  component: C,
  spec: Omit<ComponentExamples<ComponentProps<C>>, 'component'>,
): ComponentExamples {
  return { component, ...spec } as ComponentExamples;
}

export interface Domain {
  /** The folder in src/components/. */
  id: string;
  /** Dutch heading on the style guide. */
  title: string;
  components: ComponentExamples[];
}

/** Every domain folder with examples, in the order the style guide shows them. cms/ is Decap's admin shell and has none. */
export const DOMAINS: Domain[] = [
  { id: 'layout', title: 'Opbouw van de pagina', components: layout },
  { id: 'content', title: 'Tekst en inhoud', components: content },
  { id: 'search', title: 'Zoeken', components: search },
  { id: 'loketten', title: 'Loketten', components: loketten },
  { id: 'regelingen', title: 'Regelingen', components: regelingen },
  { id: 'agenda', title: 'Nieuws en agenda', components: agenda },
  { id: 'opleidingen', title: 'Opleidingen', components: opleidingen },
  { id: 'huisstijl', title: 'Huisstijl', components: huisstijl },
];
