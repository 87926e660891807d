// The regeling schema with the region check: scope may name only regions that exist in the CBS
// table (src/data/), which the schema itself does not read. The loader, the file reader for
// scripts and the tests use this one.
import { regelingSchemaFor } from '../../schemas/regeling';
import { allRegionRows } from '../loketten/gemeenten';

let checked: ReturnType<typeof regelingSchemaFor> | undefined;

export function checkedRegelingSchema() {
  checked ??= regelingSchemaFor(allRegionRows().map((r) => r.slug));
  return checked;
}
