// The EDU-DEX importer on the example feed, on feature fixtures, and on one broken feed per problem.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../../../src/lib/errors';
import { describeFeeds, loadFeeds, slugify, assignSlugs, type FeedSet } from '../../../../../src/lib/opleidingen/edudex/feeds';
import { allRegionRows } from '../../../../../src/lib/loketten/gemeenten';
import type { Offer } from '../../../../../src/schemas/opleiding';

const FIXTURES = join('tests/fixtures/edudex');
const EXAMPLE = join(FIXTURES, 'example');
const TODAY = '2026-11-23';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyOf(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'edudex-'));
  dirs.push(dir);
  cpSync(src, dir, { recursive: true });
  return dir;
}

const byProgram = (set: FeedSet, programId: string): Offer => {
  const offer = set.offers.find((o) => o.programId === programId);
  if (!offer) throw new Error(`no offer ${programId}`);
  return offer;
};

function problems(dir: string, buildDate = TODAY): string[] {
  try {
    loadFeeds(dir, { buildDate });
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors);
    return (error as ContentErrors).errors.map((e) => e.message);
  }
  throw new Error('expected the feed to be refused');
}

describe('the example feed', () => {
  const set = loadFeeds(EXAMPLE, { buildDate: TODAY, root: FIXTURES });
  const log = byProgram(set, 'LOG-MBO2-BBL');
  const ict = byProgram(set, 'ICT-CLOUD-HBO');
  const vca = byProgram(set, 'VCA-BASIS');

  it('imports the three listed programmes with their Dutch titles', () => {
    expect(set.offers.map((o) => o.title).sort()).toEqual([
      'Basisveiligheid VCA (B-VCA)',
      'Cloud- en netwerkbeheer (hbo, deeltijd)',
      'Logistiek medewerker (mbo niveau 2, BBL)',
    ]);
    expect(ict.titleLang).toBe('nl');
    expect(ict.summary).toMatch(/^Deeltijdcursus op hbo-niveau/);
    expect(ict.webLink).toBe('https://leerhuis-voorbeeldstad.example/opleidingen/cloud-netwerkbeheer');
    expect(log.id).toBe('leerhuis-voorbeeldstad/LOG-MBO2-BBL');
    expect(log.slug).toBe('logistiek-medewerker-mbo-niveau-2-bbl');
    expect(log.file).toBe('example/leerhuis-voorbeeldstad/programs/logistiek-medewerker-mbo2.xml');
  });

  it('takes provider facts from feeds.yaml and institute.xml', () => {
    expect(log.provider).toEqual({
      id: 'leerhuis-voorbeeldstad',
      name: 'Leerhuis Voorbeeldstad',
      url: 'https://leerhuis-voorbeeldstad.example/',
      summary: 'Verzonnen opleider voor praktijkgerichte cursussen.',
    });
  });

  it('gives Dutch labels and the codes the regelingen feature matches on', () => {
    expect(log).toMatchObject({
      level: 'mbo niveau 2',
      levelLabel: 'mbo niveau 2',
      forms: ['dual'],
      formLabels: ['BBL (werken en leren)'],
      recognised: true,
    });
    expect(log.degreeLabel).toBe('mbo-diploma niveau 2');
    expect(ict).toMatchObject({
      level: 'hbo',
      forms: ['part-time', 'evening education'],
      formLabels: ['Deeltijd', 'Avondonderwijs'],
      recognised: false,
    });
    expect(ict.duration?.label).toBe('6 maanden');
    expect(ict.studyLoad?.label).toBe('8 uur per week');
    expect(vca).toMatchObject({
      level: 'none',
      levelLabel: 'Geen vast niveau',
      typeLabel: 'Training',
      degreeLabel: 'Certificaat',
      recognised: false,
    });
    expect(vca.duration?.label).toBe('1 dag');
    expect(vca.studyLoad).toBeUndefined();
  });

  it('sums the required cost items, with the most specific level winning', () => {
    // generic level only: tuition 2450 + study material 195, for both runs
    expect(log.runs.map((r) => [r.cost?.total, r.cost?.source])).toEqual([
      [2645, 'generic'],
      [2645, 'generic'],
    ]);
    // run-level cost overrides the generic one in Utrecht, not in Zwolle
    expect(ict.runs.map((r) => [r.places[0].city, r.cost?.total, r.cost?.source])).toEqual([
      ['Utrecht', 3950, 'run'],
      ['Zwolle', 3750, 'generic'],
    ]);
    // run level only
    expect(vca.runs.map((r) => r.cost?.total)).toEqual([250, 264, 250]);
    expect(vca.runs[0].cost?.required.map((i) => i.label)).toEqual(['Lesgeld', 'Examen']);
    // VATCode 1: exempt, so the VAT the feed states is zero
    expect(vca.runs[0].cost?.totalVAT).toBe(0);
  });

  it('maps each run city to its municipality, arbeidsmarktregio and region site', () => {
    expect(log.runs.map((r) => [r.places[0].gemeente, r.regions])).toEqual([
      ['Rotterdam', ['rijnmond']],
      ['Tilburg', ['middenbrabant']],
    ]);
    expect(ict.regions).toEqual(['middenutrecht', 'regiozwolle']);
    expect(vca.regions).toEqual(['amersfoort', 'groningen']);
    expect(vca.runs[1].places[0]).toEqual({
      city: 'Groningen',
      name: 'Zalencentrum Groningen (adres volgt bij bevestiging)',
      gemeente: 'Groningen',
      region: 'groningen',
    });
    expect(set.offers.some((o) => o.online)).toBe(false);
  });

  it('keeps runs in date order and drops those that started before the build date', () => {
    expect(vca.runs.map((r) => r.start)).toEqual(['2027-03-09', '2027-04-06', '2027-05-11']);
    const later = loadFeeds(EXAMPLE, { buildDate: '2027-03-10' });
    expect(byProgram(later, 'VCA-BASIS').runs.map((r) => r.start)).toEqual(['2027-04-06', '2027-05-11']);
    expect(byProgram(later, 'VCA-BASIS').regions).toEqual(['amersfoort', 'groningen']);
    const afterAll = loadFeeds(EXAMPLE, { buildDate: '2027-05-12' });
    expect(afterAll.offers.map((o) => o.programId)).not.toContain('VCA-BASIS');
    expect(afterAll.providers[0].skipped['no upcoming start dates']).toEqual(['VCA-BASIS']);
    expect(describeFeeds(afterAll).join('\n')).toMatch(/skipped 1 \(no upcoming start dates\): leerhuis-voorbeeldstad\/VCA-BASIS/);
  });

  it('drops canceled runs', () => {
    const dir = copyOf(EXAMPLE);
    const file = join(dir, 'leerhuis-voorbeeldstad/programs/vca-basis.xml');
    const xml = readFileSync(file, 'utf8');
    // cancel the Groningen run (the second <status> element)
    let n = 0;
    writeFileSync(
      file,
      xml.replace(/<status>application opened<\/status>/g, (m) => (++n === 2 ? '<status>canceled</status>' : m)),
    );
    const vcaAfter = byProgram(loadFeeds(dir, { buildDate: TODAY }), 'VCA-BASIS');
    expect(vcaAfter.runs.map((r) => r.id)).toEqual(['VCA-BASIS-2027-03-09-AMF', 'VCA-BASIS-2027-05-11-AMF']);
    expect(vcaAfter.regions).toEqual(['amersfoort']);
  });

  it('ignores files the directory does not list, and says so', () => {
    const dir = copyOf(EXAMPLE);
    const extra = join(dir, 'leerhuis-voorbeeldstad/programs/oud-programma.xml');
    writeFileSync(extra, readFileSync(join(dir, 'leerhuis-voorbeeldstad/programs/vca-basis.xml'), 'utf8').replace(/VCA-BASIS/g, 'OUD'));
    const result = loadFeeds(dir, { buildDate: TODAY, root: dir });
    expect(result.offers).toHaveLength(3);
    expect(result.offers.map((o) => o.programId)).not.toContain('OUD');
    expect(result.providers[0].unlisted).toEqual(['leerhuis-voorbeeldstad/programs/oud-programma.xml']);
    expect(describeFeeds(result).join('\n')).toMatch(
      /ignored 1 file\(s\) not listed in directory.xml: leerhuis-voorbeeldstad\/programs\/oud-programma.xml/,
    );
  });

  it('a feed switched off in feeds.yaml is not imported', () => {
    const dir = copyOf(EXAMPLE);
    writeFileSync(join(dir, 'feeds.yaml'), '- { id: leerhuis-voorbeeldstad, name: Leerhuis, enabled: false }\n');
    const result = loadFeeds(dir, { buildDate: TODAY });
    expect(result.offers).toEqual([]);
    expect(describeFeeds(result)[0]).toMatch(
      /0 programmes imported from 0 provider\(s\); switched off in feeds.yaml: leerhuis-voorbeeldstad/,
    );
  });
});

