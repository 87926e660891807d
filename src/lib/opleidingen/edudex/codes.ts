// EDU-DEX enumerations (exact codes from ../shared/formats/EDU-DEX.md §7) with the Dutch labels
// and URL slugs the site uses. An unknown code for programForm, programLevel, programType,
// costType or run status stops the build; unknown degrees are kept as text (the list is long and open).

export const NS = {
  directory: 'http://studieData.nl/schema/edudex/directory',
  institute: 'http://studieData.nl/schema/edudex/institute',
  program: 'http://studieData.nl/schema/edudex/program',
} as const;

// The programForm and programLevel tables are data the regeling schema also needs, so they live
// in src/schemas/edudex-codes.ts.
import { FORM_CODES, LEVEL_CODES, type Code } from '../../../schemas/edudex-codes';

export type { Code };
export const PROGRAM_FORMS = FORM_CODES;
export const PROGRAM_LEVELS = LEVEL_CODES;

/** Label used on a programme page: "BBL (werken en leren)" for mbo, "duaal" for other levels. */
export function formLabelFor(form: string, level: string): string {
  const code = PROGRAM_FORMS[form];
  if (!code) return form;
  if (isMboLevel(level) && code.mboLabel) return code.mboLabel;
  if (form === 'full-time') return 'Voltijd';
  if (form === 'dual') return 'Duaal (werken en leren)';
  return code.label;
}

export function isMboLevel(level: string): boolean {
  return level === 'mbo' || level === 'mbo+' || level.startsWith('mbo niveau');
}

export const PROGRAM_TYPES: Record<string, string> = {
  regular: 'Opleiding',
  coaching: 'Coaching',
  conference: 'Congres',
  educational: 'Opleiding voor docenten',
  exam: 'Examen',
  internship: 'Stage',
  research: 'Onderzoek',
  'self study': 'Zelfstudie',
  traineeship: 'Traineeship',
  training: 'Training',
  'virtual classroom': 'Online les (live)',
  webinar: 'Webinar',
  workshop: 'Workshop',
  document: 'Document',
  lecture: 'Lezing',
  'master class': 'Masterclass',
  'mbo module': 'mbo-module',
};

export const COST_TYPES: Record<string, string> = {
  'tuition fee': 'Lesgeld',
  'registration fee': 'Inschrijfgeld',
  'study material': 'Lesmateriaal',
  examination: 'Examen',
  certificate: 'Certificaat',
  excursions: 'Excursies',
  location: 'Locatiekosten',
  lunch: 'Lunch',
  dinner: 'Diner',
  accommodation: 'Overnachting',
  'second accommodation': 'Tweede overnachting',
  'single payment discount': 'Korting bij betaling in één keer',
  'cost of living': 'Levensonderhoud',
  housing: 'Huisvesting',
  insurance: 'Verzekering',
  'visa/permit': 'Visum of vergunning',
  coaching: 'Coaching',
};

export const RUN_STATUSES: Record<string, string> = {
  'application opened': 'Aanmelden kan',
  'application closed': 'Aanmelden is gesloten',
  canceled: 'Gaat niet door',
};

export const START_DETERMINATIONS: Record<string, string> = {
  'fixed starting date': 'Vaste startdata',
  'agreed starting date': 'Startdatum in overleg',
  'direct start': 'Je kunt direct beginnen',
};

/** What one cost amount covers. */
export const COST_PERIODS: Record<string, string> = {
  program: '',
  '1st year': 'eerste jaar',
  year: 'per jaar',
  month: 'per maand',
  week: 'per week',
  day: 'per dag',
  hour: 'per uur',
};

/** VATCode meanings (source 2, mapping.py). */
export const VAT_CODES: Record<string, { label: string; rate?: number }> = {
  '1': { label: 'vrijgesteld van btw', rate: 0 },
  '2': { label: 'btw verlegd', rate: 0 },
  '3': { label: 'laag btw-tarief (9%)', rate: 9 },
  '4': { label: 'hoog btw-tarief (21%)', rate: 21 },
  '5': { label: 'hoog btw-tarief (21%)', rate: 21 },
};

