import type { StepBadge } from './view.ts';

export const badgeLabels: Record<StepBadge, string> = {
  done: 'Done',
  todo: 'To do',
  waiting: 'Waiting',
  'not-needed': 'Not needed',
  'needs-you': 'Needs you',
  'cannot-do': 'Cannot do here',
  filling: 'Filling…',
};

export function Badge({ badge }: { badge: StepBadge }) {
  return <span class={`badge badge-${badge}`}>{badgeLabels[badge]}</span>;
}
