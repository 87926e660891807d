// Builds the sites once (path mode and host mode) and serves the path-mode output for every
// browser test. E2E_REUSE_BUILD=1 reuses dist-test/ from an earlier run while you iterate.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/tooling/output/static-server';
import { copyProject } from '../helpers/project-copy';

export const PATH_OUT = resolve('dist-test/path');
export const HOST_OUT = resolve('dist-test/host');

/** A port nothing listens on now; the CMS admin is built to look for decap-server there. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Builds one hosting mode in project `root`; resolves when the build succeeded, rejects with its
 *  log when it failed. */
function build(root: string, outDir: string, mode: 'path' | 'host', decapPort: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
      cwd: root,
      env: {
        ...process.env,
        OUT_DIR: outDir,
        SITE_MODE: mode,
        SITES: '',
        DECAP_SERVER_PORT: String(decapPort),
        ASTRO_CACHE_DIR: resolve(`node_modules/.astro-e2e-${mode}`),
        // The host build writes every search bundle of more than 20 pages in parts, as a national
        // catalogue is (BUNDLE_PAGE_LIMIT); nginx.test.ts checks it finds what the whole one finds.
        ...(mode === 'host' && { SEARCH_BUNDLE_PAGES: '20' }),
      },
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`Build (${mode} mode) failed:\n${log}`))));
  });
}

export default async function setup(project: TestProject) {
  // tests/e2e/cms.test.ts reads the port back from the built admin page (also with E2E_REUSE_BUILD).
  const decapPort = await freePort();
  // The two builds run side by side: each is mostly single-threaded, so on two cores this saves
  // most of one build's time. The host build runs in a copy of the project: every build writes the
  // project's .astro/, and two builds sharing it break each other.
  const reuse = (outDir: string) => process.env.E2E_REUSE_BUILD === '1' && existsSync(outDir);
  const copy = reuse(HOST_OUT) ? undefined : copyProject();
  // Both end before the copy goes, even when one fails.
  const builds = await Promise.allSettled([
    reuse(PATH_OUT) ? undefined : build(resolve('.'), PATH_OUT, 'path', decapPort),
    copy ? build(copy, HOST_OUT, 'host', decapPort) : undefined,
  ]);
  if (copy) rmSync(copy, { recursive: true, force: true });
  for (const result of builds) if (result.status === 'rejected') throw result.reason;
  const { server, url } = await startStaticServer({ root: PATH_OUT });
  project.provide('baseUrl', url);
  project.provide('pathOut', PATH_OUT);
  project.provide('hostOut', HOST_OUT);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    pathOut: string;
    hostOut: string;
  }
}
