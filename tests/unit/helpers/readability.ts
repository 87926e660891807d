// LIX (läsbarhetsindex), a readability score that works for Dutch: average sentence length plus
// the share of long words (more than six letters) in percent. Under about 40 reads easily.
import { readFileSync } from 'node:fs';
import type { RegelingEntry } from '../../../src/lib/regelingen/regelingen';

/** MDX body as plain text: no frontmatter, markup or tags; a component's inner text stays. */
export function plainText(mdx: string): string {
  return (
    mdx
      .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
      // <Begrip term="X">uitleg</Begrip> reads as "X (uitleg)", the way the page shows it.
      .replace(/<Begrip\s+term="([^"]*)"\s*>([\s\S]*?)<\/Begrip>/g, '$1 ($2)')
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^#+\s*/gm, '')
      .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
      .replace(/[*_`]/g, '')
  );
}

/** Sentences: split after . ! ? and at line ends (headings and list items stand alone). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

export interface Readability {
  lix: number;
  longestSentence: string;
  longestWords: number;
}

export function readability(text: string): Readability {
  const all = sentences(text);
  const allWords = all.flatMap(words);
  const long = allWords.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  const longest = all.reduce((a, b) => (words(b).length > words(a).length ? b : a), '');
  return {
    lix: allWords.length / all.length + (100 * long) / allWords.length,
    longestSentence: longest,
    longestWords: words(longest).length,
  };
}

/** Everything a visitor reads about a regeling: summary, pays, conditions, apply and the body. */
export function regelingText(entry: RegelingEntry & { filePath?: string }): string {
  const { data } = entry;
  const body = plainText(readFileSync(entry.filePath ?? `content/regelingen/${entry.id}.mdx`, 'utf8'));
  return [data.summary, data.pays, ...data.conditions, data.apply, body].join('\n');
}
