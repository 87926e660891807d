// Builds the sites once (path mode and host mode) and serves the path-mode output for every
// browser test. E2E_REUSE_BUILD=1 reuses dist-test/ from an earlier run while you iterate.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/lib/output/static-server';

export const PATH_OUT = resolve('dist-test/path');
export const HOST_OUT = resolve('dist-test/host');

function build(outDir: string, mode: 'path' | 'host') {
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(outDir)) return;
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
    env: { ...process.env, OUT_DIR: outDir, SITE_MODE: mode, SITES: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Build (${mode} mode) failed:\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject) {
  build(PATH_OUT, 'path');
  build(HOST_OUT, 'host');
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
