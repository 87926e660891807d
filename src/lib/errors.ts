// One error type for bad input, so every message names the file, the field and the fix.
import type { z } from 'astro/zod';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file} → ${field || '(file)'}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Several problems found in one pass; the message lists all of them. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} problem(s) in the content:\n` + errors.map((e) => `  - ${e.message}`).join('\n'));
    this.name = 'ContentErrors';
  }
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Turns Zod issues into ContentErrors with readable messages. */
export function zodErrors(file: string, error: z.ZodError): ContentError[] {
  return error.issues.map((issue) => {
    let problem = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      problem = 'is missing; add this field';
    } else if (issue.code === 'unrecognized_keys') {
      problem = `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove them or check the spelling`;
    }
    return new ContentError(file, fieldPath(issue.path), problem);
  });
}
