// Content collections. Schemas live in src/schemas/ so the CMS config and tests derive from the same source.
import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { newsSchema } from './schemas/nieuws';
import { eventSchema } from './schemas/agenda';
import { offerEntrySchema } from './schemas/opleiding';
import { checkedRegelingSchema } from './lib/regelingen/schema';
import { contentDir } from './lib/site/config';
import { editorialLoader } from './lib/editorial/loader';
import { edudexLoader } from './lib/opleidingen/loader';
import { regelingenLoader } from './lib/regelingen/loader';

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir(), 'pages') }),
  schema: pageSchema,
});

// Editor-writable folders (through the CMS): checked for site folder, file name, unsafe MDX and schema.
const nieuws = defineCollection({ loader: editorialLoader('nieuws'), schema: newsSchema });
const agenda = defineCollection({ loader: editorialLoader('agenda'), schema: eventSchema });
const regio = defineCollection({ loader: editorialLoader('regio'), schema: pageSchema });

/** Training offers imported from EDU-DEX feeds (content/opleidingen/, or EDUDEX_DIR): a small entry
 *  each here, the whole offers in the offer store (src/lib/opleidingen/offer-store.ts). */
const opleidingen = defineCollection({ loader: edudexLoader(), schema: offerEntrySchema });

/** Financial regulations, maintained by the national team. */
const regelingen = defineCollection({ loader: regelingenLoader(), schema: checkedRegelingSchema() });

export const collections = { pages, nieuws, agenda, regio, opleidingen, regelingen };
