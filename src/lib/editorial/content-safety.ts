// Editors cannot run code. This judges an MDX file from an editor-writable folder (nieuws, agenda,
// regio) by exactly what Astro's MDX compiler will compile: the same frontmatter split
// (@astrojs/internal-helpers, which @astrojs/mdx calls) and the same parser (satteri). It refuses
// import/export, JavaScript expressions, <script>, raw HTML, components outside the allowlist,
// props the component does not declare, event handlers and every URL outside the allowlist.
// Limits on size and nesting come before any parser, because the native parser can run out of
// stack (a crash no try/catch sees) or blow up the compiled output. Pure: text in, problems out.
// src/lib/editorial/content-compiled.ts then checks the compiled module itself.
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast } from 'satteri';

export interface SafetyProblem {
  line: number;
  column: number;
  problem: string;
  /** The file must not be read any further (too large, broken frontmatter, deep nesting). */
  fatal?: boolean;
}

/** Component name → the props an editor may set on it (src/schemas/content-components.ts). */
export type AllowedComponents = Readonly<Record<string, readonly string[]>>;

export interface SafetyOptions {
  allowed: AllowedComponents;
  /** The site folder the file sits in; images must come from /media/<site>/. */
  site?: string;
}

/** A news item is a few kilobytes; 100 KB leaves room and keeps the compiler's work small. */
export const MAX_CONTENT_BYTES = 100_000;
export const MAX_FRONTMATTER_BYTES = 16_000;
/** Blockquote and list markers opening one line (`> > - 1.`): real content needs three or four. */
export const MAX_CONTAINER_DEPTH = 8;
/** Leading spaces (tabs count four): nested lists or indented code. */
export const MAX_INDENT = 40;
/** Depth of the parsed tree; nesting such as `*a *b *c …` grows the compiled code quadratically. */
export const MAX_TREE_DEPTH = 40;
/** Values in the frontmatter after parsing (objects, arrays and scalars together). */
const MAX_FRONTMATTER_NODES = 2_000;

/** The same parse options the MDX compiler uses (Astro's defaults: GFM on). */
const PARSE_FEATURES = { gfm: true } as const;

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
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

// What a URL may look like, written out in full so nothing is left to a browser's or bundler's
// interpretation: no spaces, control characters, backslashes, or percent-encoded dots and slashes.
const SAFE_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const ENCODED_TRICK = /%(?:2e|2f|5c|00)/i;
const HTTPS = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#]|$)/;
const SITE_PATH = /^\/(?!\/)/;

