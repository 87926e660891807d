// A real build of hostile editor content (SITES=twente): the two ways the security review found to
// run code in the build (a relative image that MDX turns into an import, and frontmatter that the
// check and the compiler end in different places) must stop the build, name the file, and leave
// no trace of the code having run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../../helpers/project-copy';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lwl-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => readFileSync(join('tests/fixtures/hostile', name), 'utf8');

describe('a build with hostile editor content', () => {
  it('stops before any author code runs, naming each file', () => {
    // A copy of the project, so Astro's caches in .astro/ never mix with the working tree's.
    copyProject(dir);
    const content = join(dir, 'content');
    const markers = { image: join(dir, 'ran-image'), smuggle: join(dir, 'ran-smuggle') };
    // What the media tab would have accepted next to the news item.
    mkdirSync(join(dir, 'public/media/twente'), { recursive: true });
    writeFileSync(
      join(dir, 'public/media/twente/x.js'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(markers.image)}, 'ran');\nexport default 'x';\n`,
    );
    writeFileSync(join(content, 'nieuws/twente/2026-11-20-relatief-plaatje.mdx'), fixture('relative-image.mdx'));
    writeFileSync(
      join(content, 'nieuws/twente/2026-11-20-smokkel.mdx'),
      fixture('frontmatter-smuggle.mdx')
        .replace('import Evil from "../../src/evil.js"', "import { writeFileSync } from 'node:fs'")
        .replace(
          'export const pwned = globalThis.process.exit(1)',
          `export const pwned = writeFileSync(${JSON.stringify(markers.smuggle)}, 'ran')`,
        ),
    );

    const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
      cwd: dir,
      env: { ...process.env, SITES: 'twente', SITE_MODE: 'path', NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    const log = `${result.stdout}\n${result.stderr}`;
    expect(result.status, log).not.toBe(0);
    expect(log).toMatch(
      /nieuws\/twente\/2026-11-20-relatief-plaatje\.mdx → line 8: shows the image "\.\.\/\.\.\/\.\.\/public\/media\/twente\/x\.js"/,
    );
    expect(log).toMatch(/nieuws\/twente\/2026-11-20-smokkel\.mdx → line 6: ends its frontmatter with the line "---\{\/\* \*\/\}"/);
    expect(log).toMatch(/public\/media\/twente\/x\.js → \(file\): /);
    expect(existsSync(markers.image), 'x.js ran during the build').toBe(false);
    expect(existsSync(markers.smuggle), 'the smuggled export ran during the build').toBe(false);
  }, 240_000);
});
