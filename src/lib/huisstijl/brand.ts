// Where a brand accent is used, and the contrast each use needs (WCAG 2.2 AA). The backgrounds
// come from the design tokens, so a token change is checked against every region's brand.
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from './contrast';
import { designTokens } from './tokens';

function tokenColour(name: string): string {
  const value = designTokens().find((t) => t.name === name)?.value;
  if (!value || !/^#[0-9a-fA-F]{6}$/.test(value)) throw new Error(`src/styles/tokens.css: ${name} must be a six-digit hex colour`);
  return value;
}

/** Each place the accent appears, with the colour it meets and the minimum ratio. */
export function accentUses() {
  const paper = tokenColour('--color-paper');
  const wash = tokenColour('--color-wash');
  return [
    { use: 'link and heading text on white', label: 'Links en koppen op wit', against: paper, min: AA_TEXT },
    { use: 'link text on the light grey band (--color-wash)', label: 'Links op de lichtgrijze balk', against: wash, min: AA_TEXT },
    { use: 'white text on an accent button or banner', label: 'Witte tekst op knoppen en menubalk', against: paper, min: AA_TEXT },
    { use: 'focus ring and borders on white', label: 'Randen en lijnen op wit', against: paper, min: AA_NON_TEXT },
  ];
}

export function accentContrasts(accent: string) {
  return accentUses().map((u) => ({ ...u, ratio: contrastRatio(accent, u.against) }));
}

export function brandProblems(accent: string): string[] {
  if (!/^#[0-9a-fA-F]{6}$/.test(accent)) return [];
  return accentContrasts(accent)
    .filter((c) => c.ratio < c.min)
    .map((c) => `${accent} has contrast ${c.ratio.toFixed(2)}:1 for ${c.use}; WCAG AA needs ${c.min}:1. Choose a darker colour`);
}
