// Where a brand accent is used, and the contrast each use needs (WCAG 2.2 AA).
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from './contrast';

export const WHITE = '#ffffff';

/** Each place the accent appears, with the colour it meets and the minimum ratio. */
export const ACCENT_USES = [
  { use: 'link and heading text on white', label: 'Links en koppen op wit', against: WHITE, min: AA_TEXT },
  { use: 'white text on an accent button or banner', label: 'Witte tekst op knoppen en menubalk', against: WHITE, min: AA_TEXT },
  { use: 'focus ring and borders on white', label: 'Randen en lijnen op wit', against: WHITE, min: AA_NON_TEXT },
] as const;

export function accentContrasts(accent: string) {
  return ACCENT_USES.map((u) => ({ ...u, ratio: contrastRatio(accent, u.against) }));
}

export function brandProblems(accent: string): string[] {
  if (!/^#[0-9a-fA-F]{6}$/.test(accent)) return [];
  return accentContrasts(accent)
    .filter((c) => c.ratio < c.min)
    .map((c) => `${accent} has contrast ${c.ratio.toFixed(2)}:1 for ${c.use}; WCAG AA needs ${c.min}:1. Choose a darker colour`);
}
