// Browser side of the search page: Pagefind queries, filters and sorting, with the state in the
// URL so a search can be shared and the back button works.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const PAGE_SIZE = 10;

export interface SearchState {
  q: string;
  sort: string;
  filters: Record<string, string[]>;
}

/** Reads the search state from a query string; filter keys are those the page knows. */
export function readState(search: string, filterKeys: string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { q: params.get('q')?.trim() ?? '', sort: params.get('sort') ?? '', filters };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) values.forEach((v) => params.append(key, v));
  if (state.sort) params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Filters and sort for Pagefind. `loaded` names the filter groups whose counts are wanted (an
 * empty "any" loads a group's table without narrowing). A sort keeps only the result types that
 * carry its value (`sortTypes`): Pagefind already drops other pages from a sorted search in the
 * bundle that holds the sort, but a merged bundle without it would add its pages unsorted.
 */
export function pagefindQuery(
  state: SearchState,
  loaded: Iterable<string>,
  sortTypes: Record<string, string[]>,
): { filters: PagefindFilters; sort?: Record<string, 'desc'> } {
  const filters: PagefindFilters = Object.fromEntries([...loaded].map((k) => [k, { any: [] }]));
  for (const [key, values] of Object.entries(state.filters)) filters[key] = { any: values };
  const types = sortTypes[state.sort];
  if (!types) return { filters };
  const chosen = state.filters.type;
  const kept = chosen ? chosen.filter((t) => types.includes(t)) : types;
  // Chosen types without the sort's value give no results, as in one index. An empty "any" would
  // not narrow at all, so it names a value no page has (filter values come from attributes, no NUL).
  filters.type = { any: kept.length ? kept : ['\u0000'] };
  return { filters, sort: { [state.sort]: 'desc' } };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export async function enhanceSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const panel = root.querySelector<HTMLDetailsElement>('[data-filter-panel]')!;
  const chosenCount = root.querySelector<HTMLElement>('[data-filter-count]')!;
  const labels = JSON.parse(root.dataset.filterLabels ?? '{}') as Record<string, string>;
  const ownRegion = root.dataset.regionName;
  // Results from the shared online bundle link to "#regio-{regio}": this site's region goes there.
  const resultUrl = (url: string) =>
    root.dataset.regionSlot && root.dataset.region ? url.replace(root.dataset.regionSlot, root.dataset.region) : url;
  const filterKeys = Object.keys(labels);
  panel.open = window.matchMedia('(min-width: 64rem)').matches; // --breakpoint-lg (tokens.css): the filters become a sidebar
  // On a slow phone the field is on screen before this script runs: text already in it that is
  // not the query from the address was typed by the visitor and must not be overwritten.
  const fromAddress = readState(location.search, filterKeys).q;
  let typedEarly = input.value.trim() !== '' && input.value.trim() !== fromAddress;
  // Show the query from the address straight away, not only once the index has loaded.
  if (!input.value) input.value = fromAddress;

  // Catch the first submit straight away, so a fast keyboard user keeps focus in the field
  // instead of reloading the page while the index is still loading.
  let ready: ((push: boolean) => void) | undefined;
  let queued = false;
  const onEarlySubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (ready) ready(true);
    else queued = true;
  };
  form.addEventListener('submit', onEarlySubmit);
  // What someone types while the index loads must survive the start-up below.
  input.addEventListener('input', () => (typedEarly = true), { once: true });

  // The site's bundles (content, catalogue), the first one loading Pagefind: merged, they answer as one index.
  const bundles = Object.values(JSON.parse(root.dataset.pagefindBundles ?? '{}') as Record<string, string>);
  const sortTypes = JSON.parse(root.dataset.sortTypes ?? '{}') as Record<string, string[]>;
  const options = { baseUrl: '/', excerptLength: 24 };
  let pagefind: Pagefind;
  try {
    if (!bundles.length) throw new Error('This site has no search bundles');
    pagefind = (await import(/* @vite-ignore */ `${bundles[0]}pagefind.js`)) as Pagefind;
    await pagefind.options(options);
    await pagefind.init();
    // Side by side: a national catalogue comes in several parts (src/tooling/search/indexer.ts).
    await Promise.all(bundles.slice(1).map((bundle) => pagefind.mergeIndex(bundle, options)));
  } catch {
    form.removeEventListener('submit', onEarlySubmit);
    status.textContent = 'Zoeken lukt nu niet. Gebruik de overzichten hieronder.';
    if (queued) form.submit();
    return;
  }
  // Filter values come from the page (written at build time from the pages in this index), so
  // Pagefind's filters() is never called: it would fetch every group's table before the first
  // result. A group's table loads with the first search that names the group: once it is opened
  // or one of its values is chosen. Counts show for those groups only.
  const values = JSON.parse(root.dataset.filterValues ?? '{}') as Record<string, string[]>;
  const checkboxes = new Map<string, HTMLInputElement>();
  const countSpans = new Map<string, HTMLSpanElement>();
  const groups = new Map<string, HTMLDetailsElement>();
  const loaded = new Set<string>();
  let hasSearched = false;
  for (const key of filterKeys) {
    const options = values[key] ?? [];
    if (options.length < 2) continue;
    const fieldset = el('fieldset', { className: 'px-3 pb-3' }, el('legend', { className: 'sr-only' }, labels[key]));
    options.forEach((value, i) => {
      const id = `filter-${key}-${i}`;
      const box = el('input', { type: 'checkbox', id, name: key, value, className: 'h-5 w-5 shrink-0' });
      const count = el('span', { className: 'text-muted' });
      const label = el('label', { htmlFor: id, className: 'flex min-h-8 items-center gap-2' }, box, el('span', {}, value, ' '), count);
      fieldset.append(label);
      checkboxes.set(`${key}\u0000${value}`, box);
      countSpans.set(`${key}\u0000${value}`, count);
    });
    const group = el(
      'details',
      { className: 'rounded-md border border-line-soft' },
      el('summary', { className: 'min-h-11 cursor-pointer px-3 py-2 font-semibold' }, labels[key]),
      fieldset,
    );
    group.dataset.filterGroup = key;
    group.addEventListener('toggle', () => {
      if (!group.open || loaded.has(key)) return;
      loaded.add(key);
      // Run the shown search again, now naming this group, so its counts appear.
      if (hasSearched) void runSearch(currentState());
    });
    groups.set(key, group);
    filtersBox.append(group);
  }

  const currentState = (): SearchState => {
    const filters: Record<string, string[]> = {};
    for (const [id, box] of checkboxes) {
      if (!box.checked) continue;
      const [key, value] = id.split('\u0000');
      (filters[key] ??= []).push(value);
    }
    return { q: input.value.trim(), sort: sortSelect.value, filters };
  };

  const showChosen = () => {
    const n = [...checkboxes.values()].filter((box) => box.checked).length;
    chosenCount.textContent = n ? `(${n} gekozen)` : '';
  };

  const applyState = (state: SearchState) => {
    input.value = state.q;
    sortSelect.value = state.sort;
    for (const [id, box] of checkboxes) {
      const [key, value] = id.split('\u0000');
      box.checked = state.filters[key]?.includes(value) ?? false;
    }
    // A group with a chosen value is open, so the choice can be seen and undone.
    for (const [key, group] of groups) {
      if (!state.filters[key]?.length) continue;
      loaded.add(key);
      group.open = true;
    }
    showChosen();
  };

  let shown: PagefindSearch['results'] = [];
  let offset = 0;
  let run = 0;

  /** The next page of result items, built off-screen so the list changes in one step. */
  async function itemsFrom(results: PagefindSearch['results'], start: number): Promise<HTMLLIElement[]> {
    const slice = results.slice(start, start + PAGE_SIZE);
    const data = await Promise.all(slice.map((r) => r.data()));
    const items: HTMLLIElement[] = [];
    for (const item of data) {
      const type = item.filters.type?.[0];
      // A programme given in several regions names them all. A regional site shows its own region,
      // else "Online" (why the result is there); the national site the region of the start shown.
      const regions = item.filters.regio ?? [];
      const region =
        (ownRegion ? [ownRegion, root.dataset.onlineRegion].find((r) => r && regions.includes(r)) : item.meta.regio) ?? regions[0];
      const details = [
        type,
        region,
        item.meta.date && new Date(item.meta.date).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
        item.meta.start && `Start: ${item.meta.start}`,
      ]
        .filter(Boolean)
        .join(' · ');
      const excerpt = el('p', { className: 'mt-1' });
      excerpt.innerHTML = item.excerpt; // Pagefind's own excerpt of our pages, with <mark> around hits
      items.push(
        el(
          'li',
          {},
          el('p', { className: 'text-sm text-muted' }, details),
          el('h3', { className: 'text-lg' }, el('a', { href: resultUrl(item.url) }, item.meta.title ?? item.url)),
          excerpt,
        ),
      );
    }
    return items;
  }

  // The old results stay on the page, with their own count, until the new ones are complete: the
  // list, the count and the filter counts then change together. aria-busy says a search is running.
  async function runSearch(state: SearchState) {
    const mine = ++run;
    list.setAttribute('aria-busy', 'true');
    const hasFilters = Object.keys(state.filters).length > 0;
    for (const key of Object.keys(state.filters)) loaded.add(key);
    if (!state.q && !hasFilters) {
      hasSearched = false;
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      empty.hidden = true;
      list.removeAttribute('aria-busy');
      return;
    }
    const search = await pagefind.search(state.q || null, pagefindQuery(state, loaded, sortTypes));
    if (!search || mine !== run) return;
    const items = await itemsFrom(search.results, 0);
    if (mine !== run) return;
    shown = search.results;
    offset = items.length;
    hasSearched = true;
    for (const [id, span] of countSpans) {
      const [key, value] = id.split('\u0000');
      span.textContent = loaded.has(key) ? `(${search.filters[key]?.[value] ?? 0})` : '';
    }
    list.replaceChildren(...items);
    more.hidden = offset >= shown.length;
    const n = shown.length;
    const what = state.q ? ` voor “${state.q}”` : '';
    status.textContent = n === 0 ? `Geen resultaten${what}.` : `${n} ${n === 1 ? 'resultaat' : 'resultaten'}${what}.`;
    empty.hidden = n > 0;
    list.removeAttribute('aria-busy');
  }

  const commit = (push: boolean) => {
    showChosen();
    const state = currentState();
    const url = location.pathname + writeState(state);
    // Enter after search-as-you-type would push the address already shown: Back would then seem broken.
    if (push && url !== location.pathname + location.search) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    return runSearch(state);
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    // Fetch the index chunks for the words typed so far while the field waits for a pause.
    const term = input.value.trim();
    if (term) void pagefind.preload(term);
    timer = window.setTimeout(() => void commit(false), 250);
  });
  ready = (push) => {
    window.clearTimeout(timer);
    void commit(push);
  };
  sortSelect.addEventListener('change', () => void commit(true));
  filtersBox.addEventListener('change', () => void commit(true));
  more.addEventListener('click', () => {
    const first = list.children.length;
    void itemsFrom(shown, offset).then((items) => {
      offset += items.length;
      list.append(...items);
      more.hidden = offset >= shown.length;
      (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    const state = readState(location.search, filterKeys);
    applyState(state);
    void runSearch(state);
  });

  // The interface is complete (filter groups built, handlers in place): tests and styles can rely on it.
  root.setAttribute('data-search-ready', '');
  const initial = readState(location.search, filterKeys);
  if (queued) {
    // Typed and submitted before the index was ready: that query wins over the URL.
    ready(true);
    return;
  }
  if (typedEarly) {
    // Typed but not yet submitted: keep the text, take filters and sort from the URL, and search
    // as typing would have done.
    applyState({ ...initial, q: input.value });
    await commit(false);
    return;
  }
  applyState(initial);
  await runSearch(initial);
}
