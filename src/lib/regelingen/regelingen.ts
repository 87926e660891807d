// Regelingen by date, by site and by audience: pure functions over parsed entries. The build date
// comes in as an argument (pages pass buildDate()), so every rule here is testable for any day.
import { paths } from '../site/paths';
import { AUDIENCES, AUDIENCE_LABELS } from '../../schemas/shared';
import { LANDELIJK, type ApplicationWindow, type RegelingData, type Status } from '../../schemas/regeling';
import { monthsBefore } from '../dates';
import { effectiveStatus, statusNote, STATUS_WORDS_NL, windowsAround } from './status';
import { ContentError } from '../errors';
import { getSite, NATIONAL, siteUrls } from '../site/sites';
import { rulesOf, type CheckItem } from './check';
import { STATUS_LABELS_EN, STATUS_WORDS_EN } from '../i18n/en';

/** A regeling as the content collection (and scripts/check-regelingen.ts) hands it over. */
export interface RegelingEntry {
  /** The file name without .mdx; also the URL slug. */
  id: string;
  data: RegelingData;
  filePath?: string;
}

export const STATUS_LABELS: Record<Status, string> = {
  open: 'Open',
  verwacht: 'Verwacht',
  'geen-aanvraagperiode': 'Geen aanvraagperiode',
  gesloten: 'Gesloten',
};

/** Order in lists: what people can apply for now first, what stopped last. */
export const STATUS_ORDER: Record<Status, number> = { open: 0, verwacht: 1, 'geen-aanvraagperiode': 2, gesloten: 3 };

/** Months after which a regeling counts as not recently checked. */
export const FRESH_MONTHS = 6;

export const fileOf = (entry: RegelingEntry) => entry.filePath ?? `content/regelingen/${entry.id}.mdx`;

type Timing = Pick<RegelingData, 'continuous' | 'windows' | 'ended'>;

export { effectiveStatus, statusNote, windowsAround };

/** Facts that contradict the build date. Empty when there are none. */
export function contradictions(data: Pick<RegelingData, 'lastChecked'>, today: string): string[] {
  return data.lastChecked > today ? [`lastChecked (${data.lastChecked}) is in the future; write the day the facts were checked`] : [];
}

/** The last window passed and no next one is known: someone should look up the next dates. */
export function lastWindowPassed(data: Timing, today: string): ApplicationWindow | undefined {
  return effectiveStatus(data, today) === 'geen-aanvraagperiode' ? windowsAround(data, today).last : undefined;
}

/** Between windows with no next one known (including "windows: []"): someone should look up the dates. */
export function needsNextWindow(data: Timing, today: string): boolean {
  return data.windows !== undefined && effectiveStatus(data, today) === 'geen-aanvraagperiode';
}

/** Not checked in the last FRESH_MONTHS months. */
export function isStale(data: Pick<RegelingData, 'lastChecked'>, today: string): boolean {
  return data.lastChecked < monthsBefore(today, FRESH_MONTHS);
}

/** Region slugs of a regional regeling; undefined for a national one. */
export function scopeRegions(data: Pick<RegelingData, 'scope'>): string[] | undefined {
  return data.scope === LANDELIJK ? undefined : data.scope;
}

/** Names of the regions a regional regeling holds in ("Twente"); undefined for a national one. */
export function regionNames(data: Pick<RegelingData, 'scope'>): string[] | undefined {
  return scopeRegions(data)?.map((slug) => getSite(slug).shortName);
}

/** National site: everything. Regional site: national regelingen plus that region's own. */
export function visibleOn(data: Pick<RegelingData, 'scope'>, siteId: string): boolean {
  const regions = scopeRegions(data);
  return siteId === NATIONAL || !regions || regions.includes(siteId);
}

const byTitle = (a: RegelingEntry, b: RegelingEntry) => a.data.title.localeCompare(b.data.title, 'nl');

/** The regelingen a site shows, A–Z by title. */
export function regelingenForSite<T extends RegelingEntry>(entries: T[], siteId: string): T[] {
  return entries.filter((e) => visibleOn(e.data, siteId)).sort(byTitle);
}

/** The regelingen to use instead of `entry` that a site shows (insteadOf, in the file's order). */
export function alternativesOn<T extends RegelingEntry>(entry: RegelingEntry, entries: T[], siteId: string): T[] {
  return entry.data.insteadOf
    .map((id) => entries.find((e) => e.id === id))
    .filter((e): e is T => e !== undefined && visibleOn(e.data, siteId));
}

export interface AudienceGroup<T> {
  audience: (typeof AUDIENCES)[number];
  label: string;
  items: T[];
}

/**
 * Regelingen that still exist per audience (one regeling may be in several groups), open first,
 * then verwacht, then those between windows; the closed ones apart, so they stay findable
 * without looking current.
 */
