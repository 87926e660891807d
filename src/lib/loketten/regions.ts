// Loads and validates regions/*.yaml. Everything that needs a region goes through here.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { nationalSchema, regionSchema, type NationalData, type RegionData } from '../../schemas/region';
import { ContentError, ContentErrors, zodErrors } from '../errors';
import { allGemeenten, allRegionRows, findGemeente } from './gemeenten';
import { brandProblems } from '../huisstijl/brand';

export type Region = RegionData & { file: string };
export type National = NationalData & { file: string };

export interface RegionSet {
  national: National;
  regions: Region[];
}

function readYaml(file: string, label: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentErrors([new ContentError(label, '', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`)]);
  }
}

/** Reads and checks every region file in `dir`. Throws ContentErrors listing every problem found. */
export function loadRegions(dir = join(process.cwd(), 'regions'), options: { requireAll?: boolean } = {}): RegionSet {
  const requireAll = options.requireAll ?? true;
  const errors: ContentError[] = [];
  const label = (file: string) => relative(process.cwd(), file) || file;
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const regions: Region[] = [];
  let national: National | undefined;

  for (const name of files) {
    const file = join(dir, name);
    const data = readYaml(file, label(file));
    const isNational = basename(name, '.yaml') === 'national';
    const result = (isNational ? nationalSchema : regionSchema).safeParse(data);
    if (!result.success) {
      errors.push(...zodErrors(label(file), result.error));
      continue;
    }
    if (isNational) {
      national = { ...(result.data as NationalData), file: label(file) };
      continue;
    }
    const region = { ...(result.data as RegionData), file: label(file) };
    if (basename(name).replace(/\.ya?ml$/, '') !== region.slug) {
      errors.push(
        new ContentError(region.file, 'slug', `is "${region.slug}" but the file is named ${name}; rename the file to ${region.slug}.yaml`),
      );
    }
    regions.push(region);
  }

  if (!national) errors.push(new ContentError(label(join(dir, 'national.yaml')), '', 'is missing; the national site needs it'));
  // servedBy may name a region whose own file has errors: check against the file names.
  const fileSlugs = new Set(files.map((f) => basename(f).replace(/\.ya?ml$/, '')));
  errors.push(...crossFileProblems(regions, requireAll, fileSlugs));
  for (const site of [...(national ? [national] : []), ...regions]) {
    errors.push(...brandProblems(site.brand.accent).map((p) => new ContentError(site.file, `brand.accent`, p)));
  }
  if (errors.length) throw new ContentErrors(errors);
  regions.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { national: national!, regions };
}

function crossFileProblems(regions: Region[], requireAll: boolean, fileSlugs: Set<string>): ContentError[] {
  const errors: ContentError[] = [];
  const bySlug = new Map<string, Region>();
  const hosts = new Map<string, Region>();
  const owner = new Map<string, Region>();
  const rows = new Map(allRegionRows().map((r) => [r.code, r]));

  for (const region of regions) {
    const dup = bySlug.get(region.slug);
    if (dup)
      errors.push(
        new ContentError(region.file, 'slug', `"${region.slug}" is already used by ${dup.file}; every region needs its own slug`),
      );
    bySlug.set(region.slug, region);
    const sameHost = hosts.get(region.host);
    if (sameHost) errors.push(new ContentError(region.file, 'host', `"${region.host}" is already used by ${sameHost.file}`));
    hosts.set(region.host, region);

    const row = rows.get(region.code);
    if (!row)
      errors.push(
        new ContentError(region.file, 'code', `"${region.code}" is not an arbeidsmarktregio code in src/data/arbeidsmarktregios.tsv`),
      );
    else if (row.name !== region.name)
      errors.push(
        new ContentError(region.file, 'name', `is "${region.name}" but CBS calls ${region.code} "${row.name}"; use the official name`),
      );

    region.gemeenten.forEach((name, i) => {
      const g = findGemeente(name);
      const field = `gemeenten[${i}]`;
      if (!g)
        errors.push(
          new ContentError(
            region.file,
            field,
            `"${name}" is not a current municipality; use the CBS name from src/data/gemeenten-arbeidsmarktregio.tsv`,
          ),
        );
      else if (g.regionCode !== region.code)
        errors.push(
          new ContentError(
            region.file,
            field,
            `"${name}" belongs to ${g.regionName} (${g.regionCode}), not to ${region.name}; move it to that region's file`,
          ),
        );
      else if (owner.has(g.name)) errors.push(new ContentError(region.file, field, `"${name}" is listed twice`));
      else owner.set(g.name, region);
    });
    region.locations.forEach((loc, i) => {
      const g = findGemeente(loc.city);
      if (g && g.regionCode !== region.code)
        errors.push(new ContentError(region.file, `locations[${i}].city`, `"${loc.city}" is in ${g.regionName}, not in ${region.name}`));
    });
  }
  for (const region of regions) {
    if (region.servedBy && !bySlug.has(region.servedBy) && !fileSlugs.has(region.servedBy)) {
      errors.push(
        new ContentError(
          region.file,
          'servedBy',
          `"${region.servedBy}" is not a region slug; use the slug of the loket that serves this region`,
        ),
      );
    }
    if (region.servedBy === region.slug)
      errors.push(new ContentError(region.file, 'servedBy', 'points to the region itself; leave it out'));
  }
  if (requireAll) {
    for (const row of allRegionRows()) {
      if (!regions.some((r) => r.code === row.code))
        errors.push(
          new ContentError(
            `regions/${row.slug}.yaml`,
            '',
            `is missing; every arbeidsmarktregio (${row.code} ${row.name}) needs a region file`,
          ),
        );
    }
    for (const g of allGemeenten()) {
      if (!owner.has(g.name) && regions.some((r) => r.code === g.regionCode)) {
        const region = regions.find((r) => r.code === g.regionCode)!;
        errors.push(new ContentError(region.file, 'gemeenten', `misses "${g.name}"; every municipality of the region must be listed`));
      }
    }
  }
  return errors;
}
