// Browser side of LoketFinder: filter the A–Z list as the visitor types. Where the finder has
// loket cards (the embed), show the card of the one loket found, or of the preselected region.
import { matchesQuery } from '../lib/loketten/match';
import { finderText } from '../lib/loketten/finder-text';

export function enhanceLoketFinder(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>('[data-finder-form]');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (!form || !input || !status) return;
  const t = finderText(root.dataset.lang ?? 'nl');
  form.hidden = false;
  const items = [...root.querySelectorAll<HTMLElement>('li[data-search]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-letter-group]')];
  const letters = root.querySelector<HTMLElement>('[data-letter-index]');
  const cards = [...root.querySelectorAll<HTMLElement>('[data-loket-card]')];
  const params = new URLSearchParams(location.search);
  // ?regio= names a region; a region served by another loket shows that loket (as the list does).
  const regio = params.get('regio') ?? '';
  const preset = items.find((i) => i.dataset.region === regio)?.dataset.loket;

  const showCard = (slug: string | undefined) => {
    for (const card of cards) card.hidden = card.dataset.loketCard !== slug;
  };

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
    else if (shown === 0) status.textContent = t.none(query);
    else if (shown === 1 && only) status.textContent = t.one(only.textContent?.trim() ?? '');
    else status.textContent = t.many(shown);
    showCard(query.trim() && shown === 1 ? only?.dataset.loket : query.trim() ? undefined : preset);
  };
  input.addEventListener('input', update);
  const initial = params.get('gemeente');
  if (initial) input.value = initial;
  update();
}
