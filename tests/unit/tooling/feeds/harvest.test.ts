// The feed harvester against a local server full of broken providers (issue #13): each fault gives
// the right state in harvest.json, the faulty provider's last good snapshot stays byte for byte,
// and the good providers are updated in the same run.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../../src/lib/errors';
import { describeFeeds, loadFeeds } from '../../../../src/lib/opleidingen/edudex/feeds';
import {
  heldBackLines,
  mailtoLink,
  providerMessage,
  readHarvestState,
  type HarvestState,
  type ProviderHarvest,
} from '../../../../src/lib/opleidingen/harvest-state';
import { feedEntrySchema } from '../../../../src/schemas/opleiding';
import { harvest, HarvestConfigError, type HarvestLimits } from '../../../../src/tooling/feeds/harvest';
import { recover } from '../../../../src/tooling/feeds/store';
import { directory, programme, serveProvider, startFeedServer, xml, type FeedServer } from '../../helpers/feed-server';

const BUILD_DATE = '2026-11-23';
const ROUND_1 = new Date('2026-11-22T02:00:00Z');
const ROUND_2 = new Date('2026-11-23T02:00:00Z');
const PROGRAM_LIMIT = 64 * 1024;
// Small limits keep the suite fast; a hang or a drip costs 2 × 1 s. (Validation runs on the event
// loop, so on a busy machine a much shorter deadline would also cut off good providers.)
const LIMITS: Partial<HarvestLimits> = {
  requestTimeoutMs: 1000,
  providerTimeoutMs: 10_000,
  retries: 1,
  backoffMs: 5,
  perHost: 6,
  providers: 16,
  maxBytes: { directory: 256 * 1024, institute: PROGRAM_LIMIT, program: PROGRAM_LIMIT },
};

const FAULTY = [
  'fout-500',
  'fout-404',
  'hangt',
  'druppelt',
  'te-groot',
  'gzip-bom',
  'lus',
  'naar-file',
  'html',
  'kapot-xml',
  'doctype',
  'leeg',
];
const GOOD = ['goed', 'gewijzigd', 'ongewijzigd'];
const ALL = [...GOOD, ...FAULTY];

let server: FeedServer;
const temp: string[] = [];
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  temp.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function feedDir(ids: string[], extra = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'lwl-harvest-'));
  temp.push(dir);
  const lines = ids.map(
    (id) => `- { id: ${id}, name: Opleider ${id}, enabled: true, url: "${server.base}/${id}/directory.xml", contact: feeds@${id}.example }`,
  );
  writeFileSync(join(dir, 'feeds.yaml'), lines.join('\n') + '\n' + extra);
  return dir;
}

