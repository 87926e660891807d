// Text from provider feeds is untrusted: invisible controls are stripped, over-long titles refused.
import { describe, expect, it } from 'vitest';
import { cleanFeedText, charLength, oneLine } from '../../../../../src/lib/opleidingen/edudex/text';

describe('cleanFeedText', () => {
  it('strips C0 and C1 controls but keeps tab and newline', () => {
    expect(cleanFeedText('a\u0000b\u0001c\u0007d\u000Be\u000Cf\u001Fg\u007Fh\u0080i\u0085j\u009Fk')).toBe('abcdefghijk');
    expect(cleanFeedText('regel 1\n\tregel 2')).toBe('regel 1\n\tregel 2');
  });

  it('turns CR LF and lone CR into LF, as an XML parser should', () => {
    expect(cleanFeedText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('strips noncharacters in every plane', () => {
    expect(cleanFeedText('a\uFFFEb\uFFFFc\uFDD0d\uFDEFe\u{1FFFE}f\u{10FFFF}g')).toBe('abcdefg');
  });

  it('strips bidi embeddings, overrides, isolates and marks', () => {
    const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    for (const c of bidi) expect(cleanFeedText(`ab${c}cd`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('abcd');
  });

  it('keeps ordinary letters, accents, other scripts, emoji and no-break spaces', () => {
    const text = 'Café – ’s-Hertogenbosch\u00A0· عربى · 日本 · 👩‍🔧 · \uFDF0 · \u{1FFFD}';
    expect(cleanFeedText(text)).toBe(text);
  });
});

describe('oneLine and charLength', () => {
  it('oneLine folds every whitespace run (tabs, newlines) into one space and trims', () => {
    expect(oneLine('  Lassen\n\t  MIG/MAG \n')).toBe('Lassen MIG/MAG');
    expect(oneLine('Regel\u2028twee\u2029drie')).toBe('Regel twee drie');
    expect(oneLine('niveau\u00A02')).toBe('niveau\u00A02');
  });

  it('charLength counts characters, not UTF-16 units', () => {
    expect(charLength('👩‍🔧é')).toBe(4);
    expect(charLength('a'.repeat(200))).toBe(200);
  });
});
