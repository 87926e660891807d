// The loket finder's Dutch strings; the English ones are FINDER_EN in src/lib/i18n/en.ts. The
// component and its browser script pick one by the page's language.
import { FINDER_EN } from '../i18n/en';

export const FINDER_NL: typeof FINDER_EN = {
  title: 'Vind jouw Leerwerkloket',
  description: 'Alle 35 Leerwerkloketten in Nederland en per gemeente het loket dat bij jou hoort.',
  intro: 'In elke arbeidsmarktregio is een Leerwerkloket. Zoek je gemeente op, of kies je regio uit de lijst.',
  heading: 'Zoek op gemeente',
  explain: 'Elke gemeente hoort bij één Leerwerkloket. Kies je gemeente en je ziet welk loket bij jou hoort.',
  label: 'Jouw gemeente',
  hint: 'Typ de eerste letters, bijvoorbeeld "Lin" voor Lingewaard.',
  letters: 'Gemeenten op letter',
  none: (q) => `Geen gemeente gevonden voor "${q}". Controleer de spelling.`,
  one: (text) => `1 gemeente gevonden: ${text}`,
  many: (n) => `${n} gemeenten gevonden.`,
  all: 'Alle 35 loketten',
};

export const finderText = (lang: string) => (lang === 'en' ? FINDER_EN : FINDER_NL);
