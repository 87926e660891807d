// Builds the open-data files under /api/v1/ from the same data the pages use. Pure: regions,
// regelingen and offers come in as arguments, and so do the build date and the URL maker, so
// every file can be generated (and checked against its schema) in a unit test.
import { paths } from '../site/paths';
import {
  API_VERSION,
  ONLINE,
  type ApiFile,
  type ApiOffer,
  type LokettenFile,
  type OpleidingenIndexFile,
  type OpleidingenPageFile,
  type OpleidingenRegioFile,
  type RegelingenFile,
} from '../../schemas/api';
import type { RegelingData } from '../../schemas/regeling';
import type { Offer } from '../../schemas/opleiding';
import type { Region } from '../loketten/regions';
import type { Gemeente } from '../loketten/gemeenten';
import { effectiveStatus } from '../regelingen/regelingen';
import { programmeSite } from '../opleidingen/links';

/** Offers per catalogue page: about 100 KB of JSON, whatever the size of the catalogue. */
export const API_PAGE_SIZE = 100;

/** Paths of the files, inside the national site. */
export const apiPaths = {
  schema: (file: ApiFile) => `/api/${API_VERSION}/schemas/${file}.json`,
  loketten: `/api/${API_VERSION}/loketten.json`,
  regelingen: `/api/${API_VERSION}/regelingen.json`,
  opleidingenIndex: `/api/${API_VERSION}/opleidingen/index.json`,
  opleidingenRegio: (id: string) => `/api/${API_VERSION}/opleidingen/${id}/index.json`,
  opleidingenPage: (id: string, page: number) => `/api/${API_VERSION}/opleidingen/${id}/${page}.json`,
};

export interface ApiContext {
  /** Build date, YYYY-MM-DD. */
  today: string;
  /** Production URL of `path` on a site (siteUrls().absolute). */
  absolute: (site: string, path: string) => string;
  /** Id of the national site, which publishes the files. */
  national: string;
}

const header = (file: ApiFile, ctx: ApiContext): { $schema: string; version: typeof API_VERSION; generated: string } => ({
  $schema: ctx.absolute(ctx.national, apiPaths.schema(file)),
  version: API_VERSION,
  generated: ctx.today,
});

// ---- loketten --------------------------------------------------------------------------------

export function lokettenData(regions: Region[], gemeenten: Gemeente[], ctx: ApiContext): LokettenFile {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  const serving = (r: Region) => (r.servedBy ? (bySlug.get(r.servedBy) ?? r) : r);
  return {
    ...header('loketten', ctx),
    gemeenten: [...gemeenten]
      .sort((a, b) => a.name.replace(/^'s-/, '').localeCompare(b.name.replace(/^'s-/, ''), 'nl'))
      .map((g) => {
        const region = byCode.get(g.regionCode);
        if (!region) throw new Error(`No region file for ${g.regionCode} (${g.regionName}), needed for gemeente ${g.name}`);
        return { name: g.name, code: g.code, region: region.slug, loket: serving(region).slug };
      }),
    // A region served by another loket has no loket of its own: it is not listed here.
    loketten: regions
      .filter((r) => !r.servedBy)
      .map((r) => ({
        id: r.slug,
        name: r.displayName,
        region: { code: r.code, name: r.name },
        url: ctx.absolute(r.slug, paths.home),
        contact: {
          email: r.contact.email,
          ...(r.contact.phone ? { phone: r.contact.phone } : {}),
          appointmentUrl: r.contact.appointmentUrl,
        },
        locations: r.locations.map((l) => ({ ...l, walkIn: l.walkIn ?? [] })),
        werkgeversservicepunt: r.werkgeversservicepunt,
        sample: r.sample,
      })),
  };
}

// ---- regelingen ------------------------------------------------------------------------------

export function regelingenData(entries: { id: string; data: RegelingData }[], ctx: ApiContext): RegelingenFile {
  return {
    ...header('regelingen', ctx),
    regelingen: [...entries]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data }) => ({
        id,
        title: data.title,
        shortName: data.shortName,
        summary: data.summary,
        summaryEn: data.summaryEn,
        organiser: data.organiser,
        kind: data.kind,
        audiences: data.audiences,
        status: effectiveStatus(data, ctx.today),
        continuous: data.continuous === true,
        windows: data.windows ?? [],
        ...(data.ended !== undefined ? { ended: data.ended } : {}),
        scope: data.scope,
        source: data.source,
        lastChecked: data.lastChecked,
        ...(data.applyUrl ? { applyUrl: data.applyUrl } : {}),
        insteadOf: data.insteadOf,
        url: ctx.absolute(ctx.national, paths.regeling(id)),
      })),
  };
}

