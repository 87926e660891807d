// The second line of defence for editor content: compile the file with the same MDX processor
// Astro uses (@astrojs/markdown-satteri, after the same frontmatter split as @astrojs/mdx) and
// inspect the module it produces. The module may import only Astro's JSX runtime and export only
// what every MDX file exports; anything else (an image turned into an `import`, author ESM) means
// author code would run in the build. Node only: the content loader calls it before Astro does.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteri } from '@astrojs/markdown-satteri';
import { init, parse } from 'es-module-lexer';
import type { SafetyProblem } from './content-safety';

/** What a compiled editor file may import, and export besides its default component. */
export const COMPILED_IMPORTS: ReadonlySet<string> = new Set(['astro/jsx-runtime']);
export const COMPILED_EXPORTS: ReadonlySet<string> = new Set(['frontmatter', 'getHeadings']);

type Renderer = { process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };
let renderer: Promise<Renderer> | undefined;

/** Astro's defaults (astro.config.mjs sets no Markdown options); highlighting only colours code blocks. */
function mdxRenderer(): Promise<Renderer> {
  const processor = satteri();
  if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-satteri has no MDX renderer; update it with astro');
  renderer ??= processor.createMdxRenderer(
    { syntaxHighlight: false, gfm: true, smartypants: true } as never,
    { optimize: false, srcDir: pathToFileURL(`${process.cwd()}/src/`) } as never,
  ) as Promise<Renderer>;
  return renderer;
}

/** The JavaScript module Astro's MDX pipeline makes of an .mdx file. */
export async function compileMdx(source: string, filePath: string): Promise<string> {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  const { code } = await (await mdxRenderer()).process(content, filePath, frontmatter as Record<string, unknown>);
  return code;
}

/**
 * Problems with the compiled module of a file that passed checkContentSafety. Call it only on
 * such files: the safety check's size, nesting and frontmatter limits keep the compiler safe.
 */
export async function checkCompiledContent(source: string, file: string | URL): Promise<SafetyProblem[]> {
  const filePath = file instanceof URL ? fileURLToPath(file) : file;
  let code: string;
  try {
    code = await compileMdx(source, filePath);
  } catch (error) {
    return [{ line: 1, column: 1, problem: `cannot be compiled: ${String((error as Error).message).split('\n')[0]}` }];
  }
  return compiledModuleProblems(code);
}

/** Imports and exports of a compiled module that editor content may not produce. */
export async function compiledModuleProblems(code: string): Promise<SafetyProblem[]> {
  await init;
  const [imports, exports] = parse(code);
  const problems: SafetyProblem[] = [];
  const add = (problem: string) => problems.push({ line: 1, column: 1, problem });
  for (const entry of imports) {
    if (entry.d !== -1) add('compiles to code that loads other code while it runs (import()); remove the code from the file');
    else if (!entry.n || !COMPILED_IMPORTS.has(entry.n)) {
      add(
        `compiles to code that imports "${entry.n ?? '?'}"; a relative image or link path is loaded as code by the build. Use an image from /media/<site>/ or an https:// address`,
      );
    }
  }
  for (const entry of exports) {
    if (!COMPILED_EXPORTS.has(entry.n)) add(`compiles to code that exports "${entry.n}"; remove the export from the file`);
  }
  return problems;
}
