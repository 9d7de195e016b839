// Pieces both form sessions (fine-grained and classic) share: how renders are grouped and what
// the guide says when a fill ends.
import type { StepStatus } from '../guide/plan.ts';
import type { StepNote } from '../messaging/run-state.ts';

/**
 * A click on GitHub's widgets brings several bursts of mutations (a menu opens, animates,
 * closes); one call per group of bursts is enough, and still well within a second.
 */
export function coalesce(run: () => void, delayMs: number): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      run();
    }, delayMs);
  };
}

/** The progress line once a fill has ended: steps handed to the person, a ready form, or what was filled. */
export function fillOutcome<S extends string>(
  plan: readonly { readonly id: S; readonly status: StepStatus }[],
  notes: Partial<Record<S, StepNote>>,
  filled: readonly S[],
  titles: Readonly<Record<S, string>>,
): string {
  const handedOver = plan.filter((state) => notes[state.id]?.blocked && state.status !== 'done').length;
  if (handedOver) return `Filled what PAT Pilot could. ${handedOver} step${handedOver === 1 ? ' needs' : 's need'} you.`;
  return plan.find((state) => state.id === 'review')?.status === 'done'
    ? 'All fields filled. Review them, then click Generate yourself.'
    : `Filled: ${filled.map((step) => titles[step]).join(', ')}.`;
}