describe('feature fixtures (prefixes, CDATA, languages, levels, online, skipped)', () => {
  const set = loadFeeds(join(FIXTURES, 'features'), { buildDate: TODAY, root: FIXTURES });
  const report = set.providers.find((p) => p.id === 'opleider-a')!;

  it('reads a prefixed namespace, decodes entities once and keeps CDATA literal', () => {
    const o = byProgram(set, 'PFX-CDATA');
    expect(o.title).toBe('Zorg & welzijn in het café – &amp; test');
    expect(o.description).toBe('Zorg & welzijn: <b> blijft tekst &amp; wordt niet nog eens gedecodeerd.');
  });

  it('prefers Dutch, then English, then the first language', () => {
    const o = byProgram(set, 'PFX-CDATA');
    expect(o.titleLang).toBe('nl');
    expect(o.summary).toBe('Nur Deutsch.');
  });

  it('a crebo code makes a certificate officially recognised; themes give sectors', () => {
    const o = byProgram(set, 'PFX-CDATA');
    expect(o).toMatchObject({
      degree: 'certificate',
      creboCode: '25491',
      recognised: true,
      sector: 'zorg',
      sectors: ['zorg', 'taal-en-basisvaardigheden'],
    });
  });

  it("drops the canceled and the past run and knows 's-Hertogenbosch under its alias", () => {
    const o = byProgram(set, 'PFX-CDATA');
    expect(o.runs.map((r) => r.id)).toEqual(['PFX-R1']);
    expect(o.runs[0].places[0]).toMatchObject({ city: "'s-Hertogenbosch", gemeente: "'s-Hertogenbosch", region: 'noordoostbrabant' });
    expect(o.runs[0].cost).toMatchObject({ total: 400, source: 'run' });
    expect(o.runs[0].cost?.optional.map((i) => [i.label, i.amount])).toEqual([['Lesmateriaal', 50]]);
  });

  it('location and cost: run › module/course day › generic', () => {
    const o = byProgram(set, 'LEVELS');
    const [r1, r2, r3] = o.runs;
    expect(r1.places.map((p) => p.city)).toEqual(['Almelo', 'Hengelo']);
    expect(r1.regions).toEqual(['twente']);
    expect(r1.cost).toMatchObject({ source: 'module', total: 200 });
    expect(r2.places.map((p) => p.city)).toEqual(['Utrecht']);
    expect(r2.cost).toMatchObject({ source: 'generic', total: 999 });
    expect(r3.places.map((p) => p.city)).toEqual(['Groningen']);
    expect(r3.cost).toMatchObject({ source: 'run', total: 360 });
    // the tuition item names a VAT rate but no VAT amount: the total VAT is not known
    expect(r3.cost?.totalVAT).toBeUndefined();
    expect(r3.cost?.required[1].vat).toBe(12.6);
    expect(o.regions).toEqual(['groningen', 'middenutrecht', 'twente']);
    expect(o.sector).toBe('bouw');
  });

  it('e-learning without a location is online and belongs to every region', () => {
    const o = byProgram(set, 'ONLINE');
    expect(o.online).toBe(true);
    expect(o.runs).toEqual([]);
    expect(o.regions).toHaveLength(allRegionRows().length);
    expect(o.generic.cost).toMatchObject({ total: 40, totalVAT: 8.4 });
    expect(o.sectors).toEqual(['economie-en-administratie', 'ict']);
    expect(o.startDetermination).toBe('direct start');
  });

  it('skips what must not be published, and counts each reason', () => {
    expect(set.offers.map((o) => o.programId).sort()).toEqual(['LEVELS', 'ONLINE', 'PFX-CDATA']);
    expect(report.skipped).toEqual({
      'not in publication': ['HIDDEN'],
      'for one client only': ['CLIENT', 'CLIENT2'],
      'no upcoming start dates': ['PAST'],
    });
    expect(report.unlisted).toEqual(['features/opleider-a/programs/niet-in-directory.xml']);
    const log = describeFeeds(set).join('\n');
    expect(log).toMatch(/3 programmes imported from 1 provider\(s\); switched off in feeds.yaml: opleider-uit \(7 listed in directories\)/);
    expect(log).toMatch(/skipped 1 \(not in publication\): opleider-a\/HIDDEN/);
    expect(log).toMatch(/skipped 2 \(for one client only\): opleider-a\/CLIENT, opleider-a\/CLIENT2/);
    expect(log).toMatch(/skipped 1 \(no upcoming start dates\): opleider-a\/PAST/);
    // PFX-CDATA: one canceled, one past; PAST: one past, one canceled (runs of skipped programmes count too)
    expect(report.droppedRuns).toEqual({ canceled: 2, 'in the past': 2 });
    expect(log).toMatch(/4 run\(s\) not offered as start dates \(2 canceled, 2 in the past\)/);
  });

  it('does not read a switched-off feed (its broken directory.xml causes no error)', () => {
    expect(set.providers.find((p) => p.id === 'opleider-uit')).toMatchObject({ enabled: false, listed: 0 });
  });
});

