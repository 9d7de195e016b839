// Everything the overlay shows, computed by the content script from the snapshot, the findings
// and the run state. The overlay imports no GitHub selector: it is handed ways to find things.
import type { ClassicStepId } from '../guide/classic-steps.ts';
import type { Finding } from '../guide/compliance.ts';
import type { StepId } from '../guide/steps.ts';

/**
 * The step ids of either form: the fine-grained form's and the classic form's. Each view below
 * takes the ids of the form it shows (S); the overlay draws any of them alike.
 */
export type ViewStepId = StepId | ClassicStepId;

/** done, todo, waiting, not-needed: from the page. needs-you, cannot-do: a step PAT Pilot handed over. */
export type StepBadge = 'done' | 'todo' | 'waiting' | 'not-needed' | 'needs-you' | 'cannot-do' | 'filling';

export interface StepView<S extends ViewStepId = StepId> {
  readonly id: S;
  readonly title: string;
  readonly badge: StepBadge;
  readonly instruction: string;
  readonly problem: { readonly title: string; readonly detail: string } | undefined;
  readonly changes: readonly string[];
}

export interface GuardView<S extends ViewStepId = StepId> {
  readonly findings: readonly Finding<S>[];
  /** The step a running fill is busy with, named in the dialog. */
  readonly stillFilling: string | undefined;
}

export interface FormView<S extends ViewStepId = StepId> {
  readonly kind: 'form';
  readonly recipeLabel: string;
  readonly recipeProblem: string | undefined;
  readonly steps: readonly StepView<S>[];
  readonly current: S;
  readonly filling: boolean;
  readonly progress: string | undefined;
  readonly findings: readonly Finding<S>[];
  readonly summary: readonly string[];
  readonly generateLabel: string;
  readonly guard: GuardView<S> | undefined;
  /** Shown once the person chose "Generate anyway": the guard stands aside until the form changes. */
  readonly guardStandingAside: boolean;
  /** GitHub shows its own confirmation of the token (after Generate). */
  readonly githubConfirming: boolean;
}

export interface SudoView {
  readonly kind: 'sudo';
  readonly recipeLabel: string;
  readonly fillPending: boolean;
}

export interface CreatedView {
  readonly kind: 'created';
  readonly tokenName: string;
  /** False when GitHub returned to the list without showing a new token. */
  readonly tokenShown: boolean;
  readonly owner: string;
  readonly needsApproval: boolean;
  readonly approvalRequest: string;
  /** A classic token's organizations that enforce SAML single sign-on ([] when unnamed); undefined: none. */
  readonly singleSignOn: readonly string[] | undefined;
}

/** The active recipe makes the other kind of token than this page does. */
export interface OtherKindView {
  readonly kind: 'other-kind';
  readonly recipeLabel: string;
  /** The kind of token the active recipe makes. */
  readonly recipeKind: 'fine-grained' | 'classic';
  /** Where that kind of token is made. */
  readonly url: string;
}

/** The extension was reloaded or updated under the page, and this copy can no longer reach it. */
export interface ReloadedView {
  readonly kind: 'reloaded';
}

export type OverlayView = FormView<ViewStepId> | SudoView | CreatedView | ReloadedView | OtherKindView;

/**
 * What the overlay's buttons do. Those that take a step are methods, so a session's actions for
 * its own step ids serve where the overlay's wider ViewStepId is expected: the overlay only ever
 * hands back the ids the session's view gave it.
 */
export interface OverlayActions<S extends ViewStepId = StepId> {
  readonly fillAll: () => void;
  fillStep(step: S): void;
  goTo(step: S): void;
  fix(findings: readonly Finding<S>[]): void;
  readonly guardChoice: (choice: 'fix' | 'anyway' | 'cancel') => void;
  readonly close: () => void;
  /** The page element for a step, found by the content script's widgets. */
  locate(step: S): Element | undefined;
}
