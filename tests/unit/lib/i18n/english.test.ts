// The English journeys: the check's English sentences (same rules as Dutch), the English items,
// the region filter of the embed, status lines, and which pages are twins across languages.
import { describe, expect, it } from 'vitest';
import { checkRegelingen, countText, DUTCH, explainResult, forRegion } from '../../../../src/lib/regelingen/check';
import { checkItems } from '../../../../src/lib/regelingen/regelingen';
import { readRegelingen } from '../../../../src/lib/regelingen/files';
import { CHECK_WORDS_EN, formatEnglishDate, STATUS_LABELS_EN, STATUS_WORDS_EN } from '../../../../src/lib/i18n/en';
import { statusNote } from '../../../../src/lib/regelingen/status';
import { languagePair, languagePairs } from '../../../../src/lib/site/languages';
import { iframeSnippet, resizeListenerSnippet } from '../../../../src/lib/site/embed-snippets';
import { ENGLISH_PATH } from '../../../../src/tooling/output/page-audit';

const all = readRegelingen();
const today = '2026-12-01';
const en = checkItems(all, { siteId: 'landelijk', today, lang: 'en' });
const nl = checkItems(all, { siteId: 'landelijk', today });

describe('the regelingencheck in English', () => {
  it('finds the same regelingen in the same order as in Dutch, with English texts', () => {
    const answers = { role: 'werkgever', employerSize: 'mkb' } as const;
    const resultsEn = checkRegelingen(en, answers, CHECK_WORDS_EN);
    expect(resultsEn.map((r) => r.item.id)).toEqual(checkRegelingen(nl, answers).map((r) => r.item.id));
    const slim = resultsEn.find((r) => r.item.id === 'slim-subsidie-mkb')!;
    expect(explainResult(slim, CHECK_WORDS_EN).reason).toBe('May fit because you are an employer with a small or medium-sized company.');
    expect(slim.item.summary).toBe(all.find((e) => e.id === 'slim-subsidie-mkb')!.data.summaryEn);
    expect(slim.item.statusLabel).toBe(STATUS_LABELS_EN[slim.item.status]);
    expect(slim.item.statusLabel).not.toBe(nl.find((i) => i.id === 'slim-subsidie-mkb')!.statusLabel);
  });

  it('states open conditions in English, and the count', () => {
    const results = checkRegelingen(en, { role: 'werkzoekende' }, CHECK_WORDS_EN);
    const ww = results.find((r) => r.item.id === 'uwv-scholing-bij-ww')!;
    expect(explainResult(ww, CHECK_WORDS_EN).condition).toBe('Note: this is only for you if you get unemployment benefit (WW).');
    const twents = results.find((r) => r.item.id === 'twents-fonds-voor-vakmanschap')!;
    expect(explainResult(twents, CHECK_WORDS_EN).condition).toMatch(/if you live or work in the Twente region/);
    expect(countText(3, CHECK_WORDS_EN)).toBe('3 schemes may fit.');
    expect(countText(1, CHECK_WORDS_EN)).toBe('1 scheme may fit.');
    expect(countText(0, CHECK_WORDS_EN)).toMatch(/^We found no schemes/);
    // Dutch is unchanged by the words table.
    expect(countText(3)).toBe(countText(3, DUTCH));
    expect(countText(3)).toBe('3 regelingen kunnen passen.');
  });

  it('dates and status lines read as English', () => {
    expect(formatEnglishDate('2026-06-30')).toBe('30 June 2026');
    expect(statusNote({ ended: '2024-01-01' }, today, STATUS_WORDS_EN)).toBe('Stopped on 1 January 2024.');
    expect(statusNote({ ended: true }, today, STATUS_WORDS_EN)).toBe('This scheme has stopped. We do not know the exact date.');
    expect(statusNote({ windows: [{ opens: '2027-02-01', closes: '2027-03-01' }] }, today, STATUS_WORDS_EN)).toBe(
      'The next application period opens on 1 February 2027 and closes on 1 March 2027.',
    );
    expect(statusNote({ windows: [{ opens: '2026-06-02', closes: '2026-09-17' }] }, today, STATUS_WORDS_EN)).toBe(
      'The last application period closed on 17 September 2026. The next one is not known yet.',
    );
    expect(statusNote({ windows: [{ opens: '2026-11-01', closes: '2027-01-31' }] }, today, STATUS_WORDS_EN)).toBe(
      'You can apply until 31 January 2027 (inclusive).',
    );
    expect(statusNote({ continuous: true }, today, STATUS_WORDS_EN)).toBe('');
    expect(statusNote({ windows: [], continuous: true, ended: '2027-01-01' }, today, STATUS_WORDS_EN)).toBe(
      'You can apply until 1 January 2027.',
    );
    expect(statusNote({ windows: [] }, today, STATUS_WORDS_EN)).toBe(
      'You can only apply in an application period. The next one is not known yet.',
    );
    // The window's note is Dutch editorial text: the Dutch line adds it, the English one does not.
    const noted = { windows: [{ opens: '2026-11-01', closes: '2027-01-31', note: 'alleen voor mbo' }] };
    expect(statusNote(noted, today, STATUS_WORDS_EN)).toBe('You can apply until 31 January 2027 (inclusive).');
    expect(statusNote(noted, today)).toBe('Aanvragen kan tot en met 31 januari 2027. Alleen voor mbo.');
  });
});

