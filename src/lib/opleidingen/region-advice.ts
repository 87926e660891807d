// "Waar woon je?" on a national programme page: per region the loket that gives free advice and
// the region's own regelingen that can pay for this offer. Online offers have only this one page,
// so a visitor from a regional site lands here, on the fragment of their region.
import { paths } from '../site/paths';
import { allRegions, NATIONAL, servingRegion, siteUrls } from '../site/sites';
import { STATUS_LABELS, effectiveStatus, type RegelingEntry } from '../regelingen/regelingen';
import { regionalFundsForOffer } from '../regelingen/funding';
import type { Status } from '../../schemas/regeling';
import type { Offer } from '../../schemas/opleiding';
import { regionFragment } from './facets';
import { dateLabel, runPlace } from './format';

export interface RegionFund {
  id: string;
  title: string;
  summary: string;
  href: string;
  status: Status;
  statusLabel: string;
}

export interface RegionAdvice {
  slug: string;
  /** The fragment id on the page: "regio-twente". */
  anchor: string;
  name: string;
  /** The loket that serves the region (its own, or the one named in servedBy). */
  loket: string;
  /** The region's contact page. */
  contactHref: string;
  funds: RegionFund[];
  /** The first start in the region, in person ("6 september 2027, Enschede"), if any: the one
   *  page of an offer given in several regions answers "when near me?" here. */
  nextStart?: string;
}

function nextStartIn(offer: Offer, region: string): { nextStart?: string } {
  const run = offer.runs.find((r) => !r.online && r.regions.includes(region));
  return run ? { nextStart: `${dateLabel(run.start)}, ${runPlace(run)}` } : {};
}

/** Every region, A–Z, with its loket and the regional regelingen that can pay for `offer`. */
export function regionAdvice(offer: Offer, regelingen: RegelingEntry[], today: string): RegionAdvice[] {
  const urls = siteUrls();
  const regions = [...allRegions()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return regions.map((region) => ({
    slug: region.slug,
    anchor: regionFragment(region.slug),
    name: region.name,
    loket: servingRegion(region).displayName,
    contactHref: urls.href(NATIONAL, region.slug, paths.contact),
    ...nextStartIn(offer, region.slug),
    funds: regionalFundsForOffer(regelingen, offer, region.slug, today).map((e) => {
      const status = effectiveStatus(e.data, today);
      return {
        id: e.id,
        title: e.data.title,
        summary: e.data.summary,
        href: urls.href(NATIONAL, NATIONAL, paths.regeling(e.id)),
        status,
        statusLabel: STATUS_LABELS[status],
      };
    }),
  }));
}
