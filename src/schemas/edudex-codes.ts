// EDU-DEX programForm and programLevel codes (../shared/formats/EDU-DEX.md §7) with the Dutch
// labels and URL slugs the site uses. The feed importer (src/lib/opleidingen/edudex/codes.ts) and a
// regeling's `funds` rules read the same tables, so a rule can never name a code the importer does not know.

export interface Code {
  label: string;
  slug: string;
}

/** programForm → label for facets and lists, plus the mbo wording (BOL/BBL) where it applies. */
export const FORM_CODES: Record<string, Code & { mboLabel?: string; online?: boolean }> = {
  'full-time': { label: 'Voltijd', slug: 'voltijd', mboLabel: 'BOL (voltijd)' },
  'part-time': { label: 'Deeltijd', slug: 'deeltijd' },
  dual: { label: 'BBL (werken en leren)', slug: 'bbl', mboLabel: 'BBL (werken en leren)' },
  'evening education': { label: 'Avondonderwijs', slug: 'avond' },
  'distance learning': { label: 'Afstandsonderwijs', slug: 'afstandsonderwijs', online: true },
  'e-learning': { label: 'E-learning', slug: 'e-learning', online: true },
  'virtual classroom': { label: 'Online les (live)', slug: 'online-les', online: true },
};

/** programLevel → label and URL slug. */
export const LEVEL_CODES: Record<string, Code> = {
  none: { label: 'Geen vast niveau', slug: 'geen-niveau' },
  'mbo niveau 1': { label: 'mbo niveau 1 (Entree)', slug: 'mbo-1' },
  'mbo niveau 2': { label: 'mbo niveau 2', slug: 'mbo-2' },
  'mbo niveau 3': { label: 'mbo niveau 3', slug: 'mbo-3' },
  'mbo niveau 4': { label: 'mbo niveau 4', slug: 'mbo-4' },
  'mbo+': { label: 'mbo+', slug: 'mbo-plus' },
  mbo: { label: 'mbo', slug: 'mbo' },
  associate: { label: 'hbo associate degree', slug: 'hbo-ad' },
  propedeuse: { label: 'hbo propedeuse', slug: 'propedeuse' },
  bachelor: { label: 'hbo bachelor', slug: 'hbo-bachelor' },
  master: { label: 'hbo master', slug: 'hbo-master' },
  'post-hbo': { label: 'post-hbo', slug: 'post-hbo' },
  hbo: { label: 'hbo', slug: 'hbo' },
  'academic bachelor': { label: 'wo bachelor', slug: 'wo-bachelor' },
  'academic master': { label: 'wo master', slug: 'wo-master' },
  PhD: { label: 'promotie (PhD)', slug: 'phd' },
  'post-academic': { label: 'postacademisch', slug: 'postacademisch' },
  wo: { label: 'wo', slug: 'wo' },
  vmbo: { label: 'vmbo', slug: 'vmbo' },
  'vmbo/mavo': { label: 'vmbo/mavo', slug: 'vmbo-mavo' },
  vbo: { label: 'vbo', slug: 'vbo' },
  lbo: { label: 'lbo', slug: 'lbo' },
  mavo: { label: 'mavo', slug: 'mavo' },
  havo: { label: 'havo', slug: 'havo' },
  vwo: { label: 'vwo', slug: 'vwo' },
};

/** programLevel (also requiredLevel) codes. */
export const PROGRAM_LEVELS = Object.keys(LEVEL_CODES) as [string, ...string[]];

/** programForm codes (dual = BBL, full-time = BOL in the mbo). */
export const PROGRAM_FORMS = Object.keys(FORM_CODES) as [string, ...string[]];
