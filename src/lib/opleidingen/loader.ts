// The Astro content loader for training offers: reads the EDU-DEX feeds (src/lib/opleidingen/edudex/),
// puts one small entry per programme in the "opleidingen" collection and the whole offers in the
// offer store (offer-store.ts: Astro's content store does not scale to 100,000 offers). Bad feeds kept in the repository stop
// the build with ContentErrors; harvested feeds come from their last good snapshot and never stop it
// (one log line per held-back provider). What is left out on purpose is counted in the build log.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildDate, edudexDir, edudexSnapshotDir, keepsCatalogue, offerStoreFile } from '../site/config';
import { describeFeeds, loadFeeds } from './edudex/feeds';
import { heldBackLines, isHeldBack, readHarvestState } from './harvest-state';
import { ContentErrors } from '../errors';
import { FileDigests } from '../site/file-digests';
import { offerEntrySchema, offerSchema } from '../../schemas/opleiding';
import { offerStoreInputs, writeOfferStore } from './offer-store';

export interface EdudexLoaderOptions {
  /** Feed folder; default EDUDEX_DIR or content/opleidingen. */
  dir?: string;
  /** Reference date for "past" runs; default buildDate() (BUILD_DATE or today). */
  date?: string;
  /** Harvested snapshots and harvest.json; default EDUDEX_SNAPSHOTS or the feed folder. */
  snapshotDir?: string;
  /** Where the whole offers go; default offerStoreFile() in the build cache. */
  storeFile?: string;
  /** The build keeps the last build's catalogue (keepsCatalogue(), set by scripts/build.ts). */
  keepsCatalogue?: boolean;
}

/** One hash over every file the feeds are read from, and the date that decides which runs are past.
 *  `digests` may remember the files' digests between builds (src/lib/site/file-digests.ts). */
export function feedInputsDigest(folders: string[], date: string, digests = new FileDigests()): string {
  const hash = createHash('sha256').update(`${date}\0`);
  for (const folder of [...new Set(folders)]) {
    if (!existsSync(folder)) continue;
    for (const file of digests.filesUnder(folder)) hash.update(`${file}\0${digests.digest(file)}\0`);
  }
  return hash.digest('hex');
}

export function edudexLoader(options: EdudexLoaderOptions = {}): Loader {
  const dir = resolve(options.dir ?? edudexDir());
  const snapshotDir = resolve(options.snapshotDir ?? (options.dir ? dir : edudexSnapshotDir()));
  const storeFile = options.storeFile ?? offerStoreFile();
  const digestFeeds = (date: string) => {
    const digests = new FileDigests(join(dirname(storeFile), 'file-digests.json'));
    const inputs = feedInputsDigest([dir, snapshotDir], date, digests);
    digests.save();
    return inputs;
  };
  const sync = async ({ store, logger, parseData, generateDigest, meta }: LoaderContext) => {
    const date = options.date ?? buildDate();
    // Astro keeps the store between builds (a clean build clears it): unchanged feeds on the same
    // date give the same offers, so they are not parsed again. The log lines are kept with them.
    const kept = meta.get('log');
    const keptInputs = meta.get('inputs');
    // A build that keeps the catalogue has already found the feeds, the snapshots and the date equal
    // to the last build's (its catalogue key covers them): hashing 100,000 files again is not needed.
    const inputs = keptInputs && (options.keepsCatalogue ?? keepsCatalogue()) ? keptInputs : digestFeeds(date);
    if (keptInputs === inputs && kept && offerStoreInputs(storeFile) === inputs) {
      const log = JSON.parse(kept) as { info: string[]; warn: string[] };
      logger.info(`EDU-DEX: feeds unchanged since the last build; ${store.keys().length} programme(s) kept`);
      for (const line of log.info) logger.info(line);
      for (const line of log.warn) logger.warn(line);
      return;
    }
    const log = { info: [] as string[], warn: [] as string[] };
    let set;
    try {
      set = loadFeeds(dir, { buildDate: date, snapshotDir });
    } catch (error) {
      // Astro shows only the first error of a list; log all of them before stopping.
      if (error instanceof ContentErrors) logger.error(`EDU-DEX feeds refused. ${error.message}`);
      throw error;
    }
    const harvest = readHarvestState(snapshotDir);
    const harvested = set.providers.filter((p) => p.enabled && p.harvested).map((p) => p.id);
    const heldBack = new Set(harvested.filter((id) => harvest.state.providers[id] && isHeldBack(harvest.state.providers[id])));
    log.info.push(...describeFeeds(set, heldBack));
    if (harvest.problem) log.warn.push(`EDU-DEX: ${harvest.problem}; the held-back list is unknown, the snapshots are used as they are`);
    log.warn.push(...heldBackLines(harvest.state, new Set(harvested)));
    for (const line of log.info) logger.info(line);
    for (const line of log.warn) logger.warn(line);
    const offers = set.offers.map((offer) => offerSchema.parse(offer));
    writeOfferStore(storeFile, inputs, offers);
    store.clear();
    for (const offer of offers) {
      const data = await parseData({ id: offer.slug, data: { id: offer.id, slug: offer.slug, title: offer.title } });
      store.set({ id: offer.slug, data, digest: generateDigest(offer) });
    }
    meta.set('inputs', inputs);
    meta.set('log', JSON.stringify(log));
  };
  return {
    name: 'edudex-loader',
    schema: offerEntrySchema,
    async load(context) {
      await sync(context);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(dir);
      const onChange = async (path: string) => {
        if (!resolve(path).startsWith(dir)) return;
        try {
          await sync(context);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
