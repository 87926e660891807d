// `npm run check:regelingen [dir]`: lists regelingen not checked in the last 6 months and those
// whose last application window has passed with no next one known (on BUILD_DATE or today).
// Exit code 0 with a report; 1 when a file is invalid or lastChecked lies in the future.
import { resolve } from 'node:path';
import { buildDate } from '../src/lib/site/config';
import { ContentErrors } from '../src/lib/errors';
import { readRegelingen } from '../src/lib/regelingen/files';
import { formatFreshnessReport, freshnessReport } from '../src/lib/regelingen/regelingen';

const dir = resolve(process.argv[2] ?? 'content/regelingen');
const today = buildDate();

let entries;
try {
  entries = readRegelingen(dir);
} catch (error) {
  console.error(error instanceof ContentErrors ? error.message : String(error));
  process.exit(1);
}

const report = freshnessReport(entries, today);
const lines = formatFreshnessReport(report);
console.log(`Checked ${entries.length} regelingen on ${today}.`);
console.log(lines.length ? lines.join('\n') : 'All regelingen were checked in the last 6 months and each one with windows has a next one.');
process.exit(report.contradictions.length ? 1 : 0);
