import { describe, expect, it } from 'vitest';
import { dayLine, openDays, weekRows } from '../../../../src/lib/loketten/opening-hours';
import { dutchWeekday, markToday } from '../../../../src/scripts/opening-today';
import type { Location } from '../../../../src/schemas/region';

const location = {
  openingHours: [
    { day: 'dinsdag', from: '09:00', to: '17:00' },
    { day: 'donderdag', from: '09:00', to: '12:00' },
  ],
  walkIn: [{ day: 'dinsdag', from: '09:30', to: '12:00' }],
} as unknown as Location;

describe('opening hours in one line', () => {
  const rows = weekRows(location);
  it('words a day', () => {
    expect(dayLine(rows[1])).toBe('open van 09:00 tot 17:00 uur, inloopspreekuur van 09:30 tot 12:00 uur');
    expect(dayLine(rows[3])).toBe('open van 09:00 tot 12:00 uur');
    expect(dayLine(rows[0])).toBe('gesloten');
  });
  it('lists the open days for the line without JavaScript', () => {
    expect(openDays(rows)).toBe('dinsdag en donderdag');
    expect(openDays(weekRows({ ...location, openingHours: [] } as Location))).toBe('op afspraak');
  });
  it('names today in Dutch time, also just after midnight there', () => {
    expect(dutchWeekday(new Date('2026-12-01T12:00:00Z'))).toBe('dinsdag');
    expect(dutchWeekday(new Date('2026-12-01T23:30:00Z'))).toBe('woensdag');
    const block = { dataset: {} as Record<string, string> };
    markToday({ querySelectorAll: () => [block] } as unknown as ParentNode, new Date('2026-12-01T12:00:00Z'));
    expect(block.dataset.today).toBe('dinsdag');
  });
});
