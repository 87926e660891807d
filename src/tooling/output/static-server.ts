// A small static file server for previews and browser tests. In host mode it picks the folder
// from the Host header, so one port can serve all 36 hosts. Neither the Host header nor the path
// may reach a file outside the output folder: hosts must name an existing host folder, and paths
// with ".." (encoded or not), backslashes or NUL are refused.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface ServeOptions {
  root: string;
  /** Host mode: map the request's Host header to root/<host>. */
  byHost?: boolean;
  /** Extra response headers, e.g. a Content-Security-Policy to test under. */
  headers?: Record<string, string>;
  /** Compress text responses like a production server would (used by the benchmark). */
  gzip?: boolean;
  /** Called once a file's body is sent, with the bytes that went over the wire (after gzip).
   * The benchmark counts what a search really downloads, Web Worker requests included. */
  onSent?: (path: string, bytes: number) => void;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.ics', '.txt']);

/** The decoded segments of a URL path; undefined when it cannot be decoded or could leave the root. */
export function pathSegments(urlPath: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  // A backslash is a separator on Windows and NUL cuts a path short in the OS: no built file has either.
  if (/[\\\0]/.test(decoded)) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  return segments.includes('..') ? undefined : segments;
}

export function resolveFile(root: string, urlPath: string): string | undefined {
  const segments = pathSegments(urlPath);
  if (!segments) return undefined;
  const candidate = join(root, ...segments);
  // Belt and braces: the segments cannot climb, but never answer with anything outside root.
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** The host folder for a Host header: one that exists in root with that name (any case, port
 * ignored). Listing the folder means "..", "." and names with slashes can never match. */
export function hostFolder(root: string, hostHeader: string | undefined): string | undefined {
  const host = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
  if (!host) return undefined;
  if (!existsSync(root)) return undefined;
  const match = readdirSync(root, { withFileTypes: true }).find((entry) => entry.isDirectory() && entry.name.toLowerCase() === host);
  return match && join(root, match.name);
}

function isDecodable(urlPath: string): boolean {
  try {
    decodeURIComponent(urlPath);
    return true;
  } catch {
    return false;
  }
}

/** A pass-through stream that reports how many bytes went through it when it ends. */
function counter(done: (bytes: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, next) {
      bytes += chunk.length;
      next(null, chunk);
    },
    flush(next) {
      done(bytes);
      next();
    },
  });
}

export function startStaticServer(options: ServeOptions, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const [pathname, query = ''] = path.split('?');
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    const plain = (status: number, text: string) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    // Broken percent-encoding ("/%") is the client's mistake, not a missing file.
    if (!isDecodable(pathname)) return plain(400, 'Bad request');
    const root = options.byHost ? hostFolder(options.root, req.headers.host) : options.root;
    // An unknown host has no folder, so no 404 page either.
    if (!root) return plain(404, 'Not found');
    if (!pathname.endsWith('/') && !extname(pathname) && resolveFile(root, pathname + '/')) {
      // One leading slash: "//host" in Location would send the browser to another host.
      res.writeHead(301, { Location: pathname.replace(/^\/+/, '/') + '/' + (query ? `?${query}` : '') });
      res.end();
      return;
    }
    const file = resolveFile(root, path);
    if (!file) {
      // A regional site's own 404 page in path mode (/<slug>/404.html), else the root one.
      const first = pathSegments(pathname)?.[0];
      const regional = first && join(root, first, '404.html');
      const notFound = regional && existsSync(regional) ? regional : join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const send = (body: Readable) => (options.onSent ? body.pipe(counter((n) => options.onSent!(pathname, n))) : body).pipe(res);
    if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      send(createReadStream(file).pipe(createGzip()));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    send(createReadStream(file));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}
