// Serves the host-mode output through real nginx with the generated configuration (plain-http
// variant) and loads pages in Chromium under the production host names: no CSP violation, search
// works, the security headers arrive, each regional host has its own 404, old paths redirect.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderNginxConf } from '../../src/lib/deploy/config-files';
import { adminCsp, adminHost, CACHE, parseCsp, publicCsp, serializeCsp } from '../../src/lib/deploy/headers';
import { allSites, getSite, NATIONAL } from '../../src/lib/sites';
import { launch } from './browser';

const NGINX = process.env.NGINX_PATH ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync) ?? 'nginx';
const national = getSite(NATIONAL).host;
const twente = getSite('twente').host;

let port = 0;
let runtime = '';
let nginx: ChildProcess | undefined;
let browser: Browser;
let context: BrowserContext;
/** CSP problems seen by the browser: console messages and securitypolicyviolation events. */
const violations: string[] = [];
const failedRequests: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A plain request to nginx with a production Host header (no redirects followed). */
function get(host: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitForNginx(): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (nginx?.exitCode !== null) throw new Error(`nginx stopped:\n${readFileSync(join(runtime, 'error.log'), 'utf8')}`);
    try {
      await get(national, '/');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

beforeAll(async () => {
  const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  if (version.error) throw new Error(`nginx is not installed (${NGINX}): apt-get install -y nginx (.ci/run does this)`);
  port = await freePort();
  runtime = mkdtempSync(join(tmpdir(), 'lwl-nginx-'));
  const conf = join(runtime, 'nginx.conf');
  writeFileSync(conf, renderNginxConf(allSites(), { tls: false, port, root: inject('hostOut'), runtimeDir: runtime }));
  nginx = spawn(NGINX, ['-p', runtime, '-e', join(runtime, 'error.log'), '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitForNginx();

  browser = await launch([`--host-resolver-rules=MAP *.${national} 127.0.0.1:${port}, MAP ${national} 127.0.0.1:${port}`, '--disable-features=HttpsUpgrades']);
  context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI} (Content Security Policy)`);
    });
  });
  context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  context.on('requestfailed', (req) => {
    // A request still running when the test closes its page is aborted; that is not a failure.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`);
  });
});

afterAll(async () => {
  await browser?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (runtime) rmSync(runtime, { recursive: true, force: true });
});

async function visit(url: string): Promise<{ page: Page; response: Response; assets: Response[] }> {
  const page = await context.newPage();
  const assets: Response[] = [];
  page.on('response', (r) => assets.push(r));
  const response = (await page.goto(url, { waitUntil: 'load' }))!;
  return { page, response, assets };
}

const strictCsp = serializeCsp(publicCsp({ tls: false }));

describe('host mode through nginx with the generated configuration', () => {
  it('national home, regional home, a content page and the search page load with no CSP violation', async () => {
    const pages = [`http://${national}/`, `http://${twente}/`, `http://${twente}/loopbaanadvies/`, `http://${national}/loketten/`];
    for (const url of pages) {
      const { page, response, assets } = await visit(url);
      expect(response.status(), url).toBe(200);
      const headers = response.headers();
      expect(headers['content-security-policy'], url).toBe(strictCsp);
      expect(parseCsp(headers['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
      expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['cache-control']).toBe(CACHE.short);
      // Stylesheet and scripts really load (a CSP block would leave the page unstyled).
      const css = assets.find((r) => r.url().includes('/_astro/') && r.url().endsWith('.css'));
      expect(css?.status(), `${url}: stylesheet`).toBe(200);
      expect(css?.headers()['cache-control']).toBe(CACHE.immutable);
      await page.close();
    }
    expect(violations).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('search on twente.leerwerkloket.nl finds "loopbaanadvies" (Pagefind worker and WebAssembly under the CSP)', async () => {
    const { page } = await visit(`http://${twente}/zoeken/?q=loopbaanadvies`);
    const results = page.locator('[data-results] li a');
    await results.first().waitFor({ timeout: 15_000 });
    await expect(page.locator('[data-status]').innerText()).resolves.toMatch(/^\d+ resultaten? voor “loopbaanadvies”/);
    const first = await results.first().getAttribute('href');
    const target = await page.goto(new URL(first!, page.url()).href);
    expect(target?.status(), first!).toBe(200);
    await page.close();
    expect(violations).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('an unknown path on a regional host answers 404 with that region’s own 404 page', async () => {
    const { page, response } = await visit(`http://${twente}/bestaat-niet/`);
    expect(response.status()).toBe(404);
    expect(response.headers()['content-security-policy']).toBe(strictCsp);
    await expect(page.title()).resolves.toBe(`Pagina niet gevonden | ${getSite('twente').displayName}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Pagina niet gevonden');
    await page.close();
    expect(violations).toEqual([]);
  });

  it('old path-mode addresses on the national host redirect to the regional host', async () => {
    const old = await get(national, '/twente/contact/?via=oud');
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe(`https://${twente}/contact/?via=oud`);
    const bare = await get(national, '/twente');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(`https://${twente}/`);
  });

  it('the production configuration (TLS on 443, http → https) passes nginx -t', () => {
    const dir = join(runtime, 'production');
    mkdirSync(dir);
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${national}`, '-keyout', key, '-out', cert], { encoding: 'utf8' });
    expect(openssl.status, `openssl (apt-get install -y openssl): ${openssl.error ?? openssl.stderr}`).toBe(0);
    const conf = join(dir, 'nginx.conf');
    // The committed file with only the certificate and runtime paths pointed at this folder.
    writeFileSync(conf, renderNginxConf(allSites(), { certificate: () => ({ cert, key }), runtimeDir: dir }));
    const check = spawnSync(NGINX, ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it('serves sitemap and robots.txt per host, and the admin host gets only its own policy', async () => {
    const robots = await get(twente, '/robots.txt');
    expect(robots.body).toContain(`Sitemap: https://${twente}/sitemap.xml`);
    const sitemap = await get(twente, '/sitemap.xml');
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(sitemap.body).toContain(`<loc>https://${twente}/</loc>`);
    const admin = await get(adminHost(national), '/');
    expect(admin.headers['content-security-policy']).toBe(serializeCsp(adminCsp({ tls: false })));
    expect(admin.headers['x-robots-tag']).toBe('noindex, nofollow');
  });
});
