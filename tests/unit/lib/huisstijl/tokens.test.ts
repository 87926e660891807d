// Components use design tokens only: a raw colour anywhere outside tokens.css fails this test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTokens, designTokens } from '../../../../src/lib/huisstijl/tokens';
import { styleguideCss } from '../../../../src/lib/huisstijl/styleguide';
import { allSites } from '../../../../src/lib/site/sites';

const ROOT = process.cwd();
const SCANNED = ['src/components', 'src/layouts', 'src/pages', 'src/scripts', 'src/styles'];
const RAW_COLOUR = /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgba?\(|\bhsla?\(|\boklch\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('design tokens', () => {
  it('no component, layout, page, script or stylesheet writes a raw colour (tokens.css is the only place)', () => {
    const offenders: string[] = [];
    for (const file of SCANNED.flatMap((d) => files(join(ROOT, d)))) {
      if (file.endsWith('tokens.css')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (RAW_COLOUR.test(line)) offenders.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the checker itself catches a raw colour', () => {
    expect(RAW_COLOUR.test('<span class="x" style="color:#ff0000">')).toBe(true);
    expect(RAW_COLOUR.test('<a href="#inhoud">')).toBe(false);
  });

  it('reads tokens from tokens.css, with the basis layer separate', () => {
    const tokens = designTokens();
    expect(tokens.find((t) => t.name === '--color-accent')?.value).toBe('var(--lwl-accent)');
    expect(tokens.find((t) => t.name === '--lwl-accent')?.group).toBe('basis');
    expect(parseTokens('@theme { --color-*: initial; --color-x: #123456; }')).toEqual([
      { name: '--color-x', value: '#123456', group: 'color' },
    ]);
  });

  it('the style guide CSS has a swatch for every colour token and a palette for all 36 sites', () => {
    const css = styleguideCss(designTokens(), allSites());
    expect(css).toContain('.swatch-color-ink{background:var(--color-ink)}');
    expect(css.match(/^\.palette-/gm)).toHaveLength(36);
  });
});
