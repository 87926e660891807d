// Links written in content ("/loketten/", "/regelingen/") are site-relative by intent: on a
// regional site they must stay inside that site, except pages only the national site has.
import { paths } from '../site/paths';
import type { Urls } from '../site/urls';

/** Paths that exist on the national site only. */
export const NATIONAL_ONLY_PATHS = [paths.loketten, paths.huisstijl];

export function contentHref(urls: Urls, fromSite: string, national: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const [path, hash = ''] = href.split('#');
  const target = NATIONAL_ONLY_PATHS.some((p) => path === p || path.startsWith(p)) ? national : fromSite;
  return urls.href(fromSite, target, path) + (hash ? `#${hash}` : '');
}

/** Which site a path in the route tree (path-mode layout) belongs to. */
export function siteOfRoutePath(pathname: string, regionSlugs: Set<string>, national: string): string {
  const first = pathname.split('/')[1] ?? '';
  return regionSlugs.has(first) ? first : national;
}
