// The form's guide: "Fill all fields" up front, live problems, every step with its status, and
// the overview in the procedure's words. The spotlight follows the current step.
import { useMemo } from 'preact/hooks';
import { Findings } from './findings.tsx';
import { GuardDialog } from './guard-dialog.tsx';
import { LiveRegion } from './live-region.tsx';
import { Panel } from './panel.tsx';
import { Spotlight } from './spotlight.tsx';
import { StepList } from './step-list.tsx';
import { badgeLabel } from './badge.tsx';
import { words } from '../model/i18n.ts';
import type { FormView, OverlayActions } from './view.ts';

interface Props<S extends string> {
  readonly view: FormView<S>;
  readonly actions: OverlayActions<S>;
}

export function FormPanel<S extends string>({ view, actions }: Props<S>) {
  const position = view.steps.findIndex((step) => step.id === view.current);
  const step = view.steps[position] ?? view.steps[0];
  const goBy = (offset: number): void => {
    const target = view.steps[position + offset];
    if (target) actions.goTo(target.id);
  };

  const announcement = useMemo(
    () => view.progress ?? (step ? words('announce_step', position + 1, view.steps.length, step.title, badgeLabel(step.badge)) : ''),
    [view.progress, step?.id, step?.badge],
  );

  return (
    <>
      <Panel subtitle={view.recipeLabel} close={actions.close} collapsible>
        <div class="panel-body">
          {view.recipeProblem && <p class="notice notice-warning">{view.recipeProblem}</p>}
          <div class="fill-row">
            <button type="button" class="btn btn-primary btn-large" onClick={actions.fillAll} disabled={view.filling}>
              {words('fillAll')}
            </button>
          </div>
          <p class="progress" role="status" data-testid="progress">{view.progress ?? ''}</p>
          <Findings findings={view.findings} fix={actions.fix} busy={view.filling} />
          {view.guardStandingAside && (
            <p class="notice notice-warning" data-testid="standing-aside">{words('guard_standingAside', view.generateLabel)}</p>
          )}
          <StepList steps={view.steps} current={view.current} goTo={actions.goTo} />
          <section class="summary" aria-label={words('overview')}>
            <h2 class="summary-title">{words('overview')}</h2>
            <ul>{view.summary.map((line) => <li key={line}>{line}</li>)}</ul>
          </section>
          <p class="muted small">{words('panel_youGenerate', view.generateLabel)}</p>
        </div>
      </Panel>
      {/* GitHub's own confirmation after Generate is the person's to answer: nothing of ours over it. */}
      {step && !view.githubConfirming && (
        <Spotlight
          step={step}
          position={position + 1}
          total={view.steps.length}
          filling={view.filling}
          locate={actions.locate}
          mayScroll={actions.mayScroll}
          back={() => goBy(-1)}
          next={() => goBy(1)}
          fillStep={actions.fillStep}
        />
      )}
      {view.guard && <GuardDialog findings={view.guard.findings} stillFilling={view.guard.stillFilling} generateLabel={view.generateLabel} choose={actions.guardChoice} />}
      <LiveRegion message={announcement} />
    </>
  );
}
