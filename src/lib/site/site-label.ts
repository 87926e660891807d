import { getSite } from './sites';

/** How a list names the site an item comes from: "Landelijk" or "Leerwerkloket Twente". */
export function siteLabel(siteId: string): string {
  const site = getSite(siteId);
  return site.isNational ? 'Landelijk' : site.displayName;
}
