import type { StepId } from '../guide/steps.ts';
import { words } from '../model/i18n.ts';
import { Badge } from './badge.tsx';
import type { StepView } from './view.ts';

interface Props {
  readonly steps: readonly StepView[];
  readonly current: StepId;
  readonly goTo: (step: StepId) => void;
}

export function StepList({ steps, current, goTo }: Props) {
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
