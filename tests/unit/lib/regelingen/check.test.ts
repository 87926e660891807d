import { describe, expect, it } from 'vitest';
import {
  answersFromParams,
  answersToParams,
  checkRegelingen,
  explainResult,
  matchRegeling,
  relevantAnswers,
  type Answers,
  type CheckItem,
} from '../../../../src/lib/regelingen/check';
import { checkItems } from '../../../../src/lib/regelingen/regelingen';
import { readRegelingen } from '../../../../src/lib/regelingen/files';

const TODAY = '2026-11-23';
const all = readRegelingen();
const itemsFor = (siteId: string, today = TODAY) => checkItems(all, { siteId, today });
const national = itemsFor('landelijk');
const run = (answers: Answers, items = national) => checkRegelingen(items, answers);
const byId = (answers: Answers, items = national) => new Map(run(answers, items).map((r) => [r.item.id, r]));

function item(rules: Partial<CheckItem['rules']>, extra: Partial<CheckItem> = {}): CheckItem {
  return {
    id: 'x',
    title: 'X',
    summary: '',
    href: '/x/',
    status: 'open',
    statusLabel: 'Open',
    statusNote: '',
    rules: { roles: ['werkzoekende'], ...rules },
    ...extra,
  };
}

describe('the regelingencheck on real content', () => {
  it('an mkb-werkgever sees SLIM and praktijkleren, with reasons', () => {
    const results = byId({ role: 'werkgever', employerSize: 'mkb' });
    expect(explainResult(results.get('slim-subsidie-mkb')!).reason).toBe('Kan passen omdat je werkgever bent in het mkb.');
    expect(explainResult(results.get('subsidieregeling-praktijkleren')!).reason).toBe('Kan passen omdat je werkgever bent.');
    expect(results.get('slim-subsidie-mkb')!.conditions).toEqual([]);
    // The more specific match comes first.
    const order = run({ role: 'werkgever', employerSize: 'mkb' }).map((r) => r.item.id);
    expect(order.indexOf('slim-subsidie-mkb')).toBeLessThan(order.indexOf('subsidieregeling-praktijkleren'));
  });

  it('a large employer does not see SLIM, but still sees praktijkleren', () => {
    const results = byId({ role: 'werkgever', employerSize: 'groot' });
    expect(results.has('slim-subsidie-mkb')).toBe(false);
    expect(results.has('subsidieregeling-praktijkleren')).toBe(true);
  });

  it('a werkzoekende with WW sees UWV scholing, not the bijstand or WIA route', () => {
    const results = byId({ role: 'werkzoekende', benefit: 'ww' });
    expect(explainResult(results.get('uwv-scholing-bij-ww')!)).toEqual({
      reason: 'Kan passen omdat je werk zoekt en omdat je een WW-uitkering hebt.',
      condition: undefined,
    });
    expect(results.has('scholing-vanuit-de-gemeente-bijstand')).toBe(false);
    expect(results.has('uwv-scholing-wia-wajong')).toBe(false);
    // A matching benefit weighs more than a matching age: the WW route comes first.
    expect(run({ role: 'werkzoekende', benefit: 'ww' })[0].item.id).toBe('uwv-scholing-bij-ww');
    expect(run({ role: 'werkzoekende', benefit: 'ww', age: 45 })[0].item.id).toBe('uwv-scholing-bij-ww');
  });

  it('without an answer about benefits, benefit rules become conditions', () => {
    const results = byId({ role: 'werkzoekende' });
    expect(explainResult(results.get('uwv-scholing-bij-ww')!)).toEqual({
      reason: 'Kan passen omdat je werk zoekt.',
      condition: 'Let op: dit geldt alleen als je een WW-uitkering hebt.',
    });
    expect(byId({ role: 'werkzoekende', benefit: 'geen' }).has('uwv-scholing-bij-ww')).toBe(false);
  });

  it('closed regelingen (STAP) never show up', () => {
    expect(byId({ role: 'werkende' }).has('stap-budget')).toBe(false);
    expect(national.some((i) => i.id === 'stap-budget')).toBe(false);
  });

  it('age limits: studiefinanciering mbo is for 18 to 29', () => {
    expect(byId({ role: 'jongere', age: 17 }).has('studiefinanciering-mbo')).toBe(false);
    expect(explainResult(byId({ role: 'jongere', age: 18 }).get('studiefinanciering-mbo')!).reason).toBe(
      'Kan passen omdat je jongere bent en omdat je 18 jaar of ouder bent en jonger dan 30.',
    );
    expect(byId({ role: 'jongere', age: 29 }).has('studiefinanciering-mbo')).toBe(true);
    expect(byId({ role: 'jongere', age: 30 }).has('studiefinanciering-mbo')).toBe(false);
  });

  it('regional regelingen: a condition on the national site, none on their own site, absent elsewhere', () => {
    const onNational = byId({ role: 'werkende' }).get('twents-fonds-voor-vakmanschap')!;
    expect(onNational.conditions).toEqual(['als je in de regio Twente woont of werkt']);
    const onTwente = byId({ role: 'werkende' }, itemsFor('twente')).get('twents-fonds-voor-vakmanschap')!;
    expect(onTwente.conditions).toEqual([]);
    expect(onTwente.item.href).toBe('/twente/regelingen/twents-fonds-voor-vakmanschap/');
    expect(onNational.item.href).toBe('/regelingen/twents-fonds-voor-vakmanschap/');
    expect(byId({ role: 'werkende' }, itemsFor('rijnmond')).has('twents-fonds-voor-vakmanschap')).toBe(false);
  });
});

