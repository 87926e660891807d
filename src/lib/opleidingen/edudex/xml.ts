// A small namespace-aware element tree on top of fast-xml-parser. Feeds may bind the EDU-DEX
// namespaces to any prefix, so elements are matched on namespace URI + local name, never on prefix.
// Text is decoded exactly once here: character and the five predefined entity references in
// ordinary text, nothing inside CDATA. DOCTYPE (and with it every DTD and external entity) is refused.
// Feeds are untrusted: nesting depth and element count are checked on the raw text before any parser
// builds a tree, and every text and attribute value is cleaned of invisible controls (./text.ts).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cleanFeedText } from './text';

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Deepest element nesting accepted (the root counts as 1). The deepest EDU-DEX path,
 * program/programSchedule/programRun/module/courseDay/location/locationName, is 7 levels;
 * 32 leaves room for extensions and keeps the recursive tree building below far from the stack limit.
 */
export const MAX_XML_DEPTH = 32;
/**
 * Default cap on the number of elements in one file. Parsing costs about 3–12 µs and several hundred
 * bytes of memory per element, so a byte cap alone still lets a file of tiny elements (<x/><x/>…)
 * cost seconds; real programme files have a few hundred elements.
 */
export const MAX_XML_ELEMENTS = 50_000;

export interface ParseLimits {
  /** Most elements accepted in the document (default MAX_XML_ELEMENTS). */
  maxElements?: number;
}

export interface XmlElement {
  /** Namespace URI ('' when the element is in no namespace). */
  ns: string;
  /** Local name, without prefix. */
  name: string;
  /** Attributes by local name; namespaced attributes as `{uri}local` (xml:lang is `{XML_NS}lang`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded character data directly inside this element (text and CDATA, in document order). */
  text: string;
  /** 1-based line of the start tag, when known. */
  line?: number;
}

/** A problem with the XML itself; `line` points into the file when the parser knows it. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly problem: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${problem}` : problem);
    this.name = 'XmlSyntaxError';
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  // Entities are decoded below, once, so CDATA stays literal and unknown entities are caught.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  // Backstop only: checkStructure() refuses deeper files first, with the element and line.
  maxNestedTags: MAX_XML_DEPTH + 1,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes character references and the five predefined entities; anything else is an error. */
export function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&\s]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new XmlSyntaxError(`"&" must start an entity reference like &amp; (found "${match}")`);
    if (body in PREDEFINED) return PREDEFINED[body];
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (numeric) {
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        throw new XmlSyntaxError(`character reference ${match} is not a valid character`);
      }
      return String.fromCodePoint(code);
    }
    throw new XmlSyntaxError(
      `unknown entity ${match}; XML feeds may only use &amp; &lt; &gt; &quot; &apos; and numeric references like &#233;`,
    );
  });
}

/** Refuses a DOCTYPE (internal or external DTD) anywhere before the root element. */
function checkProlog(xml: string): void {
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i])) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) return;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return;
      i = end + 3;
    } else if (xml.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      throw new XmlSyntaxError(
        'has a DOCTYPE; EDU-DEX feeds must not declare a DTD or entities (remove the <!DOCTYPE …> line)',
        lineAt(xml, i),
      );
    } else {
      return;
    }
  }
}

/**
 * Refuses nesting deeper than MAX_XML_DEPTH and more than `maxElements` elements. One linear pass
 * over the raw text with counters (no recursion, no tree), so it is cheap on any input. Comments,
 * CDATA, PIs and quoted attribute values are skipped so a "<" or ">" inside them is not taken for a
 * tag. Input this scan cannot follow (an unclosed comment or tag) is left to the validator, which
 * reports it as malformed.
 */
function checkStructure(xml: string, maxElements: number): void {
  let depth = 0;
  let elements = 0;
  let i = xml.indexOf('<');
  while (i >= 0) {
    let next: number;
    if (xml.startsWith('<!--', i)) next = endOf(xml, '-->', i + 4);
    else if (xml.startsWith('<![CDATA[', i)) next = endOf(xml, ']]>', i + 9);
    else if (xml.startsWith('<?', i)) next = endOf(xml, '?>', i + 2);
    else if (xml.startsWith('<!', i)) next = endOf(xml, '>', i + 2);
    else if (xml.startsWith('</', i)) {
      // Never below 0: a stray end tag must not buy extra depth (the validator refuses it anyway).
      depth = Math.max(0, depth - 1);
      next = endOf(xml, '>', i + 2);
    } else {
      const close = tagEnd(xml, i + 1);
      if (close < 0) return;
      const name = () => /^[^\s/>]+/.exec(xml.slice(i + 1, i + 201))?.[0] ?? '?';
      if (++elements > maxElements) {
        throw new XmlSyntaxError(
          `has more than ${maxElements.toLocaleString('en')} elements (element ${elements.toLocaleString('en')}, <${name()}>, is here); that is the limit for this file, and real EDU-DEX files stay far below it. Look for repeated or generated blocks`,
          lineAt(xml, i),
        );
      }
      if (xml.charCodeAt(close - 1) !== 0x2f /* "/": self-closing */ && ++depth > MAX_XML_DEPTH) {
        throw new XmlSyntaxError(
          `element <${name()}> is nested ${depth} levels deep; the limit is ${MAX_XML_DEPTH} (EDU-DEX itself needs about 7). Look for wrapper elements that repeat or are never closed`,
          lineAt(xml, i),
        );
      }
      next = close + 1;
    }
    if (next < 0) return;
    i = xml.indexOf('<', next);
  }
}

