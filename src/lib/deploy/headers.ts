// The one source of the HTTP response headers for every deploy target: the security policy of
// the 36 public sites, the looser policy of the CMS admin, and the cache rules. The generator
// (scripts/deploy-config.ts) turns these into public/_headers and deploy/nginx.conf.

/** Where the CMS admin app lives: this path on the national host in path mode, its own host in
 *  host mode (so the editor's git token never shares an origin with the public sites). */
export const ADMIN_PATH = '/beheer/';
export const adminHost = (nationalHost: string): string => `beheer.${nationalHost}`;

/** The git host whose API the CMS (Decap) talks to from the editor's browser. The CMS
 *  configuration must use this same origin; the admin policy allows nothing else. */
export const CMS_GIT_HOST = 'https://gitlab.com';

export type Csp = [directive: string, ...sources: string[]][];

export interface PolicyOptions {
  /** Served over TLS (production). Without TLS `upgrade-insecure-requests` is left out: the
   *  browser would rewrite every same-origin request to https and the plain-http test would fail. */
  tls?: boolean;
}

/** The public sites: only our own files; no inline script or style, no eval. Pagefind compiles
 *  its WebAssembly (needs 'wasm-unsafe-eval') and runs in a worker loaded from pagefind/ on the
 *  same origin (worker-src 'self'; no blob: needed). SVG data: URIs are allowed for images. */
/** Directives both policies end with: nothing embeds us, no plugins, forms and <base> stay home. */
function closingDirectives(tls: boolean): Csp {
  const csp: Csp = [
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (tls) csp.push(['upgrade-insecure-requests']);
  return csp;
}

export function publicCsp({ tls = true }: PolicyOptions = {}): Csp {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ...closingDirectives(tls),
  ];
}

/** The CMS admin (Decap): its bundle needs 'unsafe-eval', its editor injects styles at run time,
 *  media previews are blob: URLs, and it calls the git host's API. Only ever on ADMIN_PATH or the
 *  admin host, never on a public page. */
export function adminCsp({ tls = true, gitHost = CMS_GIT_HOST }: PolicyOptions & { gitHost?: string } = {}): Csp {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', gitHost],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", gitHost],
    ['frame-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ...closingDirectives(tls),
  ];
}

export function serializeCsp(csp: Csp): string {
  return csp.map((parts) => parts.join(' ')).join('; ');
}

export function parseCsp(header: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

export type HeaderList = [name: string, value: string][];

/** Security headers for every response of a site, in a fixed order. */
export function securityHeaders(kind: 'public' | 'admin', options: PolicyOptions = {}): HeaderList {
  const headers: HeaderList = [
    ['Content-Security-Policy', serializeCsp(kind === 'public' ? publicCsp(options) : adminCsp(options))],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // interest-cohort (FLoC) was withdrawn by Chrome in 2022; browsing-topics is its successor.
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  if (kind === 'admin') headers.push(['X-Robots-Tag', 'noindex, nofollow']);
  return headers;
}

export const CACHE = {
  /** Content-hashed files: a new build gives them a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages and other files whose URL stays the same between builds. */
  short: 'public, max-age=300, must-revalidate',
  /** The search index: rebuilt with the site, fetched in chunks by the search page. */
  search: 'public, max-age=3600',
} as const;

export interface CacheRule {
  /** Folder at the root of a host folder (host mode) or of a site's route tree (path mode). */
  folder: string;
  value: string;
  /** Also under /<slug>/ in path mode (per-site folders; _astro and fonts exist once at the root). */
  perSite: boolean;
}

/** Folder-specific cache rules; everything else gets CACHE.short. */
export const CACHE_RULES: CacheRule[] = [
  { folder: '/_astro/', value: CACHE.immutable, perSite: false },
  // Hashed font files; reserved by the host split (SHARED_ENTRIES). Fonts bundled by Vite land in /_astro/.
  { folder: '/fonts/', value: CACHE.immutable, perSite: false },
  { folder: '/pagefind/', value: CACHE.search, perSite: true },
];
