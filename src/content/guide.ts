// The guide, loaded only on PAT Pilot's pages: declared for them in the manifest, or loaded by the
// background when GitHub navigates to one in-page. The router hands it one context per visit, and
// everything it starts (overlay, guard, observers, timers) ends with that visit.
import { waitFor } from '../github/dom.ts';
import {
  isClassicNewTokenUrl, isClassicTokenListUrl, isNewTokenUrl, isSudoPage, isSudoUrl, isTokenListUrl, showsNewToken, sudoReturnsToTokenPages, tokenFormKind,
} from '../github/pages.ts';
import { pageColorMode, watchColorMode } from '../github/color-mode.ts';
import { singleSignOnOrganizations } from '../github/widgets/single-sign-on.ts';
import { approvalRequest } from '../guide/approval-request.ts';
import { answering, type ActiveRecipe, type TabProtocol } from '../messaging/messages.ts';
import { answerMatchesCopy } from '../messaging/recipe-copy.ts';
import * as runState from '../messaging/run-state.ts';
import { uiLocale } from '../model/i18n.ts';
import type { RunState } from '../messaging/run-state.ts';
import { mountOverlay, type MountedOverlay } from '../overlay/mount.tsx';
import type { PanelView } from '../overlay/view.ts';
import { isClassicRecipe, recipeKind, type RecipeKind } from '../recipe/kind.ts';
import { newTokenUrl } from '../recipe/template-url.ts';
import { classicForm } from './classic-form.ts';
import type { ContentScriptContext } from './context.ts';
import { extension } from './extension.ts';
import { fineGrainedForm } from './fine-grained-form.ts';
import { runFormSession, type StoredState } from './form-session.ts';
import { registerGuide } from './guide-host.ts';
import { preparePageReport } from './page-report.ts';
import { noticeWhenInvalidated } from './reloaded-notice.ts';
import { runtime, type MessageListener } from './runtime.ts';
import { runAuditPage } from './token-pages.ts';

/** The after-Generate panel is for the token just made, not for a later visit to the list. */
const submittedRecentlyMs = 15 * 60_000;

/** The overlay for this visit; a notice takes its place if the extension goes away meanwhile. */
function overlayFor(visit: ContentScriptContext): MountedOverlay {
  const overlay = mountOverlay(document, uiLocale(), () => preparePageReport(document, new Date()));
  visit.signal.addEventListener('abort', () => overlay.remove(), { once: true });
  noticeWhenInvalidated(visit, document);
  return overlay;
}

/** Sudo and after-Generate pages get a panel and nothing else. */
function showPanel(visit: ContentScriptContext, view: PanelView): void {
  const overlay = overlayFor(visit);
  const draw = (): void => overlay.update({ kind: 'panel', view, actions: { close: () => visit.abort() } }, pageColorMode(document));
  watchColorMode(document, visit.signal, draw);
  draw();
}

/** The popup asks whether this tab shows the form, and may ask to fill it (the guide's current "fill all"). */
function answerPopup(visit: ContentScriptContext, fillAll: () => (() => void) | undefined): void {
  const answer = answering<TabProtocol, void>({
    'form:probe': () => ({ onForm: fillAll() !== undefined }),
    'form:fill': () => {
      fillAll()?.();
      return { onForm: fillAll() !== undefined };
    },
  });
  const listener: MessageListener = (message, _sender, sendResponse) => {
    const answered = answer(message);
    if (!answered) return undefined;
    void answered.then(sendResponse);
    return true;
  };
  runtime.onMessage.addListener(listener);
  visit.signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}

/** On a token list: the token just made there (of that list's kind), never a later visit's. */
async function showAfterGenerate(visit: ContentScriptContext, listKind: RecipeKind): Promise<void> {
  const run = await extension.runState();
  const submitted = run?.submitted;
  if (!run || !submitted || Date.now() - submitted.at > submittedRecentlyMs || (submitted.kind ?? 'fine-grained') !== listKind) return;
  const tokenShown = await waitFor(() => showsNewToken(document), { signal: visit.signal, timeoutMs: 3000, what: 'the new token' }).catch(() => false);
  const { recipe } = await extension.activeRecipe();
  if (!visit.isValid) return;
  showPanel(visit, {
    kind: 'created',
    tokenName: submitted.name,
    tokenShown,
    owner: submitted.owner,
    needsApproval: submitted.needsApproval,
    approvalRequest: approvalRequest(submitted, isClassicRecipe(recipe) ? recipe.purpose : recipe.requestMessage),
    singleSignOn: listKind === 'classic' && tokenShown ? singleSignOnOrganizations(document) : undefined,
  });
  await extension.saveRunState(runState.submissionShown(run));
}

