// `npm run cms`: offline editing. Starts decap-server (Decap's local backend, which reads and
// writes the files in this repository) and the Astro dev server, then prints the admin address.
// Everything listens on this machine only. Stop with Ctrl+C.
//
// Environment (all optional):
//   PORT               dev server port (default 4321)
//   DECAP_SERVER_PORT  decap-server port (default 8081); the admin config points at it
//   CMS_REPO_DIR       folder decap-server writes into (default: this repository); CONTENT_DIR
//                      follows it, so the dev server shows what the CMS saved there
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const port = Number(process.env.PORT ?? 4321);
const decapPort = Number(process.env.DECAP_SERVER_PORT ?? 8081);
const repoDir = resolve(process.env.CMS_REPO_DIR ?? '.');
const env = {
  ...process.env,
  DECAP_SERVER_PORT: String(decapPort),
  CONTENT_DIR: process.env.CONTENT_DIR ?? join(repoDir, 'content'),
};

const children: ChildProcess[] = [];
let stopping = false;

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

function start(name: string, args: string[], extraEnv: Record<string, string>) {
  const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout!.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code) => {
    if (!stopping) console.error(`[cms] ${name} stopped (exit ${code}); stopping the rest`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

start('decap-server', ['node_modules/decap-server/dist/index.js'], {
  PORT: String(decapPort),
  BIND_HOST: '127.0.0.1',
  GIT_REPO_DIRECTORY: repoDir,
  MODE: 'fs',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
});
const dev = start('astro', ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {});

dev.stdout!.on('data', (chunk: Buffer) => {
  if (/ready in|Local/i.test(chunk.toString())) {
    console.log(`\n[cms] Open http://127.0.0.1:${port}/beheer/ and pick your loket (files are saved in ${repoDir}).\n`);
  }
});

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
