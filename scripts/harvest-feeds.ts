// `npm run feeds:harvest [-- --only <id>] [-- --accept <id>]`: fetches the EDU-DEX feeds of every
// enabled provider with a url in content/opleidingen/feeds.yaml into snapshots, and writes
// harvest.json (src/tooling/feeds/harvest.ts). Exit code 0 even when providers are held back (that
// is their problem, reported in harvest.json and on /beheer/feeds/); 1 when the run cannot start.
// Settings: EDUDEX_DIR (feeds.yaml), EDUDEX_SNAPSHOTS (snapshot store), BUILD_DATE, and
// HARVEST_REQUEST_TIMEOUT_MS, HARVEST_PROVIDER_TIMEOUT_MS, HARVEST_RETRIES, HARVEST_BACKOFF_MS.
import { parseArgs } from 'node:util';
import { buildDate, edudexDir, edudexSnapshotDir } from '../src/lib/site/config';
import { harvest, HarvestConfigError, type HarvestLimits } from '../src/tooling/feeds/harvest';

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    accept: { type: 'string', multiple: true },
  },
});
const ids = (list?: string[]) =>
  list
    ?.flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const limits: Partial<HarvestLimits> = {};
const number = (name: string): number | undefined => {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} is "${raw}"; give a number (milliseconds, or a count for retries)`);
    process.exit(1);
  }
  return value;
};
const settings: [keyof HarvestLimits, string][] = [
  ['requestTimeoutMs', 'HARVEST_REQUEST_TIMEOUT_MS'],
  ['providerTimeoutMs', 'HARVEST_PROVIDER_TIMEOUT_MS'],
  ['retries', 'HARVEST_RETRIES'],
  ['backoffMs', 'HARVEST_BACKOFF_MS'],
];
for (const [key, env] of settings) {
  const value = number(env);
  if (value !== undefined) (limits as Record<string, number>)[key] = value;
}

try {
  const snapshotDir = edudexSnapshotDir();
  const run = await harvest({
    feedDir: edudexDir(),
    snapshotDir,
    only: ids(values.only),
    accept: ids(values.accept),
    buildDate: buildDate(),
    limits,
    log: (line) => console.log(line),
  });
  const held = run.harvested.filter((id) => run.state.providers[id]?.status !== 'ok');
  console.log(
    `Harvested ${run.harvested.length} provider(s) into ${snapshotDir}; ${held.length ? `held back: ${held.join(', ')} (last good snapshots kept; see harvest.json and /beheer/feeds/)` : 'none held back'}.`,
  );
} catch (error) {
  console.error(error instanceof HarvestConfigError ? error.message : error);
  process.exit(1);
}
