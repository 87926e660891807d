// Browser side of LoketFinder: filter the A–Z list as the visitor types.
import { matchesQuery } from '../lib/loketten/match';

export function enhanceLoketFinder(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>('[data-finder-form]');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (!form || !input || !status) return;
  form.hidden = false;
  const items = [...root.querySelectorAll<HTMLElement>('li[data-search]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-letter-group]')];
  const letters = root.querySelector<HTMLElement>('[data-letter-index]');

  const update = () => {
    const query = input.value;
    let shown = 0;
    let only: HTMLElement | undefined;
    for (const item of items) {
      const match = matchesQuery(item.dataset.search ?? '', query);
      item.hidden = !match;
      if (match) {
        shown += 1;
        only = item;
      }
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-search]:not([hidden])');
    if (letters) letters.hidden = query.trim() !== '';
    if (!query.trim()) status.textContent = '';
    else if (shown === 0) status.textContent = `Geen gemeente gevonden voor "${query}". Controleer de spelling.`;
    else if (shown === 1 && only) status.textContent = `1 gemeente gevonden: ${only.textContent?.trim()}`;
    else status.textContent = `${shown} gemeenten gevonden.`;
  };
  input.addEventListener('input', update);
  const initial = new URLSearchParams(location.search).get('gemeente');
  if (initial) {
    input.value = initial;
    update();
  }
}
