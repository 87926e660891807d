// Dutch wording of costs, dates and places on the training pages.
import { describe, expect, it } from 'vitest';
import { summarizeCost } from '../../../../src/lib/opleidingen/edudex/program';
import { costShort, money, runDates, totalLabel, vatText } from '../../../../src/lib/opleidingen/format';
import type { CostItem, Run } from '../../../../src/schemas/opleiding';

const item = (amount: number, extra: Partial<CostItem> = {}): CostItem => ({
  type: 'tuition fee',
  label: 'Lesgeld',
  amount,
  currency: 'EUR',
  required: true,
  isFinal: true,
  ...extra,
});

describe('costs', () => {
  it('writes euros the Dutch way', () => {
    expect(money(2645)).toBe('€ 2.645,00');
    expect(money(12.5)).toBe('€ 12,50');
  });

  it('adds VAT only when the feed states it for every required item', () => {
    const stated = summarizeCost([item(265, { vat: 55.65 }), item(12.5, { vat: 2.63 }), item(20, { required: false, vat: 4.2 })], 'run');
    expect(stated).toMatchObject({ total: 277.5, totalVAT: 58.28 });
    expect(vatText(stated)).toBe('excl. btw; met btw € 335,78');
    expect(costShort(stated)).toBe('€ 277,50 (met btw € 335,78)');
    const partly = summarizeCost([item(300, { vatPercentage: 21 }), item(60, { vat: 12.6 })], 'run');
    expect(partly.totalVAT).toBeUndefined();
    expect(vatText(partly)).toBe('btw niet vermeld door de aanbieder');
    const exempt = summarizeCost([item(100, { vat: 0, vatCode: '1', vatLabel: 'vrijgesteld van btw' })], 'run');
    expect(vatText(exempt)).toBe('vrijgesteld van btw');
    expect(costShort(summarizeCost([item(0, { vat: 0 })], 'run'))).toBe('Gratis');
  });

  it('names what the total covers when amounts have periods', () => {
    expect(totalLabel(summarizeCost([item(100)], 'run'))).toBe('Totaal');
    expect(totalLabel(summarizeCost([item(2695, { period: 'year' })], 'run'))).toBe('Totaal per jaar');
    const mixed = summarizeCost([item(1310, { period: 'year' }), item(165, { period: 'program' })], 'run');
    expect(mixed).toMatchObject({ total: 1475, mixedPeriods: true });
    expect(totalLabel(mixed)).toBe('Totaal eerste jaar');
    expect(costShort(mixed)).toBe('€ 1.475,00 (eerste jaar)');
    expect(totalLabel(summarizeCost([item(100, { period: 'day' }), item(20)], 'run'))).toMatch(/verschillende periodes/);
  });
});

describe('dates', () => {
  it('says start and end in words, and when the end is not final', () => {
    const run = { start: '2027-09-06', end: '2028-06-30', endIsFinal: false } as Run;
    expect(runDates(run)).toBe('6 september 2027 tot 30 juni 2028 (einddatum onder voorbehoud)');
    expect(runDates({ start: '2027-03-09', end: '2027-03-09' } as Run)).toBe('9 maart 2027');
  });
});