function hasDotSegment(path: string): boolean {
  return path
    .split(/[?#]/)[0]
    .split('/')
    .some((segment) => segment === '.' || segment === '..');
}

/** Why a link URL is refused, or null when it is allowed. */
export function linkUrlProblem(url: string): string | null {
  const fix = 'Use a full https:// address, mailto:, tel:, or a path on this site that starts with /';
  if (!SAFE_CHARS.test(url) || ENCODED_TRICK.test(url))
    return `links to "${url.slice(0, 60)}", which has characters a link may not have. ${fix}`;
  if (HTTPS.test(url)) return null;
  if (/^mailto:[^/]+@[^/]+$/i.test(url) || /^tel:\+?[0-9()-]+$/.test(url)) return null;
  if (url.startsWith('#') && url.length > 1) return null;
  if (SITE_PATH.test(url) && !hasDotSegment(url)) return null;
  if (/^http:/i.test(url)) return `links to "${url.slice(0, 60)}" over http:; use https://`;
  if (isDangerousUrl(url)) return `links to "${url.slice(0, 40)}"; javascript:, vbscript: and data: links are not allowed. ${fix}`;
  return `links to "${url.slice(0, 60)}", which is not allowed. ${fix}`;
}

/** Why an image URL is refused, or null when it is allowed. */
export function imageUrlProblem(url: string, site: string | undefined): string | null {
  const folder = site ? `/media/${site}/` : '/media/<site>/';
  const fix = `Upload the image in the CMS and use its address in ${folder}, or a full https:// address`;
  if (!SAFE_CHARS.test(url) || ENCODED_TRICK.test(url) || hasDotSegment(url)) {
    return `shows the image "${url.slice(0, 60)}", which has characters an image address may not have. ${fix}`;
  }
  if (HTTPS.test(url)) return null;
  const media = /^\/media\/([a-z0-9-]+)\/[A-Za-z0-9][A-Za-z0-9._-]*$/.exec(url);
  if (media && (!site || media[1] === site)) return null;
  if (media) return `shows the image "${url}" from another site's media folder. ${fix}`;
  if (isDangerousUrl(url)) return `shows "${url.slice(0, 40)}"; javascript:, vbscript: and data: addresses are not allowed. ${fix}`;
  return `shows the image "${url.slice(0, 60)}", which is not allowed (a relative file path is loaded as code by the build). ${fix}`;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Size and frontmatter form: checked on the raw text, before any parser runs. */
function checkShape(source: string): SafetyProblem[] {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > MAX_CONTENT_BYTES) {
    return [
      {
        line: 1,
        column: 1,
        problem: `is ${Math.round(bytes / 1000)} KB; a content file may be at most ${MAX_CONTENT_BYTES / 1000} KB. Split it, or put a long document in a PDF`,
      },
    ];
  }
  // The compiler's frontmatter ends at the first line that merely *starts* with --- (or +++).
  // Only the plain form is accepted, so no reader can see the boundary elsewhere.
  if (!/^---\r?\n/.test(source)) {
    return [
      {
        line: 1,
        column: 1,
        problem: 'must start with a line "---" that opens the frontmatter (no empty lines, spaces or other characters before it)',
      },
    ];
  }
  const raw = extractFrontmatter(source);
  if (raw === undefined) {
    return [{ line: 1, column: 1, problem: 'has no end to its frontmatter; add a line "---" after the last field' }];
  }
  const end = 3 + raw.length;
  const closing = source.slice(end).split('\n')[0].replace(/\r$/, '');
  if (closing !== '---') {
    return [
      {
        line: lineOf(source, end),
        column: 1,
        problem: `ends its frontmatter with the line "${closing.slice(0, 40)}"; that line must be exactly "---" with nothing after it`,
      },
    ];
  }
  if (raw.length > MAX_FRONTMATTER_BYTES) {
    return [
      {
        line: 1,
        column: 1,
        problem: `has ${Math.round(raw.length / 1000)} KB of frontmatter; at most ${MAX_FRONTMATTER_BYTES / 1000} KB is allowed`,
      },
    ];
  }
  return [];
}

/** Counts container markers and indentation per line, so the parser never sees deep nesting. */
function checkNesting(body: string, firstLine: number): SafetyProblem[] {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Blank lines nest nothing (the frontmatter reaches the parser as blank lines).
    if (!line.trim()) continue;
    let indent = 0;
    while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
    const width = line.slice(0, indent).replace(/\t/g, '    ').length;
    if (width > MAX_INDENT) {
      return [
        {
          line: firstLine + i,
          column: 1,
          problem: `is indented ${width} spaces; at most ${MAX_INDENT} are allowed. Use fewer levels of lists`,
        },
      ];
    }
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*/.exec(line)?.[0] ?? '';
    const depth = (prefix.match(/>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g) ?? []).length;
    if (depth > MAX_CONTAINER_DEPTH) {
      return [
        {
          line: firstLine + i,
          column: 1,
          problem: `nests ${depth} quotes or lists in one another; at most ${MAX_CONTAINER_DEPTH} are allowed`,
        },
      ];
    }
  }
  return [];
}

/**
 * YAML anchors and aliases (&a, *a) let a few lines stand for gigabytes once the compiler turns
 * the frontmatter into JSON. js-yaml (the compiler's parser) shares the aliased object, so a
 * repeated object is the alias; the walk is iterative and has a budget.
 */
function checkFrontmatterValue(value: unknown): string | null {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  let nodes = 0;
  while (stack.length) {
    const current = stack.pop();
    if (++nodes > MAX_FRONTMATTER_NODES) return `has more than ${MAX_FRONTMATTER_NODES} values in its frontmatter`;
    if (current === null || typeof current !== 'object') continue;
    if (seen.has(current)) return 'uses YAML anchors or aliases (& and *) in its frontmatter; write each value out in full';
    seen.add(current);
    stack.push(...(Array.isArray(current) ? current : Object.values(current)));
  }
  return null;
}

/**
 * @param source the whole file (frontmatter included, so line numbers match the file)
 * @param options the allowed components with their props, and the file's site
 */
export function checkContentSafety(source: string, options: SafetyOptions): SafetyProblem[] {
  const fatal = (problems: SafetyProblem[]) => problems.map((p) => ({ ...p, fatal: true }));
  const shape = checkShape(source);
  if (shape.length) return fatal(shape);

  let body: string;
  try {
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    const problem = checkFrontmatterValue(parsed.frontmatter);
    if (problem) return fatal([{ line: 1, column: 1, problem }]);
    body = parsed.content;
  } catch (error) {
    return fatal([
      { line: 1, column: 1, problem: `has frontmatter that is not valid YAML: ${String((error as Error).message).split('\n')[0]}` },
    ]);
  }
  const nesting = checkNesting(body, 1);
  if (nesting.length) return fatal(nesting);

  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: PARSE_FEATURES }) as unknown as Node;
  } catch (error) {
    const message = String((error as Error).message);
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
  return checkTree(tree, options);
}