describe('bad feeds stop the build, naming provider, file, element and problem', () => {
  const cases: [folder: string, provider: string, file: string, element: string, problem: RegExp][] = [
    ['bad-malformed', 'kapot', 'programs/a.xml', 'line 48', /is not well-formed XML: Expected closing tag 'programSchedule'/],
    ['bad-doctype', 'dtd', 'programs/a.xml', 'line 2', /has a DOCTYPE/],
    [
      'bad-missing-file',
      'zoek',
      'directory.xml',
      'programResource[programId=B]/resourceUrl',
      /"programs\/bestaat-niet.xml" does not exist/,
    ],
    [
      'bad-program-form',
      'vorm',
      'programs/a.xml',
      'program/programClassification/programForm[2]',
      /"weekend" is not a known programForm; use one of: full-time, part-time, dual/,
    ],
    [
      'bad-program-level',
      'niveau',
      'programs/a.xml',
      'program/programClassification/programLevel',
      /"mbo niveau 5" is not a known programLevel/,
    ],
    ['bad-program-type', 'soort', 'programs/a.xml', 'program/programClassification/programType', /"course" is not a known programType/],
    [
      'bad-cost-type',
      'kosten',
      'programs/a.xml',
      'program/programSchedule/programRun[id=R1]/cost[1]/costType',
      /"parking" is not a known costType/,
    ],
    [
      'bad-run-status',
      'status',
      'programs/a.xml',
      'program/programSchedule/programRun[id=R1]/status',
      /"full" is not a known run status; use one of: application opened, application closed, canceled/,
    ],
    [
      'bad-end-before-start',
      'datum',
      'programs/a.xml',
      'program/programSchedule/programRun[id=R1]/endDate',
      /2027-02-01 is before the start date 2027-03-01/,
    ],
    [
      'bad-municipality',
      'plaats',
      'programs/a.xml',
      'program/programSchedule/programRun[id=R1]/location/city',
      /"Atlantis" is not a Dutch municipality/,
    ],
    [
      'bad-program-id',
      'ident',
      'programs/a.xml',
      'program/programClassification/programId',
      /is "ANDERS" but directory.xml lists this file as "A"/,
    ],
    ['bad-deep-nesting', 'diep', 'programs/a.xml', 'line 25', /element <note> is nested 33 levels deep; the limit is 32/],
  ];

  for (const [folder, provider, file, element, problem] of cases) {
    it(`${folder}`, () => {
      const messages = problems(join(FIXTURES, folder));
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message).toContain(`${folder}/${provider}/${file} (provider ${provider})`);
      expect(message).toContain(`→ ${element}: `);
      expect(message).toMatch(problem);
    });
  }

  it('bad-unlisted-provider: a provider folder missing from feeds.yaml', () => {
    const [message] = problems(join(FIXTURES, 'bad-unlisted-provider'));
    expect(message).toMatch(/bad-unlisted-provider\/onbekend → \(file\): is a provider folder that feeds.yaml does not list/);
  });

  it('feeds.yaml: unknown keys, a missing folder and duplicates', () => {
    const dir = copyOf(EXAMPLE);
    writeFileSync(
      join(dir, 'feeds.yaml'),
      '- { id: leerhuis-voorbeeldstad, name: Leerhuis, enabled: true }\n- { id: leerhuis-voorbeeldstad, name: Dubbel, enabled: false }\n- { id: weg, name: Weg, enabled: true }\n- { id: xx, name: Xx, aan: ja }\n',
    );
    const messages = problems(dir).join('\n');
    expect(messages).toMatch(/feeds.yaml → \[1\]\.id: "leerhuis-voorbeeldstad" is listed twice/);
    expect(messages).toMatch(/feeds.yaml → \[3\]: has unknown field\(s\) "aan"/);
    expect(messages).toMatch(/feeds.yaml → \[2\]\.id: "weg" has no folder/);
    expect(messages).not.toMatch(/leerhuis-voorbeeldstad → \(file\)/);
  });

  it('feeds.yaml entries need a name', () => {
    const dir = copyOf(EXAMPLE);
    writeFileSync(join(dir, 'feeds.yaml'), '- { id: leerhuis-voorbeeldstad, enabled: true }\n');
    expect(problems(dir)).toEqual([expect.stringMatching(/feeds.yaml → \[0\]\.name: is missing; add this field/)]);
  });

  it('feeds.yaml naming a folder that does not exist', () => {
    const dir = copyOf(EXAMPLE);
    writeFileSync(
      join(dir, 'feeds.yaml'),
      '- { id: leerhuis-voorbeeldstad, name: Leerhuis, enabled: true }\n- { id: weg, name: Weg, enabled: true }\n',
    );
    expect(problems(dir).join('\n')).toMatch(/feeds.yaml → \[1\]\.id: "weg" has no folder .*weg\/; add the feed or set enabled: false/);
  });

  it('reports problems from several files at once', () => {
    const dir = copyOf(EXAMPLE);
    const programs = join(dir, 'leerhuis-voorbeeldstad/programs');
    const vca = join(programs, 'vca-basis.xml');
    writeFileSync(vca, readFileSync(vca, 'utf8').replace('<programForm>full-time</programForm>', '<programForm>fulltime</programForm>'));
    const log = join(programs, 'logistiek-medewerker-mbo2.xml');
    writeFileSync(log, readFileSync(log, 'utf8').replace('<city>Tilburg</city>', '<city>Tilbrug</city>'));
    const messages = problems(dir);
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/vca-basis.xml \(provider leerhuis-voorbeeldstad\).*"fulltime" is not a known programForm/);
    expect(messages.join('\n')).toMatch(
      /logistiek-medewerker-mbo2.xml \(provider leerhuis-voorbeeldstad\).*"Tilbrug" is not a Dutch municipality/,
    );
  });
});

