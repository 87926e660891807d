// A small static file server for previews and browser tests. In host mode it picks the folder
// from the Host header, so one port can serve all 36 hosts.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
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

export function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0].split('#')[0])).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
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
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const root = options.byHost ? join(options.root, host) : options.root;
    const path = req.url ?? '/';
    const [pathname, query = ''] = path.split('?');
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    if (!pathname.endsWith('/') && !extname(pathname) && resolveFile(root, pathname + '/')) {
      res.writeHead(301, { Location: pathname + '/' + (query ? `?${query}` : '') });
      res.end();
      return;
    }
    const file = resolveFile(root, path);
    if (!file) {
      // A regional site's own 404 page in path mode (/<slug>/404.html), else the root one.
      const regional = join(root, pathname.split('/')[1] ?? '', '404.html');
      const notFound = pathname.split('/').length > 2 && existsSync(regional) ? regional : join(root, '404.html');
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
