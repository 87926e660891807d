// Which files editors may put in public/media/<site>/, judged by their content (magic bytes), not
// by their name alone. Pure and free of node:* imports: the build (./media-safety.ts) and the CMS
// admin in the browser (src/scripts/cms/media-guard.ts) use the same rules.

export {
  IMAGE_EXTENSIONS,
  IMAGE_KINDS,
  MAX_IMAGE_BYTES,
  MAX_PDF_BYTES,
  MEDIA_EXTENSIONS,
  MEDIA_TYPES,
  type MediaKind,
} from '../../schemas/media';
import { MEDIA_TYPES, type MediaKind } from '../../schemas/media';

/** How many bytes from the start of a file the judge needs to see. */
export const SNIFF_BYTES = 4096;

/** For <input accept>: the allowed extensions and MIME types. */
export const acceptList = (kinds: readonly MediaKind[]): string =>
  kinds.flatMap((k) => [...MEDIA_TYPES[k].extensions.map((e) => `.${e}`), MEDIA_TYPES[k].mime]).join(',');

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const latin1 = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** AVIF: an ISO-BMFF "ftyp" box whose major or compatible brands include avif or avis. */
function isAvif(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return false;
  const boxSize = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  if (boxSize < 16 || boxSize > bytes.length) return false;
  for (let at = 8; at + 4 <= boxSize; at += 4) {
    if (at === 12) continue; // minor version, not a brand
    const brand = latin1(bytes, at, at + 4);
    if (brand === 'avif' || brand === 'avis') return true;
  }
  return false;
}

/** What the content is, from its first bytes. 'svg' and 'markup' are known but never allowed. */
export function sniffMediaKind(bytes: Uint8Array): MediaKind | 'svg' | 'markup' | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (isAvif(bytes)) return 'avif';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  // Text that a browser could render as a document: say so, so the message can name it.
  const head = latin1(bytes, 0, SNIFF_BYTES).toLowerCase();
  if (/<svg[\s>/]/.test(head)) return 'svg';
  if (/<(?:!doctype|html|head|body|script|iframe|object|embed|\?xml)[\s>/]/.test(head)) return 'markup';
  return undefined;
}

export type MediaProblem =
  | { code: 'svg' }
  | { code: 'not-allowed'; extension: string }
  | { code: 'extension-mismatch'; kind: MediaKind; extension: string }
  | { code: 'too-large'; kind: MediaKind; size: number; max: number }
  | { code: 'empty' };

export type MediaVerdict = { ok: true; kind: MediaKind } | { ok: false; problem: MediaProblem };

export const extensionOf = (name: string): string => {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

/**
 * Judges one file: `head` is at least its first SNIFF_BYTES bytes (or the whole file), `size` its
 * full size in bytes. Allowed: JPEG, PNG, WebP, AVIF and PDF whose extension matches the content,
 * under the size cap of their type. SVG is refused: it can carry script.
 */
export function judgeMediaFile(name: string, head: Uint8Array, size: number = head.length): MediaVerdict {
  const extension = extensionOf(name);
  if (size === 0) return { ok: false, problem: { code: 'empty' } };
  const sniffed = sniffMediaKind(head);
  if (sniffed === 'svg' || extension === 'svg' || extension === 'svgz') return { ok: false, problem: { code: 'svg' } };
  if (!sniffed || sniffed === 'markup') return { ok: false, problem: { code: 'not-allowed', extension } };
  if (!MEDIA_TYPES[sniffed].extensions.includes(extension))
    return { ok: false, problem: { code: 'extension-mismatch', kind: sniffed, extension } };
  const max = MEDIA_TYPES[sniffed].maxBytes;
  if (size > max) return { ok: false, problem: { code: 'too-large', kind: sniffed, size, max } };
  return { ok: true, kind: sniffed };
}

// Rounded up, so a file just over the cap never reads as exactly the cap.
const megabytes = (bytes: number, comma = false) => {
  const text = String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
  return `${comma ? text.replace('.', ',') : text} MB`;
};
const allowedList = 'JPEG, PNG, WebP, AVIF or PDF';

/** The problem in English, with the fix (build messages). */
export function problemText(problem: MediaProblem): string {
  switch (problem.code) {
    case 'svg':
      return 'is an SVG image; SVG can contain script and is not allowed. Export it as PNG or WebP and upload that instead';
    case 'not-allowed':
      return `is not a ${allowedList} file${problem.extension ? ` (.${problem.extension})` : ''}; media may only hold those types. Remove it, or save it as one of them`;
    case 'extension-mismatch':
      return `contains ${MEDIA_TYPES[problem.kind].label} but is named .${problem.extension || '(none)'}; rename it to .${MEDIA_TYPES[problem.kind].extensions[0]}`;
    case 'too-large':
      return `is ${megabytes(problem.size)}, more than the ${megabytes(problem.max)} allowed for ${MEDIA_TYPES[problem.kind].label}; make it smaller (for an image: at most 2000 pixels wide, saved as WebP or JPEG)`;
    case 'empty':
      return 'is empty; remove it or upload the file again';
  }
}

/** The problem in plain Dutch for editors in the CMS. */
export function problemTextNl(name: string, problem: MediaProblem): string {
  const file = `"${name}"`;
  switch (problem.code) {
    case 'svg':
      return `${file} is een SVG-bestand. Dat mag niet, want er kan code in zitten. Sla de afbeelding op als PNG of WebP en upload die.`;
    case 'not-allowed':
      return `${file} is geen afbeelding of PDF die de site kan gebruiken. Je kunt alleen JPEG, PNG, WebP, AVIF of PDF uploaden.`;
    case 'extension-mismatch':
      return `${file} is eigenlijk een ${MEDIA_TYPES[problem.kind].label}-bestand, maar de naam eindigt op .${problem.extension || '(niets)'}. Geef het bestand de naam ….${MEDIA_TYPES[problem.kind].extensions[0]} en upload het opnieuw.`;
    case 'too-large':
      return `${file} is ${megabytes(problem.size, true)}. Dat is te groot: een ${MEDIA_TYPES[problem.kind].label}-bestand mag hoogstens ${megabytes(problem.max, true)} zijn. Maak het bestand kleiner en upload het opnieuw.`;
    case 'empty':
      return `${file} is leeg. Kies het bestand opnieuw.`;
  }
}
