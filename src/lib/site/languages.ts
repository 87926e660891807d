// Which pages exist in English, and their Dutch twins: for hreflang links and the language
// switch. Only the core journeys are translated; every other page is Dutch only.
import { paths } from './paths';
export type Lang = 'nl' | 'en';

export interface LanguagePair {
  nl: string;
  en: string;
}

const SHARED: LanguagePair[] = [
  { nl: paths.home, en: paths.en.home },
  { nl: paths.regelingen, en: paths.en.whoPays },
  { nl: paths.regelingencheck, en: paths.en.check },
];
const NATIONAL_ONLY: LanguagePair[] = [{ nl: paths.loketten, en: paths.en.findLoket }];
const REGIONAL_ONLY: LanguagePair[] = [{ nl: paths.contact, en: paths.en.contact }];

/** The translated pages of a site (national or regional), Dutch path → English path. */
export function languagePairs(isNational: boolean): LanguagePair[] {
  return [...SHARED, ...(isNational ? NATIONAL_ONLY : REGIONAL_ONLY)];
}

/** The pair a page belongs to, found by its path in its own language; undefined when it has no twin. */
export function languagePair(isNational: boolean, path: string, lang: Lang): LanguagePair | undefined {
  return languagePairs(isNational).find((p) => p[lang] === path);
}