describe('hostile feeds: limits checked before parsing (issue #12)', () => {
  const MiB = 1024 * 1024;
  const PROVIDER = 'leerhuis-voorbeeldstad';
  const at = (dir: string, path: string) => join(dir, PROVIDER, path);
  /** A sparse file: its size is real to stat, but costs no disk and no time to create. */
  const sparse = (file: string, bytes: number) => {
    writeFileSync(file, '');
    truncateSync(file, bytes);
  };

  it('a programme file over 2 MB is refused by its size, naming provider and file', () => {
    const dir = copyOf(EXAMPLE);
    sparse(at(dir, 'programs/vca-basis.xml'), 64 * MiB);
    const started = Date.now();
    const messages = problems(dir);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(messages).toEqual([
      expect.stringMatching(
        /programs\/vca-basis.xml \(provider leerhuis-voorbeeldstad\) → \(file\): is 67,108,864 bytes \(64\.0 MB\); a programme file may be at most 2,097,152 bytes \(2 MB\)\. /,
      ),
    ]);
  });

  it('a programme file of exactly 2 MB is still read', () => {
    const dir = copyOf(EXAMPLE);
    const file = at(dir, 'programs/vca-basis.xml');
    const xml = readFileSync(file, 'utf8');
    const padding = 2 * MiB - Buffer.byteLength(xml) - '<!--  -->\n'.length;
    writeFileSync(file, `${xml}<!-- ${'x'.repeat(padding)} -->\n`);
    expect(readFileSync(file).length).toBe(2 * MiB);
    expect(loadFeeds(dir, { buildDate: TODAY }).offers.map((o) => o.programId)).toContain('VCA-BASIS');
  });

  it('directory.xml over 8 MB and institute.xml over 2 MB are refused by their size', () => {
    const dir = copyOf(EXAMPLE);
    sparse(at(dir, 'directory.xml'), 8 * MiB + 1);
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /directory.xml \(provider leerhuis-voorbeeldstad\) → \(file\): is 8,388,609 bytes \(8\.0 MB\); a directory.xml may be at most 8,388,608 bytes \(8 MB\)/,
      ),
    ]);
    const dir2 = copyOf(EXAMPLE);
    sparse(at(dir2, 'institute.xml'), 2 * MiB + 1);
    expect(problems(dir2)).toEqual([
      expect.stringMatching(
        /institute.xml \(provider leerhuis-voorbeeldstad\) → \(file\): is 2,097,153 bytes \(2\.0 MB\); an institute.xml may be at most 2,097,152 bytes \(2 MB\)/,
      ),
    ]);
  });

  it('a listed path that is not a regular file is refused without reading it', () => {
    const dir = copyOf(EXAMPLE);
    rmSync(at(dir, 'programs/vca-basis.xml'));
    mkdirSync(at(dir, 'programs/vca-basis.xml'));
    expect(problems(dir)).toEqual([
      expect.stringMatching(/programs\/vca-basis.xml \(provider leerhuis-voorbeeldstad\) → \(file\): is a link or special file/),
    ]);
  });

  it('a symlink is refused, even to a good feed file elsewhere on the machine', () => {
    const dir = copyOf(EXAMPLE);
    const outside = at(copyOf(EXAMPLE), 'programs/vca-basis.xml');
    rmSync(at(dir, 'programs/vca-basis.xml'));
    symlinkSync(outside, at(dir, 'programs/vca-basis.xml'));
    expect(problems(dir)).toEqual([
      expect.stringMatching(/programs\/vca-basis.xml \(provider leerhuis-voorbeeldstad\) → \(file\): is a link or special file/),
    ]);
  });

  it('a programme file under 2 MB with more than 50,000 elements is refused before parsing', () => {
    const dir = copyOf(EXAMPLE);
    const file = at(dir, 'programs/vca-basis.xml');
    const xml = readFileSync(file, 'utf8');
    writeFileSync(file, xml.replace('<programContacts>', `<programContacts>\n${'<x/>'.repeat(300_000)}`));
    const started = Date.now();
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /programs\/vca-basis.xml \(provider leerhuis-voorbeeldstad\) → line 29: has more than 50,000 elements \(element 50,001, <x>, is here\); that is the limit for this file/,
      ),
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('directory.xml may have up to 200,000 elements', () => {
    const dir = copyOf(EXAMPLE);
    const file = at(dir, 'directory.xml');
    const xml = readFileSync(file, 'utf8');
    const count = (text: string) => text.match(/<[A-Za-z]/g)!.length;
    const padded = (n: number) => xml.replace('<orgUnitId>', `${'<x/>'.repeat(n)}<orgUnitId>`);
    writeFileSync(file, padded(200_000 - count(xml)));
    expect(loadFeeds(dir, { buildDate: TODAY }).offers).toHaveLength(3);
    writeFileSync(file, padded(200_001 - count(xml)));
    expect(problems(dir)).toEqual([
      expect.stringMatching(/directory.xml \(provider leerhuis-voorbeeldstad\) → line \d+: has more than 200,000 elements/),
    ]);
  });

  it('nesting 100 000 levels deep is refused naming provider, file and element, not with a RangeError', () => {
    const dir = copyOf(EXAMPLE);
    const file = at(dir, 'programs/vca-basis.xml');
    const xml = readFileSync(file, 'utf8');
    writeFileSync(file, xml.replace('<programContacts>', `<programContacts>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`));
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /programs\/vca-basis.xml \(provider leerhuis-voorbeeldstad\) → line 28: element <x> is nested 33 levels deep; the limit is 32/,
      ),
    ]);
  });
});

