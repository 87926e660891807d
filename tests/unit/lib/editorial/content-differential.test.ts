// Differential, property-based test of the content check against the real compiler: fast-check
// builds many MDX files from frontmatter delimiters, images, definitions, links, components and
// code-like fragments, and whenever the check accepts a file, its compiled module must import
// nothing but Astro's JSX runtime, export nothing extra, and contain no author identifier as code
// (every payload names an identifier starting with __author). A weakened check (the old one, that
// let the MDX parser find its own frontmatter end) must be caught by the same property.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ALLOWED_COMPONENTS } from '../../../../src/schemas/content-components';
import { compiledModuleProblems, compileMdx } from '../../../../src/lib/editorial/content-compiled';
import { checkContentSafety } from '../../../../src/lib/editorial/content-safety';

const FILE = resolve('content/nieuws/twente/2026-11-20-proef.mdx');

// Mostly well-formed, so that many files pass the check and reach the compiler.
const usually = <T>(good: T, ...odd: T[]) =>
  fc.oneof({ arbitrary: fc.constant(good), weight: 3 * odd.length }, { arbitrary: fc.constantFrom(...odd), weight: odd.length });
const closing = usually('---', '---{/* */}', '--- ', '----', '---x', '---\t', '+++', '---{__author_c}');
const opening = usually('---', '+++', '\n---', '\uFEFF---', ' ---');
const newline = fc.constantFrom('\n', '\r\n');
const safeUrl = fc.constantFrom(
  '/media/twente/foto.png',
  'https://example.nl/a.png',
  '/regelingen/',
  'mailto:a@b.nl',
  'https://www.uwv.nl/',
);
const oddUrl = fc.constantFrom(
  '/media/twente/foto.png',
  'https://example.nl/a.png',
  '../../../public/media/twente/x.js',
  './x.js',
  'x.js',
  '__author_u.js',
  '/media/twente/../x.js',
  '//evil.example/x.js',
  '/media/groningen/a.png',
  'javascript:__author_j()',
  'data:text/javascript,x',
  '%2e%2e/x.js',
  '..\\x.js',
  'file:///etc/passwd',
  'https://example.nl/%2e%2e/',
  '/media/twente/foto.png?x=../../y.js',
);
const url = fc.oneof(safeUrl, oddUrl);
const safeFragment = fc.oneof(
  safeUrl.map((u) => `![Plaatje](${u})`),
  safeUrl.map((u) => `[Link](${u})`),
  safeUrl.map((u) => `![Ref][d]\n\n[d]: ${u}`),
  fc.constantFrom(
    'Gewone tekst met **vet**.',
    '<Alert kind="warning">Let op</Alert>',
    '`{__author_code}`',
    '```\n{__author_fence}\n```',
    '\\{__author_escaped\\}',
    '- lijst met [link](/nieuws/)',
  ),
);
const anyFragment = fc.oneof(
  url.map((u) => `![Plaatje](${u})`),
  url.map((u) => `[Link](${u})`),
  url.map((u) => `![Ref][d]\n\n[d]: ${u}`),
  url.map((u) => `[Ref][e]\n\n[e]: <${u}>`),
  fc.constantFrom(
    'Gewone tekst met **vet**.',
    '<Alert kind="warning">Let op</Alert>',
    '<Alert kind={__author_k}>x</Alert>',
    '<Alert {...__author_s}>x</Alert>',
    '<Alert label="x" onClick="__author_o()">x</Alert>',
    '{__author_e()}',
    'Tekst {__author_t} tekst',
    'import __author_i from "./x.js"',
    'export const __author_x = 1',
    'export default __author_d',
    '<script>__author_s()</script>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
    '`{__author_code}`',
    '```\n{__author_fence}\n```',
    '\\{__author_escaped\\}',
    '<!-- __author_comment -->',
    '<img src="x" onerror="__author_h()" />',
    '> citaat met ![x](./q.js)',
    '- lijst met [link](/nieuws/)',
  ),
);
const fragment = fc.oneof({ arbitrary: safeFragment, weight: 3 }, { arbitrary: anyFragment, weight: 2 });

const file = fc
  .tuple(
    opening,
    newline,
    closing,
    fc.array(fragment, { minLength: 1, maxLength: 4 }),
    fc.array(fragment, { maxLength: 2 }),
    fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
  )
  .map(([open, nl, close, body, after, second]) =>
    [open, 'title: "Proef"', 'summary: "x"', close, '', ...body.flatMap((f) => [f, '']), ...(second ? ['---', ...after, ''] : [])].join(nl),
  );

/** Identifiers (not strings) in the compiled module whose name an author chose. */
function authorIdentifiers(code: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text.startsWith('__author')) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('compiled.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS));
  return found;
}

type Check = (source: string) => boolean;
const current: Check = (source) => checkContentSafety(source, { allowed: ALLOWED_COMPONENTS, site: 'twente' }).length === 0;

/** The check before the security review: the MDX parser found the frontmatter end itself. */
const naive: Check = (source) => {
  try {
    const tree = mdxToMdast(source) as { type: string; children?: unknown[] };
    const stack: { type: string; url?: string; children?: unknown[] }[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      if (/^mdx(?:jsEsm|FlowExpression|TextExpression|JsxFlowElement|JsxTextElement)$/.test(node.type) || node.type === 'html')
        return false;
      if (node.url && /^(?:javascript|data):/i.test(node.url)) return false;
      stack.push(...((node.children ?? []) as typeof stack));
    }
    return true;
  } catch {
    return false;
  }
};

/** The property: what the check accepts compiles to a module with no author code in it. */
const property = (check: Check) =>
  fc.asyncProperty(file, async (source) => {
    if (!check(source)) return;
    let code: string;
    try {
      code = await compileMdx(source, FILE);
    } catch {
      return; // the compiler refuses it: the build stops, nothing runs
    }
    expect(await compiledModuleProblems(code), source).toEqual([]);
    expect(authorIdentifiers(code), source).toEqual([]);
  });

describe('content check versus the MDX compiler (property-based)', () => {
  it('accepts nothing whose compiled module imports, exports or evaluates author code', async () => {
    await fc.assert(property(current), { numRuns: 2000, seed: 20261202 });
    // And with a fresh seed each run, so new corners get tried over time.
    await fc.assert(property(current), { numRuns: 500 });
  }, 120_000);

  it('catches the weaker check that let the parser find the frontmatter end', async () => {
    const result = await fc.check(property(naive), { numRuns: 400, seed: 20261202 });
    expect(result.failed).toBe(true);
  }, 120_000);

  it('still lets real content through (the generator makes safe files too)', () => {
    const safe = fc.sample(file, { numRuns: 400, seed: 7 }).filter(current);
    expect(safe.length).toBeGreaterThan(50);
  });
});
