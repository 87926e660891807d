// Editors cannot run code: every hostile file is refused with its line and a fix; safe Markdown passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS } from '../../src/components/mdx-allowlist';
import { checkContentSafety, isDangerousUrl } from '../../src/lib/content-safety';

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
];

describe('content safety (hostile MDX)', () => {
  for (const [file, line, message] of HOSTILE) {
    it(`refuses ${file} at line ${line}`, () => {
      const problems = checkContentSafety(fixture(`hostile/${file}`), ALLOWED_COMPONENTS);
      expect(problems.length, file).toBeGreaterThan(0);
      const hit = problems.find((p) => message.test(p.problem));
      expect(hit, `${file}: ${JSON.stringify(problems)}`).toBeDefined();
      expect(hit!.line).toBe(line);
    });
  }

  it('also refuses HTML elements in place of Markdown', () => {
    const problems = checkContentSafety('---\ntitle: x\n---\n\n<div>tekst</div>\n', ALLOWED_COMPONENTS);
    expect(problems).toEqual([expect.objectContaining({ line: 5, problem: expect.stringMatching(/<div>; HTML elements are not allowed/) })]);
  });

  it('reports every problem in a file, in line order', () => {
    const source = '---\ntitle: x\n---\nimport a from "b"\n\nTekst {1}\n\n<script>x</script>\n';
    expect(checkContentSafety(source, ALLOWED_COMPONENTS).map((p) => p.line)).toEqual([4, 6, 8]);
  });

  it('accepts Markdown, the allowed components, code and escaped braces', () => {
    expect(checkContentSafety(fixture('safe.mdx'), ALLOWED_COMPONENTS)).toEqual([]);
  });

  it('accepts all existing nieuws and agenda content', async () => {
    const { readdirSync } = await import('node:fs');
    let files = 0;
    for (const kind of ['nieuws', 'agenda']) {
      for (const site of readdirSync(join('content', kind))) {
        for (const file of readdirSync(join('content', kind, site))) {
          files += 1;
          expect(checkContentSafety(readFileSync(join('content', kind, site, file), 'utf8'), ALLOWED_COMPONENTS), file).toEqual([]);
        }
      }
    }
    expect(files).toBeGreaterThan(60);
  });

  it('sees through obfuscated javascript: URLs', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'jav&#x09;ascript:x', 'data:text/html;base64,xx', 'vbscript:x']) {
      expect(isDangerousUrl(url), url).toBe(true);
    }
    for (const url of ['https://example.nl/', '/media/twente/a.svg', 'mailto:a@b.nl', '#kop']) expect(isDangerousUrl(url), url).toBe(false);
  });
});
