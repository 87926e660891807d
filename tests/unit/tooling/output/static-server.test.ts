// The preview server: regional 404 pages, byte counts for the benchmark, and that neither the
// Host header nor the request path can reach files outside the output folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../../src/tooling/output/static-server';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
let base = '';
let close = () => {};

beforeAll(async () => {
  writeFileSync(join(root, '404.html'), 'national 404');
  mkdirSync(join(root, 'twente', 'contact'), { recursive: true });
  writeFileSync(join(root, 'twente', '404.html'), 'twente 404');
  writeFileSync(join(root, 'twente', 'contact', 'index.html'), 'contact');
  const { server, url } = await startStaticServer({ root });
  base = url;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(root, { recursive: true, force: true });
});

describe('preview server (path mode)', () => {
  it('answers a missing page under /<slug>/ with that region’s 404 page, elsewhere with the national one', async () => {
    const regional = await fetch(`${base}/twente/bestaat-niet/`);
    expect(regional.status).toBe(404);
    await expect(regional.text()).resolves.toBe('twente 404');
    const national = await fetch(`${base}/bestaat-niet/`);
    expect(national.status).toBe(404);
    await expect(national.text()).resolves.toBe('national 404');
    await expect((await fetch(`${base}/twente/contact/`)).text()).resolves.toBe('contact');
  });
});

describe('preview server byte count (benchmark)', () => {
  it('reports the bytes sent per file, compressed when the client accepts gzip', async () => {
    const body = 'zoeken '.repeat(400);
    writeFileSync(join(root, 'twente', 'index.js'), body);
    const sent: [string, number][] = [];
    const { server, url } = await startStaticServer({ root, gzip: true, onSent: (path, bytes) => sent.push([path, bytes]) });
    try {
      const plain = await fetch(`${url}/twente/index.js`, { headers: { 'accept-encoding': 'identity' } });
      await plain.text();
      const zipped = await fetch(`${url}/twente/index.js`, { headers: { 'accept-encoding': 'gzip' } });
      await zipped.text();
      await new Promise((done) => setTimeout(done, 50));
      expect(sent[0]).toEqual(['/twente/index.js', body.length]);
      expect(sent[1][0]).toBe('/twente/index.js');
      // Same compressor, so within a few header bytes of Node's own gzip of the body.
      expect(Math.abs(sent[1][1] - gzipSync(body).length)).toBeLessThan(16);
      expect(sent[1][1]).toBeLessThan(body.length / 10);
    } finally {
      server.close();
    }
  });
});

/** A raw request: node:http sends the path and Host header exactly as given (fetch would normalise them). */
function raw(url: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: host === undefined ? {} : { host }, timeout: 2000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer for ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

describe('preview server stays inside its folder', () => {
  // outside/            files the server must never send
  //   dist/             the output root
  //     leerwerkloket.nl/, twente.leerwerkloket.nl/   host folders
  const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
  const dist = join(outside, 'dist');
  const servers: { close: () => void }[] = [];
  const start = async (byHost: boolean) => {
    const { server, url } = await startStaticServer({ root: dist, byHost });
    servers.push(server);
    return url;
  };
  beforeAll(() => {
    writeFileSync(join(outside, 'secret.txt'), 'SECRET outside');
    writeFileSync(join(outside, '404.html'), 'SECRET outside 404');
    mkdirSync(join(dist, 'leerwerkloket.nl'), { recursive: true });
    mkdirSync(join(dist, 'twente.leerwerkloket.nl', 'contact'), { recursive: true });
    writeFileSync(join(dist, 'notes.txt'), 'SECRET output root');
    writeFileSync(join(dist, 'leerwerkloket.nl', 'index.html'), 'national home');
    writeFileSync(join(dist, 'leerwerkloket.nl', '404.html'), 'national 404');
    writeFileSync(join(dist, 'twente.leerwerkloket.nl', 'index.html'), 'twente home');
    writeFileSync(join(dist, 'twente.leerwerkloket.nl', 'contact', 'index.html'), 'twente contact');
  });
  afterAll(() => {
    for (const server of servers) server.close();
    rmSync(outside, { recursive: true, force: true });
  });

  it('host mode: a known host, in any case and with a port, serves its folder', async () => {
    const url = await start(true);
    await expect(raw(url, '/', 'twente.leerwerkloket.nl')).resolves.toEqual({ status: 200, body: 'twente home' });
    await expect(raw(url, '/contact/', 'Twente.Leerwerkloket.NL:4321')).resolves.toEqual({ status: 200, body: 'twente contact' });
    await expect(raw(url, '/', 'leerwerkloket.nl:8080')).resolves.toEqual({ status: 200, body: 'national home' });
  });

  it('host mode: "..", ".", names with slashes and unknown hosts get a 404, never a file', async () => {
    const url = await start(true);
    const attempts: [string, string][] = [
      ['..', '/secret.txt'],
      ['..', '/'],
      ['..:4321', '/dist/notes.txt'],
      ['.', '/notes.txt'],
      ['.', '/twente.leerwerkloket.nl/'],
      ['leerwerkloket.nl/..', '/notes.txt'],
      ['leerwerkloket.nl/../..', '/secret.txt'],
      ['twente.leerwerkloket.nl\\..', '/notes.txt'],
      ['onbekend.example', '/'],
      ['', '/notes.txt'],
    ];
    for (const [host, path] of attempts) {
      const { status, body } = await raw(url, path, host);
      expect([host, path, status]).toEqual([host, path, 404]);
      expect(body).not.toMatch(/SECRET|home|contact/);
    }
  });

  for (const byHost of [false, true]) {
    it(`${byHost ? 'host' : 'path'} mode: encoded or raw "..", backslashes and NUL in the path do not leave the root`, async () => {
      const url = await start(byHost);
      const host = byHost ? 'twente.leerwerkloket.nl' : undefined;
      for (const path of [
        '/../secret.txt',
        '/../../secret.txt',
        '/../nergens/',
        '/%2e%2e/secret.txt',
        '/%2E%2E%2Fsecret.txt',
        '/%2e%2e/%2e%2e/secret.txt',
        '/..%2f..%2fsecret.txt',
        '/..%5c..%5csecret.txt',
        '/..\\..\\secret.txt',
        '/%2e%2e%5cnotes.txt',
        '/../notes.txt',
        '/%2e%2e/notes.txt',
        '/contact/%00',
        '/contact/index.html%00.txt',
      ]) {
        const { status, body } = await raw(url, path, host);
        expect([path, status]).toEqual([path, 404]);
        expect(body, path).not.toMatch(/SECRET/);
      }
      // Broken percent-encoding is a bad request, and the server keeps running.
      await expect(raw(url, '/%E0%A4%A', host)).resolves.toMatchObject({ status: 400 });
      await expect(raw(url, '/%', host)).resolves.toMatchObject({ status: 400 });
      if (byHost) await expect(raw(url, '/contact/', host)).resolves.toEqual({ status: 200, body: 'twente contact' });
    });
  }
});
