// Checks over the built HTML that every page must pass (title, description, lang, h1, canonical),
// and a sample with one page per template per site for the slower checks (validator, axe).
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { htmlFiles } from './files';

export interface PageInfo {
  file: string;
  /** URL path in the path-mode tree, e.g. /twente/nieuws/. */
  path: string;
  site: string;
  template: string;
  title: string;
  /** Size of the HTML file. */
  bytes: number;
}

export interface AuditProblem {
  path: string;
  problem: string;
}

const first = (html: string, re: RegExp) => html.match(re)?.[1];

/** Paths of the English pages: /en/… on the national site, /<region>/en/… on regional ones. */
export const ENGLISH_PATH = /^\/(?:[a-z0-9-]+\/)?en\//;

/** `skip`: top-level folders that are not public pages (the CMS admin). */
export function readPages(root: string, skip: string[] = []): { pages: PageInfo[]; problems: AuditProblem[] } {
  const pages: PageInfo[] = [];
  const problems: AuditProblem[] = [];
  const titles = new Map<string, string>();
  for (const file of htmlFiles(root, { skipTop: new Set(skip) })) {
    const path =
      '/' +
      relative(root, file)
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1');
    const html = readFileSync(file, 'utf8');
    const add = (problem: string) => problems.push({ path, problem });
    if (!/^<!DOCTYPE html>/i.test(html)) continue; // redirects and fragments are not pages
    const htmlTag = first(html, /<html([^>]*)>/) ?? '';
    // English pages live under /en/ (/en/… or /<region>/en/…); every other page is Dutch.
    const lang = ENGLISH_PATH.test(path) ? 'en' : 'nl';
    if (!new RegExp(`\\slang="${lang}"`).test(htmlTag)) add(`<html> has no lang="${lang}"`);
    const title = first(html, /<title>([^<]*)<\/title>/)?.trim() ?? '';
    if (!title) add('has no <title>');
    else if (titles.has(title)) add(`has the same <title> as ${titles.get(title)}: "${title}"`);
    else titles.set(title, path);
    const description = first(html, /<meta name="description" content="([^"]*)"/);
    if (!description || description.length < 20) add('has no meta description (20+ characters)');
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) add(`has ${h1s} <h1> elements; a page needs exactly one`);
    const noindex = /<meta name="robots" content="noindex"/.test(html);
    if (!noindex && !/<link rel="canonical" href="https:\/\/[^"]+"/.test(html)) add('has no canonical URL');
    pages.push({
      file,
      path,
      site: first(htmlTag, /data-site="([^"]+)"/) ?? '?',
      template: first(htmlTag, /data-template="([^"]+)"/) ?? '?',
      title,
      bytes: html.length,
    });
  }
  return { pages, problems };
}

export interface SampleScope {
  /** Sites sampled on every template (default: all). */
  everyTemplate?: (site: string) => boolean;
  /** The templates sampled on the other sites. */
  otherSites?: string[];
}

/** One page per template per site (or, with `scope`, every template only on some sites and a few
 *  templates on the others). Within a template the smallest page is taken (fewest bytes, then path):
 *  the checks are about the template, and small pages keep the slow browser checks within budget. */
export function templateSample(pages: PageInfo[], scope: SampleScope = {}): PageInfo[] {
  const { everyTemplate = () => true, otherSites = [] } = scope;
  const groups = new Map<string, PageInfo[]>();
  for (const page of pages) {
    if (!everyTemplate(page.site) && !otherSites.includes(page.template)) continue;
    const key = `${page.site} ${page.template}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => a.bytes - b.bytes || a.path.localeCompare(b.path))[0]);
}
