// The 36 sites (national + one per region) and which of them this build includes.
import { hostingMode, requestedSites } from './config';
import { loadRegions, type National, type Region, type RegionSet } from '../loketten/regions';
import { createUrls, type Urls } from './urls';

export const NATIONAL = 'landelijk';
export type SiteId = string;

export interface Site {
  id: SiteId;
  isNational: boolean;
  displayName: string;
  /** Short name for menus and lists: "Twente", or "Leerwerkloket" for the national site. */
  shortName: string;
  host: string;
  accent: string;
  data: National | Region;
  region?: Region;
}

let regionSet: RegionSet | undefined;
export function regionData(): RegionSet {
  regionSet ??= loadRegions();
  return regionSet;
}

function toSite(data: National | Region): Site {
  const region = 'code' in data ? (data as Region) : undefined;
  return {
    id: data.slug,
    isNational: !region,
    displayName: data.displayName,
    shortName: region ? region.name : 'Leerwerkloket',
    host: data.host,
    accent: data.brand.accent,
    data,
    region,
  };
}

let sites: Site[] | undefined;
/** Every site, national first, then regions A–Z. */
export function allSites(): Site[] {
  if (!sites) {
    const { national, regions } = regionData();
    sites = [toSite(national), ...regions.map(toSite)];
  }
  return sites;
}

export function getSite(id: SiteId): Site {
  const site = allSites().find((s) => s.id === id);
  if (!site) throw new Error(`Unknown site "${id}"; sites are "landelijk" and the region slugs in regions/`);
  return site;
}

export function allRegions(): Region[] {
  return regionData().regions;
}

/** Sites this build renders: SITES=twente,rijnmond limits it; the national site is always built
 *  because every regional site links to its shared pages (privacy, loketten, regelingen). */
export function builtSites(): Site[] {
  const wanted = requestedSites();
  if (!wanted) return allSites();
  const known = new Set(allSites().map((s) => s.id));
  const unknown = wanted.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`SITES names unknown site(s): ${unknown.join(', ')}; use "landelijk" or region slugs from regions/`);
  return allSites().filter((s) => s.isNational || wanted.includes(s.id));
}

export function builtRegions(): Region[] {
  return builtSites().flatMap((s) => (s.region ? [s.region] : []));
}

let urls: Urls | undefined;
/** The URL helper for this build's hosting mode. */
export function siteUrls(): Urls {
  urls ??= createUrls({
    mode: hostingMode(),
    hosts: Object.fromEntries(allSites().map((s) => [s.id, s.host])),
    national: NATIONAL,
  });
  return urls;
}

/** The loket that actually serves a region (itself, or the one named in servedBy). */
export function servingRegion(region: Region): Region {
  return region.servedBy ? (allRegions().find((r) => r.slug === region.servedBy) ?? region) : region;
}
