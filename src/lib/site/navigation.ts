// Menus and breadcrumbs, as data, so every layout shows the same structure.
import { paths } from './paths';
import type { Site } from './sites';

export interface NavItem {
  label: string;
  path: string;
}

export function mainNav(site: Site): NavItem[] {
  const shared = [
    { label: 'Opleidingen', path: paths.opleidingen },
    { label: 'Regelingen', path: paths.regelingen },
    { label: 'Nieuws', path: paths.nieuws },
    { label: 'Agenda', path: paths.agenda },
  ];
  return site.isNational
    ? [...shared, { label: 'Vind jouw loket', path: paths.loketten }]
    : [...shared, { label: 'Contact', path: paths.contact }];
}

export const AUDIENCE_PAGES: NavItem[] = [
  { label: 'Werkzoekenden', path: paths.pages.werkzoekenden },
  { label: 'Werkenden', path: paths.pages.werkenden },
  { label: 'Werkgevers', path: paths.pages.werkgevers },
  { label: 'Jongeren', path: paths.pages.jongeren },
];

export const FOOTER_PAGES: NavItem[] = [
  { label: 'Over de Leerwerkloketten', path: paths.pages.overDeLeerwerkloketten },
  { label: 'Toegankelijkheid', path: paths.pages.toegankelijkheid },
  { label: 'Privacy', path: paths.pages.privacy },
];

/** Is `current` inside the section `item` points to? Home only matches itself. */
export function isCurrent(item: NavItem, current: string): boolean {
  return item.path === '/' ? current === '/' : current.startsWith(item.path);
}

/** The English menu: the core journeys only (labels from src/lib/i18n/en.ts). */
export function mainNavEn(site: Site, labels: { findLoket: string; whoPays: string; check: string; contact: string }): NavItem[] {
  const shared = [
    { label: labels.whoPays, path: paths.en.whoPays },
    { label: labels.check, path: paths.en.check },
  ];
  return site.isNational
    ? [{ label: labels.findLoket, path: paths.en.findLoket }, ...shared]
    : [...shared, { label: labels.contact, path: paths.en.contact }];
}
