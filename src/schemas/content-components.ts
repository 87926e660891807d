// The components editors may use in content, each with the props an editor may set. Plain data
// (no .astro imports) so the build-time safety check, the CMS and unit tests can read it;
// src/components/content/mdx.ts maps each name to its component, and TypeScript (`satisfies`) keeps the
// two lists equal.
export const ALLOWED_COMPONENTS = {
  Alert: ['kind', 'label'],
} as const satisfies Record<string, readonly string[]>;

export type AllowedComponent = keyof typeof ALLOWED_COMPONENTS;
