// Every English interface string, in one place (B1: short sentences, common words). Pure and
// browser-safe: the regelingencheck's script imports the check's words from here.
import { orList, type CheckWords } from '../regelingen/check';
import type { Benefit, EmployerSize, Level, Role } from '../../schemas/eligibility';
import type { Status } from '../../schemas/regeling';
import type { StatusWords } from '../regelingen/status';
import type { AUDIENCES } from '../../schemas/shared';

/** "a", "a or b", "a, b or c". */
const orEn = (words: readonly string[]) => orList(words).replace(/ of ([^,]*)$/, ' or $1');

/** 30 June 2026 (no weekday; the date is a day, not a moment). */
export function formatEnglishDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export const ROLE_LABELS_EN: Record<Role, string> = {
  werkzoekende: 'I am looking for work',
  werkende: 'I have a job',
  werkgever: 'I am an employer',
  zzp: 'I am self-employed (zzp)',
  jongere: 'I am a young person',
};

export const BENEFIT_LABELS_EN: Record<Benefit, string> = {
  ww: 'Unemployment benefit (WW, from UWV)',
  bijstand: 'Social assistance (bijstand, from the municipality)',
  'wajong-wia': 'WIA or Wajong benefit (from UWV)',
};

export const LEVEL_LABELS_EN: Record<Level, string> = {
  geen: 'No diploma, or primary school only',
  mbo12: 'Mbo level 1 or 2',
  mbo34: 'Mbo level 3 or 4',
  hbowo: 'Higher education (hbo or university)',
};

export const EMPLOYER_SIZE_LABELS_EN: Record<EmployerSize, string> = {
  mkb: 'Small or medium-sized (fewer than 250 staff)',
  groot: 'Large (250 staff or more)',
};

export const AUDIENCE_LABELS_EN: Record<(typeof AUDIENCES)[number], string> = {
  werkzoekende: 'Job seekers',
  werkende: 'People with a job',
  werkgever: 'Employers',
  zzp: 'Self-employed people',
  jongere: 'Young people',
  uitkering: 'People on benefits',
  statushouder: 'Refugees with a residence permit',
};

export const STATUS_LABELS_EN: Record<Status, string> = {
  open: 'Open',
  gesloten: 'Closed',
  verwacht: 'Expected',
  'geen-aanvraagperiode': 'No application period',
};

/** The English sentences of statusNote() in src/lib/regelingen/status.ts. */
export const STATUS_WORDS_EN: StatusWords = {
  stoppedUnknown: 'This scheme has stopped. We do not know the exact date.',
  stoppedOn: (ended) => `Stopped on ${formatEnglishDate(ended)}.`,
  openUntilInclusive: (closes) => `You can apply until ${formatEnglishDate(closes)} (inclusive).`,
  openUntil: (ended) => `You can apply until ${formatEnglishDate(ended)}.`,
  nextWindow: (opens, closes) =>
    `The next application period opens on ${formatEnglishDate(opens)} and closes on ${formatEnglishDate(closes)}.`,
  lastWindowClosed: (closes) => `The last application period closed on ${formatEnglishDate(closes)}. The next one is not known yet.`,
  noWindowKnown: 'You can only apply in an application period. The next one is not known yet.',
  windowNotes: false,
};

const ROLE_WORDS: Record<Role, string> = {
  werkzoekende: 'are looking for work',
  werkende: 'have a job',
  werkgever: 'are an employer',
  zzp: 'are self-employed',
  jongere: 'are a young person',
};
const SIZE_WORDS: Record<EmployerSize, string> = { mkb: 'with a small or medium-sized company', groot: 'with a large company' };
const SIZE_NOUNS: Record<EmployerSize, string> = { mkb: 'small or medium-sized', groot: 'large' };
const BENEFIT_NOUNS: Record<Benefit, string> = {
  ww: 'unemployment benefit (WW)',
  bijstand: 'social assistance (bijstand)',
  'wajong-wia': 'a WIA or Wajong benefit',
};
const LEVEL_WORDS: Record<Level, string> = {
  geen: 'have no diploma, or only primary school',
  mbo12: 'have mbo level 1 or 2 as your highest diploma',
  mbo34: 'have mbo level 3 or 4 as your highest diploma',
  hbowo: 'have a higher education diploma (hbo or university)',
};
const LEVEL_CEILING: Record<Level, string> = { geen: '', mbo12: 'mbo level 2', mbo34: 'mbo level 4', hbowo: 'hbo or university' };
const LEVEL_ORDER: Level[] = ['geen', 'mbo12', 'mbo34', 'hbowo'];

