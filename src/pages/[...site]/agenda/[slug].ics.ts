// "Zet in agenda": one event as an iCalendar file, /agenda/<slug>.ics.
import type { APIRoute } from 'astro';
import { eventItem, eventPaths } from '../../../lib/editorial/entries';
import { eventCalendar, ICS_HEADERS } from '../../../lib/editorial/feeds';

export const getStaticPaths = eventPaths;

export const GET: APIRoute<{ id: string }> = async ({ props }) =>
  new Response(eventCalendar(await eventItem(props.id)), { headers: ICS_HEADERS });
