// EDU-DEX enumerations the site refers to (see ../shared/formats/EDU-DEX.md §7). Plain constants,
// no Zod: browser code and the feed importer can use them too.

/** programLevel (also requiredLevel) codes. */
export const PROGRAM_LEVELS = [
  'none', 'propedeuse', 'associate', 'bachelor', 'master', 'post-hbo', 'academic bachelor', 'academic master',
  'PhD', 'post-academic', 'mavo', 'havo', 'vwo', 'vbo', 'vmbo', 'vmbo/mavo', 'lbo', 'mbo', 'hbo', 'wo',
  'mbo niveau 1', 'mbo niveau 2', 'mbo niveau 3', 'mbo niveau 4', 'mbo+',
] as const;

/** programForm codes (dual = BBL, full-time = BOL in the mbo). */
export const PROGRAM_FORMS = [
  'full-time', 'part-time', 'dual', 'evening education', 'distance learning', 'e-learning', 'virtual classroom',
] as const;

export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];
export type ProgramForm = (typeof PROGRAM_FORMS)[number];
