// Editors cannot run code: every hostile file is refused with its line and a fix; safe Markdown passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS } from '../../../../src/schemas/content-components';
import { checkContentSafety, isDangerousUrl } from '../../../../src/lib/editorial/content-safety';

const fixture = (name: string) => readFileSync(join('tests/fixtures', name), 'utf8');

// Each hostile fixture, the line the problem is on, and words the message must contain.
const HOSTILE: [file: string, line: number, message: RegExp][] = [
  ['import.mdx', 8, /uses "import".*Remove the line/],
  ['export.mdx', 10, /uses "export"/],
  ['script.mdx', 10, /<script> element; scripts are not allowed/],
  ['event-handler.mdx', 10, /event handler "onClick"/],
  ['javascript-link.mdx', 8, /javascript:, vbscript: and data: links are not allowed/],
  ['javascript-attribute.mdx', 10, /javascript:\/data: link/],
  ['expression.mdx', 8, /JavaScript expression \{globalThis\.process\.exit\(1\)\}/],
  ['flow-expression.mdx', 10, /JavaScript expression/],
  ['attribute-expression.mdx', 8, /kind=\{…\}> uses a JavaScript expression/],
  ['spread-attribute.mdx', 8, /JavaScript attribute \{\.\.\.globalThis\.props\}/],
  ['unknown-component.mdx', 10, /uses <Iframe>; only these components are allowed: Alert/],
  ['html-onerror.mdx', 10, /event handler "onerror"/],
  ['html-comment.mdx', 10, /not valid Markdown\/MDX.*HTML comments are not allowed/],
  ['unclosed-brace.mdx', 8, /not valid Markdown\/MDX/],
  // Relative paths become `import`s in the compiled module: code in the build.
  [
    'relative-image.mdx',
    8,
    /image "\.\.\/\.\.\/\.\.\/public\/media\/twente\/x\.js", which has characters|relative file path is loaded as code/,
  ],
  ['reference-image.mdx', 10, /relative file path is loaded as code|has characters an image address may not have/],
  ['relative-link.mdx', 8, /links to "\.\.\/\.\.\/\.\.\/src\/pages\/index\.astro", which is not allowed/],
  ['other-site-image.mdx', 8, /another site's media folder/],
  ['encoded-link.mdx', 8, /characters a link may not have/],
  // Astro ends the frontmatter at the first line that starts with ---; only "---" itself is accepted.
  ['frontmatter-smuggle.mdx', 6, /ends its frontmatter with the line "---\{\/\* \*\/\}"; that line must be exactly "---"/],
  ['leading-blank.mdx', 1, /must start with a line "---"/],
  ['toml-delimiters.mdx', 1, /must start with a line "---"/],
  ['yaml-alias.mdx', 1, /YAML anchors or aliases/],
];

describe('content safety (hostile MDX)', () => {
  for (const [file, line, message] of HOSTILE) {
    it(`refuses ${file} at line ${line}`, () => {
      const problems = checkContentSafety(fixture(`hostile/${file}`), { allowed: ALLOWED_COMPONENTS, site: 'twente' });
      expect(problems.length, file).toBeGreaterThan(0);
      const hit = problems.find((p) => message.test(p.problem));
      expect(hit, `${file}: ${JSON.stringify(problems)}`).toBeDefined();
      expect(hit!.line).toBe(line);
    });
  }

  it('also refuses HTML elements in place of Markdown', () => {
    const problems = checkContentSafety('---\ntitle: x\n---\n\n<div>tekst</div>\n', { allowed: ALLOWED_COMPONENTS });
    expect(problems).toEqual([
      expect.objectContaining({ line: 5, problem: expect.stringMatching(/<div>; HTML elements are not allowed/) }),
    ]);
  });

  it('reports every problem in a file, in line order', () => {
    const source = '---\ntitle: x\n---\nimport a from "b"\n\nTekst {1}\n\n<script>x</script>\n';
    expect(checkContentSafety(source, { allowed: ALLOWED_COMPONENTS }).map((p) => p.line)).toEqual([4, 6, 8]);
  });

  it('accepts Markdown, the allowed components, code and escaped braces', () => {
    expect(checkContentSafety(fixture('safe.mdx'), { allowed: ALLOWED_COMPONENTS })).toEqual([]);
  });

  it('accepts all existing nieuws and agenda content', async () => {
    const { readdirSync } = await import('node:fs');
    let files = 0;
    for (const kind of ['nieuws', 'agenda', 'regio']) {
      for (const site of readdirSync(join('content', kind)).filter((name) => !name.startsWith('.'))) {
        for (const file of readdirSync(join('content', kind, site))) {
          files += 1;
          expect(
            checkContentSafety(readFileSync(join('content', kind, site, file), 'utf8'), { allowed: ALLOWED_COMPONENTS, site }),
            file,
          ).toEqual([]);
        }
      }
    }
    expect(files).toBeGreaterThan(60);
  });

  it('refuses sizes and nesting that crash or swamp the compiler, before parsing, naming the line', () => {
    const file = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;
    const check = (body: string) => checkContentSafety(file(body), { allowed: ALLOWED_COMPONENTS, site: 'twente' });
    // 10,000 ">" crashed the native parser (exit 139); 6,000 threw a RangeError; 4,000 compiled to 128 MB.
    for (const count of [10_000, 6_000, 4_000, 9]) {
      expect(check(`${'>'.repeat(count)} citaat`), `${count} >`).toEqual([
        expect.objectContaining({ line: 5, fatal: true, problem: expect.stringMatching(/nests \d+ quotes or lists/) }),
      ]);
    }
    expect(check('- '.repeat(5_000) + 'x')[0].problem).toMatch(/nests 5000 quotes or lists/);
    expect(check(Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- punt`).join('\n'))[0].problem).toMatch(/is indented 42 spaces/);
    expect(check('*a '.repeat(200) + 'x' + ' b*'.repeat(200))[0].problem).toMatch(/nests Markdown more than 40 levels/);
    // A 2 MB table took 1 GB and 40 s to compile.
    const table = '| a | b |\n|---|---|\n' + '| x | y |\n'.repeat(200_000);
    expect(check(table)).toEqual([
      expect.objectContaining({ line: 1, fatal: true, problem: expect.stringMatching(/is 2000 KB; a content file may be at most 100 KB/) }),
    ]);
    // What real content does stays allowed.
    expect(check('> citaat\n>\n> - punt\n>   - subpunt\n\n1. een\n   - twee\n     - drie')).toEqual([]);
  });

  it('allows only https, mailto, tel and site paths in links, and only own media or https in images', () => {
    const check = (body: string) => checkContentSafety(`---\ntitle: x\n---\n\n${body}\n`, { allowed: ALLOWED_COMPONENTS, site: 'twente' });
    for (const ok of [
      '[a](https://www.uwv.nl/)',
      '[a](mailto:info@twente.example)',
      '[a](tel:+31201234567)',
      '[a](/regelingen/slim/)',
      '[a](#kop)',
      '![b](/media/twente/foto.png)',
      '![b](https://example.nl/a.png)',
    ]) {
      expect(check(ok), ok).toEqual([]);
    }
    for (const bad of [
      '[a](http://example.nl/)',
      '[a](ftp://x)',
      '[a](//evil.example/)',
      '[a](x.html)',
      '[a](/a/../b)',
      '[a](/a\\b)',
      '![b](/media/twente/../x.js)',
      '![b](foto.png)',
      '![b](/regelingen/x.png)',
      '![b](data:image/svg+xml;base64,xx)',
      '[a](java%0ascript:x)',
    ]) {
      expect(check(bad).length, bad).toBeGreaterThan(0);
    }
  });

  it('allows only the props a component declares', () => {
    const check = (body: string) => checkContentSafety(`---\ntitle: x\n---\n\n${body}\n`, { allowed: ALLOWED_COMPONENTS });
    expect(check('<Alert kind="warning" label="Let op">Tekst</Alert>')).toEqual([]);
    expect(check('<Alert kind="info" set:html="<script>x</script>">Tekst</Alert>')[0].problem).toMatch(
      /<Alert> has no setting "set:html"; use only: kind, label/,
    );
  });

  it('sees through obfuscated javascript: URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:x',
      'java\tscript:x',
      'jav&#x09;ascript:x',
      'data:text/html;base64,xx',
      'vbscript:x',
    ]) {
      expect(isDangerousUrl(url), url).toBe(true);
    }
    for (const url of ['https://example.nl/', '/media/twente/a.svg', 'mailto:a@b.nl', '#kop']) expect(isDangerousUrl(url), url).toBe(false);
  });
});
