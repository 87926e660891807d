// getStaticPaths for routes that only regional sites have (home, contact).
import { builtRegions, getSite } from './sites';

export function perRegion() {
  return builtRegions().map((region) => ({ params: { region: region.slug }, props: { siteId: region.slug } }));
}

export function regionSite(siteId: string) {
  const site = getSite(siteId);
  if (!site.region) throw new Error(`${siteId} is not a region`);
  return { site, region: site.region };
}
