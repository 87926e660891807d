// The runtime and layer boundaries are lint rules: ESLint, with the project's own config, must
// refuse each deliberate violation (and pass the same files without it).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { RUNTIME, zoneOf } from '../../../../src/tooling/lint/boundaries.js';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'leerwerkloket/boundaries').map((m) => m.message);
}

describe('lint: runtime and layer boundaries', () => {
  const cases: [what: string, file: string, code: string, message: RegExp][] = [
    [
      'node:* in a pure module',
      'src/lib/regelingen/check.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      /A pure module may not import "node:fs"/,
    ],
    [
      'astro:content in a pure module',
      'src/lib/site/urls.ts',
      "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n",
      /may not import "astro:content"/,
    ],
    [
      'a Node module in a browser script',
      'src/scripts/loket-finder.ts',
      "import { allGemeenten } from '../lib/loketten/gemeenten';\nexport const x = allGemeenten;\n",
      /A browser script may not import src\/lib\/loketten\/gemeenten\.ts, which needs Node/,
    ],
    [
      'node:* in a browser script',
      'src/scripts/search.ts',
      "import { join } from 'node:path';\nexport const x = join;\n",
      /A browser script may not import "node:path"/,
    ],
    [
      'an Astro-only module in a pure module',
      'src/lib/opleidingen/facets.ts',
      "import { catalog } from './catalog';\nexport const x = catalog;\n",
      /needs Astro's content layer/,
    ],
    [
      'lib code in a schema',
      'src/schemas/page.ts',
      "import { siteUrls } from '../lib/site/sites';\nexport const x = siteUrls;\n",
      /A schema may import only other schemas/,
    ],
    [
      'a component in lib',
      'src/lib/editorial/feeds.ts',
      "import Alert from '../../components/content/Alert.astro';\nexport const x = Alert;\n",
      /may not import components/,
    ],
    [
      'tooling in a page',
      'src/pages/loketten/index.astro',
      "---\nimport { htmlFiles } from '../../tooling/output/files';\nconst x = htmlFiles;\n---\n<p>{String(x)}</p>\n",
      /build-time tooling; pages, components and src\/lib never import it/,
    ],
  ];

  for (const [what, file, code, message] of cases) {
    it(`refuses ${what}`, async () => {
      expect(await boundaryMessages(file, code)).toEqual([expect.stringMatching(message)]);
    }, 60_000); // the first lint loads the TypeScript and Astro parsers
  }

  it('allows type-only imports across runtimes, and pure code in pure modules', async () => {
    expect(
      await boundaryMessages('src/lib/site/urls.ts', "import type { HostingMode } from './config';\nexport type X = HostingMode;\n"),
    ).toEqual([]);
    expect(
      await boundaryMessages(
        'src/scripts/regelingencheck.ts',
        "import { statusBadgeClass } from '../lib/regelingen/status-badge';\nexport const x = statusBadgeClass;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryMessages(
        'src/tooling/output/files.ts',
        "import { siteUrls } from '../../lib/site/sites';\nexport const x = siteUrls;\n",
      ),
    ).toEqual([]);
  });

  it('names only files that exist, each in its own runtime', async () => {
    const { existsSync } = await import('node:fs');
    for (const file of [...RUNTIME.node, ...RUNTIME.astro]) expect(existsSync(file), file).toBe(true);
    expect(zoneOf('src/lib/site/sites.ts')).toBe('node');
    expect(zoneOf('src/lib/editorial/entries.ts')).toBe('astro');
    expect(zoneOf('src/lib/loketten/match.ts')).toBe('pure');
  });

  it('the whole code base keeps the boundaries', async () => {
    const results = await eslint.lintFiles(['src/**/*.{ts,astro}', 'scripts/**/*.ts']);
    const broken = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'leerwerkloket/boundaries').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(broken).toEqual([]);
  }, 120_000);
});
