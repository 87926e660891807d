// Preview templates for the CMS: an entry is shown the way the site shows it, with the site's
// real stylesheet (registered as preview style) and the region's accent colour. Plain
// React.createElement keeps this free of a JSX setup; the classes are the ones the pages use.
import { createElement as h, type ReactNode } from 'react';
import { AUDIENCE_LABELS } from '../../schemas/shared';
import { formatDate, formatEventWhen } from '../../lib/dates';
import { buttonClass } from '../../lib/huisstijl/buttons';

export interface PreviewSite {
  id: string;
  displayName: string;
  accent: string;
  national: boolean;
}

interface Immutable {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS?(): unknown;
}

interface PreviewProps {
  entry: Immutable;
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string) => { toString(): string } | undefined;
}

type CmsRegistry = { registerPreviewTemplate: (name: string, component: (props: PreviewProps) => ReactNode) => void };

const text = (entry: Immutable, path: string[]) => {
  const v = entry.getIn(['data', ...path]);
  return typeof v === 'string' ? v : '';
};
const list = (entry: Immutable, key: string): string[] => {
  const v = entry.getIn(['data', key]) as { toJS?: () => unknown } | string[] | undefined;
  const js = v && typeof (v as { toJS?: unknown }).toJS === 'function' ? (v as { toJS: () => unknown }).toJS() : v;
  return Array.isArray(js) ? js.filter((x): x is string => typeof x === 'string') : [];
};

/** Formats safely while an editor is still typing a date. */
function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The site shell: accent bar and site name, with the region's accent set on the tokens. */
function shell(site: PreviewSite, children: ReactNode[]) {
  const style = {
    '--lwl-accent': site.accent,
    '--color-accent': site.accent,
  } as Record<string, string>;
  return h('div', { style, 'data-site': site.id, className: 'min-h-screen bg-paper text-ink' }, [
    h('header', { key: 'header', className: 'border-t-8 border-accent' }, [
      h('div', { key: 'name', className: 'mx-auto max-w-(--container-page) px-4 py-4 text-xl font-bold' }, site.displayName),
      h('div', { key: 'bar', className: 'bg-accent px-4 py-3 font-semibold text-on-accent' }, 'Voorbeeld: zo ziet het eruit op de website'),
    ]),
    h('main', { key: 'main', className: 'mx-auto w-full max-w-(--container-page) px-4 py-8' }, children),
  ]);
}

function image(props: PreviewProps) {
  const src = text(props.entry, ['image', 'src']);
  if (!src) return null;
  const alt = text(props.entry, ['image', 'alt']);
  return h('figure', { key: 'image', className: 'mt-6 max-w-(--container-prose)' }, [
    h('img', { key: 'img', src: props.getAsset(src)?.toString() ?? src, alt, className: 'h-auto w-full rounded-lg' }),
    alt
      ? null
      : h(
          'figcaption',
          { key: 'warn', className: 'mt-2 rounded-md bg-status-closed-bg p-2 text-status-closed' },
          'Let op: de beschrijving van de afbeelding (alt-tekst) ontbreekt. Zonder beschrijving wordt het bericht niet gepubliceerd.',
        ),
  ]);
}

function audiences(entry: Immutable) {
  const labels = list(entry, 'audiences').map((a) => AUDIENCE_LABELS[a as keyof typeof AUDIENCE_LABELS] ?? a);
  return labels.join(', ');
}

function newsPreview(site: PreviewSite) {
  return (props: PreviewProps) => {
    const { entry } = props;
    const date = text(entry, ['date']);
    return shell(site, [
      h('article', { key: 'article' }, [
        h('header', { key: 'header', className: 'max-w-(--container-prose)' }, [
          h('h1', { key: 'h1' }, text(entry, ['title']) || 'Titel'),
          h('p', { key: 'meta', className: 'mt-2 text-muted' }, `${safe(() => formatDate(date), date)} · ${site.displayName}`),
          h('p', { key: 'summary', className: 'mt-4 text-lg' }, text(entry, ['summary'])),
        ]),
        image(props),
        h('div', { key: 'body', className: 'prose mt-6' }, props.widgetFor('body')),
        h('p', { key: 'for', className: 'mt-8 text-sm text-muted' }, `Voor: ${audiences(entry)}`),
      ]),
    ]);
  };
}

function fact(term: string, value: ReactNode) {
  return [h('dt', { key: `${term}-t`, className: 'font-semibold' }, term), h('dd', { key: `${term}-d` }, value)];
}

function eventPreview(site: PreviewSite) {
  return (props: PreviewProps) => {
    const { entry } = props;
    const start = text(entry, ['start']);
    const end = text(entry, ['end']);
    const place = ['name', 'address', 'city']
      .map((k) => text(entry, ['location', k]))
      .filter(Boolean)
      .join(', ');
    const online = text(entry, ['online']);
    const registration = text(entry, ['registration']);
    return shell(site, [
      h('article', { key: 'article' }, [
        h('header', { key: 'header', className: 'max-w-(--container-prose)' }, [
          h('h1', { key: 'h1' }, text(entry, ['title']) || 'Titel'),
          h('p', { key: 'summary', className: 'mt-4 text-lg' }, text(entry, ['summary'])),
        ]),
        h(
          'dl',
          { key: 'facts', className: 'mt-6 grid max-w-(--container-prose) gap-x-6 gap-y-3 rounded-lg bg-wash p-5 sm:grid-cols-[auto_1fr]' },
          [
            ...fact('Wanneer', start && end ? safe(() => formatEventWhen(start, end), `${start} – ${end}`) : 'Vul begin en einde in'),
            ...(place ? fact('Waar', place) : []),
            ...(online ? fact('Online', h('a', { href: online }, 'Naar de online activiteit')) : []),
            ...fact('Kosten', text(entry, ['cost'])),
            ...fact('Voor wie', audiences(entry)),
            ...(registration ? fact('Aanmelden', h('a', { href: registration }, 'Meld je aan')) : []),
          ],
        ),
        h('p', { key: 'ics', className: 'mt-4' }, h('span', { className: buttonClass() }, 'Zet in agenda')),
        image(props),
        h('div', { key: 'body', className: 'prose mt-6' }, props.widgetFor('body')),
      ]),
    ]);
  };
}

function pagePreview(site: PreviewSite) {
  return (props: PreviewProps) =>
    shell(site, [
      h('article', { key: 'article', className: 'prose' }, [
        h('h1', { key: 'h1' }, text(props.entry, ['title']) || 'Titel'),
        h('div', { key: 'body' }, props.widgetFor('body')),
      ]),
    ]);
}

/** Registers a preview for each collection ("agenda-twente") with its site's accent. */
export function registerPreviews(cms: CmsRegistry, collections: string[], sites: PreviewSite[]) {
  for (const name of collections) {
    const [kind, siteId] = name.split(/-(.+)/);
    const site = sites.find((s) => s.id === siteId);
    if (!site) continue;
    const make = kind === 'agenda' ? eventPreview : kind === 'nieuws' ? newsPreview : pagePreview;
    cms.registerPreviewTemplate(name, make(site));
  }
}
