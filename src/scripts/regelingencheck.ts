// Browser side of the regelingencheck: show the form instead of the role links, hide questions
// that do not apply to the chosen role, and show the results of the shared rules in
// src/lib/regelingen/check.ts. Each result is a copy of the card the build rendered into a
// <template> (CheckResult.astro), filled with textContent only (no HTML strings).
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

/** A hook in the result card (CheckResult.astro); the template always has them. */
function part(card: HTMLElement, hook: string): HTMLElement {
  const node = card.querySelector<HTMLElement>(`[${hook}]`);
  if (!node) throw new Error(`The check's result template has no [${hook}]`);
  return node;
}

/** A copy of the card in the check's <template> (CheckResult.astro), filled with one result. */
function resultItem(template: HTMLTemplateElement, { item, reasons, conditions }: CheckResult, words: CheckWords): HTMLLIElement {
  const li = template.content.firstElementChild?.cloneNode(true);
  if (!(li instanceof HTMLLIElement)) throw new Error("The check's result template holds no <li>");
  li.dataset.result = item.id;
  const link = part(li, 'data-result-link') as HTMLAnchorElement;
  link.href = item.href;
  link.textContent = item.title;
  const badge = part(li, 'data-result-badge');
  badge.className = statusBadgeClass(item.status);
  badge.append(item.statusLabel);
  badge.parentElement?.replaceChildren(badge, ` ${item.statusNote}`);
  part(li, 'data-result-summary').textContent = item.summary;
  const { reason, condition } = explainResult({ reasons, conditions }, words);
  const fill = (hook: string, text: string | undefined) => {
    const p = part(li, hook);
    if (text) p.textContent = text;
    else p.remove();
  };
  fill('data-reason', reason);
  fill('data-condition', condition);
  return li;
}

export function enhanceRegelingenCheck(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-check-form]');
  const noJs = root.querySelector<HTMLElement>('[data-check-nojs]');
  const results = root.querySelector<HTMLElement>('[data-check-results]');
  const list = root.querySelector<HTMLElement>('[data-check-list]');
  const count = root.querySelector<HTMLElement>('[data-check-count]');
  const heading = results?.querySelector<HTMLElement>('h2');
  const template = root.querySelector<HTMLTemplateElement>('template[data-check-template]');
  if (!form || !results || !list || !count || !heading || !template) return;
  const items = JSON.parse(root.dataset.items ?? '[]') as CheckItem[];
  const words = root.dataset.lang === 'en' ? CHECK_WORDS_EN : DUTCH;
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
    const found = checkRegelingen(forRegion(items, regionOf(params)), answersFromParams(params), words);
    list.replaceChildren(...found.map((r) => resultItem(template, r, words)));
    results.hidden = false;
    count.textContent = countText(found.length, words);
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
