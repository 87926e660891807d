// Classes for a status badge, shared by StatusBadge.astro and the regelingencheck script so both
// look the same. The word is always shown: status is never told by colour alone.
export type BadgeStatus = 'open' | 'verwacht' | 'geen-aanvraagperiode' | 'gesloten';

const COLOURS: Record<BadgeStatus, string> = {
  open: 'border-status-open bg-status-open-bg text-status-open',
  gesloten: 'border-status-closed bg-status-closed-bg text-status-closed',
  verwacht: 'border-status-expected bg-status-expected-bg text-status-expected',
  'geen-aanvraagperiode': 'border-status-paused bg-status-paused-bg text-status-paused',
};

export function statusBadgeClass(status: BadgeStatus): string {
  return `inline-block rounded-sm border-2 px-2 py-0.5 text-sm font-bold ${COLOURS[status]}`;
}
