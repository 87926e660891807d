// Checks every internal link and anchor in a built output folder, in either hosting mode.
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from './files';
import { resolveFile } from './static-server';

export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const ATTR = /\s(?:href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

/** The URL path a file is served at, e.g. twente/nieuws/index.html → /twente/nieuws/. */
function urlPathOf(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * @param root output folder; in host mode it holds one folder per host
 * @param hosts host names that belong to the project (links to them are internal)
 */
export function checkLinks(root: string, options: { byHost: boolean; hosts: string[] }): LinkReport {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]));
      idCache.set(file, ids);
    }
    return ids;
  };
  const sites = options.byHost ? options.hosts.filter((h) => statSafe(join(root, h))) : [''];
  const broken: BrokenLink[] = [];
  let pages = 0;
  let links = 0;

  for (const host of sites) {
    const siteRoot = join(root, host);
    for (const file of htmlFiles(siteRoot)) {
      pages += 1;
      const pageUrl = new URL(urlPathOf(siteRoot, file), `https://${host || 'local.test'}`);
      const html = readFileSync(file, 'utf8');
      for (const [, raw] of html.matchAll(ATTR)) {
        if (!raw || /^(mailto|tel|data|javascript):/.test(raw)) continue;
        const target = new URL(raw.replace(/&amp;/g, '&'), pageUrl);
        const internalHost = options.byHost ? options.hosts.includes(target.host) : target.host === 'local.test';
        if (!internalHost) continue;
        links += 1;
        const targetRoot = options.byHost ? join(root, target.host) : root;
        const found = resolveFile(targetRoot, target.pathname);
        const page = `${host ? host : ''}${urlPathOf(siteRoot, file)}`;
        if (!found) {
          broken.push({ page, link: raw, problem: 'no such page or file' });
          continue;
        }
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && found.endsWith('.html') && !idsOf(found).has(anchor)) {
          broken.push({ page, link: raw, problem: `no element with id "${anchor}"` });
        }
      }
    }
  }
  return { pages, links, broken };
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
