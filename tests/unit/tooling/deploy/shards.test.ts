import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderDifferences, mergeShards, shardSites } from '../../../../src/tooling/deploy/shards';
import { allSites } from '../../../../src/lib/site/sites';
import { createUrls } from '../../../../src/lib/site/urls';

const temp = mkdtempSync(join(tmpdir(), 'shards-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('shardSites', () => {
  it('deals every region to exactly one of n shards, balanced, without the national site', () => {
    const shards = shardSites(allSites(), 4);
    expect(shards).toHaveLength(4);
    const all = shards.flat();
    expect(all.sort()).toEqual(
      allSites()
        .filter((s) => !s.isNational)
        .map((s) => s.id)
        .sort(),
    );
    expect(new Set(all).size).toBe(all.length);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(shardSites(allSites(), 100)).toHaveLength(35);
    expect(() => shardSites(allSites(), 0)).toThrow(/whole number/);
  });
});

const sites = [
  { id: 'landelijk', host: 'leerwerkloket.nl', isNational: true },
  { id: 'twente', host: 'twente.leerwerkloket.nl', isNational: false },
  { id: 'rijnmond', host: 'rijnmond.leerwerkloket.nl', isNational: false },
];
const urls = createUrls({ mode: 'host', hosts: Object.fromEntries(sites.map((s) => [s.id, s.host])), national: 'landelijk' });
const page = (title: string, national = false) =>
  `<!doctype html><html lang="nl" data-search-bundle="inhoud"${national ? ' data-search-national="true"' : ''}><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Nieuws over leren en werken.</p></main></body></html>`;

function shard(name: string, region: string, nationalText = 'Welkom'): string {
  const dir = join(temp, name);
  const write = (file: string, html: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  };
  write('leerwerkloket.nl/index.html', page(nationalText));
  write('leerwerkloket.nl/pagefind/stale.txt', name); // each shard's partial national index
  write(`${region}.leerwerkloket.nl/index.html`, page(`Home ${region}`));
  write(`${region}.leerwerkloket.nl/nieuws/banenmarkt/index.html`, page(`Banenmarkt ${region}`, true));
  return dir;
}

describe('mergeShards', () => {
  it('takes each region from its shard and rebuilds the national index over all of them', async () => {
    const target = join(temp, 'merged');
    const report = await mergeShards(target, [shard('a', 'twente'), shard('b', 'rijnmond')], sites, urls);
    expect(report.hosts).toEqual(['leerwerkloket.nl', 'rijnmond.leerwerkloket.nl', 'twente.leerwerkloket.nl']);
    // The national home plus the regional news of both shards (each shard alone knew only its own).
    expect(report.nationalIndexed).toBe(3);
    expect(readdirSync(join(target, 'leerwerkloket.nl', 'pagefind', 'inhoud'))).toContain('pagefind.js');
    expect(readdirSync(join(target, 'leerwerkloket.nl', 'pagefind'))).toEqual(['inhoud']);
  });

  it('with an index cache, reuses the national bundles that did not change and rebuilds the others', async () => {
    const cache = join(temp, 'index-cache');
    const first = await mergeShards(join(temp, 'm-cache-1'), [shard('e', 'twente'), shard('f', 'rijnmond')], sites, urls, {
      indexCache: cache,
    });
    expect(first.reusedBundles).toBe(0);
    const same = await mergeShards(join(temp, 'm-cache-2'), [shard('e', 'twente'), shard('f', 'rijnmond')], sites, urls, {
      indexCache: cache,
    });
    expect(same.reusedBundles).toBe(1);
    expect(folderDifferences(join(temp, 'm-cache-1'), join(temp, 'm-cache-2'))).toEqual([]);
    // A changed national page: its bundle is written again, and the result equals a merge without cache.
    const changed = await mergeShards(
      join(temp, 'm-cache-3'),
      [shard('e', 'twente', 'Hallo'), shard('f', 'rijnmond', 'Hallo')],
      sites,
      urls,
      {
        indexCache: cache,
      },
    );
    expect(changed.reusedBundles).toBe(0);
    await mergeShards(join(temp, 'm-nocache'), [shard('g', 'twente', 'Hallo'), shard('h', 'rijnmond', 'Hallo')], sites, urls);
    expect(folderDifferences(join(temp, 'm-cache-3'), join(temp, 'm-nocache'))).toEqual([]);
  });

  it('refuses a region built by two shards, and a national site that differs between shards', async () => {
    await expect(mergeShards(join(temp, 'm2'), [shard('c', 'twente'), shard('d', 'twente')], sites, urls)).rejects.toThrow(
      /twente.leerwerkloket.nl was built by two shards/,
    );
    await expect(mergeShards(join(temp, 'm3'), [shard('e', 'twente'), shard('f', 'rijnmond', 'Anders')], sites, urls)).rejects.toThrow(
      /leerwerkloket.nl differs between shards .*\n {2}index.html: different content/,
    );
  });
});
