// Upcoming versus archive by build date (BUILD_DATE), grouping by month, which site lists what.
import { describe, expect, it } from 'vitest';
import {
  eventsForSite,
  groupByMonth,
  isPast,
  newsForSite,
  nextEvents,
  splitByDate,
  toEntry,
  type EventEntry,
} from '../../../../src/lib/editorial/agenda';
import { buildDate } from '../../../../src/lib/site/config';
import type { EventData } from '../../../../src/schemas/agenda';

function ev(id: string, start: string, end = start.replace(/T\d\d:\d\d$/, 'T17:00')): EventEntry {
  const data = { title: id, date: '2026-01-01', summary: 's', start, end, cost: 'Gratis', audiences: ['werkende'] } as EventData;
  return toEntry({ id, data });
}

const events = [
  ev('twente/2026-11-20-a', '2026-11-20T13:00'),
  ev('twente/2026-11-23-b', '2026-11-23T09:00'),
  ev('twente/2026-11-22-c', '2026-11-22T10:00', '2026-11-24T16:00'),
  ev('twente/2027-01-05-d', '2027-01-05T19:00'),
  ev('landelijk/2026-12-01-e', '2026-12-01T12:00'),
  ev('groningen/2026-12-10-f', '2026-12-10T12:00'),
];

describe('archive by build date', () => {
  it('BUILD_DATE decides, not the clock', () => {
    expect(buildDate({ BUILD_DATE: '2026-11-23' })).toBe('2026-11-23');
    expect(() => buildDate({ BUILD_DATE: '23-11-2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('an event stays upcoming through its last day and moves to the archive the day after', () => {
    const b = events[1].data; // 23 Nov
    expect(isPast(b, buildDate({ BUILD_DATE: '2026-11-23' }))).toBe(false);
    expect(isPast(b, buildDate({ BUILD_DATE: '2026-11-24' }))).toBe(true);
    const multiDay = events[2].data; // 22–24 Nov
    expect(isPast(multiDay, '2026-11-24')).toBe(false);
    expect(isPast(multiDay, '2026-11-25')).toBe(true);
  });

  it('the same events split differently on another build date', () => {
    const on = (date: string) => {
      const { upcoming, past } = splitByDate(events, buildDate({ BUILD_DATE: date }));
      return { upcoming: upcoming.map((e) => e.slug), past: past.map((e) => e.slug) };
    };
    expect(on('2026-11-23')).toEqual({
      upcoming: ['2026-11-22-c', '2026-11-23-b', '2026-12-01-e', '2026-12-10-f', '2027-01-05-d'],
      past: ['2026-11-20-a'],
    });
    expect(on('2026-12-02')).toEqual({
      upcoming: ['2026-12-10-f', '2027-01-05-d'],
      past: ['2026-12-01-e', '2026-11-23-b', '2026-11-22-c', '2026-11-20-a'],
    });
  });

  it('nextEvents gives the soonest upcoming ones', () => {
    expect(nextEvents(events, '2026-11-25', 2).map((e) => e.slug)).toEqual(['2026-12-01-e', '2026-12-10-f']);
  });
});

describe('grouping and sites', () => {
  it('groups by start month with Dutch month names', () => {
    const groups = groupByMonth(splitByDate(events, '2026-11-01').upcoming);
    expect(groups.map((g) => [g.month, g.label, g.events.length])).toEqual([
      ['2026-11', 'november 2026', 3],
      ['2026-12', 'december 2026', 2],
      ['2027-01', 'januari 2027', 1],
    ]);
  });

  it('a region lists its own and national events; the national site every built site', () => {
    expect(eventsForSite(events, 'twente', ['landelijk', 'twente']).map((e) => e.site)).toEqual([
      'twente',
      'twente',
      'twente',
      'twente',
      'landelijk',
    ]);
    expect(eventsForSite(events, 'landelijk', ['landelijk', 'twente']).map((e) => e.site)).not.toContain('groningen');
    expect(eventsForSite(events, 'landelijk', ['landelijk', 'twente', 'groningen'])).toHaveLength(6);
  });

  it("news: only the site's own, newest first", () => {
    const news = [
      toEntry({ id: 'twente/2026-06-01-a', data: { date: '2026-06-01' } }),
      toEntry({ id: 'landelijk/2026-07-01-b', data: { date: '2026-07-01' } }),
      toEntry({ id: 'twente/2026-08-01-c', data: { date: '2026-08-01' } }),
    ] as Parameters<typeof newsForSite>[0];
    expect(newsForSite(news, 'twente').map((n) => n.slug)).toEqual(['2026-08-01-c', '2026-06-01-a']);
  });
});
