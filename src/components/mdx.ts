// The components editors may use in Markdown/MDX content. Content never imports anything;
// pages pass these in through <Content components={mdxComponents} />.
import Alert from './Alert.astro';
import { ALLOWED_COMPONENTS, type AllowedComponent } from './mdx-allowlist';

export const mdxComponents = { Alert } satisfies Record<AllowedComponent, unknown>;

/** Names allowed in editor-writable content (checked at build time by src/lib/content-safety.ts). */
export { ALLOWED_COMPONENTS };
