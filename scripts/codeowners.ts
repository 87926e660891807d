// `npm run codeowners`: (re)writes .github/CODEOWNERS from regions/*.yaml. `-- --check` only
// compares and exits 1 when the committed file is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CODEOWNERS_PATH, codeowners } from '../src/tooling/codeowners';
import { regionData } from '../src/lib/site/sites';

const { national, regions } = regionData();
const wanted = codeowners(national, regions);
const file = resolve(CODEOWNERS_PATH);
const current = existsSync(file) ? readFileSync(file, 'utf8') : '';

if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error(`${CODEOWNERS_PATH} is out of date; run npm run codeowners and commit the result`);
    process.exit(1);
  }
  console.log(`${CODEOWNERS_PATH} is up to date`);
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, wanted);
  console.log(`${current === wanted ? 'Unchanged' : 'Wrote'} ${CODEOWNERS_PATH} (${regions.length} regions)`);
}
