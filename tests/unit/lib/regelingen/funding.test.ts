import { describe, expect, it } from 'vitest';
import {
  canFund,
  describeFunds,
  offersFundedBy,
  regelingenForOffer,
  scopeFits,
  type FundableOffer,
} from '../../../../src/lib/regelingen/funding';
import { readRegelingen } from '../../../../src/lib/regelingen/files';
import { entry } from '../../helpers/regelingen';

const all = readRegelingen();
const funds = (id: string) => all.find((e) => e.id === id)!.data.funds;
const TODAY = '2026-11-23';

const bbl2: FundableOffer = { level: 'mbo niveau 2', forms: ['dual'], recognised: true };
const bol3: FundableOffer = { level: 'mbo niveau 3', forms: ['full-time'], recognised: true };
const hboDeeltijd: FundableOffer = { level: 'bachelor', forms: ['part-time', 'evening education'], recognised: true };
/** ICT-CLOUD-HBO from the EDU-DEX example feed: hbo level, but a certificate outside the register. */
const hboCursus: FundableOffer = { level: 'hbo', forms: ['part-time', 'evening education'], recognised: false };
const vca: FundableOffer = { level: 'none', forms: ['full-time'], recognised: false };

describe('canFund', () => {
  it('praktijkleren pays for recognised mbo in the BBL only', () => {
    expect(canFund(funds('subsidieregeling-praktijkleren'), bbl2)).toBe(true);
    expect(canFund(funds('subsidieregeling-praktijkleren'), bol3)).toBe(false);
    expect(canFund(funds('subsidieregeling-praktijkleren'), { ...bbl2, recognised: false })).toBe(false);
  });

  it('levenlanglerenkrediet: recognised hbo/wo in any form, mbo only as BOL, never BBL', () => {
    const llk = funds('levenlanglerenkrediet');
    expect(canFund(llk, hboDeeltijd)).toBe(true);
    expect(canFund(llk, { level: 'academic master', forms: ['full-time'], recognised: true })).toBe(true);
    expect(canFund(llk, bol3)).toBe(true);
    expect(canFund(llk, bbl2)).toBe(false);
    expect(canFund(llk, hboCursus)).toBe(false);
  });

  it('a rule without forms or recognition accepts any form, recognised or not', () => {
    expect(
      canFund(funds('twents-fonds-voor-vakmanschap'), { level: 'mbo niveau 4', forms: ['evening education'], recognised: false }),
    ).toBe(true);
    expect(canFund(funds('twents-fonds-voor-vakmanschap'), hboDeeltijd)).toBe(false);
  });

  it('codes match regardless of case and spaces; no funds means no', () => {
    expect(
      canFund([{ levels: ['mbo niveau 2'], forms: ['dual'], recognisedOnly: false }], {
        level: ' MBO niveau 2',
        forms: ['Dual'],
        recognised: false,
      }),
    ).toBe(true);
    expect(canFund(undefined, bbl2)).toBe(false);
    expect(canFund(funds('slim-subsidie-mkb'), bbl2)).toBe(false);
  });

  it('accepts a single rule as well as a list', () => {
    expect(canFund({ forms: ['dual'], recognisedOnly: false }, bbl2)).toBe(true);
  });
});

describe('regelingenForOffer', () => {
  it('lists the regelingen that can pay for an mbo-2 BBL offer', () => {
    expect(
      regelingenForOffer(all, bbl2, TODAY)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['bbl-leerbaan', 'subsidieregeling-praktijkleren', 'twents-fonds-voor-vakmanschap']);
  });
  it('lists nothing for a course without level or recognition', () => {
    expect(regelingenForOffer(all, vca, TODAY)).toEqual([]);
  });
  it('leaves out regelingen that are closed on the day', () => {
    const rule = [{ forms: ['dual' as const], recognisedOnly: false }];
    const entries = [entry('open', { funds: rule }), entry('dicht', { funds: rule, ended: '2026-01-01' })];
    expect(regelingenForOffer(entries, bbl2, TODAY).map((e) => e.id)).toEqual(['open']);
    expect(regelingenForOffer(entries, bbl2, '2025-12-01').map((e) => e.id)).toEqual(['open', 'dicht']);
  });
});

describe('describeFunds', () => {
  it('says in Dutch which offers qualify', () => {
    expect(describeFunds(funds('subsidieregeling-praktijkleren'))).toEqual([
      'Erkende mbo-opleidingen (niveau 1 tot en met 4) in de bbl (leren en werken).',
    ]);
    expect(describeFunds(funds('levenlanglerenkrediet'))).toEqual([
      'Erkende opleidingen in het hbo of de universiteit (wo): voltijd, deeltijd of duaal.',
      'Erkende mbo-opleidingen (niveau 1 tot en met 4) in de bol (voltijd).',
    ]);
    expect(describeFunds([{ levels: ['mbo niveau 1', 'mbo niveau 2'], recognisedOnly: false }])).toEqual([
      'Mbo-opleidingen (niveau 1 of 2).',
    ]);
    expect(describeFunds(undefined)).toEqual([]);
  });
});

describe('both sides of the link between regelingen and offers', () => {
  const bbl = { level: 'mbo niveau 2', forms: ['dual'], recognised: true, regions: ['twente'], online: false };
  const bol = { level: 'mbo niveau 2', forms: ['full-time'], recognised: true, regions: ['rijnmond'], online: false };
  const web = { level: 'none', forms: ['e-learning'], recognised: false, regions: [], online: true };
  it('offersFundedBy keeps the offers a rule fits, in order', () => {
    expect(offersFundedBy([bbl, bol, web], { forms: ['dual'], recognisedOnly: true })).toEqual([bbl]);
    expect(offersFundedBy([bbl, bol, web], undefined)).toEqual([]);
  });
  it('a regional regeling only fits offers in its regions, or online', () => {
    expect(scopeFits(['twente'], bbl)).toBe(true);
    expect(scopeFits(['twente'], bol)).toBe(false);
    expect(scopeFits(['twente'], web)).toBe(true);
    expect(scopeFits(undefined, bol)).toBe(true);
  });
});
