// The targets of issues #14 (a national-size catalogue) and #15 (publish in a minute), judged from
// one bench run's figures. A target the run did not measure says so, with the reason, instead of
// being left out: BENCHMARKS.md must show every target.
import type { BuildFigure, SearchFigure, ShardFigure, BareFigure } from './report';

export interface TargetRow {
  target: string;
  measured: string;
  verdict: 'met' | 'not met' | 'not measured';
  /** Why it was not met or not measured. */
  reason?: string;
}

const GB = 1024 ** 3;
const KB = 1024;
export const TARGETS = {
  pagesPerOffer: 3,
  build100kSeconds: 30 * 60,
  build100kPeakBytes: 12 * GB,
  build100kOutputBytes: 8 * GB,
  build20kSeconds: 6 * 60,
  bareRatio: 2,
  nationalSearch100kBytes: 150 * KB,
  nationalSearch100kMs: 500,
  nationalSearchShippedBytes: 60 * KB,
  regionalSearch100kBytes: 100 * KB,
  regionalSearch100kMs: 300,
  shardSeconds: 6 * 60,
  publishSeconds: 60,
};

const minutes = (s: number) => (s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);
const gb = (b: number) => `${(b / GB).toFixed(1)} GB`;
const kb = (b: number) => `${(b / KB).toFixed(1)} KB`;

/** `what` names what is measured; the limit is written from TARGETS (after "≤", or at "{limit}"),
 *  so the text and the check cannot drift apart. */
function judge(
  what: string,
  value: number | undefined,
  limit: number,
  show: (n: number) => string,
  missing: string,
  showLimit: (n: number) => string = (n) => show(n).replace(/\.0+(?=\D|$)/, ''),
): TargetRow {
  const target = what.includes('{limit}') ? what.replace('{limit}', showLimit(limit)) : `${what} ≤ ${showLimit(limit)}`;
  if (value === undefined || Number.isNaN(value)) return { target, measured: '–', verdict: 'not measured', reason: missing };
  return { target, measured: show(value), verdict: value <= limit ? 'met' : 'not met' };
}

/** Index data a first query downloads beyond Pagefind's own code (the same for every query). */
export const indexData = (s: SearchFigure) =>
  s.firstQueryBytes === undefined || s.runtimeBytes === undefined ? undefined : s.firstQueryBytes - s.runtimeBytes;

