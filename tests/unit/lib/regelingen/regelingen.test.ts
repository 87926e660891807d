import { describe, expect, it } from 'vitest';
import {
  alternativesOn,
  contradictions,
  crossReferenceProblems,
  effectiveStatus,
  formatFreshnessReport,
  freshnessReport,
  groupForOverview,
  isStale,
  regelingenForSite,
  statusNote,
  visibleOn,
} from '../../../../src/lib/regelingen/regelingen';
import { readRegelingen } from '../../../../src/lib/regelingen/files';
import { formatDate, monthsBefore } from '../../../../src/lib/dates';
import { entry } from '../../helpers/regelingen';

const TODAY = '2026-11-23';

describe('status by date', () => {
  const W2026 = { opens: '2026-06-02', closes: '2026-09-17' };
  const W2027 = { opens: '2027-06-02', closes: '2027-09-17' };
  const windows = { windows: [W2026] };

  it('a window: verwacht before it, open from the first to the last day, geen aanvraagperiode after it', () => {
    expect(effectiveStatus(windows, '2026-06-01')).toBe('verwacht');
    expect(effectiveStatus(windows, '2026-06-02')).toBe('open');
    expect(effectiveStatus(windows, '2026-09-17')).toBe('open');
    expect(effectiveStatus(windows, '2026-09-18')).toBe('geen-aanvraagperiode');
  });
  it('between windows: verwacht once the next one is known', () => {
    expect(effectiveStatus({ windows: [W2026, W2027] }, '2026-12-02')).toBe('verwacht');
    expect(effectiveStatus({ windows: [W2026, W2027] }, '2027-07-01')).toBe('open');
    expect(effectiveStatus({ windows: [W2026, W2027] }, '2027-09-18')).toBe('geen-aanvraagperiode');
  });
  it('"windows: []" (periods, none known) is never open', () => {
    expect(effectiveStatus({ windows: [] }, TODAY)).toBe('geen-aanvraagperiode');
  });
  it('continuous is open until ended; from the ended day on it is gesloten', () => {
    expect(effectiveStatus({ continuous: true }, TODAY)).toBe('open');
    expect(effectiveStatus({ continuous: true, ended: '2024-01-01' }, '2023-12-31')).toBe('open');
    expect(effectiveStatus({ continuous: true, ended: '2024-01-01' }, '2024-01-01')).toBe('gesloten');
  });
  it('ended wins over windows, and ended: true (day unknown) is always gesloten', () => {
    expect(effectiveStatus({ windows: [W2026, W2027], ended: '2026-11-01' }, TODAY)).toBe('gesloten');
    expect(effectiveStatus({ ended: true }, '2000-01-01')).toBe('gesloten');
  });
  it('an ended day still ahead, with no window: not open, since nothing says people can apply', () => {
    expect(effectiveStatus({ ended: '2027-01-01' }, TODAY)).toBe('geen-aanvraagperiode');
  });
  it('says what the dates mean in Dutch', () => {
    expect(statusNote(windows, '2026-07-01')).toBe('Aanvragen kan tot en met 17 september 2026.');
    expect(statusNote({ windows: [{ ...W2026, note: 'alleen voor mbo' }] }, '2026-07-01')).toBe(
      'Aanvragen kan tot en met 17 september 2026. Alleen voor mbo.',
    );
    expect(statusNote({ windows: [W2026, W2027] }, '2026-12-02')).toBe(
      'De volgende aanvraagperiode opent op 2 juni 2027 en sluit op 17 september 2027.',
    );
    expect(statusNote(windows, '2026-12-02')).toBe(
      'De laatste aanvraagperiode sloot op 17 september 2026. De volgende aanvraagperiode is nog niet bekend.',
    );
    expect(statusNote({ windows: [] }, TODAY)).toBe(
      'Aanvragen kan alleen in een aanvraagperiode. De volgende aanvraagperiode is nog niet bekend.',
    );
    expect(statusNote({ ended: '2024-01-01' }, TODAY)).toBe('Gestopt op 1 januari 2024.');
    expect(statusNote({ ended: true }, TODAY)).toBe('Deze regeling is gestopt. De precieze datum weten wij niet.');
    expect(statusNote({ continuous: true }, TODAY)).toBe('');
    expect(statusNote({ continuous: true, ended: '2027-01-01' }, TODAY)).toBe('Aanvragen kan tot 1 januari 2027.');
  });
  it('the regelingen in content/ on 2 December 2026: praktijkleren is not open, STAP says when it stopped', () => {
    const all = readRegelingen();
    const byId = (id: string) => all.find((e) => e.id === id)!.data;
    expect(effectiveStatus(byId('subsidieregeling-praktijkleren'), '2026-12-02')).toBe('geen-aanvraagperiode');
    expect(effectiveStatus(byId('subsidieregeling-praktijkleren'), '2026-07-01')).toBe('open');
    expect(statusNote(byId('stap-budget'), '2026-12-02')).toBe('Gestopt op 1 januari 2024.');
    expect(byId('stap-budget').insteadOf).toContain('slim-scholingssubsidie');
  });
});

