import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../src/lib/output/static-server';

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
