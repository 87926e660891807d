// The Astro content loader for training offers: reads the EDU-DEX feeds (src/lib/opleidingen/edudex/) and
// puts one entry per programme in the "opleidingen" collection. Bad feeds kept in the repository stop
// the build with ContentErrors; harvested feeds come from their last good snapshot and never stop it
// (one log line per held-back provider). What is left out on purpose is counted in the build log.
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildDate, edudexDir, edudexSnapshotDir } from '../site/config';
import { describeFeeds, loadFeeds } from './edudex/feeds';
import { heldBackLines, isHeldBack, readHarvestState } from './harvest-state';
import { ContentErrors } from '../errors';
import { offerSchema } from '../../schemas/opleiding';

export interface EdudexLoaderOptions {
  /** Feed folder; default EDUDEX_DIR or content/opleidingen. */
  dir?: string;
  /** Reference date for "past" runs; default buildDate() (BUILD_DATE or today). */
  date?: string;
  /** Harvested snapshots and harvest.json; default EDUDEX_SNAPSHOTS or the feed folder. */
  snapshotDir?: string;
}

export function edudexLoader(options: EdudexLoaderOptions = {}): Loader {
  const dir = resolve(options.dir ?? edudexDir());
  const snapshotDir = resolve(options.snapshotDir ?? (options.dir ? dir : edudexSnapshotDir()));
  const sync = async ({ store, logger, parseData, generateDigest }: LoaderContext) => {
    let set;
    try {
      set = loadFeeds(dir, { buildDate: options.date ?? buildDate(), snapshotDir });
    } catch (error) {
      // Astro shows only the first error of a list; log all of them before stopping.
      if (error instanceof ContentErrors) logger.error(`EDU-DEX feeds refused. ${error.message}`);
      throw error;
    }
    const harvest = readHarvestState(snapshotDir);
    const harvested = set.providers.filter((p) => p.enabled && p.harvested).map((p) => p.id);
    const heldBack = new Set(harvested.filter((id) => harvest.state.providers[id] && isHeldBack(harvest.state.providers[id])));
    for (const line of describeFeeds(set, heldBack)) logger.info(line);
    if (harvest.problem) logger.warn(`EDU-DEX: ${harvest.problem}; the held-back list is unknown, the snapshots are used as they are`);
    for (const line of heldBackLines(harvest.state, new Set(harvested))) logger.warn(line);
    store.clear();
    for (const offer of set.offers) {
      const data = await parseData({ id: offer.slug, data: offer });
      store.set({ id: offer.slug, data, digest: generateDigest(data) });
    }
  };
  return {
    name: 'edudex-loader',
    schema: offerSchema,
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
