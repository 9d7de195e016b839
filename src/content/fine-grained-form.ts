// The fine-grained token form (settings/personal-access-tokens/new) as a guided form: its snapshot,
// the pure decisions about it, and its step table.
import { RepositoryDirectory } from '../github/repository-directory.ts';
import { readSnapshot } from '../github/snapshot.ts';
import { generateButton } from '../github/widgets/generate.ts';
import { submittedToken } from '../guide/approval-request.ts';
import { checkCompliance } from '../guide/compliance.ts';
import { differencesOf } from '../guide/differences.ts';
import { planSteps, plannedRemovals, type StepState } from '../guide/plan.ts';
import { fineGrainedStepWords } from '../guide/step-words.ts';
import type { StepId } from '../guide/steps.ts';
import { summarize } from '../guide/summary.ts';
import { targetForm } from '../guide/target.ts';
import type { FineGrainedRecipe } from '../recipe/schema.ts';
import { templateUrl } from '../recipe/template-url.ts';
import { lookOnChange, type GuidedForm } from './guided-form.ts';
import { stepActions } from './step-actions.ts';

export function fineGrainedForm(document: Document, recipe: FineGrainedRecipe, now: Date): GuidedForm<StepId, StepState> {
  const target = targetForm(recipe, now);
  const directory = new RepositoryDirectory();
  return {
    words: fineGrainedStepWords(target),
    actions: stepActions({ target, directory, now }),
    look: lookOnChange(() => readSnapshot(document, directory), (snapshot) => {
      const differences = differencesOf(target, snapshot);
      return {
        plan: planSteps(target, snapshot, differences),
        findings: checkCompliance(target, snapshot, differences),
        summary: summarize(snapshot, now),
        generateLabel: snapshot.generateLabel,
        submitted: (at) => submittedToken(snapshot, at),
      };
    }),
    removals: plannedRemovals,
    generate: generateButton,
    prefilledUrl: templateUrl(recipe, now),
  };
}
