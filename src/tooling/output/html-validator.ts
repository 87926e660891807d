// Runs the Nu HTML Checker (vnu.jar from the vnu-jar package, on the machine's Java) over files.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ValidatorMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

export function vnuJar(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
}

/** Validates the files in one JVM run; returns errors only (warnings are advice). */
export function validateHtml(files: string[]): ValidatorMessage[] {
  if (!files.length) return [];
  const result = spawnSync('java', ['-Xss8m', '-jar', vnuJar(), '--format', 'json', '--errors-only', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not run java for the HTML validator: ${result.error.message}`);
  const output = result.stderr.trim() || result.stdout.trim();
  const parsed = JSON.parse(output) as { messages: ValidatorMessage[] };
  return parsed.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}
