// The components editors may use in Markdown/MDX content. Content never imports anything;
// pages pass these in through <Content components={mdxComponents} />. Links (`a`) are rewritten
// through the URL helper so content links work on every site and in both hosting modes.
import Alert from './Alert.astro';
import Begrip from './Begrip.astro';
import ContentLink from './ContentLink.astro';
import { ALLOWED_COMPONENTS, type AllowedComponent } from '../../schemas/content-components';

const allowed = { Alert } satisfies Record<AllowedComponent, unknown>;

export const mdxComponents = { ...allowed, a: ContentLink };

/** Names allowed in editor-writable content (checked at build time by src/lib/editorial/content-safety.ts). */
export { ALLOWED_COMPONENTS };

/**
 * National content (content/regelingen, written by the national team) may also explain jargon
 * with Begrip. Never pass these to editor content: Begrip is not in the allowlist.
 */
export const nationalMdxComponents = { ...mdxComponents, Begrip };
