// What the search page asks Pagefind: filter groups, the visitor's choices, and the sort.
import { describe, expect, it } from 'vitest';
import { pagefindQuery } from '../../../src/scripts/search';

const sortTypes = { date: ['Nieuws', 'Agenda'] };

describe('pagefindQuery', () => {
  it('names loaded groups without narrowing, and narrows chosen ones', () => {
    const query = pagefindQuery({ q: 'zorg', sort: '', filters: { niveau: ['mbo niveau 2'] } }, ['regio', 'niveau'], sortTypes);
    expect(query).toEqual({ filters: { regio: { any: [] }, niveau: { any: ['mbo niveau 2'] } } });
  });

  it('keeps a sorted search to the types that carry the sort value, so no bundle adds unsorted pages', () => {
    expect(pagefindQuery({ q: 'zorg', sort: 'date', filters: {} }, [], sortTypes)).toEqual({
      filters: { type: { any: ['Nieuws', 'Agenda'] } },
      sort: { date: 'desc' },
    });
    const chosen = pagefindQuery({ q: '', sort: 'date', filters: { type: ['Opleiding', 'Agenda'] } }, ['type'], sortTypes);
    expect(chosen.filters.type).toEqual({ any: ['Agenda'] });
  });

  it('finds nothing when only undated types are chosen with a date sort', () => {
    const query = pagefindQuery({ q: '', sort: 'date', filters: { type: ['Opleiding'] } }, [], sortTypes);
    expect(query.filters.type.any).toHaveLength(1);
    expect(['Nieuws', 'Agenda', 'Opleiding']).not.toContain(query.filters.type.any[0]);
  });

  it('ignores a sort the page does not know', () => {
    expect(pagefindQuery({ q: 'x', sort: 'titel', filters: {} }, [], sortTypes)).toEqual({ filters: {} });
  });
});
