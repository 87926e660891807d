// getStaticPaths helpers for routes that exist on every site: src/pages/[...site]/… where
// `site` is undefined for the national site (served at the root) and the region slug otherwise.
import { builtSites, getSite, type Site } from './sites';

export interface SiteProps {
  siteId: string;
}

export const siteParam = (site: Site): string | undefined => (site.isNational ? undefined : site.id);

export function perSite() {
  return builtSites().map((site) => ({ params: { site: siteParam(site) }, props: { siteId: site.id } }));
}

export function siteOf(props: SiteProps): Site {
  return getSite(props.siteId);
}
