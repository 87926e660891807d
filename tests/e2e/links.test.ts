import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../src/tooling/output/link-check';
import { adminHost } from '../../src/lib/editorial/cms/admin';
import { allSites } from '../../src/lib/site/sites';

const hosts = allSites().map((s) => s.host);
const hostsWithAdmin = [...hosts, adminHost()];
const summary = (broken: { page: string; link: string; problem: string }[]) =>
  broken
    .slice(0, 30)
    .map((b) => `${b.page} → ${b.link}: ${b.problem}`)
    .join('\n');

describe('internal links', () => {
  it('path mode: every internal link and anchor resolves', () => {
    const report = checkLinks(inject('pathOut'), { byHost: false, hosts });
    expect(report.pages).toBeGreaterThan(36 * 5);
    expect(report.links).toBeGreaterThan(report.pages * 10);
    expect(report.broken, summary(report.broken)).toEqual([]);
  });

  it('host mode: 36 host folders plus the CMS host, whose links (same-host and cross-host) all resolve', () => {
    const out = inject('hostOut');
    expect(readdirSync(out).sort()).toEqual([...hostsWithAdmin].sort());
    for (const host of hostsWithAdmin) expect(existsSync(join(out, host, 'index.html')), host).toBe(true);
    const report = checkLinks(out, { byHost: true, hosts: hostsWithAdmin });
    expect(report.pages).toBeGreaterThan(36 * 5);
    expect(report.broken, summary(report.broken)).toEqual([]);
  });
});
