// Regelingen by date, by site and by audience: pure functions over parsed entries. The build date
// comes in as an argument (pages pass buildDate()), so every rule here is testable for any day.
import { AUDIENCES, AUDIENCE_LABELS } from '../../schemas/shared';
import { LANDELIJK, type RegelingData, type Status } from '../../schemas/regeling';
import { formatDutchDate, monthsBefore } from '../dates';
import { ContentError } from '../errors';
import { getSite, NATIONAL, siteUrls } from '../site/sites';
import { rulesOf, type CheckItem } from './check';
import { STATUS_LABELS_EN, statusNoteEn } from '../i18n/en';

/** A regeling as the content collection (and scripts/check-regelingen.ts) hands it over. */
export interface RegelingEntry {
  /** The file name without .mdx; also the URL slug. */
  id: string;
  data: RegelingData;
  filePath?: string;
}

export const STATUS_LABELS: Record<Status, string> = { open: 'Open', gesloten: 'Gesloten', verwacht: 'Verwacht' };

/** Months after which a regeling counts as not recently checked. */
export const FRESH_MONTHS = 6;

/** A regeling's page inside a site. */
export const regelingPath = (id: string) => `/regelingen/${id}/`;

export const fileOf = (entry: RegelingEntry) => entry.filePath ?? `content/regelingen/${entry.id}.mdx`;

/**
 * The status to show on `today`: a closing date in the past means gesloten, an opening date in
 * the future means verwacht; otherwise what the file says.
 */
export function effectiveStatus(data: Pick<RegelingData, 'status' | 'opens' | 'closes'>, today: string): Status {
  if (data.closes && data.closes < today) return 'gesloten';
  if (data.opens && data.opens > today) return 'verwacht';
  return data.status;
}

/** Where the dates say something else than the status in the file. Empty when they agree. */
export function contradictions(data: Pick<RegelingData, 'status' | 'opens' | 'closes' | 'lastChecked'>, today: string): string[] {
  const problems: string[] = [];
  const { status, opens, closes } = data;
  if (status !== 'gesloten' && closes && closes < today) {
    problems.push(`status is "${status}" but closes (${closes}) has passed; set status to gesloten, or update the dates for the next round`);
  }
  if (status === 'open' && opens && opens > today) {
    problems.push(`status is "open" but opens (${opens}) is still to come; set status to verwacht`);
  }
  if (status === 'verwacht' && opens && opens <= today && !(closes && closes < today)) {
    problems.push(`status is "verwacht" but opens (${opens}) has passed; set status to open, or update opens`);
  }
  if (status === 'gesloten' && opens && opens > today && !closes) {
    problems.push(`status is "gesloten" but opens (${opens}) is still to come and there is no closes; set status to verwacht, or remove opens`);
  }
  if (data.lastChecked > today) {
    problems.push(`lastChecked (${data.lastChecked}) is in the future; write the day the facts were checked`);
  }
  return problems;
}

/** Not checked in the last FRESH_MONTHS months. */
export function isStale(data: Pick<RegelingData, 'lastChecked'>, today: string): boolean {
  return data.lastChecked < monthsBefore(today, FRESH_MONTHS);
}

/** The line under a status badge, in Dutch: what the dates mean for someone who wants to apply. */
export function statusNote(data: Pick<RegelingData, 'status' | 'opens' | 'closes'>, today: string): string {
  const status = effectiveStatus(data, today);
  const { opens, closes } = data;
  if (status === 'gesloten') {
    return closes ? `Aanvragen kon tot en met ${formatDutchDate(closes)}.` : 'Aanvragen kan nu niet.';
  }
  if (status === 'verwacht') {
    if (opens && opens > today) {
      return `Aanvragen kan naar verwachting vanaf ${formatDutchDate(opens)}${closes ? ` tot en met ${formatDutchDate(closes)}` : ''}.`;
    }
    if (opens) return `De opening was gepland op ${formatDutchDate(opens)}. Kijk bij de organisator of aanvragen al kan.`;
    return 'De datum waarop je kunt aanvragen is nog niet bekend.';
  }
  return closes ? `Aanvragen kan tot en met ${formatDutchDate(closes)}.` : '';
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
 * Open and expected regelingen per audience (one regeling may be in several groups), and the
 * closed ones apart, so they stay findable without looking current.
 */
export function groupForOverview<T extends RegelingEntry>(entries: T[], today: string): { groups: AudienceGroup<T>[]; closed: T[] } {
  const sorted = [...entries].sort(byTitle);
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
      if (other === entry.id) errors.push(new ContentError(fileOf(entry), field, `names this regeling itself; name another regeling to use instead`));
      else if (!ids.has(other)) {
        errors.push(new ContentError(fileOf(entry), field, `"${other}" is not a regeling; use the file name (without .mdx) of one in content/regelingen/`));
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
  };
}

/** Lines for the terminal; empty when every regeling is fresh and consistent. */
export function formatFreshnessReport(report: FreshnessReport): string[] {
  const lines: string[] = [];
  if (report.stale.length) {
    lines.push(`${report.stale.length} regeling(en) not checked since ${report.cutoff} (${FRESH_MONTHS} months before ${report.today}):`);
    for (const s of report.stale) lines.push(`  - ${s.file}: lastChecked ${s.lastChecked}; check the facts against the source and update lastChecked`);
  }
  if (report.contradictions.length) {
    lines.push(`${report.contradictions.length} regeling(en) whose dates contradict their status on ${report.today}:`);
    for (const c of report.contradictions) for (const p of c.problems) lines.push(`  - ${c.file}: ${p}`);
  }
  return lines;
}

/**
 * What the regelingencheck needs of each regeling the site shows that is not closed on `today`.
 * Regional ones get a region condition unless shown on their own region's site. In English the
 * texts are English; the link still goes to the (Dutch) regeling page.
 */
export function checkItems(
  entries: RegelingEntry[],
  options: { siteId: string; today: string; lang?: 'nl' | 'en' },
): CheckItem[] {
  const { siteId, today, lang = 'nl' } = options;
  const en = lang === 'en';
  const urls = siteUrls();
  return regelingenForSite(entries, siteId)
    .map((entry) => ({ entry, status: effectiveStatus(entry.data, today) }))
    .filter((x): x is { entry: RegelingEntry; status: 'open' | 'verwacht' } => x.status !== 'gesloten')
    .map(({ entry, status }) => {
      const regions = scopeRegions(entry.data);
      return {
        id: entry.id,
        title: entry.data.title,
        summary: en ? entry.data.summaryEn : entry.data.summary,
        href: urls.href(siteId, siteId, regelingPath(entry.id)),
        status,
        statusLabel: en ? STATUS_LABELS_EN[status] : STATUS_LABELS[status],
        statusNote: en ? statusNoteEn(status, entry.data, today) : statusNote(entry.data, today),
        rules: rulesOf(entry.data),
        ...(regions && !regions.includes(siteId) ? { regionNames: regionNames(entry.data) } : {}),
        ...(regions ? { scope: regions } : {}),
      };
    });
}