// ---- opleidingen -----------------------------------------------------------------------------

export interface Catalogue {
  id: string;
  name: string;
  offers: Offer[];
}

/** Regions where an offer is given in person (run places and the generic place). */
export function placeRegions(offer: Offer): string[] {
  const places = [...offer.runs.flatMap((r) => r.places), ...offer.generic.places];
  return [...new Set(places.flatMap((p) => (p.region ? [p.region] : [])))].sort();
}

/**
 * One catalogue per region with the offers given there in person, and one for online offers.
 * Online offers are listed once, not in all 35 regions: at 100,000 offers that keeps the whole
 * set about as large as the catalogue itself.
 */
export function catalogues(offers: Offer[], regions: { slug: string; name: string }[]): Catalogue[] {
  const byRegion = new Map(regions.map((r) => [r.slug, [] as Offer[]]));
  const online: Offer[] = [];
  for (const offer of offers) {
    if (offer.online) online.push(offer);
    for (const region of placeRegions(offer)) byRegion.get(region)?.push(offer);
  }
  return [
    ...regions.map((r) => ({ id: r.slug, name: r.name, offers: byRegion.get(r.slug)! })),
    { id: ONLINE, name: 'Online', offers: online },
  ];
}

export const pageCount = (offers: number, size = API_PAGE_SIZE) => Math.max(1, Math.ceil(offers / size));

export function opleidingenIndexData(list: Catalogue[], ctx: ApiContext, size = API_PAGE_SIZE): OpleidingenIndexFile {
  return {
    ...header('opleidingen-index', ctx),
    pageSize: size,
    catalogues: list.map((c) => ({
      id: c.id,
      name: c.name,
      offers: c.offers.length,
      pages: pageCount(c.offers.length, size),
      url: ctx.absolute(ctx.national, apiPaths.opleidingenRegio(c.id)),
    })),
  };
}

export function opleidingenRegioData(c: Catalogue, ctx: ApiContext, size = API_PAGE_SIZE): OpleidingenRegioFile {
  return {
    ...header('opleidingen-regio', ctx),
    id: c.id,
    name: c.name,
    offers: c.offers.length,
    pageSize: size,
    pages: Array.from({ length: pageCount(c.offers.length, size) }, (_, i) => ({
      page: i + 1,
      url: ctx.absolute(ctx.national, apiPaths.opleidingenPage(c.id, i + 1)),
    })),
  };
}

function apiOffer(offer: Offer, ctx: ApiContext): ApiOffer {
  return {
    id: offer.id,
    title: offer.title,
    summary: offer.summary,
    provider: { id: offer.provider.id, name: offer.provider.name },
    level: offer.level,
    levelLabel: offer.levelLabel,
    forms: offer.forms,
    sector: offer.sector,
    recognised: offer.recognised,
    online: offer.online,
    regions: placeRegions(offer),
    runs: offer.runs.map((r) => {
      const price = r.cost ? r.cost.total + (r.cost.totalVAT ?? 0) : undefined;
      return {
        start: r.start,
        ...(r.end ? { end: r.end } : {}),
        online: r.online,
        places: r.places.map((p) => ({
          ...(p.city ? { city: p.city } : {}),
          ...(p.gemeente ? { gemeente: p.gemeente } : {}),
          ...(p.region ? { region: p.region } : {}),
        })),
        ...(price !== undefined ? { price } : {}),
      };
    }),
    // The offer's one programme page: regional when it is given in person in one region only.
    url: ctx.absolute(programmeSite(offer, ctx.national), paths.opleiding(offer.slug)),
  };
}

/** Page `page` (from 1) of a catalogue; offers keep the order they come in (the listing order). */
export function opleidingenPageData(c: Catalogue, page: number, ctx: ApiContext, size = API_PAGE_SIZE): OpleidingenPageFile {
  const pages = pageCount(c.offers.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`Catalogue ${c.id} has pages 1–${pages}, not ${page}`);
  return {
    ...header('opleidingen-page', ctx),
    id: c.id,
    page,
    pages,
    offers: c.offers.slice((page - 1) * size, page * size).map((o) => apiOffer(o, ctx)),
    ...(page < pages ? { next: ctx.absolute(ctx.national, apiPaths.opleidingenPage(c.id, page + 1)) } : {}),
    ...(page > 1 ? { previous: ctx.absolute(ctx.national, apiPaths.opleidingenPage(c.id, page - 1)) } : {}),
  };
}
