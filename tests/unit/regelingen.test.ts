import { describe, expect, it } from 'vitest';
import {
  alternativesOn, contradictions, crossReferenceProblems, effectiveStatus, formatFreshnessReport, freshnessReport,
  groupForOverview, isStale, regelingenForSite, statusNote, visibleOn,
} from '../../src/lib/regelingen/regelingen';
import { readRegelingen } from '../../src/lib/regelingen/files';
import { formatDutchDate, monthsBefore } from '../../src/lib/dates';
import { entry } from './helpers/regelingen';

const TODAY = '2026-11-23';

describe('status by date', () => {
  it('a closing date in the past shows gesloten, whatever the file says', () => {
    expect(effectiveStatus({ status: 'open', closes: '2026-11-22' }, TODAY)).toBe('gesloten');
    expect(effectiveStatus({ status: 'verwacht', opens: '2026-01-01', closes: '2026-02-01' }, TODAY)).toBe('gesloten');
  });
  it('the closing day itself is still open', () => {
    expect(effectiveStatus({ status: 'open', closes: TODAY }, TODAY)).toBe('open');
  });
  it('an opening date in the future shows verwacht', () => {
    expect(effectiveStatus({ status: 'open', opens: '2026-12-01', closes: '2027-01-31' }, TODAY)).toBe('verwacht');
    expect(effectiveStatus({ status: 'gesloten', opens: '2027-03-01' }, TODAY)).toBe('verwacht');
  });
  it('without dates that say otherwise, the status in the file holds', () => {
    expect(effectiveStatus({ status: 'open' }, TODAY)).toBe('open');
    expect(effectiveStatus({ status: 'gesloten', closes: '2026-12-31' }, TODAY)).toBe('gesloten');
    expect(effectiveStatus({ status: 'verwacht' }, TODAY)).toBe('verwacht');
  });
  it('the build date decides: the same file is open one day and gesloten the next', () => {
    const data = { status: 'open' as const, opens: '2026-06-01', closes: '2026-09-16' };
    expect(effectiveStatus(data, '2026-05-31')).toBe('verwacht');
    expect(effectiveStatus(data, '2026-09-16')).toBe('open');
    expect(effectiveStatus(data, '2026-09-17')).toBe('gesloten');
  });
  it('says what the dates mean in Dutch', () => {
    expect(statusNote({ status: 'open', closes: '2026-12-15' }, TODAY)).toBe('Aanvragen kan tot en met 15 december 2026.');
    expect(statusNote({ status: 'open', closes: '2023-12-31' }, TODAY)).toBe('Aanvragen kon tot en met 31 december 2023.');
    expect(statusNote({ status: 'verwacht', opens: '2027-03-01' }, TODAY)).toBe('Aanvragen kan naar verwachting vanaf 1 maart 2027.');
    expect(statusNote({ status: 'verwacht' }, TODAY)).toBe('De datum waarop je kunt aanvragen is nog niet bekend.');
    expect(statusNote({ status: 'gesloten' }, TODAY)).toBe('Aanvragen kan nu niet.');
    expect(statusNote({ status: 'open' }, TODAY)).toBe('');
  });
});

describe('contradictions between status and dates', () => {
  const base = { lastChecked: '2026-11-01' };
  it('open while closes has passed', () => {
    expect(contradictions({ ...base, status: 'open', closes: '2026-09-16' }, TODAY)).toEqual([expect.stringMatching(/status is "open" but closes \(2026-09-16\) has passed/)]);
  });
  it('verwacht while opens has passed', () => {
    expect(contradictions({ ...base, status: 'verwacht', opens: '2026-10-01' }, TODAY)).toEqual([expect.stringMatching(/"verwacht" but opens \(2026-10-01\) has passed/)]);
  });
  it('gesloten with a future opens and no closes', () => {
    expect(contradictions({ ...base, status: 'gesloten', opens: '2027-01-01' }, TODAY)).toEqual([expect.stringMatching(/"gesloten" but opens \(2027-01-01\) is still to come and there is no closes/)]);
  });
  it('open with an opening date still to come', () => {
    expect(contradictions({ ...base, status: 'open', opens: '2027-01-01' }, TODAY)).toEqual([expect.stringMatching(/set status to verwacht/)]);
  });
  it('a lastChecked date in the future', () => {
    expect(contradictions({ status: 'open', lastChecked: '2027-11-20' }, TODAY)).toEqual([expect.stringMatching(/lastChecked \(2027-11-20\) is in the future/)]);
  });
  it('none when status and dates agree', () => {
    expect(contradictions({ ...base, status: 'gesloten', opens: '2022-03-01', closes: '2023-12-31' }, TODAY)).toEqual([]);
    expect(contradictions({ ...base, status: 'open', opens: '2026-11-01', closes: '2026-12-31' }, TODAY)).toEqual([]);
    expect(contradictions({ ...base, status: 'verwacht', opens: '2027-06-01' }, TODAY)).toEqual([]);
    expect(contradictions({ ...base, status: 'gesloten', opens: '2027-06-01', closes: '2027-07-01' }, TODAY)).toEqual([]);
  });
});

