// Where a link to a programme goes. A regional site has pages only for offers given in person in
// its region; an online offer links to the one national page, to the fragment with the region's
// advice and regional funds (#regio-<slug>).
import { paths } from '../site/paths';
import type { Urls } from '../site/urls';
import type { Offer } from '../../schemas/opleiding';
import { inPersonIn, regionFragment, type FilterTarget } from './facets';

export interface OfferTarget {
  /** The site whose programme page this is. */
  site: string;
  path: string;
  /** Fragment without "#", for the national page seen from a region. */
  fragment?: string;
}

/** The programme page a visitor of `site` (region `region`, none on the national site) should open. */
export function offerTarget(offer: Offer, site: string, region: string | undefined, national: string): OfferTarget {
  const path = paths.opleiding(offer.slug);
  if (!region || inPersonIn(offer, region)) return { site, path };
  return { site: national, path, fragment: regionFragment(region) };
}

/** The link from a page of `site` to the programme page of `offer`, in this build's hosting mode. */
export function offerHref(urls: Urls, offer: Offer, site: string, region: string | undefined, national: string): string {
  const target = offerTarget(offer, site, region, national);
  return urls.href(site, target.site, target.path) + (target.fragment ? `#${target.fragment}` : '');
}

/** Where a filter combination on site `to` leads from a page of `from`: its listing page, or the
 *  search page with the same filters when the combination has no pages (pairHasPages). */
export function filterTargetHref(urls: Urls, from: string, to: string, target: FilterTarget): string {
  return target.path ? urls.href(from, to, target.path) : `${urls.href(from, to, paths.zoeken)}${target.search ?? ''}`;
}
