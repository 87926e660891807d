// Municipalities and their arbeidsmarktregio, read from the CBS-derived tables in src/data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName } from '../normalize';

export { normalizeName };

export interface Gemeente {
  name: string;
  code: string;
  regionCode: string;
  regionName: string;
}

export interface RegionRow {
  code: string;
  name: string;
  slug: string;
}

const dataDir = () => join(process.cwd(), 'src', 'data');

function readTsv(file: string): string[][] {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  return lines.slice(1).map((line) => line.split('\t').map((cell) => cell.trim()));
}

let gemeenteCache: Gemeente[] | undefined;
let regionCache: RegionRow[] | undefined;

export function allGemeenten(): Gemeente[] {
  gemeenteCache ??= readTsv(join(dataDir(), 'gemeenten-arbeidsmarktregio.tsv')).map(([name, code, regionCode, regionName]) => ({
    name,
    code,
    regionCode,
    regionName,
  }));
  return gemeenteCache;
}

export function allRegionRows(): RegionRow[] {
  regionCache ??= readTsv(join(dataDir(), 'arbeidsmarktregios.tsv')).map(([code, name, slug]) => ({ code, name, slug }));
  return regionCache;
}

/** Names people and feeds use for a municipality besides its official CBS name. */
export const GEMEENTE_ALIASES: Record<string, string> = {
  'den haag': "'s-Gravenhage",
  'the hague': "'s-Gravenhage",
  'den bosch': "'s-Hertogenbosch",
  's-hertogenbosch': "'s-Hertogenbosch",
  's-gravenhage': "'s-Gravenhage",
  nuenen: 'Nuenen, Gerwen en Nederwetten',
  'sudwest-fryslan': 'Súdwest-Fryslân',
  'noardeast-fryslan': 'Noardeast-Fryslân',
};

let index: Map<string, Gemeente> | undefined;

function gemeenteIndex(): Map<string, Gemeente> {
  if (!index) {
    index = new Map();
    for (const g of allGemeenten()) index.set(normalizeName(g.name), g);
    for (const [alias, official] of Object.entries(GEMEENTE_ALIASES)) {
      const g = index.get(normalizeName(official));
      if (g) index.set(normalizeName(alias), g);
    }
  }
  return index;
}

/** Finds a municipality by official name or a known alias; undefined when unknown. */
export function findGemeente(name: string): Gemeente | undefined {
  return gemeenteIndex().get(normalizeName(name));
}

/** Aliases that point to this official name, for search keywords. */
export function aliasesOf(officialName: string): string[] {
  return Object.entries(GEMEENTE_ALIASES)
    .filter(([alias, official]) => official === officialName && normalizeName(alias) !== normalizeName(official))
    .map(([alias]) => alias.replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase()));
}