describe('freshness', () => {
  it('six months back, by calendar month', () => {
    expect(monthsBefore('2026-11-23', 6)).toBe('2026-05-23');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });
  it('a regeling checked more than six months ago is stale; on the cut-off day it is not', () => {
    expect(isStale({ lastChecked: '2026-05-22' }, TODAY)).toBe(true);
    expect(isStale({ lastChecked: '2026-05-23' }, TODAY)).toBe(false);
  });
  it('the report names stale files and contradictions, with the fix', () => {
    const report = freshnessReport([
      entry('oud', { lastChecked: '2026-01-10' }),
      entry('vers'),
      entry('verlopen', { status: 'open', closes: '2026-10-01' }),
    ], TODAY);
    expect(report.stale.map((s) => s.id)).toEqual(['oud']);
    expect(report.contradictions.map((c) => c.id)).toEqual(['verlopen']);
    const text = formatFreshnessReport(report).join('\n');
    expect(text).toContain('content/regelingen/oud.mdx: lastChecked 2026-01-10');
    expect(text).toContain('content/regelingen/verlopen.mdx: status is "open" but closes (2026-10-01) has passed');
    expect(formatFreshnessReport(freshnessReport([entry('vers')], TODAY))).toEqual([]);
  });
  it('Dutch dates', () => {
    expect(formatDutchDate('2026-11-20')).toBe('20 november 2026');
    expect(formatDutchDate('2024-01-01')).toBe('1 januari 2024');
  });
});

describe('scope: which site shows what', () => {
  const all = readRegelingen();
  const ids = (site: string) => regelingenForSite(all, site).map((e) => e.id);

  it('the national site shows every regeling, national and regional', () => {
    expect(ids('landelijk')).toHaveLength(all.length);
    expect(ids('landelijk')).toEqual(expect.arrayContaining(['twents-fonds-voor-vakmanschap', 'rotterdams-scholingsfonds', 'stap-budget']));
  });
  it('a regional site shows the national ones and its own, never another region’s', () => {
    const twente = ids('twente');
    expect(twente).toContain('twents-fonds-voor-vakmanschap');
    expect(twente).toContain('slim-subsidie-mkb');
    expect(twente).not.toContain('rotterdams-scholingsfonds');
    expect(twente).not.toContain('perspectief-op-werk-scholingsbudget-brabant');
    const national = all.filter((e) => e.data.scope === 'landelijk').length;
    expect(twente).toHaveLength(national + 1);
  });
  it('a regeling for two regions shows on both regional sites', () => {
    expect(ids('zuidoostbrabant')).toContain('perspectief-op-werk-scholingsbudget-brabant');
    expect(ids('helmonddepeel')).toContain('perspectief-op-werk-scholingsbudget-brabant');
    expect(visibleOn({ scope: ['zuidoostbrabant', 'helmonddepeel'] }, 'rijnmond')).toBe(false);
  });
  it('A–Z by title', () => {
    const titles = regelingenForSite(all, 'twente').map((e) => e.data.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});

describe('overview groups', () => {
  it('current regelingen per audience, closed ones only in their own group', () => {
    const { groups, closed } = groupForOverview([
      entry('a', { title: 'A', audiences: ['werkgever', 'werkende'] }),
      entry('b', { title: 'B', audiences: ['werkende'], status: 'open', closes: '2026-01-01' }),
      entry('c', { title: 'C', audiences: ['jongere'], status: 'verwacht' }),
    ], TODAY);
    expect(groups.map((g) => [g.audience, g.items.map((e) => e.id)])).toEqual([
      ['werkende', ['a']],
      ['werkgever', ['a']],
      ['jongere', ['c']],
    ]);
    expect(closed.map((e) => e.id)).toEqual(['b']);
  });
  it('STAP is in the closed group with alternatives that exist on the site', () => {
    const all = readRegelingen();
    const { closed } = groupForOverview(regelingenForSite(all, 'twente'), TODAY);
    const stap = closed.find((e) => e.id === 'stap-budget')!;
    expect(stap).toBeDefined();
    expect(alternativesOn(stap, all, 'twente').map((e) => e.id)).toContain('levenlanglerenkrediet');
  });
  it('alternatives scoped to another region are left out on a regional site', () => {
    const all = [entry('oud', { insteadOf: ['regio', 'land'] }), entry('regio', { scope: ['rijnmond'] }), entry('land')];
    expect(alternativesOn(all[0], all, 'twente').map((e) => e.id)).toEqual(['land']);
    expect(alternativesOn(all[0], all, 'rijnmond').map((e) => e.id)).toEqual(['regio', 'land']);
  });
});

describe('cross-references', () => {
  it('insteadOf naming an unknown regeling is an error naming file, field and fix', () => {
    const errors = crossReferenceProblems([entry('stap', { insteadOf: ['bestaat', 'bestaat-niet'] }), entry('bestaat')]);
    expect(errors.map((e) => e.message)).toEqual([
      'content/regelingen/stap.mdx → insteadOf[1]: "bestaat-niet" is not a regeling; use the file name (without .mdx) of one in content/regelingen/',
    ]);
  });
  it('insteadOf naming itself is an error', () => {
    expect(crossReferenceProblems([entry('stap', { insteadOf: ['stap'] })])[0].message).toMatch(/stap\.mdx → insteadOf\[0\]: names this regeling itself/);
  });
});
