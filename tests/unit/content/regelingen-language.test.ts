// Plain language and no promises in what the regelingen say. Thresholds were set after the
// content was rewritten (December 2026), at the highest values the rewritten texts reach:
// rewrite a text that goes over them, do not raise them or exempt a file.
import { describe, expect, it } from 'vitest';
import { readRegelingen } from '../../../src/lib/regelingen/files';
import { readability, regelingText, sentences } from '../helpers/readability';

/** LIX per regeling (all text a visitor reads). 38 is easy-to-average; B1 texts stay under 40. */
const MAX_LIX = 38;
/** Words in the longest sentence; B1 advice is 15 to 20 on average, so 22 is the ceiling. */
const MAX_SENTENCE_WORDS = 22;

/** Phrasings that promise what the organiser decides ("Je krijgt …"); write "Je kunt … krijgen". */
const PROMISES: RegExp[] = [
  /\bje krijgt\b/i,
  /\bkrijg je\b/i,
  /\b(?:werkgevers|bedrijven|werkenden|mensen) krijgen\b/i,
  /\bwordt vergoed\b/i,
  /\bworden vergoed\b/i,
  /\baltijd\b/i,
  /\bgegarandeerd\b/i,
  /\bzeker\b/i,
  /\brecht op\b/i,
];

/** Words no B1 reader knows: where one appears, its sentence says what it means ("Dat heet …"). */
const JARGON = ['eindheffingsloon', 'eigenrisicodrager', 'instellingscollegegeld', 'vrije ruimte', 'ontwikkelpad'];

function promisesIn(text: string): string[] {
  return PROMISES.filter((re) => re.test(text)).map((re) => text.match(re)![0]);
}

function unexplainedJargon(text: string): string[] {
  return sentences(text).flatMap((sentence) =>
    JARGON.filter((word) => sentence.toLowerCase().includes(word))
      // Explained in the sentence itself ("Dat heet …", "… is het bedrag dat …") or by <Begrip> ("X (uitleg)").
      .filter((word) => !new RegExp(`${word}\\s*\\(|\\bheet\\b|\\bis het\\b|\\bdat is\\b|\\bdan heet\\b`, 'i').test(sentence))
      .map((word) => `${word}: "${sentence}"`),
  );
}

const all = readRegelingen();

describe('no promises in what a regeling pays or gives', () => {
  it('the detector finds the phrasings of the fact check', () => {
    expect(promisesIn('Je krijgt 60% van de kosten vergoed.')).toEqual(['Je krijgt']);
    expect(promisesIn('Werkgevers krijgen een bijdrage.')).toEqual(['Werkgevers krijgen']);
    expect(promisesIn('Als volwassene kun je altijd bij je gemeente terecht.')).toEqual(['altijd']);
    expect(promisesIn('Je kunt 60% van de kosten krijgen.')).toEqual([]);
  });
  it.each(all.map((e) => [e.id, e] as const))('%s: summary and pays are phrased as a possibility', (_id, entry) => {
    expect(promisesIn(entry.data.summary), 'summary').toEqual([]);
    expect(promisesIn(entry.data.pays), 'pays').toEqual([]);
  });
});

describe('plain language (B1)', () => {
  it('the score works: a short plain text scores low, a long officialese sentence high', () => {
    expect(readability('Je kunt geld lenen. Je betaalt het terug.').lix).toBeLessThan(MAX_LIX);
    const officialese =
      'Subsidieverstrekking geschiedt uitsluitend indien de aanvrager aantoonbaar beschikt over een onderwijsovereenkomst alsmede een praktijkovereenkomst conform de toepasselijke regelgeving, waarbij cumulatie uitdrukkelijk uitgesloten wordt geacht.';
    expect(readability(officialese).lix).toBeGreaterThan(MAX_LIX);
    expect(readability(officialese).longestWords).toBeGreaterThan(MAX_SENTENCE_WORDS);
  });
  it.each(all.map((e) => [e.id, e] as const))('%s: LIX and the longest sentence stay under the thresholds', (_id, entry) => {
    const r = readability(regelingText(entry));
    expect(r.lix, `LIX ${r.lix.toFixed(1)}; use shorter words and sentences`).toBeLessThanOrEqual(MAX_LIX);
    expect(r.longestWords, `longest sentence (${r.longestWords} words): "${r.longestSentence}"; split it`).toBeLessThanOrEqual(
      MAX_SENTENCE_WORDS,
    );
  });
  it.each(all.map((e) => [e.id, e] as const))('%s: jargon is explained where it appears', (_id, entry) => {
    expect(unexplainedJargon(regelingText(entry))).toEqual([]);
  });
  it('the jargon check finds an unexplained word', () => {
    expect(unexplainedJargon('Je wijst de vergoeding aan als eindheffingsloon.')).toHaveLength(1);
    expect(unexplainedJargon('Je zet het bij het loon waarover jij de belasting regelt. Dat heet eindheffingsloon.')).toEqual([]);
  });
});
