// Everything the overlay shows, computed by the content script from the snapshot, the findings
// and the run state. The overlay imports no GitHub selector: it is handed ways to find things.
// S: the step ids of the token form shown (fine-grained or classic); the overlay draws any alike
// and only ever hands back the ids its view gave it.
import type { Finding } from '../guide/compliance.ts';

/** done, todo, waiting, not-needed: from the page. needs-you, cannot-do: a step PAT Pilot handed over. */
export type StepBadge = 'done' | 'todo' | 'waiting' | 'not-needed' | 'needs-you' | 'cannot-do' | 'filling';

export interface StepView<S extends string> {
  readonly id: S;
  readonly title: string;
  readonly badge: StepBadge;
  /** PAT Pilot can fill this step (review and generate are the person's). */
  readonly fillable: boolean;
  readonly instruction: string;
  readonly problem: { readonly title: string; readonly detail: string } | undefined;
  readonly changes: readonly string[];
}

export interface GuardView<S extends string> {
  readonly findings: readonly Finding<S>[];
  /** The step a running fill is busy with, named in the dialog. */
  readonly stillFilling: string | undefined;
}

export interface FormView<S extends string> {
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

/** PAT Pilot's name and its close button's, which every panel's frame shows. */
export interface PanelFrame {
  readonly name: string;
  readonly close: string;
}

/**
 * The extension was reloaded or updated under the page, and this copy can no longer reach it, nor
 * the browser's i18n API: its words are looked up beforehand (reloadedView in reloaded-panel.tsx).
 */
export interface ReloadedView {
  readonly kind: 'reloaded';
  readonly lang: string;
  readonly frame: PanelFrame;
  readonly subtitle: string;
  readonly title: string;
  readonly detail: string;
}

export type PanelView = SudoView | CreatedView | ReloadedView | OtherKindView;

/** What the overlay draws: a form's guide with its actions, or a panel that can only be closed. */
export type Screen<S extends string = string> =
  | { readonly kind: 'form'; readonly view: FormView<S>; readonly actions: OverlayActions<S> }
  | { readonly kind: 'panel'; readonly view: PanelView; readonly actions: PanelActions };

/** What every panel can do. */
export interface PanelActions {
  readonly close: () => void;
}

/** What the form's guide can do besides. */
export interface OverlayActions<S extends string> extends PanelActions {
  readonly fillAll: () => void;
  readonly fillStep: (step: S) => void;
  readonly goTo: (step: S) => void;
  readonly fix: (findings: readonly Finding<S>[]) => void;
  readonly guardChoice: (choice: 'fix' | 'anyway' | 'cancel') => void;
  /** The page element for a step, found by the content script's widgets. */
  readonly locate: (step: S) => Element | undefined;
  /** False while the person works in one of GitHub's dialogs or menus: the page must not scroll under them. */
  readonly mayScroll: () => boolean;
}
