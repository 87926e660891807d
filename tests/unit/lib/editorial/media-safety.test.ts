// public/media/ is served from every host, so the build refuses anything but plain images and
// PDFs there, judged by content. Hostile uploads are written to a temporary public/ folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allSites } from '../../../../src/lib/site/sites';
import { checkMediaFolder } from '../../../../src/lib/editorial/media-safety';
import {
  acceptList,
  judgeMediaFile,
  MAX_IMAGE_BYTES,
  MAX_PDF_BYTES,
  problemText,
  problemTextNl,
  sniffMediaKind,
} from '../../../../src/lib/editorial/media-types';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

// The smallest headers that identify each type (the judge reads only the start of a file).
const PNG = new Uint8Array(readFileSync('public/media/twente/bbl-banenmarkt.png'));
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');
const AVIF = bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf');
const AVIF_COMPATIBLE = bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'miafavif');
const HEIC = bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic');
const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
const SVG_SCRIPT = bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script href="/media/twente/x.js"/></svg>');
const HTML = bytes('<!DOCTYPE html><html><body><script>alert(document.domain)</script></body></html>');
const JS = bytes('fetch("/beheer/").then(r => r.text()).then(alert);\n');

describe('judgeMediaFile: one file by its bytes and name', () => {
  it.each([
    ['foto.png', PNG, 'png'],
    ['foto.jpg', JPEG, 'jpeg'],
    ['FOTO.JPEG', JPEG, 'jpeg'],
    ['foto.webp', WEBP, 'webp'],
    ['foto.avif', AVIF, 'avif'],
    ['foto.avif', AVIF_COMPATIBLE, 'avif'],
    ['folder.pdf', PDF, 'pdf'],
  ])('allows %s with matching content', (name, head, kind) => {
    expect(judgeMediaFile(name, head, head.length)).toEqual({ ok: true, kind });
  });

  it('refuses SVG by content and by name, and tells to export as PNG or WebP', () => {
    for (const name of ['logo.svg', 'logo.png', 'logo']) {
      const verdict = judgeMediaFile(name, SVG_SCRIPT);
      expect(verdict, name).toEqual({ ok: false, problem: { code: 'svg' } });
    }
    expect(judgeMediaFile('plain.svg', bytes('just text'))).toEqual({ ok: false, problem: { code: 'svg' } });
    expect(problemText({ code: 'svg' })).toMatch(/Export it as PNG or WebP/);
    expect(problemTextNl('logo.svg', { code: 'svg' })).toMatch(/^"logo\.svg" is een SVG-bestand.*PNG of WebP/);
  });

  it('refuses HTML, script and unknown content whatever the name', () => {
    for (const [name, head] of [
      ['x.html', HTML],
      ['x.js', JS],
      ['innocent.png', HTML],
      ['photo.jpg', JS],
      ['photo.heic', HEIC],
      ['x.pdf', JS],
    ] as const) {
      const verdict = judgeMediaFile(name, head);
      expect(verdict.ok, name).toBe(false);
      expect(!verdict.ok && verdict.problem.code, name).toBe('not-allowed');
    }
  });

  it('refuses an extension that does not match the content', () => {
    expect(judgeMediaFile('foto.png', JPEG)).toEqual({
      ok: false,
      problem: { code: 'extension-mismatch', kind: 'jpeg', extension: 'png' },
    });
    expect(judgeMediaFile('folder.png', PDF)).toEqual({
      ok: false,
      problem: { code: 'extension-mismatch', kind: 'pdf', extension: 'png' },
    });
    expect(judgeMediaFile('foto.html', PNG)).toEqual({
      ok: false,
      problem: { code: 'extension-mismatch', kind: 'png', extension: 'html' },
    });
    expect(judgeMediaFile('foto', PNG)).toEqual({ ok: false, problem: { code: 'extension-mismatch', kind: 'png', extension: '' } });
    expect(problemText({ code: 'extension-mismatch', kind: 'jpeg', extension: 'png' })).toMatch(
      /contains JPEG but is named \.png; rename it to \.jpg/,
    );
  });

  it('caps images at 5 MB and PDFs at 10 MB', () => {
    expect(MAX_IMAGE_BYTES).toBe(5 * 1024 * 1024);
    expect(MAX_PDF_BYTES).toBe(10 * 1024 * 1024);
    expect(judgeMediaFile('foto.png', PNG, MAX_IMAGE_BYTES).ok).toBe(true);
    expect(judgeMediaFile('foto.png', PNG, MAX_IMAGE_BYTES + 1)).toEqual({
      ok: false,
      problem: { code: 'too-large', kind: 'png', size: MAX_IMAGE_BYTES + 1, max: MAX_IMAGE_BYTES },
    });
    expect(judgeMediaFile('folder.pdf', PDF, MAX_IMAGE_BYTES + 1).ok).toBe(true);
    expect(judgeMediaFile('folder.pdf', PDF, MAX_PDF_BYTES + 1).ok).toBe(false);
    expect(problemTextNl('groot.png', { code: 'too-large', kind: 'png', size: 6.5 * 1024 * 1024, max: MAX_IMAGE_BYTES })).toBe(
      '"groot.png" is 6,5 MB. Dat is te groot: een PNG-bestand mag hoogstens 5 MB zijn. Maak het bestand kleiner en upload het opnieuw.',
    );
  });

  it('refuses an empty file', () => {
    expect(judgeMediaFile('leeg.png', new Uint8Array(), 0)).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('sniffs by the first bytes only', () => {
    expect(sniffMediaKind(PNG.subarray(0, 8))).toBe('png');
    expect(sniffMediaKind(PNG.subarray(0, 7))).toBeUndefined();
    expect(sniffMediaKind(HTML)).toBe('markup');
  });

  it('gives the file picker the image types only', () => {
    expect(acceptList(['png', 'jpeg'])).toBe('.png,image/png,.jpg,.jpeg,image/jpeg');
  });
});

describe('checkMediaFolder: public/media/<site>/', () => {
  let root: string;
  let publicDir: string;
  const put = (path: string, content: Uint8Array | string) => {
    const full = join(publicDir, 'media', path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
    return full;
  };
  const check = () => checkMediaFolder(publicDir, ['landelijk', 'twente'], root).map((e) => e.message);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lwl-media-'));
    publicDir = join(root, 'public');
    mkdirSync(publicDir);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('accepts images and PDFs of every allowed type, and ignores .gitkeep', () => {
    put('twente/banenmarkt.png', PNG);
    put('twente/foto.jpg', JPEG);
    put('twente/foto.webp', WEBP);
    put('landelijk/foto.avif', AVIF);
    put('landelijk/folder.pdf', PDF);
    put('landelijk/.gitkeep', '');
    put('.gitkeep', '');
    expect(check()).toEqual([]);
  });

  it('has no problems without a media folder', () => {
    expect(checkMediaFolder(join(root, 'nothing'), ['twente'])).toEqual([]);
  });

  it('refuses every hostile upload with file and fix', () => {
    put('twente/x.js', JS);
    put('twente/pagina.html', HTML);
    put('twente/logo.svg', SVG_SCRIPT);
    put('twente/foto.png', HTML);
    truncateSync(put('twente/groot.png', PNG.subarray(0, 64)), MAX_IMAGE_BYTES + 1);
    put('hacker/foto.png', PNG);
    put('twente/sub/foto.png', PNG);
    put('los.png', PNG);
    expect(check()).toEqual([
      'public/media/hacker → (folder): "hacker" is not a site; media belongs in public/media/<site>/ where <site> is one of: landelijk, twente',
      'public/media/los.png → (file): is directly in public/media/; move it to public/media/<site>/ where <site> is one of: landelijk, twente',
      'public/media/twente/foto.png → (file): is not a JPEG, PNG, WebP, AVIF or PDF file (.png); media may only hold those types. Remove it, or save it as one of them',
      'public/media/twente/groot.png → (file): is 5.1 MB, more than the 5 MB allowed for PNG; make it smaller (for an image: at most 2000 pixels wide, saved as WebP or JPEG)',
      'public/media/twente/logo.svg → (file): is an SVG image; SVG can contain script and is not allowed. Export it as PNG or WebP and upload that instead',
      'public/media/twente/pagina.html → (file): is not a JPEG, PNG, WebP, AVIF or PDF file (.html); media may only hold those types. Remove it, or save it as one of them',
      'public/media/twente/sub → (folder): is a folder inside public/media/twente/; media files sit directly in public/media/twente/ (move the files up and remove the folder)',
      'public/media/twente/x.js → (file): is not a JPEG, PNG, WebP, AVIF or PDF file (.js); media may only hold those types. Remove it, or save it as one of them',
    ]);
  });

  it('refuses a symbolic link, even to an allowed image', () => {
    const target = put('twente/echt.png', PNG);
    symlinkSync(target, join(publicDir, 'media/twente/link.png'));
    expect(check()).toEqual(['public/media/twente/link.png → (file): is not an ordinary file (a link?); replace it with the file itself']);
  });

  it('passes the media the repository holds now', () => {
    expect(
      checkMediaFolder(
        'public',
        allSites().map((s) => s.id),
      ),
    ).toEqual([]);
  });
});
