// Content collections. Schemas live in src/schemas/ so the CMS config and tests derive from the same source.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { regelingSchema } from './schemas/regeling';
import { buildDate } from './lib/config';
import { ContentErrors } from './lib/errors';
import { crossReferenceProblems, formatFreshnessReport, freshnessReport, type RegelingEntry } from './lib/regelingen';

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** The glob loader, then the checks that need every file: cross-references stop the build,
 *  stale or contradictory dates are printed as warnings (the same report as npm run check:regelingen). */
function regelingenLoader(): Loader {
  const files = glob({ pattern: '*.mdx', base: './content/regelingen' });
  return {
    name: 'regelingen-loader',
    load: async (context) => {
      await files.load(context);
      const entries = [...context.store.values()] as unknown as RegelingEntry[];
      const errors = crossReferenceProblems(entries);
      if (errors.length) throw new ContentErrors(errors);
      for (const line of formatFreshnessReport(freshnessReport(entries, buildDate()))) context.logger.warn(line);
    },
  };
}

const regelingen = defineCollection({
  loader: regelingenLoader(),
  schema: regelingSchema,
});

export const collections = { pages, regelingen };
