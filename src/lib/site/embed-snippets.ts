// The code partners copy from /partners/: the <iframe> for a tool and the optional listener that
// lets the frame's height follow its content. One source, so the page and the test that runs the
// snippet on another origin use exactly the same code.
export const RESIZE_MESSAGE = 'leerwerkloket:resize';

export const EMBED_TOOLS = {
  loketzoeker: 'Loketzoeker van het Leerwerkloket',
  regelingencheck: 'Regelingencheck van het Leerwerkloket',
} as const;
export type EmbedTool = keyof typeof EMBED_TOOLS;

/** `origin`: where the tools live, e.g. https://leerwerkloket.nl (no trailing slash). */
export function iframeSnippet(origin: string, tool: EmbedTool, regio?: string): string {
  const query = regio ? `?regio=${encodeURIComponent(regio)}` : '';
  return `<iframe src="${origin}/embed/${tool}/${query}" title="${EMBED_TOOLS[tool]}" data-leerwerkloket style="width: 100%; height: 700px; border: 0;" loading="lazy"></iframe>`;
}

export function resizeListenerSnippet(origin: string): string {
  return `<script>
  // Past de hoogte van het Leerwerkloket-venster aan de inhoud aan.
  window.addEventListener('message', function (event) {
    if (event.origin !== '${origin}' || !event.data || event.data.type !== '${RESIZE_MESSAGE}') return;
    document.querySelectorAll('iframe[data-leerwerkloket]').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';
    });
  });
</script>`;
}
