// The answers the regelingencheck asks for, and the Dutch words for them. Plain constants with no
// Zod and no Node imports: the check's browser script imports this module.

export const ROLES = ['werkzoekende', 'werkende', 'werkgever', 'zzp', 'jongere'] as const;
export const BENEFITS = ['ww', 'bijstand', 'wajong-wia'] as const;
/** Highest education finished, low to high. */
export const LEVELS = ['geen', 'mbo12', 'mbo34', 'hbowo'] as const;
export const EMPLOYER_SIZES = ['mkb', 'groot'] as const;

export type Role = (typeof ROLES)[number];
export type Benefit = (typeof BENEFITS)[number];
export type Level = (typeof LEVELS)[number];
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];

/** "Ik ben …" labels for the first question and the role pages. */
export const ROLE_LABELS: Record<Role, string> = {
  werkzoekende: 'Ik zoek werk',
  werkende: 'Ik heb werk',
  werkgever: 'Ik ben werkgever',
  zzp: "Ik ben zzp'er",
  jongere: 'Ik ben jongere',
};

export const BENEFIT_LABELS: Record<Benefit, string> = {
  ww: 'WW-uitkering (van UWV)',
  bijstand: 'Bijstandsuitkering (van de gemeente)',
  'wajong-wia': 'WIA- of Wajong-uitkering (van UWV)',
};

export const LEVEL_LABELS: Record<Level, string> = {
  geen: 'Geen diploma, of alleen basisonderwijs',
  mbo12: 'Mbo niveau 1 of 2',
  mbo34: 'Mbo niveau 3 of 4',
  hbowo: 'Hbo of universiteit (wo)',
};

export const EMPLOYER_SIZE_LABELS: Record<EmployerSize, string> = {
  mkb: 'Mkb (minder dan 250 mensen in dienst)',
  groot: 'Groot bedrijf (250 mensen of meer)',
};
