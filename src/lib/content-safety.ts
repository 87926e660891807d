// Editors cannot run code. This checks an MDX file from an editor-writable folder (nieuws, agenda,
// regio) with the same MDX parser the build uses (satteri) and lists everything that could run
// code or load something: import/export, JavaScript expressions {…}, <script>, elements and
// components outside the allowlist, inline event handlers (on…=) and javascript: links.
// Pure: text in, problems out. The content loader turns problems into build errors.
import { mdxToMdast } from 'satteri';

export interface SafetyProblem {
  line: number;
  column: number;
  problem: string;
}

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point };
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

const DANGEROUS_URL = /^(?:javascript|vbscript|data):/i;

/** Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"). */
export function isDangerousUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const squashed = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').replace(/&#?[a-z0-9]+;?/gi, '');
  return DANGEROUS_URL.test(squashed) && !/^data:image\/(png|jpe?g|gif|webp|avif);/i.test(squashed);
}

/**
 * @param source the whole file (frontmatter included, so line numbers match the file)
 * @param allowed component names content may use (src/components/mdx.ts)
 */
export function checkContentSafety(source: string, allowed: readonly string[]): SafetyProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$/s.exec(message);
    const detail = (at ? at[3] : message).split('\n')[0].replace(/\s*\(mdx[^)]*\)\s*$/, '');
    return [
      {
        line: at ? Number(at[1]) : 1,
        column: at ? Number(at[2]) : 1,
        problem: `is not valid Markdown/MDX: ${detail}. A "{" or "<" in plain text must be written as "\\{" or "\\<"; HTML comments are not allowed`,
      },
    ];
  }

  const problems: SafetyProblem[] = [];
  const report = (node: Node, problem: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, problem });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const start = node.position?.start.line ?? 1;
        const before = problems.length;
        String(node.value ?? '').split('\n').forEach((text, i) => {
          const kind = /^\s*(import|export)\b/.exec(text)?.[1];
          if (!kind) return;
          problems.push({
            line: start + i,
            column: 1,
            problem: `uses "${kind}"; content may not ${kind} code. Remove the line; the allowed components (${allowed.join(', ')}) work without importing`,
          });
        });
        if (problems.length === before) report(node, 'contains import/export code; remove it');
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `contains a JavaScript expression {${String(node.value ?? '').trim().slice(0, 40)}}; remove it, or write "\\{" to show a curly brace as text`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, allowed, report);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isDangerousUrl(node.url)) {
          report(node, `links to "${node.url.slice(0, 40)}"; javascript:, vbscript: and data: links are not allowed. Use a normal https:// link`);
        }
        break;
      case 'html':
        report(node, 'contains raw HTML; use Markdown instead');
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function checkElement(node: Node, allowed: readonly string[], report: (node: Node, problem: string) => void) {
  const name = node.name ?? '';
  if (!name) {
    report(node, 'contains a fragment <>…</>; remove it');
  } else if (name.toLowerCase() === 'script') {
    report(node, 'contains a <script> element; scripts are not allowed in content. Remove it');
  } else if (!allowed.includes(name)) {
    const hint = /^[a-z]/.test(name)
      ? 'HTML elements are not allowed in content; use Markdown (## heading, **bold**, [link](https://…), lists)'
      : `only these components are allowed: ${allowed.join(', ')}`;
    report(node, `uses <${name}>; ${hint}`);
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `<${name}> has a JavaScript attribute {${String(attribute.value ?? '').slice(0, 40)}}; write attributes as name="text"`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (/^on/i.test(attrName)) {
      report(node, `<${name}> has an event handler "${attrName}"; inline event handlers are not allowed. Remove it`);
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(node, `<${name} ${attrName}={…}> uses a JavaScript expression; write the value as text: ${attrName}="…"`);
    } else if (typeof attribute.value === 'string' && isDangerousUrl(attribute.value)) {
      report(node, `<${name} ${attrName}="${attribute.value.slice(0, 30)}"> is a javascript:/data: link; not allowed`);
    }
  }
}