/** Index just past `marker` (searched from `from`), or -1. */
function endOf(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/** Index of the ">" that ends a start tag, skipping quoted attribute values; -1 if there is none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

function lineAt(xml: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < xml.length; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}

type Raw = Record<string, unknown>;

/** Parses a whole document and returns its root element. Throws XmlSyntaxError. */
export function parseXml(xml: string, limits: ParseLimits = {}): XmlElement {
  checkProlog(xml);
  checkStructure(xml, limits.maxElements ?? MAX_XML_ELEMENTS);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XmlSyntaxError(`is not well-formed XML: ${valid.err.msg}`, valid.err.line);

  let nodes: Raw[];
  try {
    nodes = parser.parse(xml) as Raw[];
  } catch (error) {
    // The validator passed, so this is the parser disagreeing; still the feed's problem, not a crash.
    throw new XmlSyntaxError(`could not be parsed as XML: ${(error as Error).message}`);
  }
  const roots = nodes.filter((n) => elementName(n) !== undefined);
  if (roots.length !== 1) throw new XmlSyntaxError(`must have exactly one root element (found ${roots.length})`);
  const lines = lineStarts(xml);
  return build(roots[0], { '': '', xml: XML_NS }, lines);
}

function lineStarts(xml: string): number[] {
  const starts = [0];
  for (let i = 0; i < xml.length; i++) if (xml.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function elementName(node: Raw): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#cdata' && !k.startsWith('?') && !k.startsWith('!'));
}

function splitName(qname: string): [prefix: string, local: string] {
  const i = qname.indexOf(':');
  return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

// Recursive, but only as deep as checkStructure() allows.
function build(node: Raw, parentScope: Record<string, string>, lines: number[]): XmlElement {
  const qname = elementName(node)!;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
  const line = meta?.startIndex !== undefined ? lineOf(lines, meta.startIndex) : undefined;

  let scope = parentScope;
  for (const [key, value] of Object.entries(rawAttrs)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (scope === parentScope) scope = { ...parentScope };
      scope[key === 'xmlns' ? '' : key.slice(6)] = decodeAt(value, line);
    }
  }
  const [prefix, local] = splitName(qname);
  const ns = scope[prefix];
  if (ns === undefined)
    throw new XmlSyntaxError(`element <${qname}> uses prefix "${prefix}" that is not declared (add xmlns:${prefix}="…")`, line);

  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    const [aPrefix, aLocal] = splitName(key);
    if (!aPrefix) attrs[aLocal] = decodeAt(value, line);
    else {
      const aNs = scope[aPrefix];
      if (aNs === undefined) throw new XmlSyntaxError(`attribute ${key} on <${qname}> uses an undeclared prefix`, line);
      attrs[`{${aNs}}${aLocal}`] = decodeAt(value, line);
    }
  }

  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[qname] ?? []) as Raw[]) {
    if ('#text' in child) text += decodeAt(String(child['#text']), line);
    else if ('#cdata' in child) {
      for (const part of child['#cdata'] as Raw[]) text += cleanFeedText(String(part['#text'] ?? ''));
    } else if (elementName(child) !== undefined) children.push(build(child, scope, lines));
  }
  return { ns, name: local, attrs, children, text, line };
}

/** Decodes, then cleans: a control written as &#x1; is removed just like a raw one. */
function decodeAt(raw: string, line: number | undefined): string {
  try {
    return cleanFeedText(decodeEntities(raw));
  } catch (error) {
    if (error instanceof XmlSyntaxError && line !== undefined && error.line === undefined) throw new XmlSyntaxError(error.problem, line);
    throw error;
  }
}

/** Child elements in namespace `ns` with local name `name`. */
export function childrenNamed(el: XmlElement, ns: string, name: string): XmlElement[] {
  return el.children.filter((c) => c.ns === ns && c.name === name);
}

export function childNamed(el: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.ns === ns && c.name === name);
}

/** Trimmed text of the first such child, or undefined when absent or empty. */
export function childText(el: XmlElement | undefined, ns: string, name: string): string | undefined {
  const value = childNamed(el, ns, name)?.text.trim();
  return value ? value : undefined;
}

export function langOf(el: XmlElement): string | undefined {
  return el.attrs[`{${XML_NS}}lang`]?.trim().toLowerCase() || undefined;
}
