// harvest.json: what the nightly harvest (src/tooling/feeds/) found per provider. Written by the
// harvester only; read by the build (one log line per held-back provider) and by the national
// team's page on the admin host (/beheer/feeds/), which also turns it into a Dutch message for
// the provider. Reading it never throws: a missing or damaged file must not stop the build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedEntry } from '../../schemas/opleiding';

export const HARVEST_FILE = 'harvest.json';

/** What went wrong, so the Dutch message can say it in plain words. */
export type ProblemKind =
  | 'http' // an answer other than 200/304
  | 'timeout' // one request took too long
  | 'provider-timeout' // the whole provider took too long
  | 'too-large' // over the byte limit (also after unpacking)
  | 'redirect' // too many redirects, or to another scheme
  | 'network' // no connection, DNS, TLS
  | 'html' // a web page instead of XML
  | 'address' // a resourceUrl that cannot or may not be fetched
  | 'feed' // the importer refused the content (file + element)
  | 'brake'; // far fewer programmes than last time

export interface HarvestProblem {
  kind: ProblemKind;
  /** The address of the file (or the provider's directory for the brake). */
  file: string;
  /** Element in that file, e.g. programClassification/programLevel or line 12. */
  element?: string;
  /** Plain English, for the build log and the national team. */
  problem: string;
  status?: number;
}

export type HarvestStatus = 'ok' | 'failed' | 'suspicious';

export interface ProviderHarvest {
  name: string;
  url: string;
  contact?: string;
  status: HarvestStatus;
  /** ISO timestamps. */
  lastAttempt: string;
  lastSuccess?: string;
  /** First failed attempt of the current run of failures. */
  heldBackSince?: string;
  /** HTTP status of directory.xml in the last attempt (304 when unchanged). */
  httpStatus?: number;
  /** Programmes listed in the snapshot the build uses. */
  programmes?: number;
  /** Compared with the snapshot before: accepted when ok, held back otherwise. */
  changes?: { added: string[]; changed: string[]; removed: string[] };
  /** Requests in the last attempt: fetched in full, answered 304, bytes received. */
  requests?: { full: number; notModified: number; bytes: number };
  errors: HarvestProblem[];
}

export interface HarvestState {
  version: 1;
  /** When the last harvest run finished. */
  updated?: string;
  providers: Record<string, ProviderHarvest>;
}

export const emptyState = (): HarvestState => ({ version: 1, providers: {} });

/** The state next to the snapshots; a problem in words instead of an exception when it is unreadable. */
export function readHarvestState(dir: string): { state: HarvestState; problem?: string } {
  const file = join(dir, HARVEST_FILE);
  if (!existsSync(file)) return { state: emptyState() };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as HarvestState;
    if (data?.version !== 1 || typeof data.providers !== 'object' || data.providers === null) {
      return { state: emptyState(), problem: `${HARVEST_FILE} is not a harvest state of version 1` };
    }
    return { state: data };
  } catch (error) {
    return { state: emptyState(), problem: `${HARVEST_FILE} cannot be read (${(error as Error).message})` };
  }
}

export const isHeldBack = (p: ProviderHarvest) => p.status !== 'ok';

/** One build-log line per held-back provider: what the build shows instead. */
export function heldBackLines(state: HarvestState, enabled: Set<string>): string[] {
  return Object.entries(state.providers)
    .filter(([id, p]) => enabled.has(id) && isHeldBack(p))
    .map(([id, p]) => {
      const first = p.errors[0];
      const reason = first ? `${first.file}${first.element ? ` → ${first.element}` : ''}: ${first.problem}` : 'no reason recorded';
      const uses = p.lastSuccess
        ? `showing its last good snapshot of ${p.lastSuccess.slice(0, 10)}`
        : 'it has no good snapshot yet, so none of its programmes are shown';
      const more = p.errors.length > 1 ? ` (+${p.errors.length - 1} more)` : '';
      return `EDU-DEX: held back ${id} (${p.status} since ${(p.heldBackSince ?? p.lastAttempt).slice(0, 10)}), ${uses}. ${reason}${more}`;
    });
}

// ---------------------------------------------------------------------------------------------
// The ready-to-send message (Dutch, B1). Technical details stay as the importer wrote them: the
// people who maintain a feed read EDU-DEX element names, and a translation would hide the exact
// element.

const STATUS_NL: Record<HarvestStatus, string> = {
  ok: 'In orde',
  failed: 'Tegengehouden: fout in de feed',
  suspicious: 'Tegengehouden: veel minder opleidingen',
};
export const statusLabel = (status: HarvestStatus) => STATUS_NL[status];

