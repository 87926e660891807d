// `npm run check:links -- <output folder>`: checks every internal link and anchor of a build
// (path mode, or host mode when the folder holds host folders). Exit code 1 when any is broken.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkLinks } from '../src/tooling/output/link-check';
import { allSites } from '../src/lib/site/sites';

const dir = resolve(process.argv[2] ?? 'dist');
const hosts = allSites().map((s) => s.host);
const byHost = hosts.some((h) => existsSync(join(dir, h)));
const report = checkLinks(dir, { byHost, hosts });
console.log(`${byHost ? 'Host' : 'Path'} mode: ${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken`);
for (const b of report.broken.slice(0, 50)) console.log(`  ${b.page} → ${b.link}: ${b.problem}`);
if (report.broken.length > 50) console.log(`  … and ${report.broken.length - 50} more`);
process.exit(report.broken.length ? 1 : 0);
