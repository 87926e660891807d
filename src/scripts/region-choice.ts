// "Waar woon je?" on a national programme page (RegionChoice.astro). The region comes from the
// fragment (#regio-twente, from a regional listing) or from an earlier choice remembered in
// localStorage; the visitor can change it with the choice list. The chosen region's entry of the
// "Waar woon je?" list is copied into the box near the top. No cookies; without storage it still works.

export const STORAGE_KEY = 'leerwerkloket-regio';
const FRAGMENT = /^#regio-([a-z0-9-]+)$/;

/** The region slug in a fragment like "#regio-twente", if any. */
export function regionFromHash(hash: string): string | undefined {
  return FRAGMENT.exec(hash)?.[1];
}

function read(storage: Storage | undefined): string | undefined {
  try {
    return storage?.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(storage: Storage | undefined, slug: string): void {
  try {
    if (slug) storage?.setItem(STORAGE_KEY, slug);
    else storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be switched off; the choice then holds for this page only.
  }
}

function storageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

export function initRegionChoice(doc: Document, win: Window): void {
  const box = doc.querySelector<HTMLElement>('[data-region-choice]');
  const select = box?.querySelector<HTMLSelectElement>('[data-region-select]');
  const shown = box?.querySelector<HTMLElement>('[data-region-shown]');
  if (!box || !select || !shown) return;
  const storage = storageOf(win);
  const entry = (slug: string | undefined) => (slug ? doc.querySelector<HTMLElement>(`[data-region="${CSS.escape(slug)}"]`) : null);

  const show = (slug: string | undefined) => {
    const item = entry(slug);
    const body = item?.querySelector('[data-region-body]');
    select.value = item ? slug! : '';
    shown.replaceChildren();
    box.dataset.regionChosen = item ? slug : '';
    if (!item || !body) return;
    const name = doc.createElement('p');
    name.className = 'font-semibold';
    name.textContent = `Jouw regio: ${item.dataset.regionName ?? ''}`;
    const copy = body.cloneNode(true) as HTMLElement;
    copy.removeAttribute('data-region-body');
    copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
    shown.append(name, copy);
  };

  const fromHash = regionFromHash(win.location.hash);
  const start = entry(fromHash) ? fromHash : read(storage);
  if (start && entry(start)) {
    remember(storage, start);
    show(start);
  }
  box.hidden = false;
  // Arriving on #regio-<slug> the browser jumps to the list; the same advice now stands near the
  // top, so once the page has loaded (and the browser has jumped) start at the top.
  if (fromHash && entry(fromHash)) {
    const toTop = () => win.scrollTo({ top: 0 });
    if (doc.readyState === 'complete') toTop();
    else win.addEventListener('load', toTop, { once: true });
  }

  select.addEventListener('change', () => {
    remember(storage, select.value);
    show(select.value || undefined);
  });
  win.addEventListener('hashchange', () => {
    const slug = regionFromHash(win.location.hash);
    if (slug && entry(slug)) {
      remember(storage, slug);
      show(slug);
    }
  });
}
