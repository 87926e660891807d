// Checks public/media/, where regional editors upload files through the CMS. Everything there is
// served from every host, so only plain images and PDFs may sit there, judged by content (see
// ./media-types.ts), each directly in the folder of a known site. Problems come back as
// ContentErrors naming the file and the fix, like the other editorial checks.
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError } from '../errors';
import { judgeMediaFile, problemText, SNIFF_BYTES } from './media-types';

/** Files that may sit in a media folder without being media. */
const IGNORED = new Set(['.gitkeep']);

function readHead(path: string): Uint8Array {
  const buffer = new Uint8Array(SNIFF_BYTES);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * @param publicDir the public/ folder; media lives in publicDir/media/<site>/
 * @param sites site ids that may have a media folder (landelijk and the region slugs)
 * @param root base for the file names in messages (default: the working directory)
 */
export function checkMediaFolder(publicDir: string, sites: readonly string[], root: string = process.cwd()): ContentError[] {
  const mediaDir = join(publicDir, 'media');
  if (!existsSync(mediaDir)) return [];
  const name = (path: string) => relative(root, path).split(sep).join('/');
  const siteList = sites.join(', ');
  const errors: ContentError[] = [];

  for (const entry of readdirSync(mediaDir).sort()) {
    const path = join(mediaDir, entry);
    if (IGNORED.has(entry)) continue;
    // lstat: a symlink could point anywhere on the build machine; it is never an upload.
    const stat = lstatSync(path);
    if (!stat.isDirectory()) {
      errors.push(
        new ContentError(
          name(path),
          '(file)',
          `is directly in public/media/; move it to public/media/<site>/ where <site> is one of: ${siteList}`,
        ),
      );
      continue;
    }
    if (!sites.includes(entry)) {
      errors.push(
        new ContentError(
          name(path),
          '(folder)',
          `"${entry}" is not a site; media belongs in public/media/<site>/ where <site> is one of: ${siteList}`,
        ),
      );
      continue;
    }
    for (const file of readdirSync(path).sort()) {
      if (IGNORED.has(file)) continue;
      const filePath = join(path, file);
      const fileStat = lstatSync(filePath);
      if (fileStat.isDirectory()) {
        errors.push(
          new ContentError(
            name(filePath),
            '(folder)',
            `is a folder inside public/media/${entry}/; media files sit directly in public/media/${entry}/ (move the files up and remove the folder)`,
          ),
        );
        continue;
      }
      if (!fileStat.isFile()) {
        errors.push(new ContentError(name(filePath), '(file)', 'is not an ordinary file (a link?); replace it with the file itself'));
        continue;
      }
      const verdict = judgeMediaFile(file, readHead(filePath), fileStat.size);
      if (!verdict.ok) errors.push(new ContentError(name(filePath), '(file)', problemText(verdict.problem)));
    }
  }
  return errors;
}
