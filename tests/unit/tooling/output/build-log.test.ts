import { describe, expect, it } from 'vitest';
import {
  formatSummary,
  formatWarnings,
  parseStageTimes,
  stageAt,
  StageTimes,
  summarizeAstroLog,
  wantsVerbose,
} from '../../../../src/tooling/output/build-log';

const E = '\u001b';
// Shapes copied from a real `SITES=twente` build log (colours included).
const log = [
  '05:04:21 [vite] Re-optimizing dependencies because vite config has changed',
  '05:04:32 [edudex-loader] EDU-DEX: 151 programmes imported from 6 provider(s)',
  '05:04:32 [WARN] [regelingen-loader] 3 regeling(en) not checked since 2026-06-02:',
  '05:04:32 [WARN] [regelingen-loader]   - content/regelingen/mkb-idee.mdx: lastChecked 2026-03-15',
  '05:04:32 [build] output: "static"',
  `05:04:58 [WARN] [vite] ${E}[33m[EVAL] ${E}[0mUse of direct \`eval\` function is strongly discouraged.`,
  `    ${E}[38;5;246m╭${E}[0m${E}[38;5;246m─${E}[0m${E}[38;5;246m[${E}[0m node_modules/js-sha256/src/sha256.js:83:18 ${E}[38;5;246m]${E}[0m`,
  `    ${E}[38;5;246m│${E}[0m`,
  '',
  `05:04:58 [WARN] [vite] ${E}[33m[EVAL] ${E}[0mUse of direct \`eval\` function is strongly discouraged.`,
  '    ╭─[ src/scripts/mine.ts:3:1 ]',
  '05:04:58 [WARN] [vite] [plugin builtin:vite-reporter] ',
  '(!) Some chunks are larger than 500 kB after minification. Consider:',
  '- Using dynamic import() to code-split the application',
  '05:04:59   ├─ /twente/index.html (+11ms) ',
  '05:04:59   ├─ /twente/opleidingen/vca-basis/index.html (restored)',
  '05:04:59   ├─ /opleidingen/vca-basis/index.html (cached)',
  '05:05:06 [build] 636 page(s) built in 46.16s',
].join('\n');

describe('build log summary', () => {
  const summary = summarizeAstroLog(log);

  it('keeps loader lines and the page total, drops per-page lines and chatter', () => {
    expect(summary.info).toEqual(['[edudex-loader] EDU-DEX: 151 programmes imported from 6 provider(s)']);
    expect(summary.pages).toBe('636 page(s) built in 46.16s');
  });

  it('counts the pages the incremental build took from its cache', () => {
    expect(summary.reused).toBe(2);
    expect(formatSummary(summary, 46.04)).toContain('  of which 2 unchanged catalogue page(s) reused from the previous build');
  });

  it('puts our own warnings, and bundler warnings about our files, under "need action"', () => {
    expect(summary.warnings).toEqual([
      '[regelingen-loader] 3 regeling(en) not checked since 2026-06-02:',
      '  - content/regelingen/mkb-idee.mdx: lastChecked 2026-03-15',
      '[bundler] [EVAL] Use of direct `eval` function is strongly discouraged. (src/scripts/mine.ts)',
    ]);
  });

  it('turns bundler warnings about node_modules into one short note each', () => {
    expect(summary.toolWarnings).toEqual(['[EVAL] in js-sha256', 'Some chunks are larger than 500 kB after minification.']);
  });

  it('formats a short summary with the warnings last', () => {
    const lines = [...formatSummary(summary, 46.04), ...formatWarnings(summary.warnings)];
    expect(lines).toEqual([
      '[edudex-loader] EDU-DEX: 151 programmes imported from 6 provider(s)',
      'Astro: 636 page(s) built in 46.16s (step 46.0 s)',
      '  of which 2 unchanged catalogue page(s) reused from the previous build',
      'Bundler notes about third-party code (2; no action needed, details with --verbose):',
      '  [EVAL] in js-sha256; Some chunks are larger than 500 kB after minification.',
      'Warnings that need action (2):',
      '  [regelingen-loader] 3 regeling(en) not checked since 2026-06-02:',
      '    - content/regelingen/mkb-idee.mdx: lastChecked 2026-03-15',
      '  [bundler] [EVAL] Use of direct `eval` function is strongly discouraged. (src/scripts/mine.ts)',
    ]);
    expect(formatWarnings([])).toEqual(['Warnings that need action: none']);
  });

  it('is verbose with --verbose or VERBOSE=1 only', () => {
    expect(wantsVerbose(['--verbose'], {})).toBe(true);
    expect(wantsVerbose([], { VERBOSE: '1' })).toBe(true);
    expect(wantsVerbose([], {})).toBe(false);
  });
});

describe('stage times', () => {
  it('names each stage with the time since the one before, and reads back what it wrote', () => {
    const clock = [0, 2600, 5700, 45_900, 48_400, 48_400, 62_100];
    const times = new StageTimes(() => clock.shift()!);
    for (const name of ['start-up', 'catalogue check', 'Astro', 'sitemaps', 'host folders', 'search and finishing']) times.lap(name);
    const line = times.format();
    expect(line).toBe(
      'Time: start-up 2.6 s, catalogue check 3.1 s, Astro 40.2 s, sitemaps 2.5 s, host folders 0.0 s, search and finishing 13.7 s (total 62.1 s)',
    );
    expect(parseStageTimes(`Search: 5 bundles\n${line}\nWarnings that need action: none`)).toEqual({
      'start-up': 2.6,
      'catalogue check': 3.1,
      Astro: 40.2,
      sitemaps: 2.5,
      'host folders': 0,
      'search and finishing': 13.7,
    });
    expect(parseStageTimes('Done: 36 sites')).toEqual({});
  });

  it('tells which stage ran at a moment of the build (where the bench saw the memory peak)', () => {
    const stages = { 'start-up': 2.6, Astro: 40.2, sitemaps: 2.5, 'search index': 13.7 };
    expect(stageAt(stages, 0)).toBe('start-up');
    expect(stageAt(stages, 2.7)).toBe('Astro');
    expect(stageAt(stages, 42.8)).toBe('Astro');
    expect(stageAt(stages, 43)).toBe('sitemaps');
    expect(stageAt(stages, 50)).toBe('search index');
    // After the last stage: the build's own end, not a stage.
    expect(stageAt(stages, 60)).toBeUndefined();
  });
});
