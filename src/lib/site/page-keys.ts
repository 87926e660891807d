// Cache keys for Astro's incremental build (`experimental.incrementalBuild`). Astro reuses a page
// from the previous build only when its route's code is unchanged and its key is the same, so a key
// must cover everything the page reads at render time that the module graph does not see: the
// region files, the regelingen with their status on the build date, and the catalogue data shown.
// Only the catalogue's pages (the bulk of a large build) have keys; every other page is rendered
// each time, which is what keeps a news item's rebuild short and still correct.
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { buildDate, hostingMode } from './config';
import { allSites, builtSites } from './sites';
import { catalog } from '../opleidingen/catalog';
import { effectiveStatus, statusNote, STATUS_WORDS_NL } from '../regelingen/status';
import type { Offer } from '../../schemas/opleiding';

/** A short stable hash of JSON-serialisable parts. */
export function digest(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\0');
  return hash.digest('base64url').slice(0, 27);
}

let shared: Promise<string> | undefined;

/**
 * What every catalogue page shares: the sites (region files: names, gemeenten, contact, accent),
 * which of them this build renders, the hosting mode, and each regeling with what the build date
 * makes of it (status and status sentence). The date itself is left out on purpose: a new day
 * changes these pages only through what it changes here, or through the offers' runs.
 */
export function sharedKey(): Promise<string> {
  shared ??= getCollection('regelingen').then((entries) => {
    const today = buildDate();
    const regelingen = entries.map((e) => [e.id, e.data, effectiveStatus(e.data, today), statusNote(e.data, today, STATUS_WORDS_NL)]);
    return digest(
      allSites(),
      builtSites().map((s) => s.id),
      hostingMode(),
      regelingen,
    );
  });
  return shared;
}

let catalogue: Promise<string> | undefined;

/** The whole catalogue as the pages see it (offers with their runs on the build date, titles). */
export function catalogueKey(): Promise<string> {
  catalogue ??= Promise.all([sharedKey(), catalog()]).then(([sharedPart, { offers, pageTitles }]) =>
    digest(sharedPart, offers, [...pageTitles]),
  );
  return catalogue;
}

/** A programme page reads one offer, its page title and the shared data. Where the page lives
 *  (homeRegion) and which regional search indexes it names follow from the offer alone. */
export async function programmeKey(offer: Offer): Promise<string> {
  const [sharedPart, { pageTitles }] = await Promise.all([sharedKey(), catalog()]);
  return digest(sharedPart, offer, pageTitles.get(offer.slug));
}
