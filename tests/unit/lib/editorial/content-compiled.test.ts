// The compiled-module check: the real MDX pipeline turns relative images into imports and author
// ESM into exports; the check must see both, and pass what editors really write.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCompiledContent, compileMdx } from '../../../../src/lib/editorial/content-compiled';

const file = resolve('content/nieuws/twente/x.mdx');
const mdx = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;

describe('compiled module check', () => {
  it('sees a relative image become an import', async () => {
    const source = mdx('![Banenmarkt](../../../public/media/twente/x.js)');
    expect(await compileMdx(source, file)).toMatch(/import \w+ from "\.\.\/\.\.\/\.\.\/public\/media\/twente\/x\.js"/);
    expect(await checkCompiledContent(source, file)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ problem: expect.stringMatching(/imports "\.\.\/\.\.\/\.\.\/public\/media\/twente\/x\.js"/) }),
      ]),
    );
  });

  it('sees author imports and exports', async () => {
    const problems = await checkCompiledContent(mdx('import x from "./y.js"\nexport const z = 1\n\nTekst.'), file);
    expect(problems.map((p) => p.problem)).toEqual([expect.stringMatching(/imports "\.\/y\.js"/), expect.stringMatching(/exports "z"/)]);
  });

  it('sees what the compiler compiles after a frontmatter line that only starts with ---', async () => {
    const source = '---\ntitle: x\n---{/* */}\nexport const z = 1\n\n---\n';
    expect((await checkCompiledContent(source, file)).map((p) => p.problem)).toEqual([expect.stringMatching(/exports "z"/)]);
  });

  it('passes all existing editor content', async () => {
    let count = 0;
    for (const kind of ['nieuws', 'agenda', 'regio']) {
      for (const site of readdirSync(join('content', kind)).filter((name) => !name.startsWith('.'))) {
        for (const name of readdirSync(join('content', kind, site))) {
          const path = resolve('content', kind, site, name);
          expect(await checkCompiledContent(readFileSync(path, 'utf8'), path), path).toEqual([]);
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThan(60);
  });
});
