// Reads one EDU-DEX programme file (program.xsd v1.8) into an Offer. Pure: no file access, no Astro.
// Rules follow ../shared/formats/EDU-DEX.md: most specific level wins for location and cost (§6),
// Dutch text first (§5), exact enumeration codes (§7).
import type { CostItem, Offer, Place, Run, RunCost } from '../../../schemas/opleiding';
import { findGemeente } from '../../loketten/gemeenten';
import {
  COST_PERIODS,
  COST_TYPES,
  NS,
  PROGRAM_FORMS,
  PROGRAM_LEVELS,
  PROGRAM_TYPES,
  RUN_STATUSES,
  START_DETERMINATIONS,
  VAT_CODES,
  degreeLabel,
  durationLabel,
  durationUnit,
  formLabelFor,
  isRecognised,
  sectorsOf,
  studyLoadLabel,
} from './codes';
import { MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, oneLine, tooLong } from './text';
import { childNamed, childText, childrenNamed, langOf, type XmlElement } from './xml';

const P = NS.program;

export interface ProgramContext {
  provider: Offer['provider'];
  /** Project-relative path of the file, used in messages and stored on the offer. */
  file: string;
  /** The programId the directory lists for this file. */
  programId: string;
  /** YYYY-MM-DD; runs starting before it are in the past. */
  buildDate: string;
  /** Region slug for an arbeidsmarktregio code (AMxx). */
  regionSlug: (regionCode: string) => string | undefined;
  /** Every region slug: where online offers belong. */
  allRegions: string[];
  /** Collects problems; the caller turns them into ContentErrors naming provider and file. */
  problem: (element: string, message: string) => void;
  /** Told about each run that is not offered as a start date, for the build log. */
  droppedRun?: (reason: 'canceled' | 'in the past') => void;
}

export type ProgramResult = { kind: 'offer'; offer: Omit<Offer, 'slug'> } | { kind: 'skipped'; reason: SkipReason } | { kind: 'invalid' };

export type SkipReason = 'not in publication' | 'for one client only' | 'no upcoming start dates';

// ---- small readers ---------------------------------------------------------------------------

const kids = (el: XmlElement | undefined, name: string) => (el ? childrenNamed(el, P, name) : []);
const kid = (el: XmlElement | undefined, name: string) => childNamed(el, P, name);
const txt = (el: XmlElement | undefined, name: string) => childText(el, P, name);

/** Localized text: Dutch, else English, else the first one (EDU-DEX.md §5). */
export function pickLang(elements: XmlElement[]): { text: string; lang?: string } | undefined {
  const filled = elements.map((el) => ({ text: el.text.trim(), lang: langOf(el) })).filter((e) => e.text !== '');
  return filled.find((e) => e.lang === 'nl') ?? filled.find((e) => e.lang === 'en') ?? filled[0];
}

function bool(ctx: ProgramContext, el: XmlElement | undefined, name: string, path: string): boolean | undefined {
  const value = txt(el, name);
  if (value === undefined) return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  ctx.problem(`${path}/${name}`, `"${value}" is not a boolean; write true or false`);
  return undefined;
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** `<startDate><date>…</date><isFinal>…</isFinal></startDate>` or a bare date (isFinal as attribute). */
function readDate(ctx: ProgramContext, el: XmlElement | undefined, path: string): { date: string; isFinal: boolean } | undefined {
  if (!el) return undefined;
  const nested = txt(el, 'date');
  const raw = (nested ?? el.text).trim();
  const where = nested !== undefined ? `${path}/date` : path;
  if (!raw) {
    ctx.problem(where, 'is empty; write a date as YYYY-MM-DD');
    return undefined;
  }
  const date = raw.slice(0, 10);
  if (!isRealDate(date) || (raw.length > 10 && !/^T[\d:.]+(Z|[+-]\d\d:\d\d)?$/.test(raw.slice(10)))) {
    ctx.problem(where, `"${raw}" is not a date; write it as YYYY-MM-DD`);
    return undefined;
  }
  const finalRaw = txt(el, 'isFinal') ?? el.attrs.isFinal?.trim();
  return { date, isFinal: finalRaw === undefined ? true : finalRaw !== 'false' };
}

function num(ctx: ProgramContext, raw: string | undefined, path: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(value)) {
    ctx.problem(path, `"${raw}" is not a number; write it like 1250.00`);
    return undefined;
  }
  return Number(value);
}

