// The XML layer under the EDU-DEX importer: namespaces by URI, entities decoded once, no DTDs.
import { describe, expect, it } from 'vitest';
import { childNamed, childText, decodeEntities, langOf, parseXml, XmlSyntaxError } from '../../src/lib/edudex/xml';

const P = 'http://studieData.nl/schema/edudex/program';

function syntaxError(xml: string): XmlSyntaxError {
  try {
    parseXml(xml);
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
    const root = parseXml(`<program xmlns="${P}" xmlns:o="urn:other"><o:programId>WRONG</o:programId><programId>RIGHT</programId></program>`);
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

  it('decodeEntities refuses a bare ampersand', () => {
    expect(() => decodeEntities('a & b')).toThrow(XmlSyntaxError);
    expect(decodeEntities('&#65;&#x42;&quot;&apos;')).toBe('AB"\'');
  });
});
