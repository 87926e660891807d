#!/usr/bin/env node
// Synthetic EDU-DEX provider feeds for the import benchmark.
//
//   node scripts/generate-edudex.mjs --offers 20000 --out /tmp/lwl-synth
//        [--providers 20] [--seed 42] [--gemeenten src/data/gemeenten-arbeidsmarktregio.tsv]
//
// Writes <out>/<provider>/{directory.xml,institute.xml,programs/*.xml} per provider and <out>/feeds.yaml,
// in the same shapes as content/opleidingen/ (see the EDU-DEX notes). Deterministic for a given seed.
// Run locations are real municipality names from the gemeenten TSV; about 20 % of the programmes are
// online (e-learning / distance learning) without any location. All names, URLs and KvK numbers are fake.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    offers: { type: 'string', default: '20000' },
    out: { type: 'string', default: '/tmp/lwl-synth' },
    providers: { type: 'string', default: '20' },
    seed: { type: 'string', default: '42' },
    gemeenten: { type: 'string', default: path.join(ROOT, 'src/data/gemeenten-arbeidsmarktregio.tsv') },
  },
});
const N = Number(args.offers);
const P = Number(args.providers);
if (!(N > 0) || !(P > 0)) throw new Error('--offers and --providers must be positive numbers');

// ---------------------------------------------------------------- seeded PRNG (mulberry32)
let s = Number(args.seed) >>> 0;
const rnd = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- municipalities (column "gemeente")
const tsv = fs.readFileSync(args.gemeenten, 'utf8').trim().split(/\r?\n/);
const col = tsv[0].split('\t').indexOf('gemeente');
const GEMEENTEN = tsv
  .slice(1)
  .map((l) => l.split('\t')[col < 0 ? 0 : col].trim())
  .filter(Boolean);

// ---------------------------------------------------------------- course templates per provider kind
// [name, theme(s), onlineName?]; theme codes from EDU-DEX §7
const T = {
  mbo: [
    ['Helpende Zorg & Welzijn', 'care and personal care'],
    ['Verzorgende-IG', 'care and personal care'],
    ['Mbo-Verpleegkundige', 'care and personal care'],
    ['Pedagogisch medewerker', 'care and personal care|training and education'],
    ['Logistiek medewerker', 'procurement and logistics'],
    ['Logistiek teamleider', 'procurement and logistics'],
    ['Monteur elektrotechnische installaties', 'manufacturing engineering and construction'],
    ['Monteur werktuigkundige installaties', 'manufacturing engineering and construction'],
    ['Timmerman', 'manufacturing engineering and construction'],
    ['Metselaar', 'manufacturing engineering and construction'],
    ['Medewerker ICT support', 'automation and it'],
    ['Software developer', 'automation and it'],
    ['Kok', 'tourism, recreation and hospitality'],
    ['Medewerker bediening', 'tourism, recreation and hospitality'],
    ['Entree assistent logistiek', 'procurement and logistics'],
  ],
  trainer: [
    ['VCA Basis', 'health and safety'],
    ['VOL-VCA', 'health and safety'],
    ['Heftruckchauffeur', 'procurement and logistics|health and safety'],
    ['Reachtruckchauffeur', 'procurement and logistics'],
    ['Veilig werken met de hoogwerker', 'health and safety'],
    ['BHV basis', 'health and safety'],
    ['NEN 3140 voldoende onderricht persoon', 'health and safety|manufacturing engineering and construction'],
    ['Eerste hulp', 'health and safety'],
    ['Werken op hoogte', 'health and safety'],
  ],
  online: [
    ['Heftruck theorie', 'procurement and logistics'],
    ['Excel basis', 'secretarial and office work|automation and it'],
    ['Digitaal veilig werken', 'automation and it'],
    ['Privacy en AVG', 'law'],
    ['Hygiëne en HACCP', 'tourism, recreation and hospitality'],
    ['Basiskennis medicatie', 'care and personal care'],
    ['Klantvriendelijk communiceren', 'communication'],
    ['Introductie programmeren', 'automation and it'],
    ['Basis boekhouden', 'finance'],
    ['Projectmatig werken', 'quality and project management'],
  ],
  taal: [
    ['Nederlands A1', 'languages'],
    ['Nederlands A2', 'languages'],
    ['Nederlands B1', 'languages'],
    ['Nederlands op het werk', 'languages'],
    ['Digitale vaardigheden', 'automation and it'],
    ['Rekenen in het dagelijks leven', 'finance'],
    ['Werken met DigiD', 'automation and it|government and non-profit'],
  ],
  hbo: [
    ['Ad Software Development', 'automation and it', 'associate', 'Ad'],
    ['Ad Technische Bedrijfskunde', 'manufacturing engineering and construction', 'associate', 'Ad Eng'],
    ['Bachelor ICT', 'automation and it', 'bachelor', 'B ICT'],
    ['Bachelor Verpleegkunde', 'care and personal care', 'bachelor', 'BN'],
    ['Bachelor Werktuigbouwkunde', 'manufacturing engineering and construction', 'bachelor', 'B Eng'],
  ],
};
const KINDS = ['mbo', 'trainer', 'online', 'taal', 'hbo'];
const PLACES = ['Leslocatie', 'Campus', 'Trainingscentrum', 'Leerhuis', 'Bibliotheek'];
const PITCH = [
  'Je leert veel in de praktijk en krijgt begeleiding van een vaste docent.',
  'De lessen zijn in kleine groepen, zodat je veel kunt oefenen.',
  'Je werkt met opdrachten uit je eigen werk of uit een echte organisatie.',
  'Geschikt voor werkenden, werkzoekenden en zij-instromers.',
  'Na afloop kun je direct aan de slag of verder leren.',
];

