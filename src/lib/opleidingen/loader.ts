// The Astro content loader for training offers: reads the EDU-DEX feeds (src/lib/opleidingen/edudex/) and
// puts one entry per programme in the "opleidingen" collection. Bad feeds stop the build with
// ContentErrors; what is left out on purpose is counted in the build log.
import { resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildDate, edudexDir } from '../site/config';
import { describeFeeds, loadFeeds } from './edudex/feeds';
import { ContentErrors } from '../errors';
import { offerSchema } from '../../schemas/opleiding';

export interface EdudexLoaderOptions {
  /** Feed folder; default EDUDEX_DIR or content/opleidingen. */
  dir?: string;
  /** Reference date for "past" runs; default buildDate() (BUILD_DATE or today). */
  date?: string;
}

export function edudexLoader(options: EdudexLoaderOptions = {}): Loader {
  const dir = resolve(options.dir ?? edudexDir());
  const sync = async ({ store, logger, parseData, generateDigest }: LoaderContext) => {
    let set;
    try {
      set = loadFeeds(dir, { buildDate: options.date ?? buildDate() });
    } catch (error) {
      // Astro shows only the first error of a list; log all of them before stopping.
      if (error instanceof ContentErrors) logger.error(`EDU-DEX feeds refused. ${error.message}`);
      throw error;
    }
    for (const line of describeFeeds(set)) logger.info(line);
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
