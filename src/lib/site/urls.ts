// The one place links are made. Templates never write a site prefix or host by hand.
import type { HostingMode } from './config';

export interface UrlOptions {
  mode: HostingMode;
  /** Site id → host name, e.g. twente → twente.leerwerkloket.nl. */
  hosts: Record<string, string>;
  national: string;
}

export interface Urls {
  mode: HostingMode;
  /** Link from a page on site `from` to `path` on site `to`. */
  href(from: string, to: string, path?: string): string;
  /** Full URL of `path` on site `to` in production (host mode): canonicals, feeds, sitemaps. */
  absolute(to: string, path?: string): string;
  /** The path a page of site `to` has in this build's route tree (path mode layout). */
  routePath(to: string, path?: string): string;
}

function normalizePath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`URL path "${path}" must start with "/"`);
  return path;
}

export function createUrls({ mode, hosts, national }: UrlOptions): Urls {
  const host = (site: string) => {
    const h = hosts[site];
    if (!h) throw new Error(`No host for site "${site}"`);
    return h;
  };
  const routePath = (to: string, path = '/') => {
    const p = normalizePath(path);
    host(to);
    return to === national ? p : `/${to}${p}`;
  };
  const absolute = (to: string, path = '/') => `https://${host(to)}${normalizePath(path)}`;
  return {
    mode,
    routePath,
    absolute,
    href(from, to, path = '/') {
      host(from);
      if (mode === 'path') return routePath(to, path);
      return from === to ? normalizePath(path) : absolute(to, path);
    },
  };
}
