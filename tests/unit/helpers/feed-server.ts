// A local HTTP server on 127.0.0.1 that plays EDU-DEX providers, good and broken, for the harvester
// tests. Each path has a handler that the test can swap between harvests. Plain XML answers support
// ETag / Last-Modified, so an unchanged file costs a 304 as on a real server.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  base: string;
  routes: Map<string, Handler>;
  /** Requests per path, and how many of them were answered 304. */
  hits: Map<string, number>;
  notModified: Map<string, number>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const notModified = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.on('finish', () => {
      if (res.statusCode === 304) notModified.set(path, (notModified.get(path) ?? 0) + 1);
    });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    hits,
    notModified,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An XML answer with validators; "lastModified" switches from ETag to Last-Modified. */
export function xml(body: string, options: { lastModified?: boolean; contentType?: string } = {}): Handler {
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const modified = 'Tue, 17 Nov 2026 08:00:00 GMT';
  return (req, res) => {
    if (!options.lastModified && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    if (options.lastModified && req.headers['if-modified-since'] === modified)
      return void res.writeHead(304, { 'last-modified': modified }).end();
    res.writeHead(200, {
      'content-type': options.contentType ?? 'application/xml; charset=utf-8',
      ...(options.lastModified ? { 'last-modified': modified } : { etag }),
    });
    res.end(body);
  };
}

// ---------------------------------------------------------------------------------------------
// Feed content: a real programme from the example feed, renamed per provider and moved to
// Enschede (Twente), so a build of SITES=twente shows it.

const TEMPLATE = readFileSync(join('tests/fixtures/edudex/example/leerhuis-voorbeeldstad/programs/vca-basis.xml'), 'utf8');
const INSTITUTE = readFileSync(join('tests/fixtures/edudex/example/leerhuis-voorbeeldstad/institute.xml'), 'utf8');

export function programme(programId: string, title: string): string {
  return TEMPLATE.replaceAll('VCA-BASIS', programId)
    .replace('<programName xml:lang="nl">Basisveiligheid VCA (B-VCA)</programName>', `<programName xml:lang="nl">${title}</programName>`)
    .replaceAll('Amersfoort', 'Enschede')
    .replaceAll('Groningen', 'Hengelo');
}

export const institute = () => INSTITUTE;

/** A directory.xml listing programmes as [programId, resourceUrl] pairs (relative or absolute). */
export function directory(orgUnitId: string, programmes: [string, string][], instituteUrl = 'institute.xml'): string {
  const resources = programmes
    .map(
      ([id, url]) => `  <programResource>\n    <programId>${id}</programId>\n    <resourceUrl>${url}</resourceUrl>\n  </programResource>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<edudexDirectory xmlns="http://studieData.nl/schema/edudex/directory">
  <editor>feeds@${orgUnitId}.example</editor>
  <generator>testserver</generator>
  <version>1.0</version>
  <instituteDataResource>${instituteUrl}</instituteDataResource>
  <orgUnitId>${orgUnitId}</orgUnitId>
${resources}
</edudexDirectory>
`;
}

/**
 * Serves a good provider at /<id>/directory.xml with `count` programmes (<ID>-1 …), titles
 * "<title> 1" …; returns the programme paths so a test can break one of them.
 */
export function serveProvider(
  server: FeedServer,
  id: string,
  count: number,
  title: string,
  options: { lastModified?: boolean } = {},
): string[] {
  const paths: string[] = [];
  const list: [string, string][] = [];
  for (let n = 1; n <= count; n++) {
    const programId = `${id.toUpperCase()}-${n}`;
    const path = `/${id}/programs/p${n}.xml`;
    paths.push(path);
    list.push([programId, `programs/p${n}.xml`]);
    server.routes.set(path, xml(programme(programId, `${title} ${n}`), options));
  }
  server.routes.set(`/${id}/directory.xml`, xml(directory(id, list), options));
  server.routes.set(`/${id}/institute.xml`, xml(institute(), options));
  return paths;
}
