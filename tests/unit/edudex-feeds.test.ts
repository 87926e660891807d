// The EDU-DEX importer on the example feed, on feature fixtures, and on one broken feed per problem.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/lib/errors';
import { describeFeeds, loadFeeds, slugify, assignSlugs, type FeedSet } from '../../src/lib/edudex/feeds';
import { allRegionRows } from '../../src/lib/gemeenten';
import type { Offer } from '../../src/schemas/opleiding';

const FIXTURES = join(__dirname, '../fixtures/edudex');
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
    expect(log).toMatchObject({ level: 'mbo niveau 2', levelLabel: 'mbo niveau 2', forms: ['dual'], formLabels: ['BBL (werken en leren)'], recognised: true });
    expect(log.degreeLabel).toBe('mbo-diploma niveau 2');
    expect(ict).toMatchObject({ level: 'hbo', forms: ['part-time', 'evening education'], formLabels: ['Deeltijd', 'Avondonderwijs'], recognised: false });
    expect(ict.duration?.label).toBe('6 maanden');
    expect(ict.studyLoad?.label).toBe('8 uur per week');
    expect(vca).toMatchObject({ level: 'none', levelLabel: 'Geen vast niveau', typeLabel: 'Training', degreeLabel: 'Certificaat', recognised: false });
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
    expect(vca.runs[1].places[0]).toEqual({ city: 'Groningen', name: 'Zalencentrum Groningen (adres volgt bij bevestiging)', gemeente: 'Groningen', region: 'groningen' });
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
    writeFileSync(file, xml.replace(/<status>application opened<\/status>/g, (m) => (++n === 2 ? '<status>canceled</status>' : m)));
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
    expect(describeFeeds(result).join('\n')).toMatch(/ignored 1 file\(s\) not listed in directory.xml: leerhuis-voorbeeldstad\/programs\/oud-programma.xml/);
  });

  it('a feed switched off in feeds.yaml is not imported', () => {
    const dir = copyOf(EXAMPLE);
    writeFileSync(join(dir, 'feeds.yaml'), '- { id: leerhuis-voorbeeldstad, name: Leerhuis, enabled: false }\n');
    const result = loadFeeds(dir, { buildDate: TODAY });
    expect(result.offers).toEqual([]);
    expect(describeFeeds(result)[0]).toMatch(/0 programmes imported from 0 provider\(s\); switched off in feeds.yaml: leerhuis-voorbeeldstad/);
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
    expect(o).toMatchObject({ degree: 'certificate', creboCode: '25491', recognised: true, sector: 'zorg', sectors: ['zorg', 'taal-en-basisvaardigheden'] });
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
    ['bad-missing-file', 'zoek', 'directory.xml', 'programResource[programId=B]/resourceUrl', /"programs\/bestaat-niet.xml" does not exist/],
    ['bad-program-form', 'vorm', 'programs/a.xml', 'program/programClassification/programForm[2]', /"weekend" is not a known programForm; use one of: full-time, part-time, dual/],
    ['bad-program-level', 'niveau', 'programs/a.xml', 'program/programClassification/programLevel', /"mbo niveau 5" is not a known programLevel/],
    ['bad-program-type', 'soort', 'programs/a.xml', 'program/programClassification/programType', /"course" is not a known programType/],
    ['bad-cost-type', 'kosten', 'programs/a.xml', 'program/programSchedule/programRun[id=R1]/cost[1]/costType', /"parking" is not a known costType/],
    ['bad-run-status', 'status', 'programs/a.xml', 'program/programSchedule/programRun[id=R1]/status', /"full" is not a known run status; use one of: application opened, application closed, canceled/],
    ['bad-end-before-start', 'datum', 'programs/a.xml', 'program/programSchedule/programRun[id=R1]/endDate', /2027-02-01 is before the start date 2027-03-01/],
    ['bad-municipality', 'plaats', 'programs/a.xml', 'program/programSchedule/programRun[id=R1]/location/city', /"Atlantis" is not a Dutch municipality/],
    ['bad-program-id', 'ident', 'programs/a.xml', 'program/programClassification/programId', /is "ANDERS" but directory.xml lists this file as "A"/],
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
    writeFileSync(join(dir, 'feeds.yaml'), '- { id: leerhuis-voorbeeldstad, name: Leerhuis, enabled: true }\n- { id: weg, name: Weg, enabled: true }\n');
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
    expect(messages.join('\n')).toMatch(/logistiek-medewerker-mbo2.xml \(provider leerhuis-voorbeeldstad\).*"Tilbrug" is not a Dutch municipality/);
  });
});

describe('slugs', () => {
  it('are readable Dutch URL segments', () => {
    expect(slugify('Helpende Zorg & Welzijn (niveau 2, BBL)')).toBe('helpende-zorg-en-welzijn-niveau-2-bbl');
    expect(slugify('Taalcafé: Nederlands praten')).toBe('taalcafe-nederlands-praten');
  });

  it('get the provider, then the programme id, when titles clash, whatever the order', () => {
    const offer = (provider: string, programId: string, title: string) => ({ id: `${provider}/${programId}`, provider: { id: provider, name: provider }, programId, title }) as unknown as Omit<Offer, 'slug'>;
    const input = [offer('a', 'X1', 'VCA basis'), offer('b', 'Y1', 'VCA basis'), offer('b', 'Y2', 'VCA basis'), offer('c', 'Z', 'Excel')];
    const slugs = (list: typeof input) => Object.fromEntries(assignSlugs(list).map((o) => [`${o.provider.id}/${o.programId}`, o.slug]));
    expect(slugs(input)).toEqual({ 'a/X1': 'vca-basis-a', 'b/Y1': 'vca-basis-b-y1', 'b/Y2': 'vca-basis-b-y2', 'c/Z': 'excel' });
    expect(slugs([...input].reverse())).toEqual(slugs(input));
  });

  it('never hand out the same slug twice, even when a suffixed slug meets another title', () => {
    const offer = (provider: string, programId: string, title: string) => ({ id: `${provider}/${programId}`, provider: { id: provider, name: provider }, programId, title }) as unknown as Omit<Offer, 'slug'>;
    const input = [offer('a', '1', 'Excel'), offer('b', '1', 'Excel'), offer('c', '1', 'Excel a')];
    const result = assignSlugs(input).map((o) => o.slug);
    expect(result).toEqual(['excel-a-1', 'excel-b', 'excel-a-1-2']);
    expect(new Set(result).size).toBe(3);
    expect(assignSlugs([...input].reverse()).map((o) => o.slug)).toEqual([...result].reverse());
  });
});
