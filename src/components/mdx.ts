// The components editors may use in Markdown/MDX content. Content never imports anything;
// pages pass these in through <Content components={mdxComponents} />.
import Alert from './Alert.astro';

export const mdxComponents = { Alert };

/** Names allowed in editor-writable content (checked at build time). */
export const ALLOWED_COMPONENTS = Object.keys(mdxComponents);