export function targetRows(input: {
  builds: BuildFigure[];
  bare: BareFigure[];
  search: SearchFigure[];
  shards?: ShardFigure;
  /** Why a size or stage is missing, by offers (0: shipped content) or 'shards'. */
  skipped?: Record<string, string>;
}): TargetRow[] {
  const notRun = (key: string, what: string) => input.skipped?.[key] ?? `${what} was not part of this run`;
  const full = (offers?: number) => input.builds.find((b) => b.offers === offers && b.full);
  const base = full(undefined);
  const rows: TargetRow[] = [];

  for (const n of [20_000, 100_000]) {
    const b = full(n);
    const per = b && base?.kinds ? (b.pages - base.pages) / n : undefined;
    rows.push(
      judge(
        `Pages per offer at ${n.toLocaleString('en')} offers`,
        per,
        TARGETS.pagesPerOffer,
        (v) => v.toFixed(2),
        notRun(String(n), `A ${n.toLocaleString('en')}-offer build`),
      ),
    );
  }
  const b100 = full(100_000);
  const missing100 = notRun('100000', 'A 100,000-offer build');
  rows.push(judge('100,000 offers: full build', b100?.seconds, TARGETS.build100kSeconds, minutes, missing100));
  rows.push(judge('100,000 offers: peak memory', b100?.peakBytes, TARGETS.build100kPeakBytes, gb, missing100));
  rows.push(judge('100,000 offers: output', b100?.bytes, TARGETS.build100kOutputBytes, gb, missing100));
  rows.push(
    judge('20,000 offers: full build', full(20_000)?.seconds, TARGETS.build20kSeconds, minutes, notRun('20000', 'A 20,000-offer build')),
  );

  if (input.bare.length === 0)
    rows.push({
      target: `Our build ≤ ${TARGETS.bareRatio}× a bare Astro build with the same page count`,
      measured: '–',
      verdict: 'not measured',
      reason: 'no bare Astro build in this run',
    });
  for (const bare of input.bare) {
    const row = judge(
      `Our build ≤ {limit} a bare Astro build with the same page count (${bare.label})`,
      bare.oursSeconds / bare.seconds,
      TARGETS.bareRatio,
      (v) => `${v.toFixed(1)}× (${bare.oursSeconds.toFixed(1)} s against ${bare.seconds.toFixed(1)} s for ${bare.pages} pages)`,
      '',
      (n) => `${n}×`,
    );
    rows.push(row);
  }

  const find = (offers: number | undefined, site: 'national' | 'regional') =>
    input.search.find((s) => s.offers === offers && s.site === site);
  const nat100 = find(100_000, 'national');
  const reg100 = find(100_000, 'regional');
  const natShipped = find(undefined, 'national');
  rows.push(
    judge(
      'National search at 100,000 offers: index data of a first query',
      nat100 && indexData(nat100),
      TARGETS.nationalSearch100kBytes,
      kb,
      missing100,
    ),
  );
  rows.push(
    judge(
      'National search at 100,000 offers: keystroke → results',
      nat100?.keystrokeToResultsMs,
      TARGETS.nationalSearch100kMs,
      (v) => `${v.toFixed(0)} ms`,
      missing100,
    ),
  );
  rows.push(
    judge(
      'National search at shipped content: index data of a first query',
      natShipped && indexData(natShipped),
      TARGETS.nationalSearchShippedBytes,
      kb,
      notRun('0', 'The shipped build'),
    ),
  );
  rows.push(
    judge(
      'Regional search at 100,000 offers: index data of a first query',
      reg100 && indexData(reg100),
      TARGETS.regionalSearch100kBytes,
      kb,
      missing100,
    ),
  );
  rows.push(
    judge(
      'Regional search at 100,000 offers: keystroke → results',
      reg100?.keystrokeToResultsMs,
      TARGETS.regionalSearch100kMs,
      (v) => `${v.toFixed(0)} ms`,
      missing100,
    ),
  );

  const shards = input.shards;
  const slowest = shards?.builds.length ? Math.max(...shards.builds.map((s) => s.seconds)) : undefined;
  // A shard over the target decides the verdict: the longest is at least as long.
  const decided = shards?.overTarget && slowest !== undefined && slowest > TARGETS.shardSeconds;
  const longest = shards && (shards.builds.length === shards.count || decided) ? slowest : undefined;
  const shardTarget = `Sharded, ${shards ? `${shards.count} shards at ${shards.offers.toLocaleString('en')} offers` : '8 shards at 100,000 offers'}: longest shard`;
  const shardRow = judge(shardTarget, longest, TARGETS.shardSeconds, minutes, shards?.stopped ?? notRun('shards', 'A sharded build'));
  if (decided && shards.builds.length < shards.count)
    Object.assign(shardRow, {
      measured: `at least ${shardRow.measured}`,
      reason: `shard ${shards.builds.length} of ${shards.count} took ${minutes(slowest)}, so the other shards were not built; every shard builds the national site, which holds most programme pages`,
    });
  // A smaller catalogue says little about 100,000 offers: shown, but not judged.
  if (shards && shards.offers !== 100_000 && shardRow.verdict !== 'not measured')
    Object.assign(shardRow, { verdict: 'not measured', reason: `measured only at ${shards.offers.toLocaleString('en')} offers` });
  rows.push(shardRow);

  rows.push(
    judge(
      'One news item changed, shipped content: published',
      base?.publish?.seconds,
      TARGETS.publishSeconds,
      minutes,
      notRun('0', 'The shipped build'),
    ),
  );
  rows.push(judge('One news item changed, 100,000 offers: published', b100?.publish?.seconds, TARGETS.publishSeconds, minutes, missing100));
  return rows;
}
