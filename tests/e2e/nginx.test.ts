// Serves the host-mode output through real nginx with the generated configuration (plain-http
// variant) and loads pages in Chromium under the production host names: no CSP violation, search
// works, the security headers arrive, each regional host has its own 404, old paths redirect, and
// nothing an editor could upload to /media/ runs as script. Hostile files go into an overlay of the
// build in a temporary folder (symlinks to the build, real folders only where files are added).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderNginxConf } from '../../src/tooling/deploy/config-files';
import { adminCsp, adminHost, CACHE, mediaCsp, parseCsp, publicCsp, serializeCsp } from '../../src/tooling/deploy/headers';
import { allSites, getSite, NATIONAL } from '../../src/lib/site/sites';
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
function get(
  host: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
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

/** Mirrors `source` into `target` with symlinks, making real folders only on the way to `files`
 *  (path → content), so the added files never land in the shared build. */
function overlay(source: string, target: string, files: Record<string, string>): void {
  mkdirSync(target, { recursive: true });
  const here = new Map<string, Record<string, string>>();
  for (const [path, content] of Object.entries(files)) {
    const [first, ...rest] = path.split('/');
    if (!rest.length) writeFileSync(join(target, first), content);
    else here.set(first, { ...here.get(first), [rest.join('/')]: content });
  }
  for (const entry of existsSync(source) ? readdirSync(source) : []) {
    if (!here.has(entry) && !existsSync(join(target, entry))) symlinkSync(join(source, entry), join(target, entry));
  }
  for (const [dir, inner] of here) overlay(join(source, dir), join(target, dir), inner);
}

/** What an editor might upload if the build check were bypassed: script, a page, an SVG, a PDF. */
const MEDIA_SCRIPT = "document.documentElement.dataset.mediaScript = 'ran'; new Image().src = '/media/twente/script-ran.png';";
const hostileFiles = (page: string): Record<string, string> => ({
  'media/twente/x.js': MEDIA_SCRIPT,
  'media/twente/x.css': 'html { background: rgb(255, 0, 0) !important; }',
  'media/twente/pagina.html': `<!doctype html><title>media</title><script>${MEDIA_SCRIPT}</script><script src="/media/twente/x.js"></script>`,
  'media/twente/logo.svg': `<svg xmlns="http://www.w3.org/2000/svg"><script>${MEDIA_SCRIPT}</script><script href="/media/twente/x.js"/></svg>`,
  'media/twente/folder.pdf': '%PDF-1.4\n%%EOF\n',
  // A built page that includes the uploaded script and stylesheet, as injected markup would.
  'csp-proef/index.html': page.replace(
    '</head>',
    '<script src="/media/twente/x.js"></script><link rel="stylesheet" href="/media/twente/x.css"></head>',
  ),
});

beforeAll(async () => {
  const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  if (version.error) throw new Error(`nginx is not installed (${NGINX}): apt-get install -y nginx (.ci/run does this)`);
  port = await freePort();
  runtime = mkdtempSync(join(tmpdir(), 'lwl-nginx-'));
  // Workers may run as nobody (nginx started as root): they must be able to read the overlay.
  chmodSync(runtime, 0o755);
  const hostOut = inject('hostOut');
  const root = join(runtime, 'root');
  mkdirSync(root);
  for (const host of readdirSync(hostOut)) {
    if (host === twente)
      overlay(join(hostOut, host), join(root, host), hostileFiles(readFileSync(join(hostOut, host, 'loopbaanadvies/index.html'), 'utf8')));
    else symlinkSync(join(hostOut, host), join(root, host));
  }
  const conf = join(runtime, 'nginx.conf');
  writeFileSync(conf, renderNginxConf(allSites(), { tls: false, port, root, runtimeDir: runtime }));
  nginx = spawn(NGINX, ['-p', runtime, '-e', join(runtime, 'error.log'), '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitForNginx();

  browser = await launch([
    `--host-resolver-rules=MAP *.${national} 127.0.0.1:${port}, MAP ${national} 127.0.0.1:${port}`,
    '--disable-features=HttpsUpgrades',
  ]);
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

/** The page policy nginx sends for a host (plain-http test variant). */
const strictCsp = (host: string) => serializeCsp(publicCsp({ tls: false, host }));

describe('host mode through nginx with the generated configuration', () => {
  it('national home, regional home, a content page and the search page load with no CSP violation', async () => {
    const pages = [`http://${national}/`, `http://${twente}/`, `http://${twente}/loopbaanadvies/`, `http://${national}/loketten/`];
    for (const url of pages) {
      const { page, response, assets } = await visit(url);
      expect(response.status(), url).toBe(200);
      const headers = response.headers();
      expect(headers['content-security-policy'], url).toBe(strictCsp(new URL(url).host));
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

  it('a catalogue indexed in parts (this build sets SEARCH_BUNDLE_PAGES) finds exactly what the whole index of the path-mode build finds', async () => {
    // The host build splits bundles of more than 20 pages (tests/e2e/global-setup.ts): Twente's
    // catalogue and the shared online offers are in parts here, and whole in the path-mode build.
    const page = (await get(twente, '/zoeken/')).body;
    const listed = JSON.parse(/data-pagefind-bundles="([^"]*)"/.exec(page)![1].replace(/&quot;/g, '"')) as Record<string, string>;
    expect(Object.keys(listed)).toEqual(expect.arrayContaining(['inhoud', 'opleidingen-1', 'opleidingen-2', 'online-1', 'online-2']));
    expect(listed['opleidingen-2']).toBe('/pagefind/opleidingen-2/');
    const announced = async (url: string) => {
      const { page } = await visit(url);
      const status = page.locator('[data-status]');
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^(\d+ resulta|Geen resultaten)/);
      const text = await status.innerText();
      await page.close();
      return text;
    };
    for (const query of ['?q=heftruck', '?type=Opleiding', '?q=cursus&type=Opleiding', '?q=loopbaanadvies']) {
      const inParts = await announced(`http://${twente}/zoeken/${query}`);
      expect(inParts, query).toMatch(/^\d+ resulta/);
      expect(inParts, query).toBe(await announced(`${inject('baseUrl')}/twente/zoeken/${query}`));
    }
    expect(violations).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('an unknown path on a regional host answers 404 with that region’s own 404 page', async () => {
    const { page, response } = await visit(`http://${twente}/bestaat-niet/`);
    expect(response.status()).toBe(404);
    expect(response.headers()['content-security-policy']).toBe(strictCsp(twente));
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
    const openssl = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${national}`, '-keyout', key, '-out', cert],
      { encoding: 'utf8' },
    );
    expect(openssl.status, `openssl (apt-get install -y openssl): ${openssl.error ?? openssl.stderr}`).toBe(0);
    const conf = join(dir, 'nginx.conf');
    // The committed file with only the certificate and runtime paths pointed at this folder.
    writeFileSync(conf, renderNginxConf(allSites(), { certificate: () => ({ cert, key }), runtimeDir: dir }));
    const check = spawnSync(NGINX, ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it('answers files under /media/ with the sandbox policy and nosniff, PDFs as downloads', async () => {
    const mediaPolicy = serializeCsp(mediaCsp());
    for (const path of [
      '/media/twente/bbl-banenmarkt.png',
      '/media/twente/x.js',
      '/media/twente/pagina.html',
      '/media/twente/folder.pdf',
    ]) {
      const res = await get(twente, path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-security-policy'], path).toBe(mediaPolicy);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
      expect(res.headers['cache-control'], path).toBe(CACHE.short);
      expect(res.headers['content-disposition'], path).toBe(path.endsWith('.pdf') ? 'attachment' : undefined);
    }
    expect((await get(twente, '/media/twente/bbl-banenmarkt.png')).headers['content-type']).toBe('image/png');
    // A missing file gets the site's 404 page with the page policy, so it still shows properly.
    const missing = await get(twente, '/media/twente/bestaat-niet.png');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(strictCsp(twente));
    // The build wrote the host's own _headers (Netlify / Cloudflare Pages) with its origin in the policy.
    expect(readFileSync(join(inject('hostOut'), twente, '_headers'), 'utf8')).toContain(
      `\n  Content-Security-Policy: ${serializeCsp(publicCsp({ host: twente }))}\n`,
    );
  });

  /** A context of its own, so the violations these tests provoke stay out of `violations`. */
  async function hostileContext() {
    const own = await browser.newContext();
    const messages: string[] = [];
    const requests: string[] = [];
    const responses: string[] = [];
    await own.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    own.on('console', (message) => messages.push(message.text()));
    // Playwright reports a request even when the policy then blocks it; a response means it loaded.
    own.on('request', (req) => requests.push(req.url()));
    own.on('response', (res) => responses.push(res.url()));
    return { own, messages, requests, responses };
  }

  it('a script or stylesheet under /media/ does not load in a page: the policy blocks it', async () => {
    const { own, messages, responses } = await hostileContext();
    const page = await own.newPage();
    const response = await page.goto(`http://${twente}/csp-proef/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(strictCsp(twente));
    await expect(page.evaluate(() => document.documentElement.dataset.mediaScript)).resolves.toBeUndefined();
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.not.toBe('rgb(255, 0, 0)');
    expect(messages).toEqual(
      expect.arrayContaining([
        `securitypolicyviolation: script-src-elem blocked http://${twente}/media/twente/x.js`,
        `securitypolicyviolation: style-src-elem blocked http://${twente}/media/twente/x.css`,
      ]),
    );
    // Blocked before the server was asked: no response. The page's own assets did load.
    expect(responses.filter((url) => url.includes('/media/'))).toEqual([]);
    expect(responses.some((url) => /\/_astro\/.+\.css$/.test(url))).toBe(true);
    await own.close();
  });

  it('an HTML or SVG file opened under /media/ runs no script (sandboxed document)', async () => {
    const { own, messages, requests } = await hostileContext();
    for (const path of ['/media/twente/pagina.html', '/media/twente/logo.svg']) {
      const page = await own.newPage();
      const response = await page.goto(`http://${twente}${path}`, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], path).toBe(serializeCsp(mediaCsp()));
      // Wait for Chromium's report of the blocked script (a state), not for a while.
      const file = path.split('/').pop()!;
      await expect.poll(() => messages.some((m) => m.includes(file) && /sandboxed/.test(m)), { timeout: 30_000 }).toBe(true);
      await page.close();
    }
    // The inline script would have requested script-ran.png; Chromium reports the sandbox block.
    expect(requests.filter((url) => url.includes('script-ran'))).toEqual([]);
    expect(
      messages.filter((m) => /Blocked script execution in .*media\/twente\/(pagina\.html|logo\.svg).*sandboxed.*allow-scripts/.test(m))
        .length,
    ).toBeGreaterThanOrEqual(2);
    await own.close();
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
