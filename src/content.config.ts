// Content collections. Schemas live in src/schemas/ so the CMS config and tests derive from the same source.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { offerSchema } from './schemas/opleiding';
import { edudexLoader } from './lib/edudex-loader';

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** Training offers imported from EDU-DEX feeds (content/opleidingen/, or EDUDEX_DIR). */
const opleidingen = defineCollection({
  loader: edudexLoader(),
  schema: offerSchema,
});

export const collections = { pages, opleidingen };
