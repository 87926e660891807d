import { describe, expect, it } from 'vitest';
import { chunkText } from '../../../src/scripts/read-aloud';

describe('read aloud', () => {
  it('splits text into sentence chunks under the limit, keeping every word', () => {
    const text = 'Dit is zin een. Dit is zin twee! Is dit zin drie? ' + 'Lang woord '.repeat(30) + 'einde.';
    const chunks = chunkText(text, 40);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]).toBe('Dit is zin een. Dit is zin twee!');
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });
  it('returns nothing for empty text', () => {
    expect(chunkText('   ')).toEqual([]);
  });
});
