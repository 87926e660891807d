// `npm run --silent ci:shards -- 4`: the SITES value of each CI shard as a JSON array (for a
// GitHub Actions matrix), dealt from the region list.
import { shardSites } from '../src/tooling/deploy/shards';
import { allSites } from '../src/lib/site/sites';

const count = Number(process.argv[2] ?? 4);
const shards = shardSites(allSites(), count).map((ids, i) => ({ shard: i + 1, sites: ids.join(',') }));
console.log(JSON.stringify(shards));