// ---------------------------------------------------------------- helpers
const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const money = (x) => x.toFixed(2);
const day0 = Date.UTC(2027, 0, 15);
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso, d) => isoDay(Date.parse(iso) + d * 86400000);
const NS = (k) => `http://studieData.nl/schema/edudex/${k}`;
const root = (tag, k) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${tag} xmlns="${NS(k)}"\n  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n  xsi:schemaLocation="${NS(k)} http://studieData.nl/schema/edudex/${k}.xsd">\n`;
const EDITED = '2026-11-20T09:00:00';

function costXml(c, ind) {
  const vat = c.vat === 5 ? `${ind}  <VATCode>5</VATCode>\n${ind}  <VATPercentage>21</VATPercentage>\n` : `${ind}  <VATCode>1</VATCode>\n`;
  const amountVAT = c.vat === 5 ? `${ind}  <amountVAT>${money(Math.round(c.amount * 21) / 100)}</amountVAT>\n` : '';
  return (
    `${ind}<cost>\n${vat}${ind}  <amount>${money(c.amount)}</amount>\n${ind}  <amountIsFinal>true</amountIsFinal>\n${amountVAT}` +
    `${ind}  <costType>${c.type}</costType>\n${ind}  <currency>EUR</currency>\n${ind}  <isRequiredCost>${c.required !== false}</isRequiredCost>\n` +
    (c.period ? `${ind}  <period>${c.period}</period>\n` : '') +
    `${ind}</cost>\n`
  );
}

function locXml(l, ind) {
  return (
    `${ind}<location>\n${ind}  <address>${esc(l.address)}</address>\n${ind}  <city>${esc(l.city)}</city>\n${ind}  <country>nl</country>\n` +
    `${ind}  <locationName xml:lang="nl">${esc(l.name)}</locationName>\n${ind}  <zipcode>${l.zip}</zipcode>\n${ind}</location>\n`
  );
}

// ---------------------------------------------------------------- providers
const providers = Array.from({ length: P }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  const kind = KINDS[i % KINDS.length];
  const home = Array.from({ length: int(6, 20) }, () => pick(GEMEENTEN));
  return { id: `synth-opleider-${n}`, name: `Synthetische Opleider ${n} (${kind})`, kind, home, weight: 0.5 + rnd(), programs: [] };
});
const totalWeight = providers.reduce((a, p) => a + p.weight, 0);
// online providers are 100 % online; the others get the share that makes ~20 % of all programmes online
const onlineWeight = providers.filter((p) => p.kind === 'online').reduce((a, p) => a + p.weight, 0);
const pOnlineOther = Math.min(1, Math.max(0, (0.2 * totalWeight - onlineWeight) / (totalWeight - onlineWeight || 1)));
const pickProvider = () => {
  let r = rnd() * totalWeight;
  for (const p of providers) if ((r -= p.weight) < 0) return p;
  return providers[providers.length - 1];
};

// ---------------------------------------------------------------- one programme
function makeProgram(prov, seq) {
  const kind = prov.kind;
  const [title, themes, hboLevel, hboDegree] = pick(T[kind]);
  const online = kind === 'online' || chance(pOnlineOther);
  const pid = `${prov.id.slice(-2)}-${String(seq).padStart(6, '0')}`;
  let level = 'none',
    degree = 'certificate of participation',
    forms = ['part-time'],
    type = 'training',
    dur = ['hour', int(2, 16)];
  let cost = [{ amount: int(0, 3) * 25 + 0.0, type: 'tuition fee', vat: 1, period: 'program' }],
    runLevelCost = false;
  let name = title;
  if (kind === 'mbo') {
    const niveau = title.startsWith('Entree') ? 1 : int(2, 4);
    const bbl = chance(0.5);
    level = degree = `mbo niveau ${niveau}`;
    forms = [bbl ? 'dual' : 'full-time'];
    type = 'regular';
    dur = niveau === 1 ? ['month', 12] : ['year', niveau === 4 ? 3 : 2];
    name = `${title} (niveau ${niveau}, ${bbl ? 'BBL' : 'BOL'})`;
    cost = [
      { amount: int(26, 56) * 50, type: 'tuition fee', vat: 1, period: 'year' },
      { amount: int(6, 30) * 10 + 5, type: 'study material', vat: 1, period: 'program' },
    ];
  } else if (kind === 'trainer') {
    degree = chance(0.7) ? 'certificate' : 'certificate of participation';
    forms = ['full-time'];
    dur = chance(0.5) ? ['hour', pick([4, 8])] : ['day', int(1, 3)];
    cost = [
      { amount: int(6, 24) * 25 - 5, type: 'tuition fee', vat: 5 },
      { amount: pick([45, 55, 65]), type: 'examination', vat: 1 },
    ];
    runLevelCost = true;
  } else if (kind === 'hbo') {
    level = hboLevel;
    degree = hboDegree;
    type = 'regular';
    dur = ['year', level === 'associate' ? 2 : 4];
    name = `${title} (deeltijd)`;
    cost = [
      { amount: 2695, type: 'tuition fee', vat: 1, period: 'year' },
      { amount: 350, type: 'study material', vat: 1, period: 'year', required: false },
    ];
  } else if (kind === 'taal') {
    dur = ['week', int(6, 20)];
    if (chance(0.3)) cost = [{ amount: int(1, 6) * 15, type: 'tuition fee', vat: 1, period: 'program' }];
  } else {
    degree = pick(['certificate of participation', 'none']);
    cost = [{ amount: int(2, 40) * 5 - 0.05, type: 'tuition fee', vat: 5, period: 'program' }];
  }
  if (online) forms = [chance(0.75) ? 'e-learning' : 'distance learning'];
  if (online && kind !== 'online') name += ' (online)';
  if (chance(0.1)) name += ` ${pick(['– avondgroep', '– intensief', '– voor werkzoekenden', '– in het weekend'])}`;

  // runs: online half without runs (direct start), else 1-3 runs; physical 1-4 runs in municipalities
  const runs = [];
  const nRuns = online ? (chance(0.5) ? 0 : int(1, 3)) : int(1, 4);
  const spanDays =
    dur[0] === 'year'
      ? dur[1] * 365
      : dur[0] === 'month'
        ? dur[1] * 30
        : dur[0] === 'week'
          ? dur[1] * 7
          : dur[0] === 'day'
            ? dur[1] - 1
            : 0;
  for (let r = 0; r < nRuns; r++) {
    const past = chance(0.02);
    const start = past ? isoDay(Date.UTC(2026, 2, 1) + int(0, 200) * 86400000) : isoDay(day0 + int(0, 532) * 86400000);
    const end = past ? addDays(start, Math.min(spanDays, 30)) : addDays(start, spanDays);
    const city = online ? null : chance(0.7) ? pick(prov.home) : pick(GEMEENTEN);
    runs.push({
      id: `${pid}-R${r + 1}`,
      start,
      end,
      endFinal: spanDays < 60 || chance(0.3),
      status: past ? 'application closed' : chance(0.02) ? 'canceled' : 'application opened',
      loc: city && {
        city,
        name: `${pick(PLACES)} ${city}`,
        address: `Voorbeeldstraat ${int(1, 250)}`,
        zip: `${int(1000, 9999)} ${pick(['AA', 'AB', 'BC', 'CD', 'XZ'])}`,
      },
      cost: runLevelCost ? cost.map((c) => ({ ...c, amount: c.type === 'tuition fee' ? c.amount + int(-2, 4) * 10 : c.amount })) : null,
    });
  }
  const sdd = runs.length ? 'fixed starting date' : 'direct start';
  const places = online ? ['Online'] : [...new Set(runs.map((r) => r.loc.city))];
  const summary = `${name} bij ${prov.name.replace(/ \(.*\)$/, '')}. ${online ? 'Online, in je eigen tempo.' : `Les in ${places.slice(0, 2).join(' en ')}.`}`;
  const desc = `In de opleiding ${name} leer je de kennis en vaardigheden die je nodig hebt in je werk. ${pick(PITCH)} ${pick(PITCH)}`;

  let x = root('program', 'program');
  x += `  <editor>feeds@${prov.id}.example</editor>\n  <format>EDU-DEX 1.0</format>\n  <generator>generate-edudex.mjs</generator>\n  <lastEdited>${EDITED}</lastEdited>\n`;
  x +=
    `  <programAdmission>\n    <applicationOpen>true</applicationOpen>\n    <applicationType>individual</applicationType>\n` +
    `    <paymentDue>${kind === 'mbo' || kind === 'hbo' ? 'installments' : 'up-front'}</paymentDue>\n    <startDateDetermination>${sdd}</startDateDetermination>\n  </programAdmission>\n`;
  x +=
    `  <programClassification>\n    <degree>${esc(degree)}</degree>\n    <orgUnitId>${prov.id}</orgUnitId>\n    <programDuration unit="${dur[0]}">${dur[1]}</programDuration>\n` +
    forms.map((f) => `    <programForm>${f}</programForm>\n`).join('') +
    `    <programId>${pid}</programId>\n    <programLevel>${level}</programLevel>\n` +
    places.map((p) => `    <programLocation>${esc(p)}</programLocation>\n`).join('') +
    `    <programType>${type}</programType>\n` +
    themes
      .split('|')
      .map((t) => `    <theme>${esc(t)}</theme>\n`)
      .join('') +
    `  </programClassification>\n`;
  x += `  <programContacts>\n    <contactData>\n      <contactName>Cursusadministratie</contactName>\n      <email>info@${prov.id}.example</email>\n      <role>informatie</role>\n    </contactData>\n  </programContacts>\n`;
  x += `  <programCurriculum>\n    <instructionMode>${online ? 'self study' : 'classroom teaching'}</instructionMode>\n    <studyLoad period="${kind === 'mbo' || kind === 'hbo' ? 'week' : 'program'}">${kind === 'mbo' || kind === 'hbo' ? int(6, 20) : int(2, 40)}</studyLoad>\n  </programCurriculum>\n`;
  x +=
    `  <programDescriptions>\n    <programDescriptionText xml:lang="nl">${esc(desc)}</programDescriptionText>\n    <programName xml:lang="nl">${esc(name)}</programName>\n` +
    `    <programSummaryText xml:lang="nl">${esc(summary.slice(0, 200))}</programSummaryText>\n    <webLink xml:lang="nl">https://www.${prov.id}.example/opleidingen/${pid.toLowerCase()}</webLink>\n  </programDescriptions>\n`;
  x += `  <programSchedule>\n`;
  if (!runLevelCost || !runs.length || chance(0.1))
    x += `    <genericProgramRun>\n${cost.map((c) => costXml(c, '      ')).join('')}    </genericProgramRun>\n`;
  for (const r of runs) {
    x +=
      `    <programRun>\n${(r.cost || []).map((c) => costXml(c, '      ')).join('')}` +
      `      <endDate>\n        <date>${r.end}</date>\n        <isFinal>${r.endFinal}</isFinal>\n      </endDate>\n      <id>${r.id}</id>\n` +
      (r.loc ? locXml(r.loc, '      ') : '') +
      `      <startDate>\n        <date>${r.start}</date>\n        <isFinal>true</isFinal>\n      </startDate>\n      <status>${r.status}</status>\n    </programRun>\n`;
  }
  x += `  </programSchedule>\n</program>\n`;
  return { pid, file: `${pid.toLowerCase()}.xml`, xml: x };
}

