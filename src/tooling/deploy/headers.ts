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
  /** The host the policy is sent from (host mode). With it, scripts, styles, fonts, search
   *  requests and workers may come only from the folders the build writes them to, not from
   *  anywhere on the host ('self'); so nothing under /media/ can run as script or style. A CSP
   *  source with a path needs a host, so without one (path-mode previews on any host) these
   *  directives fall back to 'self'. */
  host?: string;
  /** The partner tools under EMBED_FOLDER: the same policy, but any site may frame them. */
  framable?: boolean;
}

/** Editors' uploads: public/media/<site>/, served at /media/ on every host. */
export const MEDIA_FOLDER = '/media/';

/** Where the public pages load code and styles from, per directive (folders end in /). Astro's
 *  hashed CSS, JS and fonts are in /_astro/; Pagefind's script, worker, WebAssembly and index in
 *  /pagefind/; each site's accent colour in /thema.css. */
export const PUBLIC_SOURCES = {
  'script-src': ['/_astro/', '/pagefind/'],
  'style-src': ['/_astro/', '/thema.css'],
  'font-src': ['/_astro/'],
  'connect-src': ['/pagefind/'],
  'worker-src': ['/pagefind/'],
} as const;

/** Partner tools (loket finder, regelingencheck) that any site may show in an <iframe>; only
 *  these pages drop frame-ancestors 'none'. National host only. */
export const EMBED_FOLDER = '/embed/';

/** Open data (national host only): readable from scripts on any origin. Public data, no
 *  credentials, so a plain `*` is enough. */
export const API_FOLDER = '/api/';
export const API_HEADERS: HeaderList = [['Access-Control-Allow-Origin', '*']];

/** Directives both policies end with: nothing embeds us (except the partner tools, `framable`),
 *  no plugins, forms and <base> stay home. */
function closingDirectives(tls: boolean, framable = false): Csp {
  const csp: Csp = [
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', framable ? '*' : "'none'"],
  ];
  if (tls) csp.push(['upgrade-insecure-requests']);
  return csp;
}

/** The public sites: only our own files; no inline script or style, no eval. Pagefind compiles
 *  its WebAssembly (needs 'wasm-unsafe-eval') and runs in a worker loaded from pagefind/ on the
 *  same origin (no blob: needed). Images may come from anywhere on the host (media included) and
 *  from data: URIs. */
export function publicCsp({ tls = true, host, framable = false }: PolicyOptions = {}): Csp {
  const from = (directive: keyof typeof PUBLIC_SOURCES): string[] =>
    host ? PUBLIC_SOURCES[directive].map((path) => `${tls ? 'https' : 'http'}://${host}${path}`) : ["'self'"];
  return [
    ['default-src', "'self'"],
    ['script-src', ...from('script-src'), "'wasm-unsafe-eval'"],
    ['style-src', ...from('style-src')],
    ['img-src', "'self'", 'data:'],
    ['font-src', ...from('font-src')],
    ['connect-src', ...from('connect-src')],
    ['worker-src', ...from('worker-src')],
    ['manifest-src', "'self'"],
    ...closingDirectives(tls, framable),
  ];
}

/** Files under /media/: a document there (an HTML or SVG file that slipped through) gets an opaque
 *  origin and may run nothing; an image opened on its own still shows. */
export function mediaCsp(): Csp {
  return [['sandbox'], ['default-src', "'none'"], ['img-src', "'self'"]];
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

/** Security headers for every response of a site, in a fixed order. `media`: the public headers
 *  with the media policy in place of the page policy. */
export function securityHeaders(kind: 'public' | 'embed' | 'admin' | 'media', options: PolicyOptions = {}): HeaderList {
  const csp =
    kind === 'public'
      ? publicCsp(options)
      : kind === 'embed'
        ? publicCsp({ ...options, framable: true })
        : kind === 'admin'
          ? adminCsp(options)
          : mediaCsp();
  const headers: HeaderList = [
    ['Content-Security-Policy', serializeCsp(csp)],
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

/** PDFs under /media/ are downloaded, not shown in the browser's viewer: a sandboxed document
 *  may not load the viewer anyway, and a PDF reader outside the browser is away from our origin. */
export const PDF_DOWNLOAD: HeaderList = [['Content-Disposition', 'attachment']];

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
