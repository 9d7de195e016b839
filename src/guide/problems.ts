// What to tell the person when a step could not be done: what happened, why it may have, and
// what to do by hand, in the procedure's words.
import { githubTexts } from '../model/github-texts.ts';
import { pluralWords, words } from '../model/i18n.ts';
import type { BlockReason } from '../model/block-reason.ts';

export interface Problem {
  readonly title: string;
  readonly detail: string;
}

/** What the words need of the recipe: its owner (a classic token has none) and the token's name. */
export interface ProblemContext {
  readonly owner: string | undefined;
  readonly name: string;
}

/** step: the step's title; byHand: its instruction, for doing it by hand. */
export function problemFor(reason: BlockReason, step: string, byHand: string, target: ProblemContext): Problem {
  switch (reason.kind) {
    // The widgets name what they missed in English; a language may name the step instead.
    case 'not-found':
      return { title: words('problem_notFound', reason.what, step), detail: words('problem_notFound_detail', byHand) };
    case 'not-applied':
      return { title: words('problem_notApplied', reason.what, step), detail: words('problem_byHand', byHand) };
    case 'owner-needed-first':
      return { title: words('problem_ownerNeededFirst', reason.owner), detail: words('problem_byHand', byHand) };
    case 'owner-not-listed':
      return { title: words('problem_ownerNotListed', reason.owner), detail: words('problem_ownerNotListed_detail', reason.owner) };
    case 'owner-list-failed':
      return { title: words('problem_ownerListFailed'), detail: words('problem_ownerListFailed_detail', reason.owner) };
    case 'lifetime-cap':
      return {
        title: reason.wantedDays === 'none'
          ? words('problem_noExpirationNotOffered', githubTexts.noExpiration)
          : reason.capDays
          ? target.owner
            ? pluralWords('problem_lifetimeCap', reason.capDays, target.owner, reason.wantedDays)
            : pluralWords('problem_lifetimeCapToken', reason.capDays, reason.wantedDays)
          : pluralWords('problem_lifetimeNotOffered', reason.wantedDays),
        detail: words('problem_lifetimeCap_detail'),
      };
    case 'repositories-not-found':
      return {
        title: words(target.owner ? 'problem_repositoriesNotFound' : 'problem_repositoriesNotFoundNoOwner', target.owner ?? '', reason.names.map((name) => name.split('/')[1]).join(', ')),
        detail: words('problem_repositoriesNotFound_detail'),
      };
    case 'repository-not-removable':
      return { title: words('problem_repositoryNotRemovable', reason.name), detail: words('problem_repositoryNotRemovable_detail') };
    case 'name-rejected':
      return { title: words('problem_nameRejected', reason.message), detail: words('problem_nameRejected_detail', target.name) };
  }
}