const DURATION_UNITS: Record<string, [one: string, many: string]> = {
  hour: ['uur', 'uur'],
  day: ['dag', 'dagen'],
  week: ['week', 'weken'],
  month: ['maand', 'maanden'],
  year: ['jaar', 'jaar'],
};

/** Duration units as feeds write them: singular or plural (the JSON model uses plurals). */
export function durationUnit(raw: string): string | undefined {
  const unit = raw.trim().toLowerCase().replace(/s$/, '');
  return unit in DURATION_UNITS ? unit : undefined;
}

export function durationLabel(value: number, unit: string): string {
  const names = DURATION_UNITS[unit];
  if (!names) return `${formatNumber(value)} ${unit}`;
  return `${formatNumber(value)} ${value === 1 ? names[0] : names[1]}`;
}

export function studyLoadLabel(hours: number, period: string): string {
  const h = `${formatNumber(hours)} uur`;
  switch (period) {
    case 'week':
      return `${h} per week`;
    case 'month':
      return `${h} per maand`;
    case 'year':
      return `${h} per jaar`;
    case 'day':
      return `${h} per dag`;
    default:
      return `${h} in totaal`;
  }
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(n);
}

// ---- Degrees --------------------------------------------------------------------------------

const MBO_DIPLOMA = /^mbo niveau ([1-4])$/;
const AD = /^Ad(\s.+)?$/;
const BACHELOR = /^(B|B\s.+|BA|BSc|BA\/BSc|BBA|BN|LLB)$/;
const MASTER = /^(M|M\s.+|MA|MSc|MA\/MSc|MN|LLM|LLM\/MSc|MPhil)$/;

const DEGREE_LABELS: Record<string, string> = {
  '': 'Niet vermeld',
  none: 'Geen diploma of certificaat',
  certificate: 'Certificaat',
  diploma: 'Diploma',
  'certificate on request': 'Certificaat (op aanvraag)',
  'certificate of participation': 'Bewijs van deelname',
  testimonial: 'Getuigschrift',
  'module certificate': 'Certificaat per module',
  'mbo-verklaring': 'mbo-verklaring',
  'mbo-certificaat': 'mbo-certificaat',
};

export function degreeLabel(degree: string): string {
  if (degree in DEGREE_LABELS) return DEGREE_LABELS[degree];
  const mbo = MBO_DIPLOMA.exec(degree);
  if (mbo) return `mbo-diploma niveau ${mbo[1]}`;
  if (AD.test(degree)) return `Associate degree (${degree})`;
  if (BACHELOR.test(degree)) return `Bachelordiploma (${degree})`;
  if (MASTER.test(degree)) return `Masterdiploma (${degree})`;
  return degree;
}

/** An official (state-recognised) qualification: an mbo diploma or certificate, or an Ad, bachelor
 *  or master degree; or the programme is registered in CREBO/CROHO. */
export function isRecognised(degree: string, creboCode?: string, crohoCode?: string): boolean {
  if (creboCode || crohoCode) return true;
  return MBO_DIPLOMA.test(degree) || degree === 'mbo-certificaat' || AD.test(degree) || BACHELOR.test(degree) || MASTER.test(degree);
}

export const RECOGNISED_LABEL = 'Officieel erkend diploma/certificaat';
export const NOT_RECOGNISED_LABEL = 'Branchecertificaat / deelnamebewijs (geen officieel diploma)';

// ---- Sectors --------------------------------------------------------------------------------

export const SECTORS: Record<string, string> = {
  zorg: 'Zorg en welzijn',
  techniek: 'Techniek',
  bouw: 'Bouw en infra',
  logistiek: 'Logistiek en transport',
  ict: 'ICT',
  horeca: 'Horeca en toerisme',
  'taal-en-basisvaardigheden': 'Taal en basisvaardigheden',
  veiligheid: 'Veiligheid (VCA, BHV, heftruck)',
  'economie-en-administratie': 'Economie en administratie',
  'management-en-persoonlijke-ontwikkeling': 'Management en persoonlijke ontwikkeling',
  'onderwijs-en-overheid': 'Onderwijs en overheid',
  overig: 'Overig',
};

