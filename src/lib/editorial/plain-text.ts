// Editor text (titles, summaries) is plain text, but RSS readers render an item's description as
// HTML and many treat its title the same way. The schemas refuse markup in summaries; these
// helpers make sure that whatever still reaches a feed shows as text.

import { MARKUP_START } from '../../schemas/shared';

export { MARKUP_START };

// A tag up to its ">", or up to the end when it is never closed.
const TAG = /<[a-z/!?][^>]*(?:>|$)/gi;

/** The text without tags, whitespace collapsed. Other "<" and ">" (as in "4 < 5") stay. */
export function stripTags(text: string): string {
  let out = text;
  // Repeat: removing one tag can join the pieces around it into a new one ("<<b>img …>").
  while (MARKUP_START.test(out)) out = out.replace(TAG, '');
  return out.replace(/\s+/g, ' ').trim();
}

/** HTML that shows exactly the (tag-free) text: "&" stays "&", "&amp;" stays "&amp;". */
export function textAsHtml(text: string): string {
  return stripTags(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