function checkTree(tree: Node, options: SafetyOptions): SafetyProblem[] {
  const names = Object.keys(options.allowed);
  const problems: SafetyProblem[] = [];
  const report = (node: Node, problem: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, problem });
  const definitions = new Map<string, Node>();
  const imageReferences: Node[] = [];

  // Iterative walk: a deep tree cannot overflow the stack, and is refused past MAX_TREE_DEPTH.
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_TREE_DEPTH) {
      report(
        node,
        `nests Markdown more than ${MAX_TREE_DEPTH} levels deep (emphasis, links, quotes or lists inside one another); simplify it`,
      );
      return problems;
    }
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*(import|export)\b/m.exec(String(node.value ?? ''))?.[1] ?? 'import/export';
        report(
          node,
          `uses "${kind}"; content may not ${kind} code. Remove the line; the allowed components (${names.join(', ')}) work without importing`,
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          `contains a JavaScript expression {${String(node.value ?? '')
            .trim()
            .slice(0, 40)}}; remove it, or write "\\{" to show a curly brace as text`,
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, options.allowed, report);
        break;
      case 'link': {
        const problem = linkUrlProblem(node.url ?? '');
        if (problem) report(node, problem);
        break;
      }
      case 'image': {
        const problem = imageUrlProblem(node.url ?? '', options.site);
        if (problem) report(node, problem);
        break;
      }
      case 'definition': {
        const problem = linkUrlProblem(node.url ?? '');
        if (problem) report(node, problem);
        definitions.set(node.identifier ?? '', node);
        break;
      }
      case 'imageReference':
        imageReferences.push(node);
        break;
      case 'html':
        report(node, 'contains raw HTML; use Markdown instead');
        break;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  // A definition used by an image must also be a valid image address.
  for (const reference of imageReferences) {
    const definition = definitions.get(reference.identifier ?? '');
    const problem = definition && imageUrlProblem(definition.url ?? '', options.site);
    if (problem) report(definition, problem);
  }
  return dedupe(problems).sort((a, b) => a.line - b.line || a.column - b.column);
}

function dedupe(problems: SafetyProblem[]): SafetyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.problem}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

function checkElement(node: Node, allowed: AllowedComponents, report: (node: Node, problem: string) => void) {
  const name = node.name ?? '';
  const names = Object.keys(allowed);
  if (!name) {
    report(node, 'contains a fragment <>…</>; remove it');
  } else if (name.toLowerCase() === 'script') {
    report(node, 'contains a <script> element; scripts are not allowed in content. Remove it');
  } else if (!Object.hasOwn(allowed, name)) {
    const hint = /^[a-z]/.test(name)
      ? 'HTML elements are not allowed in content; use Markdown (## heading, **bold**, [link](https://…), lists)'
      : `only these components are allowed: ${names.join(', ')}`;
    report(node, `uses <${name}>; ${hint}`);
  }
  const props = Object.hasOwn(allowed, name) ? allowed[name] : [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(node, `<${name}> has a JavaScript attribute {${String(attribute.value ?? '').slice(0, 40)}}; write attributes as name="text"`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (/^on/i.test(attrName)) {
      report(node, `<${name}> has an event handler "${attrName}"; inline event handlers are not allowed. Remove it`);
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      report(node, `<${name} ${attrName}={…}> uses a JavaScript expression; write the value as text: ${attrName}="…"`);
    } else if (typeof attribute.value === 'string' && isDangerousUrl(attribute.value)) {
      report(node, `<${name} ${attrName}="${attribute.value.slice(0, 30)}"> is a javascript:/data: link; not allowed`);
    } else if (props.length && !props.includes(attrName)) {
      report(node, `<${name}> has no setting "${attrName}"; use only: ${props.join(', ')}`);
    } else if (attribute.value === null || attribute.value === undefined) {
      if (props.includes(attrName)) report(node, `<${name} ${attrName}> needs a value: ${attrName}="…"`);
    }
  }
}
