// Which pages exist in English, and their Dutch twins: for hreflang links and the language
// switch. Only the core journeys are translated; every other page is Dutch only.
export type Lang = 'nl' | 'en';

export interface LanguagePair {
  nl: string;
  en: string;
}

const SHARED: LanguagePair[] = [
  { nl: '/', en: '/en/' },
  { nl: '/regelingen/', en: '/en/who-pays/' },
  { nl: '/regelingencheck/', en: '/en/check/' },
];
const NATIONAL_ONLY: LanguagePair[] = [{ nl: '/loketten/', en: '/en/find-your-loket/' }];
const REGIONAL_ONLY: LanguagePair[] = [{ nl: '/contact/', en: '/en/contact/' }];

/** The translated pages of a site (national or regional), Dutch path → English path. */
export function languagePairs(isNational: boolean): LanguagePair[] {
  return [...SHARED, ...(isNational ? NATIONAL_ONLY : REGIONAL_ONLY)];
}

/** The pair a page belongs to, found by its path in its own language; undefined when it has no twin. */
export function languagePair(isNational: boolean, path: string, lang: Lang): LanguagePair | undefined {
  return languagePairs(isNational).find((p) => p[lang] === path);
}