/** EDU-DEX theme → sector slug. Themes not listed map to "overig". */
export const THEME_SECTORS: Record<string, string> = {
  'care and personal care': 'zorg',
  'manufacturing engineering and construction': 'techniek',
  'procurement and logistics': 'logistiek',
  'automation and it': 'ict',
  'internet and media': 'ict',
  'tourism, recreation and hospitality': 'horeca',
  languages: 'taal-en-basisvaardigheden',
  'health and safety': 'veiligheid',
  finance: 'economie-en-administratie',
  'secretarial and office work': 'economie-en-administratie',
  sales: 'economie-en-administratie',
  marketing: 'economie-en-administratie',
  law: 'economie-en-administratie',
  'property and real estate': 'economie-en-administratie',
  'human resources': 'management-en-persoonlijke-ontwikkeling',
  management: 'management-en-persoonlijke-ontwikkeling',
  leadership: 'management-en-persoonlijke-ontwikkeling',
  'change management': 'management-en-persoonlijke-ontwikkeling',
  'quality and project management': 'management-en-persoonlijke-ontwikkeling',
  'personal effectiveness': 'management-en-persoonlijke-ontwikkeling',
  'personal development': 'management-en-persoonlijke-ontwikkeling',
  coaching: 'management-en-persoonlijke-ontwikkeling',
  communication: 'management-en-persoonlijke-ontwikkeling',
  entrepreneurship: 'management-en-persoonlijke-ontwikkeling',
  'training and education': 'onderwijs-en-overheid',
  'government and non-profit': 'onderwijs-en-overheid',
  'sports and vitality': 'overig',
  'hobbies and leisure': 'overig',
};

/** SBI sections (targetSector) that point to one of our sectors more precisely than a theme. */
const TARGET_SECTORS: Record<string, string> = {
  F: 'bouw',
  H: 'logistiek',
  I: 'horeca',
  J: 'ict',
  Q: 'zorg',
  C: 'techniek',
};

/** EDU-DEX has one theme for engineering and construction; these words in the name or search
 *  words move such a programme from "techniek" to "bouw". */
const CONSTRUCTION_WORDS =
  /\b(bouw\w*|\w*bouwkunde|timmer\w*|metsel\w*|infra\w*|stukad\w*|tegelzet\w*|dakdek\w*|grondwerk\w*|wegenbouw\w*|uitvoerder\w*)/i;

/**
 * Sectors of a programme, most important first: target sectors, then themes in feed order.
 * Returns at least one sector ("overig" when nothing maps).
 */
export function sectorsOf(themes: string[], targetSectors: string[], words: string): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    if (s && !out.includes(s)) out.push(s);
  };
  for (const t of targetSectors) add(TARGET_SECTORS[t.trim().toUpperCase()]);
  for (const theme of themes) {
    let sector = THEME_SECTORS[theme.trim().toLowerCase()];
    if (sector === 'techniek' && CONSTRUCTION_WORDS.test(words)) sector = 'bouw';
    add(sector);
  }
  const specific = out.filter((s) => s !== 'overig');
  return specific.length ? specific : ['overig'];
}

// ---- Cost bands ------------------------------------------------------------------------------

export const COST_BANDS: Record<string, string> = {
  gratis: 'Gratis',
  'tot-500': 'Tot € 500',
  '500-2000': '€ 500 tot € 2.000',
  'meer-dan-2000': 'Meer dan € 2.000',
  onbekend: 'Kosten niet vermeld',
};

/** Band of a total price (what you pay, VAT included when the feed states it). */
export function costBand(total: number | undefined): string {
  if (total === undefined) return 'onbekend';
  if (total <= 0) return 'gratis';
  if (total < 500) return 'tot-500';
  if (total <= 2000) return '500-2000';
  return 'meer-dan-2000';
}

// ---- Months ----------------------------------------------------------------------------------

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2027-03" → "maart 2027"; "direct" → the no-fixed-date label. */
export function startMonthLabel(slug: string): string {
  if (slug === DIRECT_START) return 'Direct of in overleg';
  const [y, m] = slug.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

export const DIRECT_START = 'direct';

/** "2027-03-09" → "9 maart 2027". */
export function dateLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