// ---------------------------------------------------------------- write everything
const t0 = Date.now();
fs.mkdirSync(args.out, { recursive: true });
for (const d of fs.readdirSync(args.out)) if (d.startsWith('synth-opleider-')) fs.rmSync(path.join(args.out, d), { recursive: true });
for (const p of providers) fs.mkdirSync(path.join(args.out, p.id, 'programs'), { recursive: true });

for (let i = 1; i <= N; i++) {
  const prov = pickProvider();
  const prog = makeProgram(prov, i);
  fs.writeFileSync(path.join(args.out, prov.id, 'programs', prog.file), prog.xml);
  prov.programs.push(prog);
}
for (const p of providers) {
  const dir = path.join(args.out, p.id);
  fs.writeFileSync(
    path.join(dir, 'directory.xml'),
    root('edudexDirectory', 'directory') +
      `  <editor>feeds@${p.id}.example</editor>\n  <generator>generate-edudex.mjs</generator>\n  <version>1.0</version>\n  <lastEdited>${EDITED}</lastEdited>\n` +
      `  <instituteDataResource>institute.xml</instituteDataResource>\n  <orgUnitId>${p.id}</orgUnitId>\n` +
      p.programs
        .map(
          (g) =>
            `  <programResource>\n    <programId>${g.pid}</programId>\n    <resourceUrl>programs/${g.file}</resourceUrl>\n  </programResource>\n`,
        )
        .join('') +
      `</edudexDirectory>\n`,
  );
  const city = p.home[0];
  fs.writeFileSync(
    path.join(dir, 'institute.xml'),
    root('instituteData', 'institute') +
      `  <editor>feeds@${p.id}.example</editor>\n  <format>EDU-DEX 1.0</format>\n  <generator>generate-edudex.mjs</generator>\n  <orgUnitId>${p.id}</orgUnitId>\n  <lastEdited>${EDITED}</lastEdited>\n` +
      `  <instituteDescriptionText xml:lang="nl">Synthetische opleider voor de benchmark (${p.kind}).</instituteDescriptionText>\n  <instituteKvK>${String(providers.indexOf(p)).padStart(8, '0')}</instituteKvK>\n` +
      `  <instituteLocation>\n    <id>hoofdvestiging</id>\n    <address>\n      <addressType>visitation</addressType>\n      <city>${esc(city)}</city>\n      <country>nl</country>\n` +
      `      <house_number>1</house_number>\n      <street>Voorbeeldstraat</street>\n      <zipcode>1000 AA</zipcode>\n    </address>\n  </instituteLocation>\n` +
      `  <instituteName xml:lang="nl">${esc(p.name)}</instituteName>\n  <webLink xml:lang="nl">https://www.${p.id}.example/</webLink>\n</instituteData>\n`,
  );
}
fs.writeFileSync(
  path.join(args.out, 'feeds.yaml'),
  '# Synthetic feeds written by scripts/generate-edudex.mjs\n' +
    providers.map((p) => `- { id: ${p.id}, name: ${p.name}, enabled: true }\n`).join(''),
);
console.log(`generate-edudex: ${N} programmes, ${P} providers -> ${args.out} (${Date.now() - t0} ms)`);
