// Issue #13 end to end: `npm run feeds:harvest` against a local server, a second night in which one
// provider's feed breaks and another's changes, then a real build (SITES=twente, host mode) in a
// copy of the project (so Astro's caches never mix with the working tree's). The build passes,
// names the held-back provider in one line, shows its last good programmes and the other's new
// ones, and puts the national team's overview on the admin host only.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../../helpers/project-copy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programme, serveProvider, startFeedServer, xml, type FeedServer } from '../../helpers/feed-server';

const dir = mkdtempSync(join(tmpdir(), 'lwl-harvest-build-'));
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = {
  ...process.env,
  SITES: 'twente',
  SITE_MODE: 'host',
  BUILD_DATE: '2026-11-23',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  EDUDEX_DIR: '',
  EDUDEX_SNAPSHOTS: '',
  CONTENT_DIR: '',
};

/** Runs a project script in the copy without blocking this process: the feed server must keep answering. */
function script(file: string, args: string[] = []): Promise<{ status: number | null; log: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', file, ...args], { cwd: dir, env });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (status) => done({ status, log }));
  });
}

/** Every HTML file under a folder, concatenated: enough to ask "is this title anywhere". */
function allHtml(folder: string): string {
  let text = '';
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) text += readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return text;
}

describe('a build after a faulty harvest', () => {
  it('passes, holds back the broken provider with its last good data and updates the good one', async () => {
    // A copy of the project, so Astro's caches in .astro/ never mix with the working tree's.
    copyProject(dir);
    const feeds = join(dir, 'content/opleidingen/feeds.yaml');
    writeFileSync(
      feeds,
      readFileSync(feeds, 'utf8') +
        `- { id: net-goed, name: Net Goed Opleidingen, enabled: true, url: "${server.base}/net-goed/directory.xml", contact: feeds@net-goed.example }\n` +
        `- { id: net-kapot, name: Net Kapot Opleidingen, enabled: true, url: "${server.base}/net-kapot/directory.xml", contact: feeds@net-kapot.example }\n`,
    );
    serveProvider(server, 'net-goed', 2, 'Oogsttest Goed');
    serveProvider(server, 'net-kapot', 2, 'Oogsttest Kapot');

    const night1 = await script('scripts/harvest-feeds.ts');
    expect(night1.status, night1.log).toBe(0);
    expect(night1.log).toMatch(/net-kapot: ok, 2 programme\(s\)/);

    // Night two: net-kapot publishes broken XML, net-goed renames a programme.
    server.routes.set(
      '/net-kapot/programs/p1.xml',
      xml(programme('NET-KAPOT-1', 'Oogsttest Kapot 1 nieuw').replace('</programDescriptions>', '')),
    );
    server.routes.set('/net-goed/programs/p2.xml', xml(programme('NET-GOED-2', 'Oogsttest Goed 2 vernieuwd')));
    const night2 = await script('scripts/harvest-feeds.ts');
    expect(night2.status, night2.log).toBe(0);
    expect(night2.log).toMatch(
      /net-kapot: HELD BACK \(failed\), 1 problem\(s\); http:\/\/127\.0\.0\.1:\d+\/net-kapot\/programs\/p1\.xml → line \d+: /,
    );
    expect(night2.log).toMatch(/held back: net-kapot/);

    const build = await script('scripts/build.ts');
    expect(build.status, build.log.slice(-4000)).toBe(0);
    const held = build.log.split('\n').filter((line) => line.includes('EDU-DEX: held back'));
    expect(held).toHaveLength(1);
    expect(held[0]).toMatch(
      /held back net-kapot \(failed since 20\d\d-\d\d-\d\d\), showing its last good snapshot of 20\d\d-\d\d-\d\d\. http:\/\/127\.0\.0\.1:\d+\/net-kapot\/programs\/p1\.xml → line \d+: /,
    );

    const out = join(dir, 'dist');
    const twente = allHtml(join(out, 'twente.leerwerkloket.nl'));
    expect(twente).toContain('Oogsttest Kapot 1');
    expect(twente).not.toContain('Oogsttest Kapot 1 nieuw');
    expect(twente).toContain('Oogsttest Goed 2 vernieuwd');
    expect(twente).toContain('Oogsttest Goed 1');

    // The overview lives on the admin host only, never indexed.
    const overview = readFileSync(join(out, 'beheer.leerwerkloket.nl/feeds/index.html'), 'utf8');
    expect(overview).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(overview).toMatch(/Net Kapot Opleidingen: tegengehouden: fout in de feed/);
    expect(overview).toMatch(/href="mailto:feeds@net-kapot\.example\?subject=Uw%20EDU-DEX-feed/);
    expect(overview).toContain('Beste beheerder van de opleidingenfeed,');
    expect(existsSync(join(out, 'leerwerkloket.nl/beheer'))).toBe(false);
    expect(allHtml(join(out, 'leerwerkloket.nl'))).not.toContain('Feeds van opleiders');
  }, 600_000);
});
