// The regelingen collection loader: the glob loader, then the checks that need every file.
// Cross-references stop the build; stale or contradictory dates are printed as warnings
// (the same report as `npm run check:regelingen`).
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { buildDate, contentDir } from '../site/config';
import { ContentErrors } from '../errors';
import { crossReferenceProblems, formatFreshnessReport, freshnessReport, type RegelingEntry } from './regelingen';

export function regelingenLoader(): Loader {
  const files = glob({ pattern: '*.mdx', base: join(contentDir(), 'regelingen') });
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
