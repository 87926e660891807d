// Spelling gate: cspell with the Dutch dictionary over content/ and regions/ (cspell.config.yaml),
// with the reviewed word list in cspell-words.txt. Runs cspell as a child process, as CI would.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const cspell = (args: string[] = [], input?: string) =>
  spawnSync(
    process.execPath,
    [resolve('node_modules/cspell/bin.mjs'), 'lint', '--no-progress', '--no-color', '--config', resolve('cspell.config.yaml'), ...args],
    { encoding: 'utf8', input },
  );

// cspell loads a large dictionary: seconds, not milliseconds.
describe('spelling (cspell, Dutch)', { timeout: 120_000 }, () => {
  it('content/ and regions/ have no unknown words', () => {
    const result = cspell();
    expect(result.stdout + result.stderr, 'fix the spelling, or add a reviewed word to cspell-words.txt').toMatch(
      /Issues found: 0 in 0 files/,
    );
    expect(result.status).toBe(0);
  });

  it('finds a misspelled Dutch word and names file, line and word', () => {
    // Through stdin, so the test never writes into content/.
    const result = cspell(['stdin://fout.md'], 'Je kunt een opleidnig volgen met een orientatiemiddag.\n');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/fout\.md:1:\d+ - Unknown word \(opleidnig\)/);
    expect(result.stdout).toMatch(/Unknown word \(orientatiemiddag\)/);
    expect(result.stdout).not.toMatch(/\(volgen\)|\(kunt\)/);
  });
});
