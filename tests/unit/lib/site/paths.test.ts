// Every path in src/lib/site/paths.ts has a route: renaming a file in src/pages without updating
// paths.ts (or the other way round) fails here instead of in a crawl of the built site.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PAGES, pagefindBundle, paths } from '../../../../src/lib/site/paths';
import { SEARCH_BUNDLES } from '../../../../src/lib/site/search-fields';
import { ROLES } from '../../../../src/schemas/eligibility';

const PAGES = 'src/pages';
const CONTENT = 'content/pages';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(PAGES, join(dir, e.name)).split(sep).join('/')],
  );
}

const contentSlugs = readdirSync(CONTENT).map((f) => f.replace(/\.mdx?$/, ''));

/**
 * A route file as a pattern over paths inside a site (the site prefix, [...site] or [region], left
 * off). `fixed`: only the paths the file serves whatever its data, so a constant like
 * /agenda/archief/ needs its own file and is not taken for an event slug by agenda/[slug].astro.
 */
function routePattern(file: string, fixed: boolean): RegExp | undefined {
  const withoutSite = file.replace(/^\[\.\.\.site\]\/|^\[region\]\//, '');
  if (/(^|\/)404\.astro$/.test(withoutSite)) return undefined;
  const page = withoutSite.endsWith('.astro');
  const stem = withoutSite.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
  const segment = (s: string) => {
    // The content-page route serves content/pages only: a wildcard here would match any path.
    if (s === '[page]') return `(?:${contentSlugs.join('|')})`;
    if (/^\[\.\.\.\w+\]$/.test(s)) return 'REST';
    return s.replace(/\./g, '\\.').replace(/\[\w+\]/g, fixed ? '(?!)' : '[^/]+');
  };
  // A rest parameter ([...filter]) stands for zero or more segments; for a fixed path, zero.
  const body = stem === '' ? '' : `/${stem.split('/').map(segment).join('/')}`.replace('/REST', fixed ? '' : '(?:/[^/]+)*');
  return new RegExp(`^${body}${page ? '/' : ''}$`);
}

const ROUTES = filesUnder(PAGES)
  .map((file) => ({ file, fixed: routePattern(file, true), any: routePattern(file, false) }))
  .filter((r) => r.any !== undefined)
  // Specific routes before catch-alls, as Astro ranks them.
  .sort((a, b) => Number(a.file.includes('[...', 1)) - Number(b.file.includes('[...', 1)));

/** The route file that serves `path`; `fixed` for a constant path, which may not lean on a parameter. */
const routeOf = (path: string, fixed = true) => ROUTES.find((r) => (fixed ? r.fixed : r.any)?.test(path))?.file;

/** Every path paths.ts can make: constants as they are, helpers with a sample argument. */
function allPaths(table: object, prefix = ''): [string, string, boolean][] {
  return Object.entries(table).flatMap(([name, value]): [string, string, boolean][] => {
    const key = prefix + name;
    if (typeof value === 'string') return [[key, value, true]];
    if (typeof value === 'function') {
      const make = value as (arg: string) => string;
      if (name === 'checkRole') return ROLES.map((role) => [`${key}(${role})`, make(role), false]);
      // The content-page route serves only the slugs in content/pages.
      if (name === 'page') return [[`${key}(werkenden)`, make('werkenden'), false]];
      return [[`${key}(voorbeeld)`, make('voorbeeld'), false]];
    }
    return allPaths(value as object, `${key}.`);
  });
}

describe('paths.ts', () => {
  it.each(allPaths(paths))('%s (%s) has a route file in src/pages', (_name, path, fixed) => {
    expect(routeOf(path, fixed), `no route in src/pages serves ${path}`).toBeDefined();
  });

  it('has the content pages that content/pages holds', () => {
    for (const path of Object.values(CONTENT_PAGES)) expect(contentSlugs).toContain(path.slice(1, -1));
  });

  it('matches routes strictly: a path without a route file is found missing', () => {
    expect(routeOf('/bestaat-niet/')).toBeUndefined();
    expect(routeOf('/en/bestaat-niet/')).toBeUndefined();
    expect(routeOf('/agenda/archief')).toBeUndefined();
    // A constant may not lean on a parameter: this one would be an event called "oud".
    expect(routeOf('/agenda/oud/')).toBeUndefined();
    expect(routeOf('/agenda/oud/', false)).toBe('[...site]/agenda/[slug].astro');
    expect(routeOf(paths.loketten)).toBe('loketten/index.astro');
    expect(routeOf(paths.opleidingen)).toBe('[...site]/opleidingen/[...filter].astro');
    expect(routeOf(paths.opleiding('x'), false)).toBe('[...site]/opleidingen/[slug].astro');
  });

  it('keeps the search bundles out of the routes (Pagefind writes them after the build)', () => {
    for (const bundle of Object.keys(SEARCH_BUNDLES)) expect(routeOf(`${pagefindBundle(bundle)}pagefind.js`)).toBeUndefined();
  });
});
