// What the build's post-steps (sitemaps, search planning) need to know about each built page, read
// once per page. A rebuild that reuses most pages (issue #15) would otherwise read the whole output
// again for each step: 7 GB twice at 100,000 offers. Facts are remembered per file version: a
// reused page is the same file (hard-linked from the cache, src/tooling/output/reuse-pages.ts) with
// the same inode, size and modification time, so its facts are taken from the last build. A page
// written again gets a new modification time and is read again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { htmlFiles } from './files';

export interface PageFacts {
  /** Hash of the HTML, so an unchanged search index can be reused (search/index-cache.ts). */
  hash: string;
  noindex: boolean;
  canonical?: string;
  /** For pages with data-pagefind-body only: the attributes the search planner reads. */
  search?: {
    bundle?: string;
    sortable: boolean;
    national: boolean;
    /** data-search-regional as written: "all" or region slugs. */
    regional?: string;
    /** Raw `data-pagefind-filter` attribute values, entities still encoded. */
    filters: string[];
  };
}

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;
const CANONICAL = /<link\s+rel="canonical"\s+href="([^"]+)"/i;
// A match is a slice of the page and keeps the whole page in memory (V8 sliced strings): facts of
// 148,000 pages then held 7 GB of HTML. Kept values are copied out.
const own = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
const own1 = (text: string | undefined) => (text === undefined ? undefined : own(text));
const htmlAttribute = (html: string, name: string) => own1(new RegExp(`<html[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1]);

export function extractPageFacts(html: string): PageFacts {
  const facts: PageFacts = {
    hash: createHash('sha256').update(html).digest('base64url'),
    noindex: NOINDEX.test(html),
  };
  const canonical = own1(CANONICAL.exec(html)?.[1]);
  if (canonical !== undefined) facts.canonical = canonical;
  if (html.includes('data-pagefind-body')) {
    facts.search = {
      bundle: htmlAttribute(html, 'data-search-bundle'),
      sortable: /\sdata-pagefind-sort="/.test(html),
      national: htmlAttribute(html, 'data-search-national') === 'true',
      regional: htmlAttribute(html, 'data-search-regional'),
      filters: [...html.matchAll(/\sdata-pagefind-filter="([^"]*)"/g)].map((m) => own(m[1]!)),
    };
  }
  return facts;
}

/** Reads a page's facts; the plain reader reads every file. */
export type FactsReader = (file: string) => PageFacts;
export const readFacts: FactsReader = (file) => extractPageFacts(readFileSync(file, 'utf8'));

/** The output's HTML pages as Astro left them, listed once, with their facts read once. Sitemaps
 *  and search planning each walked the whole output: 3 s a walk at 100,000 offers. */
export interface OutputPages {
  files: string[];
  read: FactsReader;
}

export function outputPages(outDir: string, read: FactsReader = readFacts): OutputPages {
  const seen = new Map<string, PageFacts>();
  return { files: htmlFiles(outDir), read: (file) => seen.get(file) ?? seen.set(file, read(file)).get(file)! };
}

const FORMAT = 'leerwerkloket-page-facts';
const VERSION = 1;

/**
 * Facts remembered between builds in `storeFile`, keyed by file version (device, inode, size,
 * modification time in nanoseconds), not by path: the host split moves files without changing them.
 * Versions not read in this build are dropped when it is saved.
 */
export class PageFactsStore {
  #previous = new Map<string, PageFacts>();
  #next = new Map<string, PageFacts>();
  /** Pages whose facts came from the last build, and pages read in this one. */
  reused = 0;
  read = 0;

  constructor(
    private readonly storeFile: string,
    trustPrevious: boolean,
  ) {
    if (!trustPrevious || !existsSync(storeFile)) return;
    try {
      const data = JSON.parse(readFileSync(storeFile, 'utf8')) as { format?: string; version?: number; facts?: [string, PageFacts][] };
      if (data.format === FORMAT && data.version === VERSION && Array.isArray(data.facts)) this.#previous = new Map(data.facts);
    } catch {
      // An unreadable store only costs reading the pages again.
    }
  }

  readonly reader: FactsReader = (file) => {
    const stat = statSync(file, { bigint: true });
    const key = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
    const seen = this.#next.get(key);
    if (seen) return seen;
    let facts = this.#previous.get(key);
    if (facts) this.reused++;
    else {
      facts = readFacts(file);
      this.read++;
    }
    this.#next.set(key, facts);
    return facts;
  };

  save(): void {
    mkdirSync(dirname(this.storeFile), { recursive: true });
    writeFileSync(this.storeFile, JSON.stringify({ format: FORMAT, version: VERSION, facts: [...this.#next] }));
  }
}
