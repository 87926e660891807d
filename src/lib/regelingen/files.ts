// Reads content/regelingen/*.mdx without Astro (for scripts/check-regelingen.ts and tests):
// frontmatter → the same schema and cross-reference checks the content collection uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { checkedRegelingSchema } from './schema';
import { ContentError, ContentErrors, zodErrors } from '../errors';
import { crossReferenceProblems, type RegelingEntry } from './regelingen';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Every regeling in `dir`, validated. Throws ContentErrors listing every problem found. */
export function readRegelingen(dir = join(process.cwd(), 'content', 'regelingen')): RegelingEntry[] {
  const errors: ContentError[] = [];
  const entries: RegelingEntry[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const match = FRONTMATTER.exec(readFileSync(path, 'utf8'));
    if (!match) {
      errors.push(new ContentError(file, '', 'has no frontmatter; start the file with --- and the fields, then ---'));
      continue;
    }
    let raw: unknown;
    try {
      raw = parse(match[1]);
    } catch (error) {
      errors.push(new ContentError(file, '', `has frontmatter that is not valid YAML: ${(error as Error).message.split('\n')[0]}`));
      continue;
    }
    const result = checkedRegelingSchema().safeParse(raw);
    if (!result.success) errors.push(...zodErrors(file, result.error));
    else entries.push({ id: name.replace(/\.mdx$/, ''), data: result.data, filePath: file });
  }
  errors.push(...crossReferenceProblems(entries));
  if (errors.length) throw new ContentErrors(errors);
  return entries;
}
