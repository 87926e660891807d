// A news item: content/nieuws/<site>/<yyyy-mm-dd-slug>.mdx (site = landelijk or a region slug).
import { z } from 'astro/zod';
import { audiences, image, optional, publicationDate, summary, tags, title } from './editorial';

export const newsSchema = z
  .object({
    title,
    date: publicationDate,
    summary,
    image: optional(image),
    audiences,
    tags: optional(tags),
  })
  .strict();

export type NewsData = z.infer<typeof newsSchema>;
