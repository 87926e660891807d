// Menus and breadcrumbs, as data, so every layout shows the same structure.
import type { Site } from './sites';

export interface NavItem {
  label: string;
  path: string;
}

export function mainNav(site: Site): NavItem[] {
  const shared = [
    { label: 'Opleidingen', path: '/opleidingen/' },
    { label: 'Regelingen', path: '/regelingen/' },
    { label: 'Nieuws', path: '/nieuws/' },
    { label: 'Agenda', path: '/agenda/' },
  ];
  return site.isNational
    ? [...shared, { label: 'Vind jouw loket', path: '/loketten/' }]
    : [...shared, { label: 'Contact', path: '/contact/' }];
}

export const AUDIENCE_PAGES: NavItem[] = [
  { label: 'Werkzoekenden', path: '/werkzoekenden/' },
  { label: 'Werkenden', path: '/werkenden/' },
  { label: 'Werkgevers', path: '/werkgevers/' },
  { label: 'Jongeren', path: '/jongeren/' },
];

export const FOOTER_PAGES: NavItem[] = [
  { label: 'Over de Leerwerkloketten', path: '/over-de-leerwerkloketten/' },
  { label: 'Toegankelijkheid', path: '/toegankelijkheid/' },
  { label: 'Privacy', path: '/privacy/' },
];

/** Is `current` inside the section `item` points to? Home only matches itself. */
export function isCurrent(item: NavItem, current: string): boolean {
  return item.path === '/' ? current === '/' : current.startsWith(item.path);
}

/** The English menu: the core journeys only (labels from src/lib/i18n/en.ts). */
export function mainNavEn(site: Site, labels: { findLoket: string; whoPays: string; check: string; contact: string }): NavItem[] {
  const shared = [
    { label: labels.whoPays, path: '/en/who-pays/' },
    { label: labels.check, path: '/en/check/' },
  ];
  return site.isNational
    ? [{ label: labels.findLoket, path: '/en/find-your-loket/' }, ...shared]
    : [...shared, { label: labels.contact, path: '/en/contact/' }];
}