/** Every file of a snapshot folder with its hash: "byte-identical" in one comparison. */
function fingerprint(folder: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) Object.assign(out, fingerprint(path, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const run = (dir: string, now: Date, extra: { only?: string[]; accept?: string[]; limits?: Partial<HarvestLimits> } = {}) =>
  harvest({ feedDir: dir, buildDate: BUILD_DATE, now: () => now, ...extra, limits: { ...LIMITS, ...extra.limits } });

describe('a nightly harvest with broken providers', () => {
  let dir: string;
  let first: HarvestState;
  let second: HarvestState;
  const before: Record<string, Record<string, string>> = {};
  const p = (id: string): ProviderHarvest => second.providers[id];

  beforeAll(async () => {
    for (const id of ALL) serveProvider(server, id, id === 'leeg' ? 4 : 3, `Training ${id}`, { lastModified: id === 'ongewijzigd' });
    dir = feedDir(ALL);
    // The first night has time to spare: it only sets up the last good snapshots.
    first = (await run(dir, ROUND_1, { limits: { requestTimeoutMs: 20_000 } })).state;
    for (const id of ALL) before[id] = fingerprint(join(dir, id));
    server.hits.clear();
    server.notModified.clear();

    // The night after: everything that can go wrong with a provider's server or feed.
    serveProvider(server, 'goed', 4, 'Training goed');
    server.routes.set('/fout-500/directory.xml', (_req, res) => void res.writeHead(500).end('Internal Server Error'));
    server.routes.set('/fout-404/programs/p2.xml', (_req, res) => void res.writeHead(404).end());
    server.routes.set('/hangt/directory.xml', () => {}); // never answers
    server.routes.set('/druppelt/programs/p1.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.write('<?xml version="1.0"?>');
      const drip = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(drip));
    });
    server.routes.set('/te-groot/programs/p1.xml', (_req, res) => {
      // Chunked, no Content-Length: only counting while streaming can stop it.
      res.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = Buffer.alloc(16 * 1024, ' ');
      let sent = 0;
      const more = () => {
        while (sent < 10 * PROGRAM_LIMIT && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, ' ')); // 64 MB of spaces in ~64 KB
    server.routes.set(
      '/gzip-bom/programs/p1.xml',
      (_req, res) =>
        void res.writeHead(200, { 'content-type': 'application/xml', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb),
    );
    server.routes.set('/lus/directory.xml', (_req, res) => void res.writeHead(302, { location: '/lus/elders.xml' }).end());
    server.routes.set('/lus/elders.xml', (_req, res) => void res.writeHead(301, { location: '/lus/directory.xml' }).end());
    server.routes.set('/naar-file/directory.xml', (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    server.routes.set(
      '/html/programs/p2.xml',
      (_req, res) =>
        void res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!DOCTYPE html><html><body><h1>Er ging iets mis</h1></body></html>'),
    );
    server.routes.set(
      '/kapot-xml/programs/p1.xml',
      xml(programme('KAPOT-XML-1', 'Training kapot-xml 1').replace('</programClassification>', '')),
    );
    server.routes.set(
      '/doctype/programs/p3.xml',
      xml(
        programme('DOCTYPE-3', 'Training doctype 3').replace(
          '<program ',
          '<!DOCTYPE program [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<program ',
        ),
      ),
    );
    server.routes.set('/leeg/directory.xml', xml(directory('leeg', [])));
    server.routes.set('/gewijzigd/programs/p2.xml', xml(programme('GEWIJZIGD-2', 'Training gewijzigd 2, nieuwe titel')));

    second = (await run(dir, ROUND_2)).state;
  }, 60_000);

  it('accepted every provider the first night', () => {
    for (const id of ALL) expect(first.providers[id], id).toMatchObject({ status: 'ok', lastSuccess: ROUND_1.toISOString(), errors: [] });
    expect(first.providers.leeg.programmes).toBe(4);
    expect(first.providers.goed.changes?.added).toEqual(['GOED-1', 'GOED-2', 'GOED-3']);
  });

  it('keeps the last good snapshot of every faulty provider byte for byte', () => {
    for (const id of FAULTY) {
      expect(fingerprint(join(dir, id)), id).toEqual(before[id]);
      expect(p(id), id).toMatchObject({
        lastAttempt: ROUND_2.toISOString(),
        lastSuccess: ROUND_1.toISOString(),
        heldBackSince: ROUND_2.toISOString(),
      });
      expect(p(id).errors.length, id).toBeGreaterThan(0);
    }
  });

  it('writes harvest.json with the state of every provider', () => {
    const onDisk = readHarvestState(dir);
    expect(onDisk.problem).toBeUndefined();
    expect(onDisk.state).toEqual(second);
    expect(Object.keys(onDisk.state.providers).sort()).toEqual([...ALL].sort());
    expect(existsSync(join(dir, '.harvest', 'lock'))).toBe(false);
    expect(readdirSync(join(dir, '.harvest'))).toEqual([]);
  });

  it('updates a good provider that added a programme', () => {
    expect(p('goed')).toMatchObject({ status: 'ok', lastSuccess: ROUND_2.toISOString(), programmes: 4, errors: [] });
    expect(p('goed').changes).toEqual({ added: ['GOED-4'], changed: [], removed: [] });
    expect(readdirSync(join(dir, 'goed', 'programs'))).toHaveLength(4);
  });

  it('takes over a changed programme and gets the rest as 304s', () => {
    expect(p('gewijzigd')).toMatchObject({ status: 'ok', httpStatus: 304, changes: { added: [], changed: ['GEWIJZIGD-2'], removed: [] } });
    expect(p('gewijzigd').requests).toMatchObject({ full: 1, notModified: 4 });
    const files = readdirSync(join(dir, 'gewijzigd', 'programs')).map((f) => readFileSync(join(dir, 'gewijzigd', 'programs', f), 'utf8'));
    expect(files.some((text) => text.includes('nieuwe titel'))).toBe(true);
  });

  it('costs only 304s for an unchanged provider (Last-Modified) and leaves its snapshot alone', () => {
    expect(p('ongewijzigd')).toMatchObject({
      status: 'ok',
      httpStatus: 304,
      lastSuccess: ROUND_2.toISOString(),
      changes: { added: [], changed: [], removed: [] },
    });
    expect(p('ongewijzigd').requests).toEqual({ full: 0, notModified: 5, bytes: 0 });
    expect(server.notModified.get('/ongewijzigd/directory.xml')).toBe(1);
    expect(fingerprint(join(dir, 'ongewijzigd'))).toEqual(before.ongewijzigd);
  });

  it('retries a 500 once and then holds the provider back', () => {
    expect(p('fout-500')).toMatchObject({ status: 'failed', httpStatus: 500 });
    expect(p('fout-500').errors).toEqual([
      { kind: 'http', file: `${server.base}/fout-500/directory.xml`, problem: 'answered HTTP 500 Internal Server Error', status: 500 },
    ]);
    expect(server.hits.get('/fout-500/directory.xml')).toBe(2);
  });

  it('names the programme that answers 404, without retrying it', () => {
    expect(p('fout-404').status).toBe('failed');
    expect(p('fout-404').errors).toEqual([
      {
        kind: 'http',
        file: `${server.base}/fout-404/programs/p2.xml`,
        element: 'programResource[programId=FOUT-404-2]',
        problem: 'answered HTTP 404 Not Found',
        status: 404,
      },
    ]);
    expect(server.hits.get('/fout-404/programs/p2.xml')).toBe(1);
  });

  it('gives up on a server that hangs and on one that drips, after one retry', () => {
    expect(p('hangt').errors).toEqual([
      { kind: 'timeout', file: `${server.base}/hangt/directory.xml`, problem: 'gave no complete answer within 1 s' },
    ]);
    expect(server.hits.get('/hangt/directory.xml')).toBe(2);
    expect(p('druppelt').errors).toMatchObject([
      { kind: 'timeout', file: `${server.base}/druppelt/programs/p1.xml`, element: 'programResource[programId=DRUPPELT-1]' },
    ]);
  });

  it('stops reading a body over the limit, also when it only grows once unpacked', () => {
    expect(p('te-groot').errors).toMatchObject([
      {
        kind: 'too-large',
        file: `${server.base}/te-groot/programs/p1.xml`,
        problem: `is more than 65,536 bytes; at most 65,536 bytes are accepted`,
      },
    ]);
    expect(p('gzip-bom').errors).toMatchObject([{ kind: 'too-large', problem: expect.stringContaining('once unpacked') }]);
  });

  it('follows no redirect loop and never a redirect to file:', () => {
    expect(p('lus').errors).toMatchObject([{ kind: 'redirect', problem: expect.stringMatching(/^redirects more than 3 times/) }]);
    expect(p('naar-file').errors).toEqual([
      {
        kind: 'redirect',
        file: `${server.base}/naar-file/directory.xml`,
        problem: 'redirects to file:///etc/passwd; only http addresses are followed',
        status: 302,
      },
    ]);
  });

  it('recognises an HTML error page served with 200', () => {
    expect(p('html').errors).toMatchObject([
      { kind: 'html', file: `${server.base}/html/programs/p2.xml`, element: 'programResource[programId=HTML-2]', status: 200 },
    ]);
  });

  it('reports malformed XML and a DOCTYPE through the build importer, naming file and line', () => {
    expect(p('kapot-xml').errors).toMatchObject([
      { kind: 'feed', file: `${server.base}/kapot-xml/programs/p1.xml`, element: expect.stringMatching(/^line \d+$/) },
    ]);
    expect(p('doctype').errors).toMatchObject([
      { kind: 'feed', file: `${server.base}/doctype/programs/p3.xml`, problem: expect.stringMatching(/DOCTYPE/) },
    ]);
  });

  it('holds back a directory that suddenly lists no programmes, until accepted', async () => {
    expect(p('leeg')).toMatchObject({
      status: 'suspicious',
      programmes: 4,
      changes: { added: [], changed: [], removed: ['LEEG-1', 'LEEG-2', 'LEEG-3', 'LEEG-4'] },
    });
    expect(p('leeg').errors).toMatchObject([
      { kind: 'brake', element: 'programResource', problem: expect.stringContaining('npm run feeds:harvest -- --accept leeg') },
    ]);

    const third = new Date('2026-11-24T02:00:00Z');
    const accepted = await run(dir, third, { accept: ['leeg'] });
    expect(accepted.harvested).toEqual(['leeg']);
    expect(accepted.state.providers.leeg).toMatchObject({ status: 'ok', programmes: 0, lastSuccess: third.toISOString() });
    // Providers not in this run keep what the last run said about them.
    expect(accepted.state.providers['fout-500']).toEqual(p('fout-500'));

    // A provider that keeps failing keeps the date it was first held back.
    const fourth = new Date('2026-11-25T02:00:00Z');
    const again = await run(dir, fourth, { only: ['fout-500'] });
    expect(again.state.providers['fout-500']).toMatchObject({
      status: 'failed',
      lastAttempt: fourth.toISOString(),
      heldBackSince: ROUND_2.toISOString(),
      lastSuccess: ROUND_1.toISOString(),
    });
    expect(fingerprint(join(dir, 'fout-500'))).toEqual(before['fout-500']);
  });

  it('lets the build use the last good snapshots and print one line per held-back provider', () => {
    const set = loadFeeds(dir, { buildDate: BUILD_DATE });
    const state = readHarvestState(dir).state;
    const lines = heldBackLines(state, new Set(ALL));
    const heldBack = Object.entries(state.providers)
      .filter(([, s]) => s.status !== 'ok')
      .map(([id]) => id);
    expect(lines).toHaveLength(heldBack.length);
    expect(lines.find((l) => l.includes('held back fout-404'))).toMatch(
      /showing its last good snapshot of 2026-11-22\. .*fout-404\/programs\/p2\.xml → programResource\[programId=FOUT-404-2\]: answered HTTP 404/,
    );
    // The last good data of a held-back provider is what the build imports.
    const kapot = set.offers
      .filter((o) => o.provider.id === 'kapot-xml')
      .map((o) => o.programId)
      .sort();
    expect(kapot).toEqual(['KAPOT-XML-1', 'KAPOT-XML-2', 'KAPOT-XML-3']);
    expect(set.offers.filter((o) => o.provider.id === 'goed')).toHaveLength(4);
  });

  it('writes a ready-to-send Dutch message naming file, element and fix', () => {
    const message = providerMessage(p('fout-404'));
    expect(message.subject).toBe('Uw EDU-DEX-feed voor Leerwerkloket: fout gevonden (Opleider fout-404)');
    expect(message.body).toContain(`Bestand: ${server.base}/fout-404/programs/p2.xml`);
    expect(message.body).toContain('Element: programResource[programId=FOUT-404-2]');
    expect(message.body).toContain(
      'Het bestand is niet gevonden (HTTP 404). Zet het bestand terug op dit adres, of haal het uit directory.xml.',
    );
    expect(message.body).toContain('Op onze websites staan daarom nog de opleidingen van 2026-11-22.');
    const doctype = providerMessage(p('doctype')).body;
    expect(doctype).toMatch(/Technische melding: .*DOCTYPE/);
    expect(mailtoLink(p('fout-404'))).toMatch(/^mailto:feeds@fout-404\.example\?subject=Uw%20EDU-DEX-feed/);
  });
});

describe('limits per host and per provider', () => {
  it('never has more requests in flight on one host than allowed', async () => {
    const id = 'druk';
    serveProvider(server, id, 8, 'Training druk');
    let inFlight = 0;
    let peak = 0;
    for (let n = 1; n <= 8; n++) {
      const inner = server.routes.get(`/${id}/programs/p${n}.xml`)!;
      server.routes.set(`/${id}/programs/p${n}.xml`, (req, res) => {
        peak = Math.max(peak, ++inFlight);
        res.on('close', () => inFlight--);
        setTimeout(() => inner(req, res), 25);
      });
    }
    const dir = feedDir([id]);
    const result = await run(dir, ROUND_1, { limits: { perHost: 2 } });
    expect(result.state.providers[id].status).toBe('ok');
    expect(peak).toBe(2);
    expect(result.peakPerHost[new URL(server.base).host]).toBe(2);
  });

  it('stops a provider that takes too long as a whole, keeping its snapshot', async () => {
    const id = 'traag';
    serveProvider(server, id, 4, 'Training traag');
    const dir = feedDir([id]);
    await run(dir, ROUND_1);
    const snapshot = fingerprint(join(dir, id));
    for (let n = 1; n <= 4; n++) {
      const inner = xml(programme(`TRAAG-${n}`, `Training traag ${n} (nieuw)`));
      server.routes.set(`/${id}/programs/p${n}.xml`, (req, res) => void setTimeout(() => inner(req, res), 150));
    }
    const result = await run(dir, ROUND_2, { limits: { perHost: 1, providerTimeoutMs: 400 } });
    expect(result.state.providers[id]).toMatchObject({
      status: 'failed',
      errors: [{ kind: 'provider-timeout', problem: 'the whole feed took longer than 0.4 s to fetch' }],
    });
    expect(fingerprint(join(dir, id))).toEqual(snapshot);
  });

  it('follows a short redirect and resolves relative addresses against where directory.xml really is', async () => {
    serveProvider(server, 'nieuw-adres', 2, 'Training nieuw adres');
    for (const path of ['directory.xml', 'institute.xml', 'programs/p1.xml', 'programs/p2.xml']) {
      server.routes.set(`/verhuisd/nieuw/${path}`, server.routes.get(`/nieuw-adres/${path}`)!);
    }
    server.routes.set(
      '/verhuisd/directory.xml',
      (_req, res) => void res.writeHead(301, { location: '/verhuisd/nieuw/directory.xml' }).end(),
    );
    const dir = feedDir(['verhuisd']);
    const result = await run(dir, ROUND_1);
    expect(result.state.providers.verhuisd).toMatchObject({ status: 'ok', programmes: 2 });
    expect(server.hits.get('/verhuisd/nieuw/programs/p2.xml')).toBe(1);
  });

  it('refuses --only and --accept for a provider that is not harvested', async () => {
    const dir = feedDir(['goed'], '- { id: handwerk, name: Handwerk, enabled: true }\n');
    await expect(run(dir, ROUND_1, { only: ['handwerk'] })).rejects.toThrow(HarvestConfigError);
    await expect(run(dir, ROUND_1, { accept: ['bestaat-niet'] })).rejects.toThrow(/"bestaat-niet" is not an enabled provider with a url/);
  });
});

describe('the snapshot store', () => {
  it('puts back a snapshot an interrupted swap left aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lwl-recover-'));
    temp.push(dir);
    mkdirSync(join(dir, '.harvest', 'roc.old'), { recursive: true });
    writeFileSync(join(dir, '.harvest', 'roc.old', 'directory.xml'), 'oud');
    mkdirSync(join(dir, '.harvest', 'roc.new'));
    expect(recover(dir)).toEqual(['roc']);
    expect(readFileSync(join(dir, 'roc', 'directory.xml'), 'utf8')).toBe('oud');
    expect(readdirSync(join(dir, '.harvest'))).toEqual([]);
  });
});

describe('harvested and hand-edited feeds in the build', () => {
  it('leaves a harvested provider with a broken snapshot out, but stops on a broken hand-edited feed', async () => {
    const dir = feedDir(['goed']);
    serveProvider(server, 'goed', 2, 'Training goed');
    await run(dir, ROUND_1);
    // Something (an importer change, a hand edit) makes the snapshot unacceptable now.
    const programs = join(dir, 'goed', 'programs');
    const file = join(programs, readdirSync(programs)[0]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('<programLevel>none</programLevel>', '<programLevel>nivo 9</programLevel>'));
    const set = loadFeeds(dir, { buildDate: BUILD_DATE });
    expect(set.offers).toEqual([]);
    const report = set.providers.find((r) => r.id === 'goed')!;
    expect(report.refused?.[0]).toMatch(/goed\/programs\/.*\.xml \(provider goed\) → program\/programClassification\/programLevel: /);
    expect(describeFeeds(set).join('\n')).toMatch(/harvested provider goed left out of this build/);

    // The same mistake in a feed kept in the repository is the editor's: the build stops.
    const hand = join(dir, 'hand');
    mkdirSync(join(hand, 'programs'), { recursive: true });
    writeFileSync(join(hand, 'directory.xml'), directory('hand', [['HAND-1', 'programs/a.xml']], ''));
    writeFileSync(
      join(hand, 'programs', 'a.xml'),
      programme('HAND-1', 'Handwerk').replace('<programLevel>none</programLevel>', '<programLevel>nivo 9</programLevel>'),
    );
    writeFileSync(
      join(dir, 'feeds.yaml'),
      readFileSync(join(dir, 'feeds.yaml'), 'utf8') + '- { id: hand, name: Handwerk, enabled: true }\n',
    );
    expect(() => loadFeeds(dir, { buildDate: BUILD_DATE })).toThrow(ContentErrors);
    try {
      loadFeeds(dir, { buildDate: BUILD_DATE });
    } catch (error) {
      expect((error as ContentErrors).errors.map((e) => e.message)).toEqual([
        expect.stringMatching(/hand\/programs\/a\.xml \(provider hand\) → program\/programClassification\/programLevel: /),
      ]);
    }
  });

  it('says so when a harvested provider has no snapshot yet', () => {
    const dir = feedDir(['nieuw']);
    const set = loadFeeds(dir, { buildDate: BUILD_DATE });
    expect(set.providers[0]).toMatchObject({ id: 'nieuw', harvested: true, noSnapshot: true });
    expect(describeFeeds(set).join('\n')).toContain('harvested provider nieuw has no snapshot yet');
  });
});

describe('feeds.yaml: url and contact', () => {
  const entry = (extra: object) => feedEntrySchema.safeParse({ id: 'roc', name: 'ROC', enabled: true, ...extra });
  it('accepts an https url with a contact', () => {
    expect(entry({ url: 'https://roc.example/edudex/directory.xml', contact: 'feeds@roc.example' }).success).toBe(true);
  });
  it('refuses a url without contact, a file: url, a url with a password and a bad address', () => {
    const messages = (extra: object) => entry(extra).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ url: 'https://roc.example/directory.xml' })).toEqual([
      expect.stringMatching(/^contact: is missing; a harvested feed needs the e-mail address/),
    ]);
    expect(messages({ url: 'file:///etc/passwd', contact: 'a@b.nl' })).toEqual([expect.stringMatching(/^url: is not a web address/)]);
    expect(messages({ url: 'https://u:p@roc.example/directory.xml', contact: 'a@b.nl' })).toEqual([expect.stringMatching(/^url: /)]);
    expect(messages({ url: 'https://roc.example/directory.xml', contact: 'geen-adres' })).toEqual([
      expect.stringMatching(/^contact: is not an e-mail address/),
    ]);
  });
});
