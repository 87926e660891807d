// `npm run preview`: serve the built output on http://127.0.0.1:4321 (path mode), or every host
// folder by Host header when the output was built with SITE_MODE=host.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../src/tooling/output/static-server';

const root = resolve(process.env.OUT_DIR ?? 'dist');
const byHost = existsSync(join(root, 'leerwerkloket.nl'));
const port = Number(process.env.PORT ?? 4321);
const { url } = await startStaticServer({ root, byHost }, port);
console.log(
  byHost
    ? `Serving host folders from ${root} on ${url}; send a Host header (e.g. curl -H "Host: twente.leerwerkloket.nl" ${url}/)`
    : `Serving ${root} on ${url}/ (national site; regions under /<slug>/)`,
);