function explain(p: HarvestProblem): string {
  switch (p.kind) {
    case 'http':
      return p.status === 404
        ? `Het bestand is niet gevonden (HTTP 404). Zet het bestand terug op dit adres, of haal het uit directory.xml.`
        : p.status && p.status >= 500
          ? `Uw server gaf een foutmelding (HTTP ${p.status}), ook na een paar nieuwe pogingen. Kijk in de logboeken van de server.`
          : `Uw server gaf antwoord ${p.status ?? ''} in plaats van het bestand. Zorg dat het adres het XML-bestand geeft (HTTP 200).`;
    case 'timeout':
      return 'Het bestand kwam niet op tijd binnen, ook niet na een paar nieuwe pogingen. Zorg dat de server snel antwoordt en het bestand in één keer stuurt.';
    case 'provider-timeout':
      return 'Het ophalen van de hele feed duurde te lang. Zorg dat alle bestanden snel te downloaden zijn.';
    case 'too-large':
      return 'Het bestand is te groot (ook na uitpakken). Haal ingesloten gegevens zoals afbeeldingen of base64-blokken uit het bestand.';
    case 'redirect':
      return 'Het adres stuurt door naar een ander adres dat wij niet volgen (te vaak doorgestuurd, of naar een ander protocol). Geef ons het uiteindelijke adres, of stuur maximaal een paar keer door binnen https.';
    case 'network':
      return 'Wij konden geen verbinding maken met uw server. Controleer of de server bereikbaar is en of het certificaat geldig is.';
    case 'html':
      return 'Op dit adres staat een webpagina (HTML) in plaats van een XML-bestand. Vaak is dat een foutpagina of een inlogpagina. Zorg dat het adres het XML-bestand zelf geeft.';
    case 'address':
      return 'Dit adres in directory.xml kunnen wij niet ophalen. Gebruik een gewoon http- of https-adres.';
    case 'brake':
      return 'De feed heeft veel minder opleidingen dan de vorige keer. Wij nemen dat pas over als u bevestigt dat het klopt.';
    case 'feed':
      return 'De inhoud voldoet niet aan EDU-DEX. De technische melding hieronder zegt welk element niet klopt en wat er mis is.';
  }
}

/** Subject and body of the e-mail to the provider's feed contact, in Dutch (B1). */
export function providerMessage(p: ProviderHarvest): { subject: string; body: string } {
  const subject = `Uw EDU-DEX-feed voor Leerwerkloket: ${p.status === 'suspicious' ? 'graag bevestigen' : 'fout gevonden'} (${p.name})`;
  const since = (p.heldBackSince ?? p.lastAttempt).slice(0, 10);
  const lines = [
    'Beste beheerder van de opleidingenfeed,',
    '',
    `Wij halen elke nacht de opleidingen van ${p.name} op via ${p.url}. Sinds ${since} lukt dat niet goed.`,
    p.lastSuccess
      ? `Op onze websites staan daarom nog de opleidingen van ${p.lastSuccess.slice(0, 10)}. Nieuwe en gewijzigde opleidingen zijn nog niet te zien.`
      : 'Daarom staan uw opleidingen nog niet op onze websites.',
    '',
    'Wat er mis is:',
  ];
  const shown = p.errors.slice(0, 20);
  shown.forEach((e, i) => {
    lines.push('', `${i + 1}. Bestand: ${e.file}`);
    if (e.element) lines.push(`   Element: ${e.element}`);
    lines.push(`   ${explain(e)}`);
    if (e.kind === 'feed' || e.kind === 'brake' || e.kind === 'address') lines.push(`   Technische melding: ${e.problem}`);
  });
  if (p.errors.length > shown.length) lines.push('', `En nog ${p.errors.length - shown.length} andere meldingen van hetzelfde soort.`);
  lines.push(
    '',
    p.status === 'suspicious'
      ? 'Klopt het dat er zoveel opleidingen weg zijn? Laat het ons weten, dan nemen wij de nieuwe lijst over. Klopt het niet, herstel dan de feed; wij halen hem de volgende nacht opnieuw op.'
      : 'Wilt u dit herstellen? Wij halen de feed elke nacht opnieuw op. Zodra alles klopt, staan uw opleidingen vanzelf weer actueel op de websites.',
    '',
    'Met vriendelijke groet,',
    'Landelijk team Leerwerkloket',
  );
  return { subject, body: lines.join('\n') };
}

/** A mailto: link with subject and body filled in, for the team's own mail program. */
export function mailtoLink(p: ProviderHarvest): string | undefined {
  if (!p.contact) return undefined;
  const { subject, body } = providerMessage(p);
  return `mailto:${encodeURIComponent(p.contact).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

// ---------------------------------------------------------------------------------------------
// The national team's overview (/beheer/feeds/).

export interface OverviewRow {
  id: string;
  name: string;
  url?: string;
  contact?: string;
  enabled: boolean;
  /** undefined: harvested but never attempted yet, or a feed kept by hand. */
  harvest?: ProviderHarvest;
}

export interface Overview {
  updated?: string;
  /** harvest.json could not be read. */
  problem?: string;
  harvested: OverviewRow[];
  byHand: OverviewRow[];
}

/** Every provider in feeds.yaml with what the last harvest said about it; held-back ones first. */
export function harvestOverview(entries: FeedEntry[], snapshotDir: string): Overview {
  const { state, problem } = readHarvestState(snapshotDir);
  const rows = entries.map((e) => ({
    id: e.id,
    name: e.name,
    url: e.url,
    contact: e.contact,
    enabled: e.enabled,
    harvest: e.url ? state.providers[e.id] : undefined,
  }));
  const rank = (r: OverviewRow) => (!r.enabled ? 3 : !r.harvest ? 1 : isHeldBack(r.harvest) ? 0 : 2);
  const harvested = rows.filter((r) => r.url).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl'));
  return { updated: state.updated, problem, harvested, byHand: rows.filter((r) => !r.url) };
}

const moment = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
/** "23 november 2026 om 03:00" in Amsterdam time. */
export const formatMoment = (iso?: string) => (iso ? moment.format(new Date(iso)) : '–');
