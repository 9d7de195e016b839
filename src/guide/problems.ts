// What to tell the person when a step could not be done: what happened, why it may have, and
// what to do by hand, in the procedure's words.
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

/** byHand: the step's instruction, for doing it by hand. */
export function problemFor(reason: BlockReason, byHand: string, target: ProblemContext): Problem {
  switch (reason.kind) {
    case 'not-found':
      return { title: `PAT Pilot could not find ${reason.what}`, detail: `GitHub may have changed this page. Please do this step by hand. ${byHand}` };
    case 'not-applied':
      return { title: `GitHub did not take ${reason.what}`, detail: `Please do this step by hand. ${byHand}` };
    case 'owner-not-listed':
      return {
        title: `${reason.owner} is not in your list of resource owners`,
        detail: `GitHub lists only organizations that allow fine-grained tokens and that you belong to. Check that you are signed in with the account that is a member of ${reason.owner} and that you accepted its invitation; if you are, ask a ${reason.owner} owner to allow fine-grained personal access tokens (organization Settings → Personal access tokens). Then reload this page.`,
      };
    case 'owner-list-failed':
      return {
        title: 'GitHub could not load the list of resource owners',
        detail: `Opening the list again does not retry. Reload the page, then choose ${reason.owner} under “Resource owner” and click “Fill all fields” again.`,
      };
    case 'lifetime-cap':
      return {
        title: reason.capDays
          ? `${target.owner ?? 'GitHub'} allows ${target.owner ? 'tokens' : 'this token'} for at most ${reason.capDays} days; the recipe asks for ${reason.wantedDays}`
          : `This form does not offer ${reason.wantedDays} days`,
        detail: 'PAT Pilot did not pick another expiry for you. Choose the expiry yourself within the limit, and tell whoever maintains the recipe, or ask an organization admin about the lifetime policy.',
      };
    case 'repositories-not-found':
      return {
        title: `Not found under ${target.owner ?? 'the owner'}: ${reason.names.map((name) => name.split('/')[1]).join(', ')}`,
        detail: 'Either you have no access to it or it was renamed. The other repositories were selected. Ask an organization admin for access, or correct the recipe.',
      };
    case 'repository-not-removable':
      return { title: `Could not remove ${reason.name}`, detail: 'Open “Select repositories” and untick it by hand.' };
    case 'name-rejected':
      return { title: `GitHub refused the name: ${reason.message}`, detail: `Choose another token name, for example “${target.name}-2”.` };
  }
}