function ageWords(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `are ${min} or older and younger than ${max + 1}`;
  if (min !== undefined) return `are ${min} or older`;
  return `are younger than ${max! + 1}`;
}

export const CHECK_WORDS_EN: CheckWords = {
  reason: {
    role: (role, size) => `you ${ROLE_WORDS[role]}${size ? ` ${SIZE_WORDS[size]}` : ''}`,
    benefit: (b) => `you get ${BENEFIT_NOUNS[b]}`,
    age: (min, max) => `you ${ageWords(min, max)}`,
    level: (l) => `you ${LEVEL_WORDS[l]}`,
  },
  condition: {
    roles: (roles) => `if you ${orEn(roles.map((r) => ROLE_WORDS[r]))}`,
    sizes: (sizes) => `if your company is ${orEn(sizes.map((s) => SIZE_NOUNS[s]))}`,
    benefits: (benefits) => `if you get ${orEn(benefits.map((b) => BENEFIT_NOUNS[b]))}`,
    age: (min, max) => `if you ${ageWords(min, max)}`,
    levels: (levels) => {
      const sorted = LEVEL_ORDER.filter((l) => levels.includes(l));
      const fromBottom = sorted.every((l, i) => l === LEVEL_ORDER[i]);
      if (fromBottom && sorted.length === 1) return `if you ${LEVEL_WORDS.geen}`;
      if (fromBottom) return `if you have no diploma or at most ${LEVEL_CEILING[sorted.at(-1)!]}`;
      return `if you ${orEn(sorted.map((l) => LEVEL_WORDS[l]))}`;
    },
    regions: (names) => `if you live or work in the ${orEn(names)} region`,
  },
  explain: (result) => ({
    reason: result.reasons.length ? `May fit because ${result.reasons.join(' and ')}.` : undefined,
    condition: result.conditions.length ? `Note: this is only for you ${result.conditions.join(' and ')}.` : undefined,
  }),
  count: (n) => {
    if (n === 0) return 'We found no schemes that may fit. Ask your Leerwerkloket for advice.';
    return n === 1 ? '1 scheme may fit.' : `${n} schemes may fit.`;
  },
};

/** The loket finder's strings; apart, so the finder's script bundles only these. */
export const FINDER_EN = {
  title: 'Find your Leerwerkloket',
  description: 'Every municipality in the Netherlands with the Leerwerkloket that serves it.',
  intro: 'There is a Leerwerkloket in every labour market region. Look up your municipality and you will see which loket is yours.',
  heading: 'Search by municipality',
  explain: 'Every municipality belongs to one Leerwerkloket. Choose your municipality to see which loket is yours.',
  label: 'Your municipality',
  hint: 'Type the first letters, for example "Lin" for Lingewaard.',
  letters: 'Municipalities by letter',
  none: (q: string) => `No municipality found for "${q}". Check the spelling.`,
  one: (text: string) => `1 municipality found: ${text}`,
  many: (n: number) => `${n} municipalities found.`,
  all: 'All 35 loketten',
};

