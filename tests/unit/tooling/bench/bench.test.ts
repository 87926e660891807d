import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSize, pageWeight } from '../../../../src/tooling/bench/weight';
import { markdownReport } from '../../../../src/tooling/bench/report';
import { pageKind } from '../../../../src/tooling/bench/page-kinds';

const root = mkdtempSync(join(tmpdir(), 'bench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('page weight', () => {
  it('adds the gzipped HTML, its stylesheets and its module graph', () => {
    mkdirSync(join(root, '_astro'));
    const css = 'body{color:red}'.repeat(50);
    const entry = 'import "./chunk.js";console.log(1)';
    const chunk = 'export const x = 1;'.repeat(20);
    writeFileSync(join(root, '_astro/site.css'), css);
    writeFileSync(join(root, '_astro/entry.js'), entry);
    writeFileSync(join(root, '_astro/chunk.js'), chunk);
    const html = '<!DOCTYPE html><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script>';
    writeFileSync(join(root, 'index.html'), html);
    const size = (s: string) => gzipSync(s, { level: 9 }).length;
    expect(pageWeight(root, join(root, 'index.html'))).toEqual({ html: size(html), css: size(css), js: size(entry) + size(chunk) });
    expect(folderSize(join(root, '_astro'))).toBe(css.length + entry.length + chunk.length);
    expect(folderSize(join(root, '_astro'), (n) => n.endsWith('.css'))).toBe(css.length);
  });
});

describe('benchmark report', () => {
  it('flags a page over budget and JavaScript that no feature needs', () => {
    const md = markdownReport({
      machine: 'test',
      date: '2026-11-23',
      builds: [
        { label: 'all', seconds: 10, pages: 500, bytes: 1048576, searchSeconds: 3.25, peakBytes: 1.5 * 1024 ** 3, peakStage: 'Astro' },
        { label: 'one', seconds: 2, pages: 20, bytes: 2048 },
      ],
      bare: [{ label: 'all', seconds: 4, pages: 500, oursSeconds: 10 }],
      templates: [
        { template: '/a', example: '/a/', html: 4000, css: 4000, js: 0, needsJs: false },
        { template: '/b', example: '/b/', html: 12000, css: 4000, js: 0, needsJs: false },
        { template: '/c', example: '/c/', html: 2000, css: 2000, js: 900, needsJs: false },
      ],
      search: [
        { label: 'x', indexBytes: 2048, firstQueryBytes: 51200, runtimeBytes: 40960, keystrokeToResultsMs: 42 },
        { label: 'big', indexBytes: 4096 },
      ],
      notes: ['Machine was idle.'],
    });
    expect(md).toContain('| all | 10.0 s | 3.3 s | 1.5 GB (during Astro) | 500 | 50 | 1.0 MB |');
    expect(md).toContain('| one | 2.0 s | – | – | 20 | 10 | 0.0 MB |');
    expect(md).toContain('## Notes on this run\n\n- Machine was idle.\n');
    expect(md).toContain('2.5× as long');
    expect(md).toMatch(/\| `\/a` .* \| yes \|/);
    expect(md).toMatch(/\| `\/b` .* \| no \|/);
    expect(md).toMatch(/\| `\/c` .*\(not needed!\).* \| no \|/);
    expect(md).toContain('| x | 2.0 KB | 50.0 KB | 40.0 KB | 10.0 KB | 42 ms |');
    expect(md).toContain('| big | 4.0 KB | – | – | – | – |');
  });
});

describe('pages per offer', () => {
  it('classifies programme, listing, one- and two-filter pages by their path', () => {
    expect(pageKind('opleidingen/heftruck/index.html')).toBe('programme');
    expect(pageKind('twente/opleidingen/heftruck/index.html')).toBe('programme');
    expect(pageKind('opleidingen/index.html')).toBe('listing');
    expect(pageKind('opleidingen/pagina/3/index.html')).toBe('listing');
    expect(pageKind('twente/opleidingen/niveau/mbo-2/index.html')).toBe('single');
    expect(pageKind('opleidingen/niveau/mbo-2/pagina/2/index.html')).toBe('single');
    expect(pageKind('opleidingen/niveau/mbo-2/vorm/bbl/index.html')).toBe('pair');
    expect(pageKind('opleidingen/niveau/mbo-2/vorm/bbl/pagina/4/index.html')).toBe('pair');
    expect(pageKind('nieuws/index.html')).toBe('other');
    expect(pageKind('opleidingen/rss.xml')).toBe('other');
  });

  it('reports the pages a catalogue adds per offer, by kind, against the target of 3', () => {
    const kinds = (programme: number, single: number, pair: number) => ({ programme, listing: 36, single, pair, other: 1000 });
    const md = markdownReport({
      machine: 'test',
      date: '2026-12-02',
      builds: [
        { label: 'shipped', seconds: 10, pages: 1000 + 36 + 500 + 100 + 50, bytes: 1, kinds: kinds(500, 100, 50) },
        { label: '1,000 offers', seconds: 60, pages: 1000 + 36 + 1500 + 900 + 450, bytes: 1, offers: 1000, kinds: kinds(1500, 900, 450) },
        { label: '2,000 offers', seconds: 60, pages: 1000 + 36 + 9500 + 100 + 50, bytes: 1, offers: 2000, kinds: kinds(9500, 100, 50) },
      ],
      templates: [],
      search: [],
    });
    expect(md).toContain('| 1,000 offers | 2.20 | 1.00 | 0.80 | 0.40 | 0.00 | 0.00 | met |');
    expect(md).toContain('| 2,000 offers | 4.50 | 4.50 | 0.00 | 0.00 | 0.00 | 0.00 | not met |');
    expect(md).not.toMatch(/\| shipped \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \| (met|not met) \|/);
  });

  it('reports the rebuild after one news item against 60 s, with where the time went', () => {
    const publish = (seconds: number) => ({
      seconds,
      astroSeconds: seconds - 10,
      searchSeconds: 8,
      renderedPages: 100,
      stages: { 'start-up': 2, Astro: seconds - 10, search: 8 },
      reusedIndexes: 34,
      indexes: 36,
      cacheBytes: 40 * 1048576,
    });
    const md = markdownReport({
      machine: 'test',
      date: '2026-12-02',
      builds: [
        { label: 'shipped', seconds: 35, pages: 1000, bytes: 1, publish: publish(30.7) },
        { label: 'one site', seconds: 20, pages: 400, bytes: 1 },
        { label: '5,000 offers', seconds: 250, pages: 19000, bytes: 1, offers: 5000, publish: publish(109.1) },
      ],
      templates: [],
      search: [],
    });
    expect(md).toContain('| shipped | 35.0 s | 30.7 s | 20.7 s | 8.0 s | 100 of 1000 | 34 of 36 | 40.0 MB | met |');
    expect(md).toContain('| 5,000 offers | 250.0 s | 109.1 s | 99.1 s | 8.0 s | 100 of 19000 | 34 of 36 | 40.0 MB | not met |');
    expect(md).toContain('- 5,000 offers: start-up 2.0 s, Astro 99.1 s, search 8.0 s');
    expect(md).not.toMatch(/^\| one site .*\| (met|not met) \|$/m);
  });
});
