// Names of the components editors may use in content. Plain data (no .astro imports) so the
// build-time safety check and unit tests can read it; src/components/mdx.ts maps each name to
// its component, and TypeScript (`satisfies`) keeps the two lists equal.
export const ALLOWED_COMPONENTS = ['Alert'] as const;

export type AllowedComponent = (typeof ALLOWED_COMPONENTS)[number];
