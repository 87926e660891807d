// Content-layer loader for the editor-writable folders: it checks every file (site folder, file
// name, no code, schema, images) before Astro's glob loader reads them, and stops the build with
// one message listing every problem. In `astro dev` it re-checks files as editors save them.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { ALLOWED_COMPONENTS } from '../../schemas/content-components';
import { collectionDir, editorialKinds, type EditorialName } from './collections';
import { checkEditorialCompiled, checkEditorialFile, checkEditorialFolder } from './checks';
import { ContentErrors } from '../errors';
import { checkMediaFolder } from './media-safety';

/** Watchers that already re-check this collection's files (load() runs again on every sync). */
const watched = new WeakMap<object, Set<string>>();

export function editorialLoader(name: EditorialName): Loader {
  const base = collectionDir(name);
  const inner = glob({ pattern: '*/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: `leerwerkloket-${name}`,
    async load(context) {
      const kinds = editorialKinds();
      const kind = kinds[name];
      const options = { allowed: ALLOWED_COMPONENTS, publicDir: fileURLToPath(context.config.publicDir) };
      // Check all editor folders, so the first failing collection reports every problem at once.
      const names = Object.keys(kinds) as EditorialName[];
      let errors = [
        ...names.flatMap((n) => checkEditorialFolder(collectionDir(n), kinds[n], options)),
        // Uploads are served from every host, so a bad file stops the build like bad content.
        ...checkMediaFolder(options.publicDir, kinds.nieuws.sites),
      ];
      // Only files that passed the source check are compiled (its limits keep the compiler safe).
      if (!errors.length) for (const n of names) errors = errors.concat(await checkEditorialCompiled(collectionDir(n)));
      if (errors.length) {
        // A plain Error: Astro would print only the first entry of an error with an `errors` list.
        const error = new Error(new ContentErrors(errors).message);
        error.name = 'ContentErrors';
        error.stack = error.message;
        throw error;
      }
      await inner.load(context);
      const watcher = context.watcher;
      if (!watcher || watched.get(watcher)?.has(name)) return;
      watched.set(watcher, new Set([...(watched.get(watcher) ?? []), name]));
      watcher.on('all', (event, path) => {
        if (event !== 'add' && event !== 'change') return;
        const entry = relative(base, path).split(sep).join('/');
        if (entry.startsWith('..')) return;
        const problems = checkEditorialFile(base, entry, kind, options);
        if (problems.length) context.logger.error(new ContentErrors(problems).message);
      });
    },
  };
}
