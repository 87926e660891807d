// The XML layer under the EDU-DEX importer: namespaces by URI, entities decoded once, no DTDs.
import { describe, expect, it } from 'vitest';
import { childNamed, childText, decodeEntities, langOf, parseXml, XmlSyntaxError } from '../../../../../src/lib/opleidingen/edudex/xml';

const P = 'http://studieData.nl/schema/edudex/program';

function syntaxError(input: string | (() => unknown)): XmlSyntaxError {
  try {
    if (typeof input === 'string') parseXml(input);
    else input();
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error('expected the XML to be refused');
}

describe('parseXml', () => {
  it('matches elements on namespace URI and local name, whatever the prefix', () => {
    const a = parseXml(`<program xmlns="${P}"><programId>A</programId></program>`);
    const b = parseXml(`<x:program xmlns:x="${P}"><x:programId>A</x:programId></x:program>`);
    for (const root of [a, b]) {
      expect(root).toMatchObject({ ns: P, name: 'program' });
      expect(childText(root, P, 'programId')).toBe('A');
    }
  });

  it('does not mistake an element from another namespace for an EDU-DEX one', () => {
    const root = parseXml(
      `<program xmlns="${P}" xmlns:o="urn:other"><o:programId>WRONG</o:programId><programId>RIGHT</programId></program>`,
    );
    expect(childText(root, P, 'programId')).toBe('RIGHT');
    expect(childText(root, 'urn:other', 'programId')).toBe('WRONG');
  });

  it('reads xml:lang whatever other prefixes are in use', () => {
    const root = parseXml(`<p:program xmlns:p="${P}"><p:programName xml:lang="NL">Naam</p:programName></p:program>`);
    expect(langOf(childNamed(root, P, 'programName')!)).toBe('nl');
  });

  it('decodes entities and character references exactly once, and leaves CDATA literal', () => {
    const root = parseXml(`<a><t>Caf&#233; &amp; bar &#x2013; &amp;amp; &lt;b&gt;</t><c><![CDATA[x &amp; <y> & z]]></c></a>`);
    expect(childText(root, '', 't')).toBe('Café & bar – &amp; <b>');
    expect(childText(root, '', 'c')).toBe('x &amp; <y> & z');
  });

  it('refuses a DOCTYPE (DTDs and external entities)', () => {
    const error = syntaxError('<?xml version="1.0"?>\n<!-- hi -->\n<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<a>&x;</a>');
    expect(error.message).toMatch(/DOCTYPE/);
    expect(error.line).toBe(3);
  });

  it('refuses entities XML does not define', () => {
    expect(syntaxError('<a>caf&eacute;</a>').message).toMatch(/unknown entity &eacute;/);
  });

  it('refuses malformed XML with the line number', () => {
    const error = syntaxError('<a>\n  <b>\n</a>');
    expect(error.message).toMatch(/not well-formed/);
    expect(error.line).toBe(3);
  });

  it('refuses undeclared prefixes and a second root element', () => {
    expect(syntaxError('<x:a><b/></x:a>').message).toMatch(/prefix "x" that is not declared/);
    expect(syntaxError('<a/><b/>').message).toMatch(/exactly one root/);
  });

  it('refuses nesting deeper than 32 elements, naming the element and its line', () => {
    const nest = (n: number, inner = '') => '<d>'.repeat(n) + inner + '</d>'.repeat(n);
    expect(parseXml(nest(32)).name).toBe('d');
    const error = syntaxError(`<a>\n<b>\n${nest(31)}</b></a>`);
    expect(error.message).toMatch(/element <d> is nested 33 levels deep; the limit is 32/);
    expect(error.line).toBe(3);
  });

  it('counts depth on the raw text: self-closing tags, comments, CDATA, PIs and ">" in attributes do not count', () => {
    const noise = '<e/><e x="1" /><!-- <x><x><x> --><![CDATA[<x><x><x><x>]]><?pi <x>?>';
    const level = (n: number) => `<d t="a/>b" u='c>'>`.repeat(n) + noise.repeat(50) + '</d>'.repeat(n);
    expect(() => parseXml(level(32))).not.toThrow();
    expect(syntaxError(level(33)).message).toMatch(/nested 33 levels deep/);
  });

  it('refuses absurd nesting (200 000 levels) as a syntax error, not a stack overflow', () => {
    const error = syntaxError('<d>'.repeat(200_000) + '</d>'.repeat(200_000));
    expect(error.message).toMatch(/element <d> is nested 33 levels deep/);
  });

  it('refuses more elements than the limit, counting self-closing ones and not those in comments or CDATA', () => {
    const doc = (n: number) => `<a>\n<!-- <x><x> --><![CDATA[<x/><x/>]]>${'<x/>'.repeat(n - 2)}<y></y></a>`;
    expect(() => parseXml(doc(10), { maxElements: 10 })).not.toThrow();
    const error = syntaxError(() => parseXml(doc(11), { maxElements: 10 }));
    expect(error.message).toMatch(/has more than 10 elements \(element 11, <y>, is here\)/);
    expect(error.line).toBe(2);
    expect(syntaxError('<a>' + '<x/>'.repeat(50_000) + '</a>').message).toMatch(/has more than 50,000 elements/);
  });

  it('strips control characters, noncharacters and bidi controls from text, CDATA and attributes', () => {
    const root = parseXml(
      `<a t="x&#x1;y\u202Ez"><t>a&#x1;b\u0007c&#xFFFE;d\u202Ee&#x202D;f&#x200F;g</t><c><![CDATA[h\u0001i\u2066j&#x1;]]></c><m>r1\r\n\tr2</m></a>`,
    );
    expect(root.attrs.t).toBe('xyz');
    expect(childText(root, '', 't')).toBe('abcdefg');
    expect(childText(root, '', 'c')).toBe('hij&#x1;');
    expect(childText(root, '', 'm')).toBe('r1\n\tr2');
  });

  it('decodeEntities refuses a bare ampersand', () => {
    expect(() => decodeEntities('a & b')).toThrow(XmlSyntaxError);
    expect(decodeEntities('&#65;&#x42;&quot;&apos;')).toBe('AB"\'');
  });
});