describe('matching rules', () => {
  it('roles come from eligibility, or else from the audiences', () => {
    const fromAudiences = checkItems(
      [{ id: 'a', data: { ...all[0].data, audiences: ['werkgever', 'statushouder'], eligibility: undefined } }],
      { siteId: 'landelijk', today: TODAY },
    );
    expect(fromAudiences[0].rules.roles).toEqual(['werkgever']);
  });

  it('levels: the answer must be listed; unanswered becomes a condition', () => {
    const taal = item({ levels: ['geen', 'mbo12'] });
    expect(matchRegeling(taal, { role: 'werkzoekende', level: 'mbo34' })).toBeUndefined();
    expect(matchRegeling(taal, { role: 'werkzoekende', level: 'mbo12' })!.reasons).toEqual([
      'omdat je werk zoekt',
      'omdat je als hoogste diploma mbo niveau 1 of 2 hebt',
    ]);
    expect(matchRegeling(taal, { role: 'werkzoekende' })!.conditions).toEqual(['als je geen diploma hebt of hoogstens mbo niveau 2']);
  });

  it('an unanswered role lists the roles as a condition', () => {
    expect(matchRegeling(item({ roles: ['werkende', 'zzp'] }), {})!.conditions[0]).toBe("als je werk hebt of zzp'er bent");
  });

  it('a regeling without any role never matches (nothing to give as a reason)', () => {
    expect(matchRegeling(item({ roles: [] }), { role: 'werkzoekende' })).toBeUndefined();
  });

  it('questions that do not fit the role are ignored', () => {
    expect(relevantAnswers({ role: 'werkgever', age: 40, benefit: 'ww', employerSize: 'mkb' })).toEqual({
      role: 'werkgever',
      employerSize: 'mkb',
    });
    expect(relevantAnswers({ role: 'werkende', age: 40, employerSize: 'mkb' })).toEqual({ role: 'werkende', age: 40 });
    // An mkb-only rule does not stop a werkende (it is about the employer).
    expect(matchRegeling(item({ roles: ['werkende'], employerSizes: ['mkb'] }), { role: 'werkende' })!.conditions).toEqual([]);
  });
});

describe('answers in the address bar', () => {
  it('reads the form fields and ignores unknown values', () => {
    expect(answersFromParams(new URLSearchParams('rol=werkzoekende&uitkering=ww&leeftijd=34&niveau=mbo12'))).toEqual({
      role: 'werkzoekende',
      benefit: 'ww',
      age: 34,
      level: 'mbo12',
    });
    expect(answersFromParams(new URLSearchParams('rol=baas&leeftijd=abc&niveau='))).toEqual({ role: undefined });
    expect(answersFromParams(new URLSearchParams('rol=werkgever&bedrijf=mkb&leeftijd=50'))).toEqual({
      role: 'werkgever',
      employerSize: 'mkb',
    });
  });
  it('round-trips', () => {
    const answers: Answers = { role: 'werkende', benefit: 'geen', age: 45, level: 'hbowo' };
    expect(answersToParams(answers).toString()).toBe('rol=werkende&uitkering=geen&leeftijd=45&niveau=hbowo');
    expect(answersFromParams(answersToParams(answers))).toEqual(answers);
  });
});
