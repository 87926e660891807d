// Host mode: the CMS admin gets its own host with its scripts; public hosts do not carry them.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetClosure } from '../../../../src/tooling/output/asset-closure';
import { splitByHost } from '../../../../src/tooling/output/host-layout';

let out: string;
afterEach(() => rmSync(out, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

describe('host layout with the CMS admin', () => {
  it('moves /beheer/ to its own host with only the assets it needs', () => {
    out = join(mkdtempSync(join(tmpdir(), 'lwl-host-')), 'dist');
    write(join(out, 'index.html'), '<link rel="stylesheet" href="/_astro/site.css"><script src="/_astro/finder.js"></script>');
    write(join(out, 'twente/index.html'), '<link rel="stylesheet" href="/_astro/site.css">');
    write(join(out, 'beheer/index.html'), '<link rel="stylesheet" href="/_astro/site.css">');
    write(join(out, 'beheer/twente/index.html'), '<script type="module" src="/_astro/admin.js"></script>');
    write(join(out, '_astro/site.css'), 'body{}');
    write(join(out, '_astro/finder.js'), 'import"./shared.js";');
    write(join(out, '_astro/shared.js'), '');
    write(join(out, '_astro/admin.js'), 'import{a}from"./decap.js";import"./shared.js";const m=["_astro/mode-apl.js"];');
    write(join(out, '_astro/decap.js'), 'import("./lazy.js")');
    write(join(out, '_astro/lazy.js'), '');
    write(join(out, '_astro/mode-apl.js'), '');
    write(join(out, 'favicon.svg'), '<svg/>');

    expect([...assetClosure(out, [join(out, 'beheer/twente/index.html')])].sort()).toEqual([
      'admin.js',
      'decap.js',
      'lazy.js',
      'mode-apl.js',
      'shared.js',
    ]);

    const hosts = splitByHost(
      out,
      [
        { id: 'landelijk', host: 'leerwerkloket.nl', isNational: true },
        { id: 'twente', host: 'twente.leerwerkloket.nl', isNational: false },
      ],
      { dir: 'beheer', host: 'beheer.leerwerkloket.nl' },
    );

    expect(hosts).toEqual(['leerwerkloket.nl', 'twente.leerwerkloket.nl', 'beheer.leerwerkloket.nl']);
    expect(existsSync(join(out, 'leerwerkloket.nl/beheer'))).toBe(false);
    expect(readdirSync(join(out, 'beheer.leerwerkloket.nl')).sort()).toEqual(['_astro', 'favicon.svg', 'index.html', 'twente']);
    expect(readdirSync(join(out, 'beheer.leerwerkloket.nl/_astro')).sort()).toEqual([
      'admin.js',
      'decap.js',
      'lazy.js',
      'mode-apl.js',
      'shared.js',
      'site.css',
    ]);
    for (const host of ['leerwerkloket.nl', 'twente.leerwerkloket.nl']) {
      expect(readdirSync(join(out, host, '_astro')).sort(), host).toEqual(['finder.js', 'shared.js', 'site.css']);
    }
  });
});
