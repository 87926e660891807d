// Browser side of the regelingencheck: show the form instead of the role links, hide questions
// that do not apply to the chosen role, and show the results of the shared rules in
// src/lib/regelingen/check.ts. Builds DOM nodes with textContent only (no HTML strings).
import {
  answersFromParams, answersToParams, checkRegelingen, countText, explainResult, questionsFor, PARAMS,
  type Answers, type CheckItem, type CheckResult,
} from '../lib/regelingen/check';
import { statusBadgeClass } from '../lib/regelingen/status-badge';
import type { Role } from '../schemas/eligibility';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Same markup as CheckResult.astro. */
function resultItem({ item, reasons, conditions }: CheckResult): HTMLLIElement {
  const li = el('li', 'rounded-lg border border-line-soft p-5');
  li.dataset.result = item.id;
  const heading = el('h3', 'text-lg');
  const link = el('a', '', item.title);
  link.href = item.href;
  heading.append(link);
  const status = el('p', 'mt-2');
  const badge = el('span', statusBadgeClass(item.status));
  badge.append(el('span', 'sr-only', 'Status: '), item.statusLabel);
  status.append(badge, ` ${item.statusNote}`);
  li.append(heading, status, el('p', 'mt-2', item.summary));
  const { reason, condition } = explainResult({ reasons, conditions });
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

  form.hidden = false;
  if (noJs) noJs.hidden = true;

  const questions = [...form.querySelectorAll<HTMLElement>('[data-question]')];
  const showQuestions = () => {
    const role = new FormData(form).get(PARAMS.role) as Role | null;
    const wanted = new Set<string>(questionsFor(role ?? undefined));
    for (const q of questions) q.hidden = !wanted.has(q.dataset.question ?? '');
  };

  const show = (answers: Answers, moveFocus: boolean) => {
    const found = checkRegelingen(items, answers);
    list.replaceChildren(...found.map(resultItem));
    results.hidden = false;
    count.textContent = countText(found.length);
    if (moveFocus) heading.focus();
  };

  const fill = (params: URLSearchParams) => {
    for (const [name, value] of params) {
      const field = form.elements.namedItem(name);
      if (field instanceof RadioNodeList) field.value = value;
      else if (field instanceof HTMLInputElement) field.value = value;
    }
  };

  form.addEventListener('change', showQuestions);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = answersFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    history.replaceState(null, '', `?${answersToParams(answers)}`);
    show(answers, true);
  });

  // A shared or bookmarked address (?rol=werkgever&bedrijf=mkb) opens with its answers filled in.
  const initial = new URLSearchParams(location.search);
  fill(initial);
  showQuestions();
  const answers = answersFromParams(initial);
  if (answers.role) show(answers, false);
}