/** Interface strings of the English pages and of the parts they share with the Dutch ones. */
export const EN = {
  skipLink: 'Skip to content',
  tagline: 'Free advice about learning and working',
  taglineRegion: 'Free advice about learning and working in the region',
  languageSwitch: { label: 'Nederlands', hint: 'Deze pagina in het Nederlands' },
  inDutch: '(in Dutch)',
  /** Shown where an English page links to pages that exist only in Dutch. */
  dutchOnlyNote: 'Links marked "(in Dutch)" go to a page in Dutch. Your browser may offer to translate it.',
  breadcrumbs: 'You are here',
  homeLink: 'Home',
  nav: {
    label: 'Main menu',
    findLoket: 'Find your loket',
    whoPays: 'Who pays?',
    check: 'Check what may fit',
    contact: 'Contact and locations',
    otherLoket: 'Choose another loket',
  },
  footer: {
    partners: 'Together with',
    contact: 'Contact',
    email: 'Email',
    phone: 'Phone',
    sample: 'The contact details on this site are sample data.',
    about: 'About this site',
    privacy: 'No cookies. No tracking. Advice is free and independent.',
    national: 'Leerwerkloket, national site',
    partnersPage: 'For partners: tools for your website and open data',
  },
  home: {
    title: 'Free advice about learning and working',
    intro:
      'A Leerwerkloket gives free and independent advice about learning and working. A school (roc), the municipality and UWV work together in it. There is a Leerwerkloket in every region of the Netherlands.',
    introRegion: (name: string) => `${name} gives free and independent advice about learning and working in the region.`,
    tasks: 'What do you want to do?',
    findLoket: 'Find the Leerwerkloket for your municipality.',
    whoPays: 'Find out who can pay for your training or course.',
    check: 'Answer a few questions and see which schemes may fit you.',
    contact: 'Addresses, opening hours and how to make an appointment.',
    dutchOnly: 'Only in Dutch',
    dutchOnlyIntro: 'These parts of the site are only in Dutch for now:',
    training: 'Training courses',
    news: 'News',
    events: 'Events',
  },
  finder: FINDER_EN,
  whoPays: {
    title: 'Who pays for your training?',
    description: 'Schemes that can pay for training or courses in the Netherlands, with a short explanation in English.',
    intro:
      'There are many schemes (regelingen) that pay for a training or course, fully or in part. Here you find them with a short explanation in English. The full details are in Dutch.',
    checkLink: 'Not sure which one fits? Answer a few questions in the check.',
    current: 'Schemes you can use now or soon',
    closed: 'Closed schemes',
    closedIntro: 'You cannot apply for these any more. They are here so you can still find them.',
    onlyRegion: 'Only in the region',
    status: 'Status',
    details: 'Full details',
  },
  check: {
    title: 'Check which schemes may fit you',
    description: 'Answer a few questions and see which schemes for learning and working may fit you, and why.',
    intro: 'Answer a few short questions. You will see which schemes may fit you, and why.',
    noPromise: 'The check gives no certainty. The organiser decides if you get a scheme. Your Leerwerkloket helps you for free.',
    allLink: 'Do you want to see everything? Look at all schemes.',
    firstQuestion: 'Who are you?',
    firstQuestionHint: 'Choose what fits you best. You will see which schemes may fit, and why.',
    skipHint: 'You may skip questions marked "optional". The more you fill in, the better the check can choose.',
    optional: '(optional)',
    role: 'Who are you?',
    benefit: 'Do you get a benefit?',
    noBenefit: 'No, I do not get a benefit',
    age: 'How old are you?',
    ageHint: 'Only numbers, for example 34.',
    level: 'What is your highest diploma?',
    size: 'How big is your company?',
    region: 'Where do you live or work?',
    regionAll: 'Somewhere else, or I do not know',
    submit: 'Show what may fit',
    results: 'Schemes that may fit',
    resultsNote: 'This is not a promise. The organiser decides if you really get a scheme. Read the conditions of each scheme.',
    status: 'Status: ',
    noScript: 'Turn on JavaScript to use the check, or look at all schemes.',
  },
  advice: {
    title: 'Ask your Leerwerkloket for advice',
    text: 'Not sure if a scheme fits you? Or do you want to know which training you can pay for with it? An adviser works it out with you for free. The advice is independent.',
    contact: (name: string) => `Contact ${name}`,
    find: 'Find your Leerwerkloket',
  },
  contact: {
    day: 'Day',
    open: 'Open',
    closed: 'Closed',
    none: 'None',
    title: (name: string) => `Contact ${name}`,
    description: (name: string) => `Addresses, opening hours, walk-in hours and contact details of ${name}.`,
    intro:
      'You can make an appointment, send an email or come by during walk-in hours. The talk is free. The advisers speak Dutch; ask if they can help you in English.',
    appointment: 'Make an appointment',
    locations: 'Locations and opening hours',
    route: 'How to get there',
    hours: 'Opening hours',
    walkIn: 'Walk-in hours (no appointment needed)',
    employers: 'Are you an employer? Contact the',
  },
  embed: {
    newTab: 'Links open in a new tab.',
    poweredBy: 'From Leerwerkloket.nl',
  },
} as const;

export const DAY_NAMES_EN: Record<string, string> = {
  maandag: 'Monday',
  dinsdag: 'Tuesday',
  woensdag: 'Wednesday',
  donderdag: 'Thursday',
  vrijdag: 'Friday',
  zaterdag: 'Saturday',
  zondag: 'Sunday',
};
