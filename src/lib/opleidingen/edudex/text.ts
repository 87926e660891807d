// Text from provider feeds is untrusted. Characters that are invisible but change what a reader
// sees or what a program does with the text are STRIPPED, not refused: C0/C1 controls (except tab
// and newline, which multi-line descriptions use), noncharacters, and bidi embeddings, overrides,
// isolates and marks (a U+202E can make "gnidielpo" read as "opleiding"). They carry no meaning a
// visitor could see, and feed exports contain them by accident often enough that refusing the whole
// feed would punish the wrong people. Visible abuse, such as an over-long title, is refused instead.

/** Programme titles (programName): headings, links, page titles and slugs are built from them. */
export const MAX_TITLE_CHARS = 200;
/** Short texts shown in listings: programSummaryText and instituteSummaryText. */
export const MAX_SUMMARY_CHARS = 1000;

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const UNSAFE = new RegExp(
  '[' +
    [
      // C0 controls except tab (9) and line feed (10); CR is normalised below, before this runs
      `${hex(0x0)}-${hex(0x8)}`,
      `${hex(0xb)}-${hex(0x1f)}`,
      // DEL and the C1 controls
      `${hex(0x7f)}-${hex(0x9f)}`,
      // bidi: Arabic letter mark, LRM/RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI
      hex(0x61c),
      `${hex(0x200e)}-${hex(0x200f)}`,
      `${hex(0x202a)}-${hex(0x202e)}`,
      `${hex(0x2066)}-${hex(0x2069)}`,
      // noncharacters: U+FDD0–U+FDEF and the last two code points of every plane
      `${hex(0xfdd0)}-${hex(0xfdef)}`,
      ...Array.from({ length: 17 }, (_, plane) => `${hex(plane * 0x10000 + 0xfffe)}${hex(plane * 0x10000 + 0xffff)}`),
    ].join('') +
    ']',
  'gu',
);

/** Removes the characters described above; line breaks become "\n" as in any XML parser. */
export function cleanFeedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

/**
 * For single-line fields such as titles: every run of spaces, tabs and line breaks (including
 * U+2028/U+2029) becomes one space. No-break spaces stay: "niveau 2" may be meant to stay together.
 */
export function oneLine(text: string): string {
  return text.replace(/[ \t\n\r\u2028\u2029]+/g, ' ').trim();
}

/** Length in characters (code points), as a person counting them would; not UTF-16 units. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The problem text for an over-long field, or undefined when it fits. */
export function tooLong(text: string, limit: number, fix: string): string | undefined {
  const length = charLength(text);
  return length > limit ? `is ${length} characters long; the limit is ${limit}. ${fix}` : undefined;
}
