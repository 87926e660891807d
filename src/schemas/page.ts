import { z } from 'astro/zod';
import { cms } from './editorial';

export const pageSchema = z
  .object({
    title: cms(z.string().min(3), { label: 'Titel' }),
    description: cms(z.string().min(20).max(160, { error: 'is longer than 160 characters; shorten it for search results' }), {
      label: 'Korte beschrijving',
      hint: 'Eén zin voor zoekmachines en links (hoogstens 160 tekens).',
      widget: 'text',
    }),
  })
  .strict();

export type PageData = z.infer<typeof pageSchema>;
