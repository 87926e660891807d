// Turns Astro's build log (thousands of lines: one per page, code frames under every bundler
// warning) into a short summary for `npm run build`. `--verbose` / VERBOSE=1 shows the full log.

// eslint-disable-next-line no-control-regex -- Astro colours its log with ANSI escape codes
const ANSI = /\u001b\[[0-9;]*m/g;
const TIME = /^\d\d:\d\d:\d\d\s+/;

export interface AstroLogSummary {
  /** Lines from our own loaders (imports, skipped items), in order. */
  info: string[];
  /** Warnings from our own code and content: these need someone to act. */
  warnings: string[];
  /** Bundler warnings about third-party code, one line each, without duplicates. */
  toolWarnings: string[];
  /** Astro's own total, e.g. "636 page(s) built in 46.16s". */
  pages?: string;
  /** Pages the incremental build took from the previous build instead of rendering them. */
  reused: number;
}

/** Whether the build was asked to print everything. */
export function wantsVerbose(argv: string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes('--verbose') || env.VERBOSE === '1' || env.VERBOSE === 'true';
}

export function summarizeAstroLog(text: string): AstroLogSummary {
  const summary: AstroLogSummary = { info: [], warnings: [], toolWarnings: [], reused: 0 };
  const addTool = (entry: string) => summary.toolWarnings.includes(entry) || summary.toolWarnings.push(entry);
  // A bundler warning waits for its code frame, which names the file: third-party code (node_modules)
  // is a note, our own code is a warning that needs action.
  let pending: string | undefined;
  const settle = (file?: string) => {
    if (pending === undefined) return;
    const pkg = file?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    // One line per kind and package: "[EVAL] in js-sha256".
    if (pkg) addTool(`${pending.match(/^\[\w+\]/)?.[0] ?? pending} in ${pkg}`);
    else if (pending) summary.warnings.push(`[bundler] ${pending}${file ? ` (${file})` : ''}`);
    pending = undefined;
  };
  // Plain-text continuation lines (the list of regelingen under a warning) belong to the warning.
  let continuing = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(ANSI, '').replace(TIME, '').trimEnd();
    const frame = line.match(/╭─+\[\s*(.+?)\s*\]/);
    if (frame) {
      settle(frame[1].replace(/\?.*$/, '').replace(/:\d+:\d+$/, ''));
      continue;
    }
    const warn = line.match(/^\[WARN\]\s+(?:\[(\w[\w-]*)\]\s+)?(.*)$/);
    if (warn) {
      settle();
      const [, source, message] = warn;
      continuing = source !== 'vite';
      if (source === 'vite') pending = message.replace(/^\[plugin [^\]]+\]\s*/, '').trim();
      // Loaders log a list as one warning per item ("  - file: …"): indent it under its heading.
      else if (/^\s*- /.test(message) && summary.warnings.length) summary.warnings.push(`  ${message.trim()}`);
      else summary.warnings.push(`${source ? `[${source}] ` : ''}${message}`);
      continue;
    }
    // The chunk-size warning has no frame: its "(!) …" line says what it is (Decap CMS, on /beheer/).
    if (pending === '' && line.startsWith('(!) ')) {
      addTool(line.slice(4).replace(/ Consider:$/, ''));
      pending = undefined;
      continue;
    }
    if (continuing && /^\s+- /.test(line)) {
      summary.warnings.push(`  ${line.trim()}`);
      continue;
    }
    continuing = false;
    // Astro marks a page it took from the incremental cache at the end of the page's line.
    if (/ \((cached|restored)\)$/.test(line)) summary.reused++;
    const pages = line.match(/^\[build\] (\d+ page\(s\) built in .*)$/);
    if (pages) summary.pages = pages[1];
    const loader = line.match(/^\[([\w-]+-loader)\] (.*)$/);
    if (loader) summary.info.push(`[${loader[1]}] ${loader[2]}`);
  }
  settle();
  return summary;
}

/** The lines `npm run build` prints for the Astro step. */
export function formatSummary(summary: AstroLogSummary, seconds: number): string[] {
  const lines = [...summary.info];
  lines.push(`Astro: ${summary.pages ?? 'pages built'} (step ${seconds.toFixed(1)} s)`);
  if (summary.reused) lines.push(`  of which ${summary.reused} unchanged catalogue page(s) reused from the previous build`);
  if (summary.toolWarnings.length) {
    lines.push(`Bundler notes about third-party code (${summary.toolWarnings.length}; no action needed, details with --verbose):`);
    lines.push(`  ${summary.toolWarnings.join('; ')}`);
  }
  return lines;
}

/** The closing block: the warnings that need action, last, where they are seen. */
export function formatWarnings(warnings: string[]): string[] {
  if (!warnings.length) return ['Warnings that need action: none'];
  const count = warnings.filter((w) => !w.startsWith('  ')).length;
  return [`Warnings that need action (${count}):`, ...warnings.map((w) => `  ${w}`)];
}

/** Where a build's time goes, stage by stage: the last line of `npm run build` before the warnings,
 *  and what `npm run bench` reports. `now` is injectable for tests. */
export class StageTimes {
  private readonly stages: [string, number][] = [];
  private last: number;
  private readonly first: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.first = this.last = now();
  }

  /** Ends the stage called `name` (the time since the previous lap). */
  lap(name: string): void {
    const at = this.now();
    this.stages.push([name, (at - this.last) / 1000]);
    this.last = at;
  }

  format(): string {
    const parts = this.stages.map(([name, s]) => `${name} ${s.toFixed(1)} s`);
    return `Time: ${parts.join(', ')} (total ${((this.last - this.first) / 1000).toFixed(1)} s)`;
  }
}

/** The stages of a "Time:" line, by name, in seconds. */
export function parseStageTimes(log: string): Record<string, number> {
  const line = /^Time: (.*) \(total [\d.]+ s\)$/m.exec(log)?.[1];
  if (!line) return {};
  return Object.fromEntries([...line.matchAll(/([^,]+?) ([\d.]+) s(?:, |$)/g)].map((m) => [m[1], Number(m[2])]));
}

/** The stage running `seconds` after the build began, from a "Time:" line's stages (in their order). */
export function stageAt(stages: Record<string, number>, seconds: number): string | undefined {
  let end = 0;
  for (const [name, duration] of Object.entries(stages)) if (seconds <= (end += duration)) return name;
  return undefined;
}
