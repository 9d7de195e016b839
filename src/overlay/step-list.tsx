import { words } from '../model/i18n.ts';
import { Badge } from './badge.tsx';
import { PageReportOffer } from './page-report.tsx';
import type { StepView } from './view.ts';

interface Props<S extends string> {
  readonly steps: readonly StepView<S>[];
  readonly current: S;
  readonly goTo: (step: S) => void;
}

export function StepList<S extends string>({ steps, current, goTo }: Props<S>) {
  return (
    <ol class="steps" aria-label={words('steps')}>
      {steps.map((step) => (
        <li key={step.id} class={step.id === current ? 'step step-current' : 'step'} data-step={step.id}>
          <button type="button" class="step-button" aria-current={step.id === current ? 'step' : undefined} onClick={() => goTo(step.id)}>
            <span class="step-title">{step.title}</span>
            <Badge badge={step.badge} />
          </button>
          {step.problem && (
            <div class="step-problem" role="alert">
              <strong>{words('problem_title', step.problem.title)}</strong> {step.problem.detail}
            </div>
          )}
          {/* A step handed to the person may be GitHub's page having changed: the maintainers want to see it. */}
          {(step.badge === 'needs-you' || step.badge === 'cannot-do') && <PageReportOffer />}
          {step.changes.length > 0 && (
            <ul class="step-changes">
              {step.changes.map((change) => <li key={change}>{change}</li>)}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