describe('hostile feeds: text (issue #12)', () => {
  it('strips control characters, noncharacters and bidi controls from every text; titles become one line', () => {
    const set = loadFeeds(join(FIXTURES, 'hostile-text'), { buildDate: TODAY, root: FIXTURES });
    const offer = byProgram(set, 'A');
    expect(offer.title).toBe('Testopleiding gnidielpo veilig');
    // CDATA stays literal ("&#x1;" is text there), but a raw control inside it is removed
    expect(offer.summary).toBe('Samenvatting van Testopleiding&#x1;.');
    // multi-line text keeps its newline and tabs; CR LF becomes LF; vertical tab and form feed go
    expect(offer.description).toBe('Regel een.\n\tRegel\ttwee.');
    expect(offer.runs[0].places[0]).toMatchObject({
      name: 'Leslocatie Enschede',
      city: 'Enschede',
      gemeente: 'Enschede',
      region: 'twente',
    });
    expect(slugify(offer.title)).toBe('testopleiding-gnidielpo-veilig');
  });

  const withText = (edit: (xml: string) => string, file = 'programs/vca-basis.xml') => {
    const dir = copyOf(EXAMPLE);
    const path = join(dir, 'leerhuis-voorbeeldstad', file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  };
  const setTitle = (title: string) => (xml: string) => xml.replace(/(<programName xml:lang="nl">)[^<]*/, `$1${title}`);

  it('refuses a title over 200 characters, with provider, file, element, length, limit and fix', () => {
    const messages = problems(withText(setTitle('Basisveiligheid '.repeat(13))));
    expect(messages).toEqual([
      expect.stringMatching(
        /programs\/vca-basis.xml \(provider leerhuis-voorbeeldstad\) → program\/programDescriptions\/programName: is 207 characters long; the limit is 200\. Shorten the name/,
      ),
    ]);
  });

  it('accepts a title of exactly 200 characters; invisible characters that are stripped do not count', () => {
    const title = 'A'.repeat(200);
    const set = loadFeeds(withText(setTitle(`${'\u202E'.repeat(100)}${title}&#x1;&#x1;`)), { buildDate: TODAY });
    expect(byProgram(set, 'VCA-BASIS').title).toBe(title);
  });

  it('refuses a programme summary over 1,000 characters', () => {
    const long = 'Lange samenvatting. '.repeat(51);
    const messages = problems(withText((xml) => xml.replace(/(<programSummaryText xml:lang="nl">)[^<]*/, `$1${long}`)));
    expect(messages).toEqual([
      expect.stringMatching(
        /vca-basis.xml \(provider leerhuis-voorbeeldstad\) → program\/programDescriptions\/programSummaryText: is 1019 characters long; the limit is 1000\. /,
      ),
    ]);
  });

  it('refuses an institute summary over 1,000 characters', () => {
    const long = 'x'.repeat(1001);
    const messages = problems(withText((xml) => xml.replace(/(<instituteSummaryText xml:lang="nl">)[^<]*/, `$1${long}`), 'institute.xml'));
    expect(messages).toEqual([
      expect.stringMatching(
        /institute.xml \(provider leerhuis-voorbeeldstad\) → instituteData\/instituteSummaryText: is 1001 characters long; the limit is 1000\. /,
      ),
    ]);
  });
});

describe('slugs', () => {
  it('are readable Dutch URL segments', () => {
    expect(slugify('Helpende Zorg & Welzijn (niveau 2, BBL)')).toBe('helpende-zorg-en-welzijn-niveau-2-bbl');
    expect(slugify('Taalcafé: Nederlands praten')).toBe('taalcafe-nederlands-praten');
  });

  it('get the provider, then the programme id, when titles clash, whatever the order', () => {
    const offer = (provider: string, programId: string, title: string) =>
      ({ id: `${provider}/${programId}`, provider: { id: provider, name: provider }, programId, title }) as unknown as Omit<Offer, 'slug'>;
    const input = [offer('a', 'X1', 'VCA basis'), offer('b', 'Y1', 'VCA basis'), offer('b', 'Y2', 'VCA basis'), offer('c', 'Z', 'Excel')];
    const slugs = (list: typeof input) => Object.fromEntries(assignSlugs(list).map((o) => [`${o.provider.id}/${o.programId}`, o.slug]));
    expect(slugs(input)).toEqual({ 'a/X1': 'vca-basis-a', 'b/Y1': 'vca-basis-b-y1', 'b/Y2': 'vca-basis-b-y2', 'c/Z': 'excel' });
    expect(slugs([...input].reverse())).toEqual(slugs(input));
  });

  it('never hand out the same slug twice, even when a suffixed slug meets another title', () => {
    const offer = (provider: string, programId: string, title: string) =>
      ({ id: `${provider}/${programId}`, provider: { id: provider, name: provider }, programId, title }) as unknown as Omit<Offer, 'slug'>;
    const input = [offer('a', '1', 'Excel'), offer('b', '1', 'Excel'), offer('c', '1', 'Excel a')];
    const result = assignSlugs(input).map((o) => o.slug);
    expect(result).toEqual(['excel-a-1', 'excel-b', 'excel-a-1-2']);
    expect(new Set(result).size).toBe(3);
    expect(assignSlugs([...input].reverse()).map((o) => o.slug)).toEqual([...result].reverse());
  });
});
