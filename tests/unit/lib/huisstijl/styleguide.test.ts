// The style guide shows every component example on one page; isolateExample keeps that page valid.
import { describe, expect, it } from 'vitest';
import { isolateExample } from '../../../../src/lib/huisstijl/styleguide';

describe('isolateExample', () => {
  it('prefixes the ids an example defines, and the references and anchors that point to them', () => {
    const html =
      '<section aria-labelledby="titel"><h2 id="titel">Filters</h2><label for="zoek">Zoek</label>' +
      '<input id="zoek" aria-describedby="hint status"><p id="hint">Hint</p><a href="#titel">Naar boven</a></section>';
    expect(isolateExample(html, { prefix: 'vb-3' })).toBe(
      '<section aria-labelledby="vb-3-titel"><h2 id="vb-3-titel">Filters</h2><label for="vb-3-zoek">Zoek</label>' +
        '<input id="vb-3-zoek" aria-describedby="vb-3-hint status"><p id="vb-3-hint">Hint</p><a href="#vb-3-titel">Naar boven</a></section>',
    );
  });

  it('leaves links to ids outside the example alone (the skip link points at the page)', () => {
    expect(isolateExample('<a href="#inhoud">Naar de inhoud</a>', { prefix: 'vb-1' })).toBe('<a href="#inhoud">Naar de inhoud</a>');
  });

  it('lowers headings one level on request, opening and closing tags alike', () => {
    expect(isolateExample('<h1>Titel</h1><h2 class="x">Kop</h2><h6>Klein</h6>', { prefix: 'p', demoteHeadings: true })).toBe(
      '<h2>Titel</h2><h3 class="x">Kop</h3><h6>Klein</h6>',
    );
    expect(isolateExample('<h1>Titel</h1>', { prefix: 'p' })).toBe('<h1>Titel</h1>');
  });

  it('gives root-relative links, form actions and images an origin, and leaves other URLs alone', () => {
    const html =
      '<a href="/contact/">C</a><form action="/zoeken/"></form><img src="/logo.svg" alt=""><a href="//cdn.example/x">X</a><a href="https://a.example/">A</a>';
    expect(isolateExample(html, { prefix: 'p', origin: 'https://twente.leerwerkloket.nl' })).toBe(
      '<a href="https://twente.leerwerkloket.nl/contact/">C</a><form action="https://twente.leerwerkloket.nl/zoeken/"></form>' +
        '<img src="https://twente.leerwerkloket.nl/logo.svg" alt=""><a href="//cdn.example/x">X</a><a href="https://a.example/">A</a>',
    );
  });
});
