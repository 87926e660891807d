// The regelingencheck's rules: which regelingen may fit someone's answers, and why. Pure and
// browser-safe (no Node, no Zod): the build uses it for the pre-built role pages and the check's
// script runs the same code in the browser. It never decides eligibility; it says what *may* fit.
import { BENEFITS, EMPLOYER_SIZES, LEVELS, ROLES, type Benefit, type EmployerSize, type Level, type Role } from '../../schemas/eligibility';
import type { Eligibility } from '../../schemas/regeling';

export interface Answers {
  role?: Role;
  /** 'geen' = no benefit; undefined = not answered. */
  benefit?: Benefit | 'geen';
  age?: number;
  level?: Level;
  employerSize?: EmployerSize;
}

/** The rules of one regeling; roles always set (from eligibility.roles, else its audiences). */
export interface CheckRules extends Omit<Eligibility, 'roles'> {
  roles: Role[];
}

export interface CheckItem {
  id: string;
  title: string;
  summary: string;
  href: string;
  /** Closed regelingen are never in the check. */
  status: 'open' | 'verwacht' | 'geen-aanvraagperiode';
  statusLabel: string;
  statusNote: string;
  rules: CheckRules;
  /** Only when the regeling holds in some regions and the page is not on one of their sites. */
  regionNames?: string[];
  /** Region slugs of a regional regeling (for forRegion); absent for national ones. */
  scope?: string[];
}

export interface CheckResult {
  item: CheckItem;
  /** Rules the answers meet: "omdat je werkgever bent in het mkb". */
  reasons: string[];
  /** Rules the answers leave open: "als je een WW-uitkering hebt". */
  conditions: string[];
  /** How well the answers fit: one per rule met (role and employer size apart, even in one reason), a benefit twice. */
  score: number;
}

/** Query parameter names of the check's GET form (Dutch: they show in the address bar). */
export const PARAMS = { role: 'rol', benefit: 'uitkering', age: 'leeftijd', level: 'niveau', employerSize: 'bedrijf' } as const;

/** Which follow-up questions matter for a role (the others are hidden and ignored). */
export function questionsFor(role: Role | undefined): (keyof Answers)[] {
  if (role === 'werkgever') return ['employerSize'];
  if (!role) return ['benefit', 'age', 'level', 'employerSize'];
  return ['benefit', 'age', 'level'];
}

export function rulesOf(data: { audiences: readonly string[]; eligibility?: Eligibility }): CheckRules {
  const roles = data.eligibility?.roles ?? ROLES.filter((r) => data.audiences.includes(r));
  return { ...data.eligibility, roles: [...roles] };
}

const ROLE_WORDS: Record<Role, string> = {
  werkzoekende: 'werk zoekt',
  werkende: 'werk hebt',
  werkgever: 'werkgever bent',
  zzp: "zzp'er bent",
  jongere: 'jongere bent',
};
const SIZE_WORDS: Record<EmployerSize, string> = { mkb: 'in het mkb', groot: 'van een groot bedrijf' };
const SIZE_NOUNS: Record<EmployerSize, string> = { mkb: 'een mkb-bedrijf', groot: 'een groot bedrijf' };
const BENEFIT_NOUNS: Record<Benefit, string> = {
  ww: 'een WW-uitkering',
  bijstand: 'een bijstandsuitkering',
  'wajong-wia': 'een WIA- of Wajong-uitkering',
};
const LEVEL_WORDS: Record<Level, string> = {
  geen: 'geen diploma hebt, of alleen basisonderwijs',
  mbo12: 'als hoogste diploma mbo niveau 1 of 2 hebt',
  mbo34: 'als hoogste diploma mbo niveau 3 of 4 hebt',
  hbowo: 'een diploma van het hbo of de universiteit hebt',
};
const LEVEL_CEILING: Record<Level, string> = { geen: '', mbo12: 'mbo niveau 2', mbo34: 'mbo niveau 4', hbowo: 'hbo of wo' };

/** "a", "a of b", "a, b of c". */
export function orList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} of ${words.at(-1)}`;
}

function ageWords(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min} jaar of ouder bent en jonger dan ${max + 1}`;
  if (min !== undefined) return `${min} jaar of ouder bent`;
  return `jonger bent dan ${max! + 1} jaar`;
}