describe("forRegion (the embed's region question)", () => {
  it("keeps national regelingen and the region's own, without their region condition", () => {
    const twente = forRegion(nl, 'twente');
    expect(twente.find((i) => i.id === 'twents-fonds-voor-vakmanschap')?.regionNames).toBeUndefined();
    expect(twente.some((i) => i.id === 'rotterdams-scholingsfonds')).toBe(false);
    expect(twente.some((i) => i.id === 'stap-budget' || i.id === 'slim-subsidie-mkb')).toBe(true);
    expect(nl.find((i) => i.id === 'twents-fonds-voor-vakmanschap')?.regionNames).toEqual(['Twente']);
    expect(forRegion(nl, undefined)).toBe(nl);
  });
});

describe('languages', () => {
  it('pairs the core pages both ways, per kind of site', () => {
    expect(languagePair(true, '/loketten/', 'nl')).toEqual({ nl: '/loketten/', en: '/en/find-your-loket/' });
    expect(languagePair(true, '/en/find-your-loket/', 'en')?.nl).toBe('/loketten/');
    expect(languagePair(false, '/contact/', 'nl')?.en).toBe('/en/contact/');
    expect(languagePair(true, '/contact/', 'nl')).toBeUndefined();
    expect(languagePair(false, '/nieuws/', 'nl')).toBeUndefined();
    for (const national of [true, false]) {
      const pairs = languagePairs(national);
      expect(pairs.map((p) => p.en).every((p) => ENGLISH_PATH.test(p))).toBe(true);
      expect(pairs.map((p) => p.nl).some((p) => ENGLISH_PATH.test(p))).toBe(false);
    }
  });
  it('the audit knows English paths on both kinds of site, and nothing else', () => {
    for (const path of ['/en/', '/en/check/', '/twente/en/who-pays/']) expect(ENGLISH_PATH.test(path), path).toBe(true);
    for (const path of ['/', '/twente/', '/nieuws/en-nog-wat/', '/twente/over-en/', '/enschede/'])
      expect(ENGLISH_PATH.test(path), path).toBe(false);
  });
});

describe('partner snippets', () => {
  it('frame a tool with a title and the region, and listen only to our origin', () => {
    const frame = iframeSnippet('https://leerwerkloket.nl', 'loketzoeker', 'middengelderland');
    expect(frame).toContain('src="https://leerwerkloket.nl/embed/loketzoeker/?regio=middengelderland"');
    expect(frame).toContain('title="Loketzoeker van het Leerwerkloket"');
    expect(iframeSnippet('https://leerwerkloket.nl', 'regelingencheck')).toContain('src="https://leerwerkloket.nl/embed/regelingencheck/"');
    expect(resizeListenerSnippet('https://leerwerkloket.nl')).toContain("event.origin !== 'https://leerwerkloket.nl'");
  });
});