describe('contradictions and missing windows', () => {
  it('a lastChecked date in the future', () => {
    expect(contradictions({ lastChecked: '2027-11-20' }, TODAY)).toEqual([
      expect.stringMatching(/lastChecked \(2027-11-20\) is in the future/),
    ]);
    expect(contradictions({ lastChecked: TODAY }, TODAY)).toEqual([]);
  });
  it('the report lists a regeling whose last window passed with no next one, and one with no window known', () => {
    const report = freshnessReport(
      [
        entry('voorbij', { continuous: undefined, windows: [{ opens: '2026-06-02', closes: '2026-09-17' }] }),
        entry('onbekend', { continuous: undefined, windows: [] }),
        entry('volgende', {
          continuous: undefined,
          windows: [
            { opens: '2026-06-02', closes: '2026-09-17' },
            { opens: '2027-06-02', closes: '2027-09-17' },
          ],
        }),
        entry('gestopt', { continuous: undefined, windows: [{ opens: '2023-11-15', closes: '2023-11-15' }], ended: '2024-01-01' }),
        entry('doorlopend'),
      ],
      TODAY,
    );
    expect(report.noNextWindow).toEqual([
      { id: 'onbekend', file: 'content/regelingen/onbekend.mdx', closed: undefined },
      { id: 'voorbij', file: 'content/regelingen/voorbij.mdx', closed: '2026-09-17' },
    ]);
    const text = formatFreshnessReport(report).join('\n');
    expect(text).toContain('content/regelingen/voorbij.mdx: windows: the last one closed on 2026-09-17; add the next window');
    expect(text).toContain('content/regelingen/onbekend.mdx: windows: no window is known');
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
    const report = freshnessReport(
      [entry('oud', { lastChecked: '2026-01-10' }), entry('vers'), entry('toekomst', { lastChecked: '2027-01-01' })],
      TODAY,
    );
    expect(report.stale.map((s) => s.id)).toEqual(['oud']);
    expect(report.contradictions.map((c) => c.id)).toEqual(['toekomst']);
    const text = formatFreshnessReport(report).join('\n');
    expect(text).toContain('content/regelingen/oud.mdx: lastChecked 2026-01-10');
    expect(text).toContain('content/regelingen/toekomst.mdx: lastChecked (2027-01-01) is in the future');
    expect(formatFreshnessReport(freshnessReport([entry('vers')], TODAY))).toEqual([]);
  });
  it('Dutch dates', () => {
    expect(formatDate('2026-11-20')).toBe('20 november 2026');
    expect(formatDate('2024-01-01')).toBe('1 januari 2024');
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
    const { groups, closed } = groupForOverview(
      [
        entry('a', { title: 'A', audiences: ['werkgever', 'werkende'] }),
        entry('b', { title: 'B', audiences: ['werkende'], ended: '2026-01-01' }),
        entry('c', { title: 'C', audiences: ['jongere'], continuous: undefined, windows: [{ opens: '2027-01-01', closes: '2027-02-01' }] }),
        entry('d', { title: 'D', audiences: ['werkende'], continuous: undefined, windows: [] }),
        entry('e', {
          title: 'E',
          audiences: ['werkende'],
          continuous: undefined,
          windows: [{ opens: '2027-01-01', closes: '2027-02-01' }],
        }),
      ],
      TODAY,
    );
    // Within a group: open, then verwacht, then between windows; A–Z within a status.
    expect(groups.map((g) => [g.audience, g.items.map((e) => e.id)])).toEqual([
      ['werkende', ['a', 'e', 'd']],
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
    expect(crossReferenceProblems([entry('stap', { insteadOf: ['stap'] })])[0].message).toMatch(
      /stap\.mdx → insteadOf\[0\]: names this regeling itself/,
    );
  });
});
