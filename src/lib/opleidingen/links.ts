// Where a link to a programme goes. Every offer has one programme page (issue #14): on the site of
// its home region when it is given in person in that region only (homeRegion), otherwise on the
// national site. Seen from a regional site, a national page opens at the fragment with the
// region's advice and regional funds (#regio-<slug>).
import { paths } from '../site/paths';
import type { Urls } from '../site/urls';
import type { Offer } from '../../schemas/opleiding';
import { homeRegion, inPersonRegions, regionFragment, type FilterTarget } from './facets';

export interface OfferTarget {
  /** The site whose programme page this is. */
  site: string;
  path: string;
  /** Fragment without "#", for the national page seen from a region. */
  fragment?: string;
}

/** The site that holds the offer's one programme page: its home region's, or the national site. */
export function programmeSite(offer: Offer, national: string): string {
  return homeRegion(offer) ?? national;
}

/** The production URL of the offer's one programme page: canonicals, JSON-LD, the open-data API. */
export function programmeUrl(urls: Urls, offer: Offer, national: string): string {
  return urls.absolute(programmeSite(offer, national), paths.opleiding(offer.slug));
}

/**
 * The regional search indexes that also list the offer's national page: every region for an online
 * offer, else the regions where it is given in person. None when the page is regional: that
 * region's index has it, and the national index takes it too (SearchEntry.national).
 */
export function regionalSearch(offer: Offer): readonly string[] | 'all' {
  if (homeRegion(offer)) return [];
  return offer.online ? 'all' : inPersonRegions(offer);
}

/** The programme page a visitor of a site in `region` (none on the national site) should open. */
export function offerTarget(offer: Offer, region: string | undefined, national: string): OfferTarget {
  const site = programmeSite(offer, national);
  const path = paths.opleiding(offer.slug);
  if (site !== national || !region) return { site, path };
  return { site, path, fragment: regionFragment(region) };
}

/** The link from a page of `site` to the programme page of `offer`, in this build's hosting mode. */
export function offerHref(urls: Urls, offer: Offer, site: string, region: string | undefined, national: string): string {
  const target = offerTarget(offer, region, national);
  return urls.href(site, target.site, target.path) + (target.fragment ? `#${target.fragment}` : '');
}

/** Where a filter combination on site `to` leads from a page of `from`: its listing page, or the
 *  search page with the same filters when the combination has no pages (pairHasPages). */
export function filterTargetHref(urls: Urls, from: string, to: string, target: FilterTarget): string {
  return target.path ? urls.href(from, to, target.path) : `${urls.href(from, to, paths.zoeken)}${target.search ?? ''}`;
}
