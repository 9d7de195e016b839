// What to tell the person when a step could not be done: what happened, why it may have, and
// what to do by hand, in the procedure's words.
import { pluralWords, words } from '../model/i18n.ts';
import type { BlockReason } from '../model/block-reason.ts';
import { stepInstruction, stepTitle, type StepId } from './steps.ts';
import type { TargetForm } from './target.ts';

export interface Problem {
  readonly title: string;
  readonly detail: string;
}

export function describeProblem(step: StepId, reason: BlockReason, target: TargetForm): Problem {
  const byHand = stepInstruction(step, target);
  switch (reason.kind) {
    // The widgets name what they missed in English; a language may name the step instead.
    case 'not-found':
      return { title: words('problem_notFound', reason.what, stepTitle(step)), detail: words('problem_notFound_detail', byHand) };
    case 'not-applied':
      return { title: words('problem_notApplied', reason.what, stepTitle(step)), detail: words('problem_byHand', byHand) };
    case 'owner-needed-first':
      return { title: words('problem_ownerNeededFirst', reason.owner), detail: words('problem_byHand', byHand) };
    case 'owner-not-listed':
      return { title: words('problem_ownerNotListed', reason.owner), detail: words('problem_ownerNotListed_detail', reason.owner) };
    case 'owner-list-failed':
      return { title: words('problem_ownerListFailed'), detail: words('problem_ownerListFailed_detail', reason.owner) };
    case 'lifetime-cap':
      return {
        title: reason.capDays
          ? pluralWords('problem_lifetimeCap', reason.capDays, target.owner, reason.wantedDays)
          : pluralWords('problem_lifetimeNotOffered', reason.wantedDays),
        detail: words('problem_lifetimeCap_detail'),
      };
    case 'repositories-not-found':
      return {
        title: words('problem_repositoriesNotFound', target.owner, reason.names.map((name) => name.split('/')[1]).join(', ')),
        detail: words('problem_repositoriesNotFound_detail'),
      };
    case 'repository-not-removable':
      return { title: words('problem_repositoryNotRemovable', reason.name), detail: words('problem_repositoryNotRemovable_detail') };
    case 'name-rejected':
      return { title: words('problem_nameRejected', reason.message), detail: words('problem_nameRejected_detail', target.name) };
  }
}
