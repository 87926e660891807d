// The EDU-DEX codes a regeling's `funds` rules may name: the same lists the feed importer uses
// (src/lib/opleidingen/edudex/codes.ts), so a rule can never name a code the importer does not know.
import { PROGRAM_FORMS as FORMS, PROGRAM_LEVELS as LEVELS } from '../lib/opleidingen/edudex/codes';

/** programLevel (also requiredLevel) codes. */
export const PROGRAM_LEVELS = Object.keys(LEVELS) as [string, ...string[]];

/** programForm codes (dual = BBL, full-time = BOL in the mbo). */
export const PROGRAM_FORMS = Object.keys(FORMS) as [string, ...string[]];
