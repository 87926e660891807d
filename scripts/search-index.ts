// Child process of scripts/build.ts: writes the search indexes of one lane of plans.
// Each Pagefind service indexes on one core, so the build runs one of these per core.
// Usage: tsx scripts/search-index.ts <output folder> <plans.json>; prints the page counts as JSON.
import { readFileSync } from 'node:fs';
import { writeIndexes, type IndexPlan } from '../src/tooling/search/indexer';

const [outDir, planFile] = process.argv.slice(2);
const plans = JSON.parse(readFileSync(planFile, 'utf8')) as IndexPlan[];
const counts = await writeIndexes(outDir, plans);
process.stdout.write(JSON.stringify(counts));
