// Dutch wording for offers, runs and costs, shared by the listing cards, detail pages and JSON-LD.
import type { CostItem, Offer, Place, Run, RunCost } from '../../schemas/opleiding';
import { COST_PERIODS, NOT_RECOGNISED_LABEL, RECOGNISED_LABEL, SECTORS, START_DETERMINATIONS, dateLabel } from './edudex/codes';
import { runsFor } from './facets';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** "€ 1.475,00" */
export function money(amount: number, currency = 'EUR'): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('nl-NL', { style: 'currency', currency, minimumFractionDigits: 2 });
    } catch {
      format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    moneyFormats.set(currency, format);
  }
  return format.format(amount).replace(/\u00a0/g, ' ');
}

export { dateLabel };

export function periodText(period: string | undefined): string {
  return period ? (COST_PERIODS[period] ?? `per ${period}`) : '';
}

/** How to name the total: the periods of the required items decide what it covers. */
export function totalLabel(cost: RunCost): string {
  if (!cost.mixedPeriods) return cost.period ? `Totaal ${periodText(cost.period)}` : 'Totaal';
  const periods = new Set(cost.required.map((i) => i.period ?? 'program'));
  const yearly = [...periods].every((p) => p === 'year' || p === '1st year' || p === 'program');
  return yearly ? 'Totaal eerste jaar' : 'Totaal (bedragen gelden voor verschillende periodes)';
}

/** "vrijgesteld van btw" / "€ 55,65 btw" / "btw niet vermeld" for the total. */
export function vatText(cost: RunCost): string {
  if (cost.totalVAT === undefined) return 'btw niet vermeld door de aanbieder';
  if (cost.totalVAT === 0) {
    const labels = new Set(cost.required.map((i) => i.vatLabel).filter(Boolean));
    return labels.size === 1 ? [...labels][0]! : 'zonder btw';
  }
  return `excl. btw; met btw ${money(cost.total + cost.totalVAT, cost.currency)}`;
}

export function itemText(item: CostItem): string {
  const parts = [money(item.amount, item.currency)];
  const period = periodText(item.period);
  if (period) parts.push(period);
  return parts.join(' ');
}

export function itemVatText(item: CostItem): string {
  if (item.vat === undefined) return item.vatLabel ?? '';
  if (item.vat === 0) return item.vatLabel ?? 'geen btw';
  return `+ ${money(item.vat, item.currency)} btw${item.vatPercentage !== undefined ? ` (${item.vatPercentage}%)` : ''}`;
}

/** One line for a card: "€ 2.645,00" or "€ 277,50 (met btw € 335,78)" or "Gratis". */
export function costShort(cost: RunCost | undefined): string {
  if (!cost) return 'Kosten niet vermeld';
  if (cost.total === 0 && (cost.totalVAT ?? 0) === 0) return 'Gratis';
  const period = !cost.mixedPeriods && cost.period ? ` ${periodText(cost.period)}` : cost.mixedPeriods ? ' (eerste jaar)' : '';
  const vat = cost.totalVAT ? ` (met btw ${money(cost.total + cost.totalVAT, cost.currency)})` : '';
  return `${money(cost.total, cost.currency)}${period}${vat}`;
}

export function placeText(place: Place): string {
  const city = place.city ?? place.gemeente;
  if (place.name && city && !place.name.includes(city)) return `${place.name}, ${city}`;
  return place.name ?? city ?? 'Plaats nog niet bekend';
}

/** Where a run takes place, in one line. */
export function runPlace(run: Run): string {
  if (run.online) return 'Online';
  if (!run.places.length) return 'Plaats nog niet bekend';
  return [...new Set(run.places.map((p) => p.city ?? p.name ?? ''))].filter(Boolean).join(', ') || 'Plaats nog niet bekend';
}

/** The first upcoming run that counts on this site (region or online). */
export function nextRun(offer: Offer, region?: string): Run | undefined {
  return runsFor(offer, region)[0];
}

export function startText(offer: Offer): string {
  return START_DETERMINATIONS[offer.startDetermination] ?? 'Startdatum in overleg';
}

export function recognisedText(offer: Offer): string {
  return offer.recognised ? RECOGNISED_LABEL : NOT_RECOGNISED_LABEL;
}

export function sectorLabel(slug: string): string {
  return SECTORS[slug] ?? slug;
}

export function runDates(run: Run): string {
  const start = dateLabel(run.start);
  if (!run.end || run.end === run.start) return start;
  return `${start} tot ${dateLabel(run.end)}${run.endIsFinal === false ? ' (einddatum onder voorbehoud)' : ''}`;
}
