import { z } from 'astro/zod';

export const pageSchema = z
  .object({
    title: z.string().min(3),
    description: z.string().min(20).max(160, { error: 'is longer than 160 characters; shorten it for search results' }),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