/** The guide on a token form of the recipe's kind; on the other kind, where the recipe's token is made. Returns "fill all". */
function guideForm(visit: ContentScriptContext, formKind: RecipeKind, stored: StoredState): (() => void) | undefined {
  const { recipe } = stored;
  if (formKind !== recipeKind(recipe)) {
    showPanel(visit, { kind: 'other-kind', recipeLabel: recipe.label, recipeKind: recipeKind(recipe), url: newTokenUrl(recipe) });
    return undefined;
  }
  const session = { visit, overlay: overlayFor(visit), extension, ...stored };
  const now = new Date();
  return isClassicRecipe(recipe)
    ? runFormSession({ ...session, form: classicForm(document, recipe, now) })
    : runFormSession({ ...session, form: fineGrainedForm(document, recipe, now) });
}

/**
 * The form's guide drawn from `drawn`, and, when that is the copy, started again from the
 * background's answer if the answer differs. Returns the current "fill all".
 */
function guideFormAsAnswered(
  visit: ContentScriptContext, kind: RecipeKind, drawn: ActiveRecipe, answer: Promise<ActiveRecipe> | undefined, storedRun: RunState | undefined,
): () => (() => void) | undefined {
  const session = visit.child();
  const recipeConfirmed = (answer ?? Promise.resolve(drawn)).then((answered) => {
    if (answerMatchesCopy(answered, drawn) || !visit.isValid) return;
    session.abort();
    fillAll = guideForm(visit, kind, { recipe: answered.recipe, recipeProblem: answered.problem, storedRun, recipeConfirmed: Promise.resolve() });
  });
  let fillAll = guideForm(session, kind, { recipe: drawn.recipe, recipeProblem: drawn.problem, storedRun, recipeConfirmed });
  return () => fillAll;
}

async function guideTokenForms(visit: ContentScriptContext, url: string, origin: string): Promise<void> {
  if (isTokenListUrl(url, origin) || isClassicTokenListUrl(url, origin)) {
    if (!tokenFormKind(document)) await showAfterGenerate(visit, isClassicTokenListUrl(url, origin) ? 'classic' : 'fine-grained');
    return;
  }
  const newTokenPage = isNewTokenUrl(url, origin) || isClassicNewTokenUrl(url, origin);
  if (!newTokenPage && !isSudoUrl(url, origin)) return;
  // GitHub answers the form's URL with its "Confirm access" page until the person re-authenticates.
  const kind = await waitFor(() => tokenFormKind(document) ?? (isSudoPage(document) ? 'sudo' : undefined), { signal: visit.signal, timeoutMs: 15_000, what: 'the token form' })
    .catch(() => undefined);
  if (!kind || !visit.isValid) return;
  // The background's answer may take seconds (see recipe-copy.ts): the guide draws from its copy
  // at once, unless the run fills another recipe than the copy's, and the answer follows.
  const answer = extension.activeRecipe();
  // Left unanswered (the extension going away), a guide drawn from the copy never fills.
  const answered = answer.catch(() => new Promise<never>(() => undefined));
  const [copy, run] = await Promise.all([extension.recipeCopy().catch(() => undefined), extension.runState()]);
  const drawn = copy && !(run?.fillPending && run.recipeId !== copy.recipe.id) ? copy : await answer;
  const { recipe } = drawn;
  if (!visit.isValid) return;
  if (kind !== 'sudo') {
    answerPopup(visit, guideFormAsAnswered(visit, kind, drawn, drawn === copy ? answered : undefined, run));
    return;
  }
  if (visit.isValid && (newTokenPage || run?.fillPending || sudoReturnsToTokenPages(document, url))) {
    showPanel(visit, { kind: 'sudo', recipeLabel: recipe.label, fillPending: run?.fillPending ?? false });
  }
}

async function show(visit: ContentScriptContext, url: string): Promise<void> {
  // This GitHub: github.com or the Enterprise host the script was registered for.
  const { origin } = location;
  // Issue 12: the token list, a token's page, its regenerate page, an organization's requests get
  // a panel of their own, beside the form's guide and the after-Generate panel on the list.
  await Promise.all([runAuditPage(visit, url, origin, document, extension), guideTokenForms(visit, url, origin)]);
}

registerGuide({ show });
