import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deployFiles, hostHeadersFiles, renderHeadersFile, renderNginxConf } from '../../../../src/tooling/deploy/config-files';
import {
  ADMIN_PATH,
  adminCsp,
  adminHost,
  CMS_GIT_HOST,
  mediaCsp,
  parseCsp,
  publicCsp,
  securityHeaders,
  serializeCsp,
} from '../../../../src/tooling/deploy/headers';

const embedCsp = (host?: string) => serializeCsp(publicCsp({ host, framable: true }));
import { allSites, getSite, NATIONAL } from '../../../../src/lib/site/sites';

const sites = allSites();
const generated = deployFiles(sites);
const committed = (path: string) => readFileSync(path, 'utf8');
const nationalHost = getSite(NATIONAL).host;
const ADMIN_HOST = adminHost(nationalHost);

/** All CSP values in a file, with the _headers path or nginx server_name they belong to. */
function headersFileCsps(text: string): { path: string; csp: string }[] {
  const out: { path: string; csp: string }[] = [];
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) path = line.trim();
    const m = /^\s+Content-Security-Policy:\s*(.+)$/.exec(line);
    if (m) out.push({ path, csp: m[1] });
  }
  return out;
}

function nginxServers(text: string): { names: string; body: string }[] {
  return text
    .split(/\n {2}server \{\n/)
    .slice(1)
    .map((body) => ({ names: /server_name ([^;]+);/.exec(body)?.[1] ?? '', body }));
}

/** Does a CSP source list let `url` load on a page at `page`? Only what our policies use:
 *  'self', 'none', scheme data:, and scheme://host with an optional path (folder or exact file). */
function allows(sources: string[] | undefined, url: string, page: string): boolean {
  const target = new URL(url);
  return (sources ?? []).some((source) => {
    if (source === "'self'") return target.origin === new URL(page).origin;
    if (source === 'data:') return target.protocol === 'data:';
    const m = /^(https?):\/\/([^/]+)(\/.*)?$/.exec(source);
    if (!m || `${m[1]}:` !== target.protocol || m[2] !== target.host) return false;
    const path = m[3] ?? '/';
    return path.endsWith('/') ? target.pathname.startsWith(path) : target.pathname === path;
  });
}

const unsafe = (csp: string) => /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|(^|\s)\*(\s|;|$)/.test(csp);

describe('generated deploy files', () => {
  it.each(Object.keys(generated))('%s is committed exactly as `npm run deploy:config` writes it now', (path) => {
    expect(committed(path), `${path} is out of date: run \`npm run deploy:config\` and commit the result`).toBe(generated[path]);
  });
});

describe('Content-Security-Policy of the public sites', () => {
  const twente = getSite('twente').host;
  const page = `https://${twente}/zoeken/`;
  const csp = parseCsp(serializeCsp(publicCsp({ host: twente })));
  it('allows no inline code and no eval; search gets only wasm-unsafe-eval', () => {
    for (const policy of [publicCsp(), publicCsp({ host: twente })]) expect(unsafe(serializeCsp(policy))).toBe(false);
    expect(csp.get('script-src')).toEqual([`https://${twente}/_astro/`, `https://${twente}/pagefind/`, "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual([`https://${twente}/_astro/`, `https://${twente}/thema.css`]);
  });
  it('lets the host load its own scripts, styles, fonts, search worker and index', () => {
    const wanted: [string, string][] = [
      ['script-src', '/_astro/SearchPanel.astro_astro_type_script_index_0_lang.CcWi6p8v.js'],
      ['script-src', '/pagefind/pagefind.js'],
      ['style-src', '/_astro/global.D3BFVl2d.css'],
      ['style-src', '/thema.css'],
      ['font-src', '/_astro/atkinson-hyperlegible-latin-400-normal.BrHNak5F.woff2'],
      ['worker-src', '/pagefind/pagefind-worker.js'],
      ['connect-src', '/pagefind/wasm.nl.pagefind'],
      ['connect-src', '/pagefind/index/nl_1a2b3c.pf_index'],
      ['img-src', '/media/twente/bbl-banenmarkt.png'],
    ];
    for (const [directive, path] of wanted)
      expect(allows(csp.get(directive), `https://${twente}${path}`, page), `${directive} ${path}`).toBe(true);
  });
  it('lets no script, style, worker, font or request come from /media/, another folder or another host', () => {
    for (const directive of ['script-src', 'style-src', 'worker-src', 'font-src', 'connect-src']) {
      for (const url of [
        `https://${twente}/media/twente/x.js`,
        `https://${twente}/media/twente/x.css`,
        `https://${twente}/nieuws/x.js`,
        `https://${twente}/thema.css.js`,
        `https://${getSite(NATIONAL).host}/_astro/x.js`,
        `http://${twente}/_astro/x.js`,
      ]) {
        expect(allows(csp.get(directive), url, page), `${directive} ${url}`).toBe(false);
      }
    }
    // The matcher is not blind: 'self' (the path-mode fallback) would let the media script through.
    expect(allows(parseCsp(serializeCsp(publicCsp())).get('script-src'), `https://${twente}/media/twente/x.js`, page)).toBe(true);
  });
  it('without TLS names http:// sources (the nginx test variant)', () => {
    expect(parseCsp(serializeCsp(publicCsp({ tls: false, host: twente }))).get('worker-src')).toEqual([`http://${twente}/pagefind/`]);
  });
  it('forbids framing, plugins, foreign bases and foreign form targets, and upgrades to https', () => {
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
    expect(parseCsp(serializeCsp(publicCsp({ tls: false }))).has('upgrade-insecure-requests')).toBe(false);
  });
  it('names no other origin anywhere', () => {
    for (const [directive, sources] of csp) {
      for (const source of sources)
        expect(source, directive).toMatch(
          new RegExp(`^('self'|'none'|'wasm-unsafe-eval'|data:|https://${twente.replace(/\./g, '\\.')}/[^\\s]*)$`),
        );
    }
  });
  it('goes with HSTS, nosniff, a referrer policy, a permissions policy and COOP', () => {
    const headers = new Map(securityHeaders('public'));
    expect(headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});

describe("the media policy (/media/: editors' uploads)", () => {
  it('sandboxes any document and allows only images from the host', () => {
    expect(serializeCsp(mediaCsp())).toBe("sandbox; default-src 'none'; img-src 'self'");
    const headers = new Map(securityHeaders('media'));
    expect(headers.get('Content-Security-Policy')).toBe("sandbox; default-src 'none'; img-src 'self'");
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Strict-Transport-Security')).toBe(new Map(securityHeaders('public')).get('Strict-Transport-Security'));
  });
});

describe('the partner tools policy (/embed/) and open data (/api/)', () => {
  it('is the public policy with one change: any site may frame the page', () => {
    const embed = parseCsp(embedCsp(nationalHost));
    const strict = parseCsp(serializeCsp(publicCsp({ host: nationalHost })));
    expect(embed.get('frame-ancestors')).toEqual(['*']);
    expect(strict.get('frame-ancestors')).toEqual(["'none'"]);
    embed.delete('frame-ancestors');
    strict.delete('frame-ancestors');
    expect(embed).toEqual(strict);
    expect(new Map(securityHeaders('embed', { host: nationalHost })).get('Content-Security-Policy')).toBe(embedCsp(nationalHost));
  });
  it('only /embed/ may be framed and only /api/ is open to other origins (public/_headers)', () => {
    const text = committed('public/_headers');
    expect(text.match(/frame-ancestors \*/g)).toHaveLength(1);
    expect(text.match(/Access-Control-Allow-Origin/g)).toHaveLength(1);
    expect(text).toContain('/api/*\n  Access-Control-Allow-Origin: *\n');
  });
  it('nginx: the national host has an /api/ block with CORS and an /embed/ block with the framable policy; no other host has either', () => {
    const servers = nginxServers(committed('deploy/nginx.conf'));
    for (const { names, body } of servers) {
      const national = names === nationalHost;
      expect(body.includes('location ^~ /api/ {'), names).toBe(national);
      expect(body.includes('frame-ancestors *'), names).toBe(national);
      expect(body.includes('Access-Control-Allow-Origin'), names).toBe(national);
    }
    const body = servers.find((s) => s.names === nationalHost)!.body;
    const api = /\n {4}location \^~ \/api\/ \{\n([\s\S]*?)\n {4}\}\n/.exec(body)![1];
    expect(api).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(api).toContain(`add_header Content-Security-Policy "${serializeCsp(publicCsp({ host: nationalHost }))}" always;`);
    const embed = /\n {4}location \^~ \/embed\/ \{\n([\s\S]*?)\n {4}\}\n/.exec(body)![1];
    expect(embed).toContain(`add_header Content-Security-Policy "${embedCsp(nationalHost)}" always;`);
    // add_header in a location replaces the server's headers: all of them must be repeated.
    for (const [name] of securityHeaders('public')) expect(embed, name).toMatch(new RegExp(`add_header ${name} "[^"]+" always;`));
    // The server's own policy (every other page) still forbids framing.
    expect(/\n {4}add_header Content-Security-Policy "([^"]+)" always;/.exec(body)![1]).toContain("frame-ancestors 'none'");
  });
});

describe('the CMS admin policy', () => {
  it('is looser (Decap needs eval) and reaches only the configured git host', () => {
    const csp = parseCsp(serializeCsp(adminCsp()));
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", CMS_GIT_HOST]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('public/_headers', () => {
  const text = committed('public/_headers');
  const csps = headersFileCsps(text);
  it('gives every path the public policy, /media/ the media policy and only the admin path the admin policy', () => {
    expect(csps.map((c) => c.path)).toEqual(['/*', '/media/*', '/embed/*', `${ADMIN_PATH}*`]);
    expect(csps[0].csp).toBe(serializeCsp(publicCsp()));
    expect(unsafe(csps[0].csp)).toBe(false);
    expect(csps[1].csp).toBe(serializeCsp(mediaCsp()));
    expect(csps[2].csp).toBe(embedCsp());
    expect(csps[3].csp).toBe(serializeCsp(adminCsp()));
    expect(text).toContain('/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ');
    // Specific blocks first drop the public value (Cloudflare Pages would otherwise send both).
    expect(text).toContain('/media/*\n  ! Content-Security-Policy\n  Content-Security-Policy: sandbox; ');
    expect(text).toMatch(new RegExp(`${ADMIN_PATH}\\*\\n  ! Content-Security-Policy\\n  Content-Security-Policy: `));
    // nosniff for media comes from /*, which every path matches.
    expect(text).toMatch(/\/\*\n(?: {2}.+\n)* {2}X-Content-Type-Options: nosniff\n/);
  });
  it('caches hashed assets for a year and pages briefly, per site in path mode too', () => {
    expect(text).toMatch(/\/\*\n(?: {2}.+\n)* {2}Cache-Control: public, max-age=300, must-revalidate\n/);
    expect(text).toContain('/_astro/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain('/pagefind/*\n  ! Cache-Control\n  Cache-Control: public, max-age=3600');
    for (const site of sites.filter((s) => !s.isNational)) expect(text).toContain(`/${site.id}/pagefind/*\n`);
  });
});

describe('_headers of each host folder (host mode; written by the build)', () => {
  const files = hostHeadersFiles(sites);
  it('exists for every public host and names that host in the page policy', () => {
    expect([...files.keys()].sort()).toEqual(sites.map((s) => s.host).sort());
    for (const site of sites) {
      const csps = headersFileCsps(files.get(site.host)!);
      // Open data and partner tools exist on the national host only.
      expect(
        csps.map((c) => c.path),
        site.host,
      ).toEqual(site.isNational ? ['/*', '/media/*', '/embed/*'] : ['/*', '/media/*']);
      expect(csps[0].csp, site.host).toBe(serializeCsp(publicCsp({ host: site.host })));
      expect(csps[1].csp, site.host).toBe(serializeCsp(mediaCsp()));
      if (site.isNational) expect(csps[2].csp).toBe(embedCsp(site.host));
      expect(files.get(site.host)!.includes('/api/*\n  Access-Control-Allow-Origin: *\n'), site.host).toBe(site.isNational);
    }
  });
  it('carries no path-mode or admin rules', () => {
    const twente = renderHeadersFile(sites, getSite('twente'));
    expect(twente).not.toContain('/twente/pagefind/');
    expect(twente).not.toContain(ADMIN_PATH);
  });
});

describe('public/_redirects', () => {
  it('sends every old path-mode address to its regional host', () => {
    const rules = committed('public/_redirects')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/\s+/));
    const regions = sites.filter((s) => !s.isNational);
    expect(rules).toHaveLength(regions.length * 2);
    for (const site of regions) {
      expect(rules).toContainEqual([`/${site.id}/*`, `https://${site.host}/:splat`, '301']);
      expect(rules).toContainEqual([`/${site.id}`, `https://${site.host}/`, '301']);
    }
  });
});

describe('deploy/nginx.conf', () => {
  const text = committed('deploy/nginx.conf');
  const servers = nginxServers(text);
  const publicHosts = sites.map((s) => s.host);

  it('has one TLS server per site host plus the admin host, each with its own folder', () => {
    for (const host of [...publicHosts, ADMIN_HOST]) {
      const block = servers.filter((s) => s.names === host);
      expect(block, host).toHaveLength(1);
      expect(block[0].body).toContain(`root /srv/leerwerkloket/${host};`);
      expect(block[0].body).toContain('listen 443 ssl');
      expect(block[0].body).toContain(`ssl_certificate /etc/ssl/leerwerkloket/${host}/fullchain.pem;`);
    }
    const redirect = servers.find((s) => s.body.includes('return 301 https://$host$request_uri;'))!;
    expect(redirect.names.split(' ').sort()).toEqual([...publicHosts, ADMIN_HOST].sort());
  });

  it('public hosts send the strict policy and their own 404 page; only the admin host is looser', () => {
    for (const host of publicHosts) {
      const { body } = servers.find((s) => s.names === host)!;
      const csp = /add_header Content-Security-Policy "([^"]+)" always;/.exec(body)![1];
      expect(csp, host).toBe(serializeCsp(publicCsp({ host })));
      expect(unsafe(csp), host).toBe(false);
      expect(body).toContain('error_page 404 /404.html;');
      for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) {
        expect(body, `${host} ${name}`).toMatch(new RegExp(`add_header ${name} "[^"]+" always;`));
      }
    }
    const admin = servers.find((s) => s.names === ADMIN_HOST)!.body;
    expect(/add_header Content-Security-Policy "([^"]+)" always;/.exec(admin)![1]).toBe(serializeCsp(adminCsp()));
  });

  it('every public host answers /media/ with the media policy and nosniff, and sends PDFs as downloads', () => {
    for (const host of publicHosts) {
      const { body } = servers.find((s) => s.names === host)!;
      const media = /\n {4}location \^~ \/media\/ \{\n([\s\S]*?)\n {4}\}\n/.exec(body);
      expect(media, host).not.toBeNull();
      const [own, pdf] = media![1].split('      location ~* \\.pdf$ {');
      for (const block of [own, pdf]) {
        expect(block, host).toContain(`add_header Content-Security-Policy "${serializeCsp(mediaCsp())}" always;`);
        // add_header in a location replaces the server's headers: all of them must be repeated.
        for (const [name] of securityHeaders('public'))
          expect(block, `${host} ${name}`).toMatch(new RegExp(`add_header ${name} "[^"]+" always;`));
        expect(block, host).toContain('add_header Cache-Control $lwl_cache_control;');
      }
      expect(own).not.toContain('Content-Disposition');
      expect(pdf).toContain('add_header Content-Disposition "attachment" always;');
    }
    expect(servers.find((s) => s.names === ADMIN_HOST)!.body).not.toContain('/media/');
  });

  it('the national host redirects old path-mode addresses to the regional hosts', () => {
    const { body } = servers.find((s) => s.names === nationalHost)!;
    for (const site of sites.filter((s) => !s.isNational)) {
      expect(body).toContain(`location ^~ /${site.id}/ { rewrite ^/${site.id}/(.*)$ https://${site.host}/$1 permanent; }`);
    }
  });

  it('the test variant: plain http on one local port, its own folders, no upgrade-insecure-requests', () => {
    const variant = renderNginxConf(sites, { tls: false, port: 9999, root: '/tmp/out', runtimeDir: '/tmp/run' });
    expect(variant).toContain('listen 127.0.0.1:9999;');
    expect(variant).not.toContain('ssl');
    expect(variant).toContain(
      `add_header Content-Security-Policy "${serializeCsp(publicCsp({ tls: false, host: getSite('twente').host }))}" always;`,
    );
    expect(variant).toContain('root /tmp/out/twente.leerwerkloket.nl;');
    expect(variant).toContain('pid /tmp/run/nginx.pid;');
  });
});