function levelCondition(levels: readonly Level[]): string {
  const sorted = LEVELS.filter((l) => levels.includes(l));
  const fromBottom = sorted.every((l, i) => l === LEVELS[i]);
  if (fromBottom && sorted.length === 1) return `als je ${LEVEL_WORDS.geen}`;
  if (fromBottom) return `als je geen diploma hebt of hoogstens ${LEVEL_CEILING[sorted.at(-1)!]}`;
  return `als je ${orList(sorted.map((l) => LEVEL_WORDS[l]))}`;
}

/**
 * The sentences of the check in one language: reasons ("omdat je werkgever bent"), conditions
 * ("als je een WW-uitkering hebt"), the explanation and the count. Dutch is below; English lives
 * in src/lib/i18n/en.ts. The rules are the same in every language.
 */
export interface CheckWords {
  reason: {
    role(role: Role, size?: EmployerSize): string;
    benefit(benefit: Benefit): string;
    age(min: number | undefined, max: number | undefined): string;
    level(level: Level): string;
  };
  condition: {
    roles(roles: readonly Role[]): string;
    sizes(sizes: readonly EmployerSize[]): string;
    benefits(benefits: readonly Benefit[]): string;
    age(min: number | undefined, max: number | undefined): string;
    levels(levels: readonly Level[]): string;
    regions(names: readonly string[]): string;
  };
  explain(result: Pick<CheckResult, 'reasons' | 'conditions'>): { reason?: string; condition?: string };
  count(n: number): string;
}

export const DUTCH: CheckWords = {
  reason: {
    role: (role, size) => `omdat je ${ROLE_WORDS[role]}${size ? ` ${SIZE_WORDS[size]}` : ''}`,
    benefit: (b) => `omdat je ${BENEFIT_NOUNS[b]} hebt`,
    age: (min, max) => `omdat je ${ageWords(min, max)}`,
    level: (l) => `omdat je ${LEVEL_WORDS[l]}`,
  },
  condition: {
    roles: (roles) => `als je ${orList(roles.map((r) => ROLE_WORDS[r]))}`,
    sizes: (sizes) => `als je bedrijf ${orList(sizes.map((s) => SIZE_NOUNS[s]))} is`,
    benefits: (benefits) => `als je ${orList(benefits.map((b) => BENEFIT_NOUNS[b]))} hebt`,
    age: (min, max) => `als je ${ageWords(min, max)}`,
    levels: levelCondition,
    regions: (names) => `als je in de regio ${orList(names)} woont of werkt`,
  },
  explain: (result) => ({
    reason: result.reasons.length ? `Kan passen ${result.reasons.join(' en ')}.` : undefined,
    condition: result.conditions.length ? `Let op: dit geldt alleen ${result.conditions.join(' en ')}.` : undefined,
  }),
  count: (n) => {
    if (n === 0) return 'Geen regelingen gevonden die kunnen passen. Vraag advies bij je Leerwerkloket.';
    return n === 1 ? '1 regeling kan passen.' : `${n} regelingen kunnen passen.`;
  },
};

/** Why (and on which conditions) a regeling may fit the answers; undefined when it does not. */
export function matchRegeling(item: CheckItem, answers: Answers, words: CheckWords = DUTCH): CheckResult | undefined {
  const { rules } = item;
  const reasons: string[] = [];
  const conditions: string[] = [];
  let score = 0;
  if (rules.roles.length === 0) return undefined;

  const sizeRule = rules.employerSizes;
  let size: EmployerSize | undefined;
  if (sizeRule && (answers.role === 'werkgever' || answers.role === undefined)) {
    if (answers.employerSize === undefined) conditions.push(words.condition.sizes(sizeRule));
    else if (!sizeRule.includes(answers.employerSize)) return undefined;
    else {
      size = answers.employerSize;
      score += 1;
    }
  }

  if (answers.role === undefined) conditions.unshift(words.condition.roles(rules.roles));
  else if (!rules.roles.includes(answers.role)) return undefined;
  else reasons.push(words.reason.role(answers.role, size));

  if (rules.benefits) {
    if (answers.benefit === undefined) conditions.push(words.condition.benefits(rules.benefits));
    else if (answers.benefit === 'geen' || !rules.benefits.includes(answers.benefit)) return undefined;
    else {
      reasons.push(words.reason.benefit(answers.benefit));
      score += 1; // a benefit rule is narrow: it counts double, so such regelingen come first
    }
  }

  if (rules.minAge !== undefined || rules.maxAge !== undefined) {
    if (answers.age === undefined) conditions.push(words.condition.age(rules.minAge, rules.maxAge));
    else if ((rules.minAge !== undefined && answers.age < rules.minAge) || (rules.maxAge !== undefined && answers.age > rules.maxAge))
      return undefined;
    else reasons.push(words.reason.age(rules.minAge, rules.maxAge));
  }

  if (rules.levels) {
    if (answers.level === undefined) conditions.push(words.condition.levels(rules.levels));
    else if (!rules.levels.includes(answers.level)) return undefined;
    else reasons.push(words.reason.level(answers.level));
  }

  if (item.regionNames?.length) conditions.push(words.condition.regions(item.regionNames));
  return { item, reasons, conditions, score: score + reasons.length };
}

