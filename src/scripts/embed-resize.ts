// Inside a partner's <iframe>: tell the parent page how tall the tool is whenever that changes,
// so the frame can grow and shrink with its content. The height is not secret, so any parent
// may hear it ('*'); the partner's listener checks that the message comes from our origin.
import { RESIZE_MESSAGE } from '../lib/site/embed-snippets';

export function reportHeight(tool: string): void {
  if (window.parent === window) return; // opened on its own, not framed
  let last = 0;
  const send = () => {
    // The <html> box: only as tall as the content (the body has no minimum height here).
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, tool, height }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
