// What editors may upload to public/media/<site>/: the file types with their extensions, MIME
// types and size caps. Data only, so the editorial schemas, the CMS config, the build's media
// check and the CMS admin in the browser all read the same table (src/lib/editorial/media-types.ts
// judges a file's bytes against it).

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

export type MediaKind = 'jpeg' | 'png' | 'webp' | 'avif' | 'pdf';

interface MediaType {
  label: string;
  mime: string;
  extensions: readonly string[];
  maxBytes: number;
}

export const MEDIA_TYPES: Readonly<Record<MediaKind, MediaType>> = {
  jpeg: { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], maxBytes: MAX_IMAGE_BYTES },
  png: { label: 'PNG', mime: 'image/png', extensions: ['png'], maxBytes: MAX_IMAGE_BYTES },
  webp: { label: 'WebP', mime: 'image/webp', extensions: ['webp'], maxBytes: MAX_IMAGE_BYTES },
  avif: { label: 'AVIF', mime: 'image/avif', extensions: ['avif'], maxBytes: MAX_IMAGE_BYTES },
  pdf: { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'], maxBytes: MAX_PDF_BYTES },
};

export const IMAGE_KINDS: readonly MediaKind[] = ['jpeg', 'png', 'webp', 'avif'];
export const IMAGE_EXTENSIONS: readonly string[] = IMAGE_KINDS.flatMap((k) => MEDIA_TYPES[k].extensions);
export const MEDIA_EXTENSIONS: readonly string[] = Object.values(MEDIA_TYPES).flatMap((t) => t.extensions);
