// `npm run screenshots [-- twente rijnmond groningen]`: screenshots of regional home pages from
// the built output (dist/, path mode) into screenshots/, to review the house style as a family.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../src/tooling/output/static-server';

const root = resolve(process.env.OUT_DIR ?? 'dist');
const sites = process.argv.slice(2).length ? process.argv.slice(2) : ['twente', 'rijnmond', 'groningen'];
const outDir = resolve('screenshots');
mkdirSync(outDir, { recursive: true });

const { server, url } = await startStaticServer({ root });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
for (const site of sites) {
  await page.goto(`${url}/${site === 'landelijk' ? '' : `${site}/`}`);
  const file = join(outDir, `${site}.png`);
  await page.screenshot({ path: file });
  console.log(`Wrote ${file}`);
}
await browser.close();
server.close();
