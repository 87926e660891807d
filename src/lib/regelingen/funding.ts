// Which training offers a regeling can pay for, from its `funds` rules and an offer's EDU-DEX
// programLevel/programForm codes. The opleidingen pages use regelingenForOffer(); regeling pages
// describe the rules in words.
import type { FundsRule } from '../../schemas/regeling';
import { effectiveStatus, scopeRegions, type RegelingEntry } from './regelingen';
import { orList } from './check';

export interface FundableOffer {
  /** EDU-DEX programLevel, e.g. "mbo niveau 2". */
  level: string;
  /** EDU-DEX programForm codes, e.g. ["dual"]. */
  forms: string[];
  /** Leads to a diploma or certificate in the official register (crebo/croho). */
  recognised: boolean;
}

const norm = (code: string) => code.trim().toLowerCase();

function ruleFits(rule: FundsRule, offer: FundableOffer): boolean {
  if (rule.recognisedOnly && !offer.recognised) return false;
  if (rule.levels && !rule.levels.some((l) => norm(l) === norm(offer.level))) return false;
  if (rule.forms && !offer.forms.some((f) => rule.forms!.some((r) => norm(r) === norm(f)))) return false;
  return true;
}

/**
 * Can a regeling with these `funds` rules pay for this offer? True when any rule fits: the
 * offer's level is listed (if the rule lists levels), one of its forms is listed (if the rule
 * lists forms) and it is recognised (if the rule asks for that). No rules: false.
 */
export function canFund(funds: FundsRule | FundsRule[] | undefined, offer: FundableOffer): boolean {
  if (!funds) return false;
  return (Array.isArray(funds) ? funds : [funds]).some((rule) => ruleFits(rule, offer));
}

/** The regelingen that can pay for an offer and are not closed on `today`, in the given order. */
export function regelingenForOffer<T extends RegelingEntry>(entries: T[], offer: FundableOffer, today: string): T[] {
  return entries.filter((e) => effectiveStatus(e.data, today) !== 'gesloten' && canFund(e.data.funds, offer));
}

const MBO = ['mbo', 'mbo niveau 1', 'mbo niveau 2', 'mbo niveau 3', 'mbo niveau 4', 'mbo+'];
const HBO = ['hbo', 'associate', 'bachelor', 'master', 'post-hbo', 'propedeuse'];
const WO = ['wo', 'academic bachelor', 'academic master', 'PhD', 'post-academic'];
const VO = ['vmbo', 'vmbo/mavo', 'mavo', 'vbo', 'lbo', 'havo', 'vwo'];

const FORM_WORDS: Record<string, string> = {
  'full-time': 'voltijd',
  'part-time': 'deeltijd',
  dual: 'duaal',
  'evening education': 'avondonderwijs',
  'distance learning': 'afstandsonderwijs',
  'e-learning': 'e-learning',
  'virtual classroom': 'online klas',
};
/** In the mbo the forms have names of their own. */
const MBO_FORM_WORDS: Record<string, string> = { 'full-time': 'bol (voltijd)', dual: 'bbl (leren en werken)' };

function mboNiveaus(levels: string[]): string {
  const niveaus = levels
    .filter((l) => /^mbo niveau \d$/.test(l))
    .map((l) => l.slice(-1))
    .sort();
  if (niveaus.length === 0 || niveaus.length === 4) return niveaus.length ? ' (niveau 1 tot en met 4)' : '';
  return ` (niveau ${orList(niveaus)})`;
}

const sentence = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}.`;

/** One Dutch sentence per rule: which training offers this regeling can pay for. */
export function describeFunds(funds: FundsRule[] | undefined): string[] {
  return (funds ?? []).map((rule) => {
    const levels = rule.levels ?? [];
    const adjective = rule.recognisedOnly ? 'Erkende ' : '';
    const mboOnly = levels.length > 0 && levels.every((l) => MBO.includes(l));
    const forms = (rule.forms ?? []).map((f) => (mboOnly ? (MBO_FORM_WORDS[f] ?? FORM_WORDS[f]) : FORM_WORDS[f]) ?? f);
    if (mboOnly) {
      return sentence(`${adjective}mbo-opleidingen${mboNiveaus(levels)}${forms.length ? ` in de ${orList(forms)}` : ''}`);
    }
    const places: string[] = [];
    if (levels.some((l) => MBO.includes(l))) places.push(`het mbo${mboNiveaus(levels)}`);
    if (levels.some((l) => HBO.includes(l))) places.push('het hbo');
    if (levels.some((l) => WO.includes(l))) places.push('de universiteit (wo)');
    const vo = levels.filter((l) => VO.includes(l));
    if (vo.length) places.push(`het voortgezet onderwijs (${orList(vo)})`);
    return sentence(`${adjective}opleidingen${places.length ? ` in ${orList(places)}` : ''}${forms.length ? `: ${orList(forms)}` : ''}`);
  });
}

/** Offers on a site that a regeling can pay for (in the site's listing order). */
export function offersFundedBy<T extends FundableOffer>(offers: T[], funds: FundsRule | FundsRule[] | undefined): T[] {
  return funds ? offers.filter((offer) => canFund(funds, offer)) : [];
}

/** A region-scoped regeling only helps with an offer given in (one of) its regions, or online. */
export function scopeFits(scope: string[] | undefined, offer: { regions: string[]; online: boolean }): boolean {
  return !scope || offer.online || offer.regions.some((r) => scope.includes(r));
}

/** A region's own regelingen (scoped to it, not national) that can pay for an offer and are not closed. */
export function regionalFundsForOffer<T extends RegelingEntry>(entries: T[], offer: FundableOffer, region: string, today: string): T[] {
  return regelingenForOffer(entries, offer, today).filter((e) => scopeRegions(e.data)?.includes(region) ?? false);
}
