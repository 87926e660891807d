// Fields that carry the English version of Dutch content, checked like the Dutch text they
// translate: plain text (no markup: it goes out on pages and in the open data) and the same length.
import { z } from 'astro/zod';
import { MARKUP_START } from './shared';

/** English summary of a regeling (B1): the same limits as the Dutch `summary`. */
export const summaryEn = z
  .string()
  .trim()
  .min(20, { error: 'is too short; write one or two sentences in English (at least 20 characters)' })
  .max(200, { error: 'is longer than 200 characters; shorten it' })
  .refine((text) => !MARKUP_START.test(text), { error: 'is plain text; leave out < and > (HTML)' });