function checkCode(ctx: ProgramContext, value: string, known: Record<string, unknown>, path: string, what: string): boolean {
  if (value in known) return true;
  ctx.problem(path, `"${value}" is not a known ${what}; use one of: ${Object.keys(known).join(', ')}`);
  return false;
}

// ---- locations -------------------------------------------------------------------------------

function readLocation(ctx: ProgramContext, el: XmlElement, path: string): Place {
  const place: Place = {
    name: pickLang(kids(el, 'locationName'))?.text,
    address: txt(el, 'address'),
    zipcode: txt(el, 'zipcode'),
    city: txt(el, 'city')?.replace(/\s+/g, ' '),
  };
  const country = txt(el, 'country')?.toLowerCase();
  if (place.city && (!country || country === 'nl' || country === 'nld')) {
    const gemeente = findGemeente(place.city);
    if (!gemeente) {
      ctx.problem(
        `${path}/city`,
        `"${place.city}" is not a Dutch municipality; write the municipality (CBS name, see src/data/gemeenten-arbeidsmarktregio.tsv) or a known alias such as Den Haag`,
      );
    } else {
      place.gemeente = gemeente.name;
      place.region = ctx.regionSlug(gemeente.regionCode);
    }
  }
  return Object.fromEntries(Object.entries(place).filter(([, v]) => v !== undefined)) as Place;
}

