import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
