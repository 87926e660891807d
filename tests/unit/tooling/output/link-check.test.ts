import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../../src/tooling/output/link-check';

const root = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(path: string, body: string) {
  mkdirSync(join(root, path), { recursive: true });
  writeFileSync(join(root, path, 'index.html'), `<!doctype html><html lang="nl"><body>${body}</body></html>`);
}

describe('link checker', () => {
  it('finds missing pages and anchors, and accepts good links', () => {
    page(
      '',
      '<a href="/twente/">ok</a> <a href="/twente/#inhoud">ok anchor</a> <a href="/weg/">missing</a> <a href="#nergens">bad anchor</a> <a href="mailto:a@b.example">mail</a> <a href="https://elders.example/">external</a>',
    );
    page('twente', '<main id="inhoud"><a href="../">up</a></main>');
    const report = checkLinks(root, { byHost: false, hosts: [] });
    expect(report.pages).toBe(2);
    expect(report.broken).toEqual([
      { page: '/', link: '/weg/', problem: 'no such page or file' },
      { page: '/', link: '#nergens', problem: 'no element with id "nergens"' },
    ]);
  });

  it('in host mode follows absolute links to project hosts', () => {
    const hostRoot = join(root, 'hosts');
    mkdirSync(join(hostRoot, 'a.example.nl'), { recursive: true });
    mkdirSync(join(hostRoot, 'b.example.nl', 'x'), { recursive: true });
    writeFileSync(
      join(hostRoot, 'a.example.nl', 'index.html'),
      '<a href="https://b.example.nl/x/">ok</a><a href="https://b.example.nl/y/">missing</a>',
    );
    writeFileSync(join(hostRoot, 'b.example.nl', 'x', 'index.html'), '<a href="/">home is missing</a>');
    const report = checkLinks(hostRoot, { byHost: true, hosts: ['a.example.nl', 'b.example.nl'] });
    expect(report.broken.map((b) => `${b.page} ${b.link}`)).toEqual(['a.example.nl/ https://b.example.nl/y/', 'b.example.nl/x/ /']);
  });
});