function distinctPlaces(places: Place[]): Place[] {
  const seen = new Map<string, Place>();
  for (const p of places) {
    const key = [p.name, p.address, p.zipcode, p.city].join('|');
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/** The module and course-day levels below a run (or below genericProgramRun). */
function subLevels(level: XmlElement, moduleName: 'module' | 'genericModule', path: string): { el: XmlElement; path: string }[] {
  const out: { el: XmlElement; path: string }[] = [];
  kids(level, moduleName).forEach((m, i) => {
    const mp = `${path}/${moduleName}[${i + 1}]`;
    out.push({ el: m, path: mp });
    kids(m, 'courseDay').forEach((d, j) => out.push({ el: d, path: `${mp}/courseDay[${j + 1}]` }));
  });
  kids(level, 'courseDay').forEach((d, j) => out.push({ el: d, path: `${path}/courseDay[${j + 1}]` }));
  return out;
}

function locationsAt(
  ctx: ProgramContext,
  level: XmlElement | undefined,
  moduleName: 'module' | 'genericModule',
  path: string,
): { own: Place[]; below: Place[] } {
  if (!level) return { own: [], below: [] };
  const own = kids(level, 'location').map((l, i) => readLocation(ctx, l, `${path}/location${i ? `[${i + 1}]` : ''}`));
  const below = subLevels(level, moduleName, path).flatMap(({ el, path: p }) =>
    kids(el, 'location').map((l) => readLocation(ctx, l, `${p}/location`)),
  );
  return { own, below: distinctPlaces(below) };
}

// ---- costs -----------------------------------------------------------------------------------

function readCost(ctx: ProgramContext, el: XmlElement, path: string): CostItem | undefined {
  const type = txt(el, 'costType');
  const amountRaw = txt(el, 'amount');
  const required = bool(ctx, el, 'isRequiredCost', path);
  let ok = true;
  if (!type) {
    ctx.problem(`${path}/costType`, 'is missing; every cost needs a costType such as "tuition fee"');
    ok = false;
  } else if (!checkCode(ctx, type, COST_TYPES, `${path}/costType`, 'costType')) ok = false;
  if (amountRaw === undefined) {
    ctx.problem(`${path}/amount`, 'is missing; every cost needs an amount');
    ok = false;
  }
  if (required === undefined && txt(el, 'isRequiredCost') === undefined) {
    ctx.problem(`${path}/isRequiredCost`, 'is missing; say true (everyone pays it) or false (optional)');
    ok = false;
  }
  const amount = num(ctx, amountRaw, `${path}/amount`);
  const amountVAT = num(ctx, txt(el, 'amountVAT'), `${path}/amountVAT`);
  const vatPercentage = num(ctx, txt(el, 'VATPercentage'), `${path}/VATPercentage`);
  if (!ok || amount === undefined || required === undefined) return undefined;
  const vatCode = txt(el, 'VATCode');
  const code = vatCode ? VAT_CODES[vatCode] : undefined;
  const vat = amountVAT ?? (code?.rate === 0 || vatPercentage === 0 ? 0 : undefined);
  const period = txt(el, 'period');
  const item: CostItem = {
    type: type!,
    label: COST_TYPES[type!],
    amount,
    currency: (txt(el, 'currency') ?? 'EUR').toUpperCase(),
    required,
    isFinal: bool(ctx, el, 'amountIsFinal', path) ?? true,
  };
  if (vat !== undefined) item.vat = vat;
  if (vatPercentage !== undefined) item.vatPercentage = vatPercentage;
  if (vatCode) item.vatCode = vatCode;
  const vatLabel = code?.label ?? (vatPercentage !== undefined ? `${vatPercentage}% btw` : undefined);
  if (vatLabel) item.vatLabel = vatLabel;
  if (period) item.period = period;
  const description = pickLang([...kids(el, 'description'), ...kids(el, 'costDescription')])?.text;
  if (description) item.description = description;
  return item;
}

const cents = (n: number) => Math.round(n * 100) / 100;

export function summarizeCost(items: CostItem[], source: RunCost['source']): RunCost {
  const required = items.filter((i) => i.required);
  const optional = items.filter((i) => !i.required);
  const periods = [...new Set(required.map((i) => i.period ?? 'program'))];
  const vatKnown = required.every((i) => i.vat !== undefined);
  const cost: RunCost = {
    source,
    required,
    optional,
    currency: items[0]?.currency ?? 'EUR',
    total: cents(required.reduce((sum, i) => sum + i.amount, 0)),
    mixedPeriods: periods.length > 1,
    indicative: required.some((i) => !i.isFinal),
  };
  if (vatKnown) cost.totalVAT = cents(required.reduce((sum, i) => sum + (i.vat ?? 0), 0));
  if (periods.length === 1 && periods[0] !== 'program' && periods[0] in COST_PERIODS) cost.period = periods[0];
  return cost;
}

function costsAt(
  ctx: ProgramContext,
  level: XmlElement | undefined,
  moduleName: 'module' | 'genericModule',
  path: string,
): { own: CostItem[]; below: CostItem[] } {
  if (!level) return { own: [], below: [] };
  const read = (el: XmlElement, p: string) =>
    kids(el, 'cost').flatMap((c, i) => {
      const item = readCost(ctx, c, `${p}/cost[${i + 1}]`);
      return item ? [item] : [];
    });
  return { own: read(level, path), below: subLevels(level, moduleName, path).flatMap(({ el, path: p }) => read(el, p)) };
}

// ---- the programme ---------------------------------------------------------------------------

export function readProgram(root: XmlElement, ctx: ProgramContext): ProgramResult {
  let problems = 0;
  const outer = ctx.problem;
  const c: ProgramContext = {
    ...ctx,
    problem: (element, message) => {
      problems++;
      outer(element, message);
    },
  };

  if (root.ns !== P || root.name !== 'program') {
    c.problem(root.name, `root element is {${root.ns}}${root.name}; an EDU-DEX programme file has <program xmlns="${P}">`);
    return { kind: 'invalid' };
  }

  const classification = kid(root, 'programClassification');
  const descriptions = kid(root, 'programDescriptions');
  const schedule = kid(root, 'programSchedule');
  const admission = kid(root, 'programAdmission');
  const curriculum = kid(root, 'programCurriculum');
  if (!classification) c.problem('program/programClassification', 'is missing');
  if (!descriptions) c.problem('program/programDescriptions', 'is missing');
  const cp = 'program/programClassification';

  const programId = txt(classification, 'programId');
  if (classification && !programId) c.problem(`${cp}/programId`, 'is missing');
  else if (programId && programId !== ctx.programId) {
    c.problem(`${cp}/programId`, `is "${programId}" but directory.xml lists this file as "${ctx.programId}"; make them the same`);
  }

  const level = txt(classification, 'programLevel');
  if (classification && !level) c.problem(`${cp}/programLevel`, 'is missing');
  else if (level) checkCode(c, level, PROGRAM_LEVELS, `${cp}/programLevel`, 'programLevel');

  const forms = kids(classification, 'programForm')
    .map((f) => f.text.trim())
    .filter(Boolean);
  if (classification && forms.length === 0) c.problem(`${cp}/programForm`, 'is missing; give at least one form such as "part-time"');
  forms.forEach((f, i) => checkCode(c, f, PROGRAM_FORMS, `${cp}/programForm[${i + 1}]`, 'programForm'));

  const type = txt(classification, 'programType');
  if (classification && !type) c.problem(`${cp}/programType`, 'is missing');
  else if (type) checkCode(c, type, PROGRAM_TYPES, `${cp}/programType`, 'programType');

  kids(admission, 'requiredLevel').forEach((r, i) => {
    const v = r.text.trim();
    if (v) checkCode(c, v, PROGRAM_LEVELS, `program/programAdmission/requiredLevel[${i + 1}]`, 'programLevel');
  });

  // A title is one line wherever it is shown; the XML layer already stripped invisible controls.
  const picked = pickLang(kids(descriptions, 'programName'));
  const titleEl = picked && { ...picked, text: oneLine(picked.text) };
  if (descriptions && !titleEl) c.problem('program/programDescriptions/programName', 'is missing; every programme needs a name');
  const titleTooLong =
    titleEl && tooLong(titleEl.text, MAX_TITLE_CHARS, 'Shorten the name; details belong in programSummaryText or programDescriptionText');
  if (titleTooLong) c.problem('program/programDescriptions/programName', titleTooLong);
  const summary = pickLang(kids(descriptions, 'programSummaryText'))?.text ?? '';
  const summaryTooLong = tooLong(
    summary,
    MAX_SUMMARY_CHARS,
    'Shorten it to a few sentences; the full text belongs in programDescriptionText',
  );
  if (summaryTooLong) c.problem('program/programDescriptions/programSummaryText', summaryTooLong);

  const startDetermination = txt(admission, 'startDateDetermination') ?? 'fixed starting date';
  if (!(startDetermination in START_DETERMINATIONS)) {
    c.problem(
      'program/programAdmission/startDateDetermination',
      `"${startDetermination}" is not known; use one of: ${Object.keys(START_DETERMINATIONS).join(', ')}`,
    );
  }

  const inPublication = bool(c, root, 'inPublication', 'program');
  const clientId = txt(root, 'clientId');

  // Schedule: generic level, then the dated runs.
  const generic = kid(schedule, 'genericProgramRun');
  const gp = 'program/programSchedule/genericProgramRun';
  const genericLocations = locationsAt(c, generic, 'genericModule', gp);
  const genericCosts = costsAt(c, generic, 'genericModule', gp);
  const genericPlaces = genericLocations.own.length ? distinctPlaces(genericLocations.own) : genericLocations.below;
  const genericCostItems = genericCosts.own.length ? genericCosts.own : genericCosts.below;
  const genericCost = genericCostItems.length ? summarizeCost(genericCostItems, 'generic') : undefined;

  const programLocations = kids(classification, 'programLocation')
    .map((l) => (txt(l, 'description') ?? l.text).trim())
    .filter(Boolean);
  const mentionsOnline = programLocations.some((l) => /^online$/i.test(l));
  const canBeOnline = (fs: string[]) => fs.some((f) => PROGRAM_FORMS[f]?.online) || mentionsOnline;

  const runEls = kids(schedule, 'programRun');
  const runs: Run[] = [];
  runEls.forEach((runEl, i) => {
    const id = txt(runEl, 'id');
    const rp = `program/programSchedule/programRun[${id ? `id=${id}` : i + 1}]`;
    if (!id) c.problem(`${rp}/id`, 'is missing; every run needs an id');
    const status = txt(runEl, 'status');
    if (!status) c.problem(`${rp}/status`, `is missing; use one of: ${Object.keys(RUN_STATUSES).join(', ')}`);
    else checkCode(c, status, RUN_STATUSES, `${rp}/status`, 'run status');
    const start = readDate(c, kid(runEl, 'startDate'), `${rp}/startDate`);
    if (!kid(runEl, 'startDate')) c.problem(`${rp}/startDate`, 'is missing; every run needs a start date');
    const end = readDate(c, kid(runEl, 'endDate'), `${rp}/endDate`);
    if (start && end && end.date < start.date) {
      c.problem(`${rp}/endDate`, `${end.date} is before the start date ${start.date}; fix one of the two`);
    }
    const deadline = txt(runEl, 'applicationDeadline');
    if (deadline && !isRealDate(deadline.slice(0, 10)))
      c.problem(`${rp}/applicationDeadline`, `"${deadline}" is not a date; write it as YYYY-MM-DD`);
    const runForms = kids(runEl, 'programForm')
      .map((f) => f.text.trim())
      .filter(Boolean);
    runForms.forEach((f, j) => checkCode(c, f, PROGRAM_FORMS, `${rp}/programForm[${j + 1}]`, 'programForm'));

    // Most specific level wins: run › its modules/course days › genericProgramRun (› its modules).
    const locs = locationsAt(c, runEl, 'module', rp);
    const places = locs.own.length ? distinctPlaces(locs.own) : locs.below.length ? locs.below : genericPlaces;
    const costs = costsAt(c, runEl, 'module', rp);
    const cost = costs.own.length
      ? summarizeCost(costs.own, 'run')
      : costs.below.length
        ? summarizeCost(costs.below, 'module')
        : genericCost;

    if (!id || !status || !start) return;
    if (status === 'canceled' || start.date < ctx.buildDate) {
      ctx.droppedRun?.(status === 'canceled' ? 'canceled' : 'in the past');
      return;
    }
    const fs = runForms.length ? runForms : forms;
    const online = places.every((p) => !p.city) && canBeOnline(fs);
    const run: Run = {
      id,
      start: start.date,
      startIsFinal: start.isFinal,
      status,
      statusLabel: RUN_STATUSES[status] ?? status,
      places,
      online,
      regions: online ? ctx.allRegions : uniqueSorted(places.map((p) => p.region)),
      forms: fs,
    };
    if (end) {
      run.end = end.date;
      run.endIsFinal = end.isFinal;
    }
    if (deadline) run.applicationDeadline = deadline.slice(0, 10);
    if (cost) run.cost = cost;
    runs.push(run);
  });

  if (problems > 0 || !classification || !descriptions || !titleEl || !level || !type || !programId) return { kind: 'invalid' };
  if (inPublication === false) return { kind: 'skipped', reason: 'not in publication' };
  if (clientId) return { kind: 'skipped', reason: 'for one client only' };
  const hasDatedRuns = runEls.length > 0 || startDetermination === 'fixed starting date';
  if (hasDatedRuns && runs.length === 0) return { kind: 'skipped', reason: 'no upcoming start dates' };
  runs.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

  // Where the offer is: its runs, or without runs the generic level; e-learning without a place is everywhere.
  let online: boolean;
  let regions: string[];
  if (runs.length) {
    online = runs.some((r) => r.online);
    regions = online ? ctx.allRegions : uniqueSorted(runs.flatMap((r) => r.regions));
  } else {
    online = genericPlaces.every((p) => !p.city) && canBeOnline(forms);
    const fromPlaces = uniqueSorted(genericPlaces.map((p) => p.region));
    const fromProgramLocation = genericPlaces.length
      ? []
      : uniqueSorted(programLocations.map((l) => findGemeente(l)).map((g) => (g ? ctx.regionSlug(g.regionCode) : undefined)));
    regions = online ? ctx.allRegions : fromPlaces.length ? fromPlaces : fromProgramLocation;
  }

  const degree = txt(classification, 'degree') ?? '';
  const creboCode = txt(classification, 'creboCode');
  const crohoCode = txt(classification, 'crohoCode');
  const themes = kids(classification, 'theme')
    .map((t) => t.text.trim())
    .filter(Boolean);
  const searchwords = kids(descriptions, 'searchword')
    .map((s) => s.text.trim())
    .filter(Boolean);
  const description = pickLang(kids(descriptions, 'programDescriptionText'))?.text ?? summary;
  const sectors = sectorsOf(
    themes,
    kids(classification, 'targetSector').map((t) => t.text),
    `${titleEl!.text} ${searchwords.join(' ')}`,
  );

  const offer: Omit<Offer, 'slug'> = {
    id: `${ctx.provider.id}/${programId}`,
    programId,
    provider: ctx.provider,
    title: titleEl!.text,
    summary,
    description,
    level,
    levelLabel: PROGRAM_LEVELS[level].label,
    forms,
    formLabels: forms.map((f) => formLabelFor(f, level)),
    type,
    typeLabel: PROGRAM_TYPES[type],
    degree,
    degreeLabel: degreeLabel(degree),
    recognised: isRecognised(degree, creboCode, crohoCode),
    credits: kids(classification, 'credits').flatMap((cr) => {
      const value = Number(cr.text.trim());
      return Number.isFinite(value) && cr.text.trim() ? [{ value, system: cr.attrs.system ?? '' }] : [];
    }),
    requiredLevels: kids(admission, 'requiredLevel')
      .map((r) => r.text.trim())
      .filter(Boolean),
    instructionModes: kids(curriculum, 'instructionMode')
      .map((m) => m.text.trim())
      .filter(Boolean),
    sector: sectors[0],
    sectors,
    themes,
    searchwords,
    startDetermination,
    runs,
    generic: genericCost ? { places: genericPlaces, cost: genericCost } : { places: genericPlaces },
    regions,
    online,
    contacts: kids(kid(root, 'programContacts'), 'contactData').flatMap((cd) => {
      const name = txt(cd, 'contactName');
      if (!name) return [];
      return [{ name, role: txt(cd, 'role'), email: txt(cd, 'email'), telephone: txt(cd, 'telephone') }].map(dropUndefined);
    }),
    file: ctx.file,
  };
  if (titleEl!.lang) offer.titleLang = titleEl!.lang;
  const webLink = pickLang(kids(descriptions, 'webLink'))?.text;
  if (webLink && /^https?:\/\//.test(webLink)) offer.webLink = webLink;
  if (creboCode) offer.creboCode = creboCode;
  if (crohoCode) offer.crohoCode = crohoCode;
  const lastEdited = txt(root, 'lastEdited');
  if (lastEdited) offer.lastEdited = lastEdited;

  const durationEl = kid(classification, 'programDuration');
  if (durationEl && durationEl.text.trim()) {
    const value = num(c, durationEl.text, `${cp}/programDuration`);
    const rawUnit = durationEl.attrs.unit ?? txt(durationEl, 'unit') ?? '';
    const unit = durationUnit(rawUnit) ?? rawUnit.trim();
    if (value !== undefined) offer.duration = { value, unit, label: durationLabel(value, unit) };
  }
  const loadEl = kid(curriculum, 'studyLoad');
  if (loadEl) {
    const nestedPeriod = ['week', 'program'].find((p) => txt(loadEl, p) !== undefined);
    const period = loadEl.attrs.period?.trim() || nestedPeriod || 'program';
    const raw = nestedPeriod ? txt(loadEl, nestedPeriod) : loadEl.text.trim();
    const hours = raw ? num(c, raw, 'program/programCurriculum/studyLoad') : undefined;
    if (hours !== undefined) offer.studyLoad = { hours, period, label: studyLoadLabel(hours, period) };
  }
  if (problems > 0) return { kind: 'invalid' };
  return { kind: 'offer', offer };
}

function uniqueSorted(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