/** Only the answers that matter for the chosen role (a werkgever's age says nothing). */
export function relevantAnswers(answers: Answers): Answers {
  const keep = new Set(questionsFor(answers.role));
  const out: Answers = { role: answers.role };
  for (const key of ['benefit', 'age', 'level', 'employerSize'] as const) {
    if (keep.has(key) && answers[key] !== undefined) (out as Record<string, unknown>)[key] = answers[key];
  }
  return out;
}

// Kept here (not imported from regelingen.ts) because this file also runs in the browser.
const CHECK_STATUS_ORDER: Record<CheckItem['status'], number> = { open: 0, verwacht: 1, 'geen-aanvraagperiode': 2 };

/** Everything that may fit, best supported first (most rules met, fewest open conditions, open before verwacht before between windows). */
export function checkRegelingen(items: CheckItem[], answers: Answers, words: CheckWords = DUTCH): CheckResult[] {
  const relevant = relevantAnswers(answers);
  return items
    .map((item) => matchRegeling(item, relevant, words))
    .filter((r): r is CheckResult => r !== undefined)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.conditions.length - b.conditions.length ||
        CHECK_STATUS_ORDER[a.item.status] - CHECK_STATUS_ORDER[b.item.status] ||
        a.item.title.localeCompare(b.item.title, 'nl'),
    );
}

const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Answers from the form's query string; unknown or empty values count as not answered. */
export function answersFromParams(params: URLSearchParams): Answers {
  const ageText = params.get(PARAMS.age)?.trim() ?? '';
  const age = /^\d{1,3}$/.test(ageText) ? Number(ageText) : undefined;
  return relevantAnswers({
    role: pick(ROLES, params.get(PARAMS.role)),
    benefit: pick([...BENEFITS, 'geen'] as const, params.get(PARAMS.benefit)),
    age: age !== undefined && age <= 120 ? age : undefined,
    level: pick(LEVELS, params.get(PARAMS.level)),
    employerSize: pick(EMPLOYER_SIZES, params.get(PARAMS.employerSize)),
  });
}

/** The query string for answers, in the same names the form uses. */
export function answersToParams(answers: Answers): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof Answers)[]) {
    const value = answers[key];
    if (value !== undefined) params.set(PARAMS[key], String(value));
  }
  return params;
}

/** "1 regeling kan passen" / "3 regelingen kunnen passen" / none. */
export const countText = (n: number, words: CheckWords = DUTCH): string => words.count(n);

/** The sentences shown under a result, the same in the pre-built pages and in the browser. */
export const explainResult = (result: Pick<CheckResult, 'reasons' | 'conditions'>, words: CheckWords = DUTCH) => words.explain(result);

/** The items that hold for someone in `region` (a region slug): national ones and that region's
 *  own, which then need no region condition. Without a region: all items as they are. */
export function forRegion(items: CheckItem[], region: string | undefined): CheckItem[] {
  if (!region) return items;
  return items.filter((item) => !item.scope || item.scope.includes(region)).map(({ regionNames: _names, ...item }) => item);
}

/** "als je werkgever bent": for the role pages' titles. */
export function roleCondition(role: Role): string {
  return `als je ${ROLE_WORDS[role]}`;
}