export function groupForOverview<T extends RegelingEntry>(entries: T[], today: string): { groups: AudienceGroup<T>[]; closed: T[] } {
  const rank = (e: T) => STATUS_ORDER[effectiveStatus(e.data, today)];
  const sorted = [...entries].sort((a, b) => rank(a) - rank(b) || byTitle(a, b));
  const current = sorted.filter((e) => effectiveStatus(e.data, today) !== 'gesloten');
  const groups = AUDIENCES.map((audience) => ({
    audience,
    label: AUDIENCE_LABELS[audience],
    items: current.filter((e) => e.data.audiences.includes(audience)),
  })).filter((g) => g.items.length > 0);
  return { groups, closed: sorted.filter((e) => effectiveStatus(e.data, today) === 'gesloten') };
}

/** Problems no single file shows: insteadOf naming a regeling that does not exist, or itself. */
export function crossReferenceProblems(entries: RegelingEntry[]): ContentError[] {
  const ids = new Set(entries.map((e) => e.id));
  const errors: ContentError[] = [];
  for (const entry of entries) {
    entry.data.insteadOf.forEach((other, i) => {
      const field = `insteadOf[${i}]`;
      if (other === entry.id)
        errors.push(new ContentError(fileOf(entry), field, `names this regeling itself; name another regeling to use instead`));
      else if (!ids.has(other)) {
        errors.push(
          new ContentError(
            fileOf(entry),
            field,
            `"${other}" is not a regeling; use the file name (without .mdx) of one in content/regelingen/`,
          ),
        );
      }
    });
  }
  return errors;
}

export interface FreshnessReport {
  today: string;
  /** Checked before this date counts as stale. */
  cutoff: string;
  stale: { id: string; file: string; lastChecked: string }[];
  contradictions: { id: string; file: string; problems: string[] }[];
  /** The last window closed and no next one is known. */
  noNextWindow: { id: string; file: string; closed?: string }[];
}

export function freshnessReport(entries: RegelingEntry[], today: string): FreshnessReport {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  return {
    today,
    cutoff: monthsBefore(today, FRESH_MONTHS),
    stale: sorted.filter((e) => isStale(e.data, today)).map((e) => ({ id: e.id, file: fileOf(e), lastChecked: e.data.lastChecked })),
    contradictions: sorted
      .map((e) => ({ id: e.id, file: fileOf(e), problems: contradictions(e.data, today) }))
      .filter((c) => c.problems.length > 0),
    noNextWindow: sorted
      .filter((e) => needsNextWindow(e.data, today))
      .map((e) => ({ id: e.id, file: fileOf(e), closed: lastWindowPassed(e.data, today)?.closes })),
  };
}

/** Lines for the terminal; empty when every regeling is fresh, consistent and has a next window. */
export function formatFreshnessReport(report: FreshnessReport): string[] {
  const lines: string[] = [];
  if (report.stale.length) {
    lines.push(`${report.stale.length} regeling(en) not checked since ${report.cutoff} (${FRESH_MONTHS} months before ${report.today}):`);
    for (const s of report.stale)
      lines.push(`  - ${s.file}: lastChecked ${s.lastChecked}; check the facts against the source and update lastChecked`);
  }
  if (report.contradictions.length) {
    lines.push(`${report.contradictions.length} regeling(en) whose dates contradict their status on ${report.today}:`);
    for (const c of report.contradictions) for (const p of c.problems) lines.push(`  - ${c.file}: ${p}`);
  }
  if (report.noNextWindow.length) {
    lines.push(`${report.noNextWindow.length} regeling(en) whose last window has passed with no next one on ${report.today}:`);
    for (const w of report.noNextWindow) {
      const when = w.closed ? `the last one closed on ${w.closed}` : 'no window is known';
      lines.push(
        `  - ${w.file}: windows: ${when}; add the next window when the organiser publishes it, or set ended if the regeling stopped`,
      );
    }
  }
  return lines;
}

/**
 * What the regelingencheck needs of each regeling the site shows that is not closed on `today`.
 * Regional ones get a region condition unless shown on their own region's site. In English the
 * texts are English; the link still goes to the (Dutch) regeling page.
 */
export function checkItems(entries: RegelingEntry[], options: { siteId: string; today: string; lang?: 'nl' | 'en' }): CheckItem[] {
  const { siteId, today, lang = 'nl' } = options;
  const en = lang === 'en';
  const urls = siteUrls();
  return regelingenForSite(entries, siteId)
    .map((entry) => ({ entry, status: effectiveStatus(entry.data, today) }))
    .filter((x): x is { entry: RegelingEntry; status: Exclude<Status, 'gesloten'> } => x.status !== 'gesloten')
    .map(({ entry, status }) => {
      const regions = scopeRegions(entry.data);
      return {
        id: entry.id,
        title: entry.data.title,
        summary: en ? entry.data.summaryEn : entry.data.summary,
        href: urls.href(siteId, siteId, paths.regeling(entry.id)),
        status,
        statusLabel: en ? STATUS_LABELS_EN[status] : STATUS_LABELS[status],
        statusNote: statusNote(entry.data, today, en ? STATUS_WORDS_EN : STATUS_WORDS_NL),
        rules: rulesOf(entry.data),
        ...(regions && !regions.includes(siteId) ? { regionNames: regionNames(entry.data) } : {}),
        ...(regions ? { scope: regions } : {}),
      };
    });
}
