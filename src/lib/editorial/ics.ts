// iCalendar (RFC 5545) for "Zet in agenda" and the per-site agenda feed, made with ical-generator.
// Times are written as local Europe/Amsterdam time with TZID and a VTIMEZONE block, so calendar
// apps keep 13:00 at 13:00 across daylight saving time.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventData } from '../../schemas/agenda';
import { amsterdam, TIME_ZONE } from '../dates';

export interface CalendarEvent {
  /** Stable identifier, the same in every build: "<site>/<slug>". */
  id: string;
  data: EventData;
  /** Absolute URL of the event page. */
  url: string;
  /** Who organises it, e.g. "Leerwerkloket Twente". */
  organiser: string;
}

export interface CalendarOptions {
  name: string;
  description?: string;
  /** Host used in UIDs, e.g. "leerwerkloket.nl". */
  domain: string;
  events: CalendarEvent[];
}

function description(event: CalendarEvent): string {
  const { data } = event;
  return [
    data.summary,
    data.online ? `Online: ${data.online}` : '',
    data.registration ? `Aanmelden: ${data.registration}` : '',
    `Kosten: ${data.cost}`,
    `Organisatie: ${event.organiser}`,
    `Meer informatie: ${event.url}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function location(data: EventData): string | null {
  if (data.location) return `${data.location.name}, ${data.location.address}, ${data.location.city}`;
  return data.online ? `Online: ${data.online}` : null;
}

export function calendar(options: CalendarOptions): string {
  const cal = ical({
    name: options.name,
    description: options.description,
    prodId: { company: 'Leerwerkloket', product: 'Agenda', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (ical-generator would then write DTSTAMP without Z); each event has
    // TZID=Europe/Amsterdam and the generator adds the matching VTIMEZONE block.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const event of options.events) {
    const { data } = event;
    cal.createEvent({
      id: `${event.id.replace(/\//g, '-')}@${options.domain}`,
      // Stamp with the publication date so the same content gives the same file in every build.
      stamp: amsterdam(data.date).toUTC(),
      start: amsterdam(data.start),
      end: amsterdam(data.end),
      timezone: TIME_ZONE,
      summary: data.title,
      description: description(event),
      location: location(data),
      url: event.url,
      status: ICalEventStatus.CONFIRMED,
      categories: (data.tags ?? []).map((name) => ({ name })),
    });
  }
  return cal.toString();
}
