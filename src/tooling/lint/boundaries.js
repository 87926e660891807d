// ESLint rule `leerwerkloket/boundaries`: the runtime and layer boundaries of the code, checked on
// every import (value imports; `import type` is erased and crosses no runtime boundary).
//
// Runtimes of src/lib modules:
//   pure  — runs anywhere: the build, the browser, unit tests without Astro (the default)
//   node  — reads files or the environment (node:*), or imports a module that does
//   astro — needs Astro's content layer (astro:content, astro/loaders)
// Layers: schemas import no lib code; lib imports no components; pages, components, layouts and
// lib never import src/tooling (build-time tooling); browser scripts import only pure modules.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, relative, resolve } from 'node:path';

/** Modules that are not pure, relative to the repository root. Keep in step with the code: the rule fails when a pure module reaches for Node or Astro. */
export const RUNTIME = {
  node: [
    'src/lib/site/config.ts',
    'src/lib/site/sites.ts',
    'src/lib/site/routes.ts',
    'src/lib/site/region-routes.ts',
    'src/lib/site/site-label.ts',
    'src/lib/site/file-digests.ts',
    'src/lib/loketten/gemeenten.ts',
    'src/lib/loketten/regions.ts',
    'src/lib/loketten/loketten.ts',
    'src/lib/huisstijl/tokens.ts',
    'src/lib/huisstijl/brand.ts',
    'src/lib/editorial/checks.ts',
    'src/lib/editorial/collections.ts',
    'src/lib/editorial/content-compiled.ts',
    'src/lib/editorial/media-safety.ts',
    'src/lib/editorial/agenda.ts',
    'src/lib/editorial/feeds.ts',
    'src/lib/editorial/cms/admin.ts',
    'src/lib/editorial/cms/config.ts',
    'src/lib/opleidingen/edudex/feeds.ts',
    'src/lib/opleidingen/edudex/program.ts',
    'src/lib/opleidingen/edudex/snapshot.ts',
    'src/lib/opleidingen/harvest-state.ts',
    'src/lib/opleidingen/offer-store.ts',
    'src/lib/opleidingen/region-advice.ts',
    'src/lib/regelingen/files.ts',
    'src/lib/regelingen/regelingen.ts',
    'src/lib/regelingen/funding.ts',
    'src/lib/regelingen/schema.ts',
    'src/lib/api/open-data.ts',
    'src/lib/api/build.ts',
  ],
  astro: [
    'src/lib/editorial/entries.ts',
    'src/lib/editorial/loader.ts',
    'src/lib/opleidingen/catalog.ts',
    'src/lib/opleidingen/loader.ts',
    'src/lib/regelingen/loader.ts',
    'src/lib/site/page-keys.ts',
  ],
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const NODE = new Set(RUNTIME.node);
const ASTRO = new Set(RUNTIME.astro);
const EXTENSIONS = ['', '.ts', '.js', '.mjs', '.astro', '/index.ts'];

/** Where a file sits: browser, pure, node, astro, schema, ui (pages, components, layouts), tooling or other. */
export function zoneOf(file) {
  if (file.startsWith('src/scripts/')) return 'browser';
  if (file.startsWith('src/schemas/')) return 'schema';
  if (file.startsWith('src/tooling/') || file.startsWith('scripts/')) return 'tooling';
  if (/^src\/(pages|components|layouts)\//.test(file)) return 'ui';
  if (file.startsWith('src/lib/')) return NODE.has(file) ? 'node' : ASTRO.has(file) ? 'astro' : 'pure';
  return 'other';
}

function resolveLocal(fromFile, source) {
  const base = resolve(ROOT, dirname(fromFile), source);
  for (const ext of EXTENSIONS)
    if (existsSync(base + ext))
      return relative(ROOT, base + ext)
        .split('\\')
        .join('/');
  return relative(ROOT, base).split('\\').join('/');
}

const NODE_PACKAGES = /^(node:|astro:|astro\/(loaders|markdown|config|container)$)/;

/** The problem with `fromFile` importing `source`, or null. Exported for the unit test. */
export function boundaryProblem(fromFile, source) {
  const from = zoneOf(fromFile);
  const local = source.startsWith('.');
  const target = local ? resolveLocal(fromFile, source) : null;
  const to = target ? zoneOf(target) : 'package';
  const shown = target ?? source;

  if (from === 'browser' || from === 'pure') {
    const who = from === 'browser' ? 'A browser script' : 'A pure module';
    if (!local && NODE_PACKAGES.test(source))
      return `${who} may not import "${source}"; move the Node or Astro part to a node/astro module (see RUNTIME in src/tooling/lint/boundaries.js)`;
    if (to === 'node' || to === 'astro')
      return `${who} may not import ${shown}, which needs ${to === 'node' ? 'Node' : "Astro's content layer"}; import a pure module, or declare this module in RUNTIME.${to}`;
  }
  if (from === 'schema' && local && to !== 'schema')
    return `A schema may import only other schemas, not ${shown}; move what both need into src/schemas/`;
  if (from === 'node' && !local && /^astro:/.test(source)) return `A node module may not import "${source}"; declare it in RUNTIME.astro`;
  if ((from === 'pure' || from === 'node' || from === 'astro' || from === 'schema') && local && (to === 'ui' || shown.endsWith('.astro'))) {
    return `Code in src/lib and src/schemas may not import components (${shown}); pass data to the component instead`;
  }
  if ((from === 'ui' || from === 'pure' || from === 'node' || from === 'astro' || from === 'browser') && to === 'tooling') {
    return `${shown} is build-time tooling; pages, components and src/lib never import it`;
  }
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Runtime and layer boundaries between src/ folders' }, schema: [] },
  create(context) {
    const file = relative(ROOT, context.physicalFilename).split('\\').join('/');
    const check = (node, source, typeOnly) => {
      if (typeOnly || typeof source !== 'string') return;
      const problem = boundaryProblem(file, source);
      if (problem) context.report({ node, message: problem });
    };
    const allTypes = (node) =>
      node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
    return {
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type' || allTypes(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type' || allTypes(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};

export const plugin = { meta: { name: 'leerwerkloket' }, rules: { boundaries: rule } };
