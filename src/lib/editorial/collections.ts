// The editor-writable collections (nieuws, agenda, regio): folders, schemas and file-name rules.
// content.config.ts, the CMS config and CODEOWNERS all read this, so they cannot disagree.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eventSchema } from '../../schemas/agenda';
import { newsSchema } from '../../schemas/nieuws';
import { pageSchema } from '../../schemas/page';
import { contentDir } from '../site/config';
import { DATED_FILE, PAGE_FILE, type EditorialKind } from './checks';
import { allRegions, allSites } from '../site/sites';

/** Route names a region page may not take (they are sections of every regional site). */
export const REGION_SECTIONS = [
  'nieuws',
  'agenda',
  'contact',
  'opleidingen',
  'regelingen',
  'regelingencheck',
  'zoeken',
  'loketten',
  'beheer',
  'media',
  'thema',
];

export type EditorialName = 'nieuws' | 'agenda' | 'regio';

function nationalPageNames(): string[] {
  const dir = join(contentDir(), 'pages');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.slice(0, -4))
    : [];
}

export function editorialKinds(): Record<EditorialName, EditorialKind> {
  const sites = allSites().map((s) => s.id);
  const regions = allRegions().map((r) => r.slug);
  return {
    nieuws: {
      name: 'nieuws',
      schema: newsSchema,
      sites,
      fileName: DATED_FILE,
      fileNameHint: 'name it <publication date>-<words-with-hyphens>.mdx, like 2026-11-12-nieuwe-banenmarkt.mdx',
    },
    agenda: {
      name: 'agenda',
      schema: eventSchema,
      sites,
      fileName: DATED_FILE,
      fileNameHint: 'name it <start date>-<words-with-hyphens>.mdx, like 2027-02-11-bbl-banenmarkt-hengelo.mdx',
    },
    regio: {
      name: 'regio',
      schema: pageSchema,
      sites: regions,
      fileName: PAGE_FILE,
      fileNameHint: 'use lowercase words with hyphens, like taalhulp-op-het-werk.mdx; the name becomes the web address',
      reserved: [...REGION_SECTIONS, ...nationalPageNames()],
    },
  };
}

export function collectionDir(name: EditorialName): string {
  return join(contentDir(), name);
}
