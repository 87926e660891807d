// `npm run deploy:config`: writes public/_headers, public/_redirects and deploy/nginx.conf from the
// region list and src/tooling/deploy/. Commit the result; tests/unit/tooling/deploy/config-files.test.ts fails when
// the committed files differ from what this produces.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deployFiles } from '../src/tooling/deploy/config-files';
import { allSites } from '../src/lib/site/sites';

for (const [path, content] of Object.entries(deployFiles(allSites()))) {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${path} (${content.split('\n').length - 1} lines)`);
}
