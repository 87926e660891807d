import { describe, expect, it } from 'vitest';
import { markdownReport } from '../../../../src/tooling/bench/report';
import { targetRows } from '../../../../src/tooling/bench/targets';

const kinds = { programme: 100, listing: 36, single: 50, pair: 5, other: 1000 };
const shipped = {
  label: 'shipped',
  seconds: 20,
  pages: 2900,
  bytes: 1,
  full: true,
  kinds,
  publish: { seconds: 18, renderedPages: 1, reusedIndexes: 1, indexes: 2, cacheBytes: 1 },
};
const big = (offers: number, pages: number, seconds: number) => ({
  label: `${offers} offers`,
  offers,
  full: true,
  seconds,
  pages,
  bytes: 9 * 1024 ** 3,
  peakBytes: 6 * 1024 ** 3,
  kinds,
  publish: { seconds: 75, renderedPages: 1, reusedIndexes: 1, indexes: 2, cacheBytes: 1 },
});
const row = (rows: ReturnType<typeof targetRows>, start: string) => rows.find((r) => r.target.startsWith(start));

describe('issue targets', () => {
  it('judges every target of #14 and #15 from the figures, and says why one was not measured', () => {
    const rows = targetRows({
      builds: [shipped, big(100_000, 2900 + 146_000, 1500)],
      bare: [{ label: '100000 offers', pages: 148_900, seconds: 300, oursSeconds: 1500 }],
      search: [
        {
          label: 'n',
          offers: 100_000,
          site: 'national',
          indexBytes: 1,
          firstQueryBytes: 84 * 1024 + 151 * 1024,
          runtimeBytes: 84 * 1024,
          keystrokeToResultsMs: 400,
        },
        {
          label: 'r',
          offers: 100_000,
          site: 'regional',
          indexBytes: 1,
          firstQueryBytes: 84 * 1024 + 90 * 1024,
          runtimeBytes: 84 * 1024,
          keystrokeToResultsMs: 310,
        },
        {
          label: 's',
          site: 'national',
          indexBytes: 1,
          firstQueryBytes: 84 * 1024 + 59 * 1024,
          runtimeBytes: 84 * 1024,
          keystrokeToResultsMs: 100,
        },
      ],
      skipped: { '20000': 'the 20,000-offer build failed' },
    });
    expect(row(rows, 'Pages per offer at 100,000')).toMatchObject({ measured: '1.46', verdict: 'met' });
    expect(row(rows, 'Pages per offer at 20,000')).toMatchObject({ verdict: 'not measured', reason: 'the 20,000-offer build failed' });
    expect(row(rows, '100,000 offers: full build')).toMatchObject({ measured: '25.0 min', verdict: 'met' });
    expect(row(rows, '100,000 offers: peak memory')).toMatchObject({ measured: '6.0 GB', verdict: 'met' });
    expect(row(rows, '100,000 offers: output')).toMatchObject({ measured: '9.0 GB', verdict: 'not met' });
    expect(row(rows, 'Our build ≤ 2×')).toMatchObject({ verdict: 'not met' });
    expect(row(rows, 'Our build ≤ 2×')?.measured).toMatch(/^5\.0×/);
    expect(row(rows, 'National search at 100,000 offers: index data')).toMatchObject({ measured: '151.0 KB', verdict: 'not met' });
    expect(row(rows, 'National search at 100,000 offers: keystroke')).toMatchObject({ verdict: 'met' });
    expect(row(rows, 'National search at shipped')).toMatchObject({ measured: '59.0 KB', verdict: 'met' });
    expect(row(rows, 'Regional search at 100,000 offers: index data')).toMatchObject({ verdict: 'met' });
    expect(row(rows, 'Regional search at 100,000 offers: keystroke')).toMatchObject({ measured: '310 ms', verdict: 'not met' });
    expect(row(rows, 'Sharded')).toMatchObject({ verdict: 'not measured', reason: 'A sharded build was not part of this run' });
    expect(row(rows, 'One news item changed, shipped')).toMatchObject({ verdict: 'met' });
    expect(row(rows, 'One news item changed, 100,000')).toMatchObject({ measured: '75.0 s', verdict: 'not met' });
    // The limits in the text come from the same TARGETS as the checks.
    expect(rows.map((r) => r.target)).toEqual(
      expect.arrayContaining([
        'Pages per offer at 20,000 offers ≤ 3',
        '100,000 offers: full build ≤ 30 min',
        '100,000 offers: peak memory ≤ 12 GB',
        '20,000 offers: full build ≤ 6 min',
        'Our build ≤ 2× a bare Astro build with the same page count (100000 offers)',
        'National search at 100,000 offers: index data of a first query ≤ 150 KB',
        'Regional search at 100,000 offers: keystroke → results ≤ 300 ms',
        'One news item changed, shipped content: published ≤ 60 s',
      ]),
    );
  });

  it('takes the longest shard, and only when every shard was built', () => {
    const shard = (seconds: number) => ({ sites: 'a', seconds, pages: 1 });
    const done = targetRows({ builds: [], bare: [], search: [], shards: { offers: 100_000, count: 2, builds: [shard(200), shard(400)] } });
    expect(row(done, 'Sharded')).toMatchObject({ measured: '6.7 min', verdict: 'not met' });
    const cut = targetRows({
      builds: [],
      bare: [],
      search: [],
      shards: { offers: 100_000, count: 2, builds: [shard(200)], stopped: 'only 1 of 2 shards built' },
    });
    expect(row(cut, 'Sharded')).toMatchObject({ verdict: 'not measured', reason: 'only 1 of 2 shards built' });
    // A shard over the target decides it: the run may stop there, and says so.
    const over = targetRows({
      builds: [],
      bare: [],
      search: [],
      shards: { offers: 100_000, count: 8, builds: [shard(200), shard(700)], overTarget: true },
    });
    expect(row(over, 'Sharded')).toMatchObject({ measured: 'at least 11.7 min', verdict: 'not met' });
    expect(row(over, 'Sharded')?.reason).toMatch(/^shard 2 of 8 took 11.7 min, so the other shards were not built/);
    // Without a shard over the target, stopping early measures nothing.
    const under = targetRows({
      builds: [],
      bare: [],
      search: [],
      shards: { offers: 100_000, count: 8, builds: [shard(200)], overTarget: true },
    });
    expect(row(under, 'Sharded')?.verdict).toBe('not measured');
    const small = targetRows({ builds: [], bare: [], search: [], shards: { offers: 300, count: 2, builds: [shard(20), shard(30)] } });
    expect(row(small, 'Sharded')).toMatchObject({ measured: '30.0 s', verdict: 'not measured', reason: 'measured only at 300 offers' });
  });

  it('puts the targets at the top of the report, and says when the run is not finished', () => {
    const md = markdownReport({
      machine: 'm',
      date: 'd',
      builds: [shipped],
      templates: [],
      search: [],
      unfinished: 'measuring 100,000 offers.',
    });
    expect(md).toContain('**This run is not finished:** measuring 100,000 offers.');
    expect(md.indexOf('## Targets')).toBeLessThan(md.indexOf('## Builds'));
    expect(md).toMatch(/\| 100,000 offers: full build ≤ 30 min \| – \| not measured: A 100,000-offer build was not part of this run \|/);
  });
});
