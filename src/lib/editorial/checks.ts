// Checks for the folders regional editors write to through the CMS: content/nieuws/<site>/,
// content/agenda/<site>/ and content/regio/<region>/. Every file must sit in a known site's
// folder, have a proper name, be safe (no code) and match its schema. Problems come back as
// ContentErrors naming file, field or line, and the fix. Used by the collection loader.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { checkContentSafety, MAX_CONTENT_BYTES, type AllowedComponents } from './content-safety';
import { checkCompiledContent } from './content-compiled';
import { ContentError, zodErrors } from '../errors';

export interface EditorialKind {
  /** Collection name and folder under content/: nieuws, agenda or regio. */
  name: string;
  schema: z.ZodType;
  /** Site folders allowed here (landelijk and region slugs, or only region slugs). */
  sites: readonly string[];
  /** What a file name must look like (without .mdx), and how to say it. */
  fileName: RegExp;
  fileNameHint: string;
  /** Names a file may not have (they would collide with other pages). */
  reserved?: readonly string[];
}

export interface CheckOptions {
  /** Components content may use, with their props (src/schemas/content-components.ts). */
  allowed: AllowedComponents;
  /** public/ folder, to check that images exist. */
  publicDir?: string;
  /** Base for the file names in messages (default: the working directory). */
  root?: string;
}

export const DATED_FILE = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PAGE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files that may sit in an editor folder without being content. */
const IGNORED = new Set(['.gitkeep', '.DS_Store']);

export function listFiles(dir: string, out: string[] = [], base = dir): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (lstatSync(path).isDirectory()) listFiles(path, out, base);
    else out.push(relative(base, path).split(sep).join('/'));
  }
  return out.sort();
}

/** Checks one file, given as a path relative to the collection folder ("twente/2027-01-01-x.mdx"). */
export function checkEditorialFile(baseDir: string, entry: string, kind: EditorialKind, options: CheckOptions): ContentError[] {
  const file = relative(options.root ?? process.cwd(), join(baseDir, entry))
    .split(sep)
    .join('/');
  const parts = entry.split('/');
  const name = parts.at(-1)!;
  if (IGNORED.has(name)) return [];
  if (parts.length !== 2) {
    const where = parts.length === 1 ? 'directly in the collection folder' : 'in a nested folder';
    return [
      new ContentError(
        file,
        '(file)',
        `is ${where}; move it to content/${kind.name}/<site>/ where <site> is one of: ${kind.sites.join(', ')}`,
      ),
    ];
  }
  const [site] = parts;
  if (!kind.sites.includes(site)) {
    return [new ContentError(file, '(folder)', `"${site}" is not a site; use one of: ${kind.sites.join(', ')}`)];
  }
  if (!name.endsWith('.mdx')) {
    return [new ContentError(file, '(file)', 'is not an .mdx file; content files end in .mdx (rename it or remove it)')];
  }
  const slug = name.slice(0, -4);
  const errors: ContentError[] = [];
  if (!kind.fileName.test(slug)) errors.push(new ContentError(file, '(file name)', `is not a valid name; ${kind.fileNameHint}`));
  if (kind.reserved?.includes(slug))
    errors.push(new ContentError(file, '(file name)', `"${slug}" is already used by another page of the site; choose another name`));

  // Size and kind come from lstat, before reading: a link could point anywhere on the machine.
  const stat = lstatSync(join(baseDir, entry));
  if (!stat.isFile())
    return [...errors, new ContentError(file, '(file)', 'is a link or special file, not a plain file; replace it with the file itself')];
  if (stat.size > MAX_CONTENT_BYTES) {
    return [
      ...errors,
      new ContentError(
        file,
        '(file)',
        `is ${Math.round(stat.size / 1000)} KB; a content file may be at most ${MAX_CONTENT_BYTES / 1000} KB. Split it, or put a long document in a PDF`,
      ),
    ];
  }
  const source = readFileSync(join(baseDir, entry), 'utf8');
  const unsafe = checkContentSafety(source, { allowed: options.allowed, site });
  for (const p of unsafe) errors.push(new ContentError(file, `line ${p.line}`, p.problem));
  // A file that is too large or too deep, or whose frontmatter is malformed, is not read further.
  if (unsafe.some((p) => p.fatal)) return errors;

  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = parseFrontmatter(source).frontmatter as Record<string, unknown>;
  } catch (error) {
    errors.push(new ContentError(file, '(frontmatter)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`));
    return errors;
  }
  const result = kind.schema.safeParse(frontmatter);
  if (!result.success) {
    errors.push(...zodErrors(file, result.error));
    return errors;
  }
  const data = result.data as { image?: { src: string } };
  if (data.image) {
    const prefix = `/media/${site}/`;
    if (!data.image.src.startsWith(prefix)) {
      errors.push(
        new ContentError(file, 'image.src', `is "${data.image.src}", outside this site's media folder; use an image in public${prefix}`),
      );
    } else if (options.publicDir && !existsSync(join(options.publicDir, data.image.src))) {
      errors.push(
        new ContentError(file, 'image.src', `"${data.image.src}" does not exist in public/; upload the image again or fix the name`),
      );
    }
  }
  return errors;
}

/**
 * Compiles every file of a collection folder as Astro will and checks the modules
 * (src/lib/editorial/content-compiled.ts). Run it only after checkEditorialFolder found nothing.
 */
export async function checkEditorialCompiled(baseDir: string, options: Pick<CheckOptions, 'root'> = {}): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  for (const entry of listFiles(baseDir).filter((name) => name.endsWith('.mdx'))) {
    const path = join(baseDir, entry);
    const file = relative(options.root ?? process.cwd(), path)
      .split(sep)
      .join('/');
    for (const p of await checkCompiledContent(readFileSync(path, 'utf8'), path))
      errors.push(new ContentError(file, '(compiled)', p.problem));
  }
  return errors;
}

/** Checks every file under a collection folder; an empty list means all is well. */
export function checkEditorialFolder(baseDir: string, kind: EditorialKind, options: CheckOptions): ContentError[] {
  return listFiles(baseDir).flatMap((entry) => checkEditorialFile(baseDir, entry, kind, options));
}
