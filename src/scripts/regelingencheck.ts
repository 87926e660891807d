// Browser side of the regelingencheck: show the form instead of the role links, hide questions
// that do not apply to the chosen role, and show the results of the shared rules in
// src/lib/regelingen/check.ts. Builds DOM nodes with textContent only (no HTML strings).
import {
  answersFromParams,
  answersToParams,
  checkRegelingen,
  countText,
  DUTCH,
  explainResult,
  forRegion,
  questionsFor,
  PARAMS,
  type CheckItem,
  type CheckResult,
  type CheckWords,
} from '../lib/regelingen/check';
import { CHECK_WORDS_EN } from '../lib/i18n/en';
import { statusBadgeClass } from '../lib/regelingen/status-badge';
import type { Role } from '../schemas/eligibility';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

interface Texts {
  words: CheckWords;
  /** "Status: " before the badge, for screen readers. */
  status: string;
  /** After a link to a page in another language: " (in Dutch)". */
  linkNote: string;
}

/** Same markup as CheckResult.astro. */
function resultItem({ item, reasons, conditions }: CheckResult, texts: Texts): HTMLLIElement {
  const li = el('li', 'rounded-lg border border-line-soft p-5');
  li.dataset.result = item.id;
  const heading = el('h3', 'text-lg');
  const link = el('a', '', item.title);
  link.href = item.href;
  heading.append(link);
  if (texts.linkNote) {
    link.hreflang = 'nl';
    heading.append(el('span', 'text-base font-normal', texts.linkNote));
  }
  const status = el('p', 'mt-2');
  const badge = el('span', statusBadgeClass(item.status));
  badge.append(el('span', 'sr-only', texts.status), item.statusLabel);
  status.append(badge, ` ${item.statusNote}`);
  li.append(heading, status, el('p', 'mt-2', item.summary));
  const { reason, condition } = explainResult({ reasons, conditions }, texts.words);
  if (reason) {
    const p = el('p', 'mt-2 font-semibold', reason);
    p.dataset.reason = '';
    li.append(p);
  }
  if (condition) {
    const p = el('p', 'mt-1', condition);
    p.dataset.condition = '';
    li.append(p);
  }
  return li;
}

export function enhanceRegelingenCheck(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-check-form]');
  const noJs = root.querySelector<HTMLElement>('[data-check-nojs]');
  const results = root.querySelector<HTMLElement>('[data-check-results]');
  const list = root.querySelector<HTMLElement>('[data-check-list]');
  const count = root.querySelector<HTMLElement>('[data-check-count]');
  const heading = results?.querySelector<HTMLElement>('h2');
  if (!form || !results || !list || !count || !heading) return;
  const items = JSON.parse(root.dataset.items ?? '[]') as CheckItem[];
  const texts: Texts = {
    words: root.dataset.lang === 'en' ? CHECK_WORDS_EN : DUTCH,
    status: root.dataset.statusLabel ?? 'Status: ',
    linkNote: root.dataset.linkNote ?? '',
  };
  // The embed asks for the region: only national regelingen and that region's own count then.
  const region = form.elements.namedItem('regio');
  const regionOf = (params: URLSearchParams) => (region instanceof HTMLSelectElement ? params.get('regio') || undefined : undefined);

  form.hidden = false;
  if (noJs) noJs.hidden = true;

  const questions = [...form.querySelectorAll<HTMLElement>('[data-question]')];
  const showQuestions = () => {
    const role = new FormData(form).get(PARAMS.role) as Role | null;
    const wanted = new Set<string>(questionsFor(role ?? undefined));
    for (const q of questions) q.hidden = !wanted.has(q.dataset.question ?? '');
  };

  const show = (params: URLSearchParams, moveFocus: boolean) => {
    const found = checkRegelingen(forRegion(items, regionOf(params)), answersFromParams(params), texts.words);
    list.replaceChildren(...found.map((r) => resultItem(r, texts)));
    results.hidden = false;
    count.textContent = countText(found.length, texts.words);
    if (moveFocus) heading.focus();
  };

  const fill = (params: URLSearchParams) => {
    for (const [name, value] of params) {
      const field = form.elements.namedItem(name);
      if (field instanceof RadioNodeList) field.value = value;
      else if (field instanceof HTMLInputElement) field.value = value;
      else if (field instanceof HTMLSelectElement && [...field.options].some((o) => o.value === value)) field.value = value;
    }
  };

  form.addEventListener('change', showQuestions);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    const query = answersToParams(answersFromParams(params));
    const regio = regionOf(params);
    if (regio) query.set('regio', regio);
    history.replaceState(null, '', `?${query}`);
    show(query, true);
  });

  // A shared or bookmarked address (?rol=werkgever&bedrijf=mkb) opens with its answers filled in.
  const initial = new URLSearchParams(location.search);
  fill(initial);
  showQuestions();
  if (answersFromParams(initial).role) show(initial, false);
}
