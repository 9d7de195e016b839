import { words, type MessageKey } from '../model/i18n.ts';
import type { StepBadge } from './view.ts';

const badgeKeys: Record<StepBadge, MessageKey> = {
  done: 'badge_done',
  todo: 'badge_todo',
  waiting: 'badge_waiting',
  'not-needed': 'badge_notNeeded',
  'needs-you': 'badge_needsYou',
  'cannot-do': 'badge_cannotDo',
  filling: 'filling',
};

export const badgeLabel = (badge: StepBadge): string => words(badgeKeys[badge]);

export function Badge({ badge }: { badge: StepBadge }) {
  return <span class={`badge badge-${badge}`}>{badgeLabel(badge)}</span>;
}
