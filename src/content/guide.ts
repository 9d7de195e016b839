// The guide, loaded only on PAT Pilot's pages: declared for them in the manifest, or loaded by the
// background when GitHub navigates to one in-page. The router hands it one context per visit, and
// everything it starts (overlay, guard, observers, timers) ends with that visit.
import { waitFor } from '../github/dom.ts';
import { isNewTokenUrl, isSudoPage, isSudoUrl, isTokenForm, isTokenListUrl, showsNewToken, sudoReturnsToTokenPages } from '../github/pages.ts';
import { pageColorMode, watchColorMode } from '../github/color-mode.ts';
import { approvalRequest } from '../guide/approval-request.ts';
import { answering, type TabProtocol } from '../messaging/messages.ts';
import * as runState from '../messaging/run-state.ts';
import { mountOverlay, type MountedOverlay } from '../overlay/mount.tsx';
import { reloadedView } from '../overlay/reloaded-panel.tsx';
import type { PanelView } from '../overlay/view.ts';
import type { ContentScriptContext } from './context.ts';
import { extension } from './extension.ts';
import { runFormSession } from './form-session.ts';
import { registerGuide } from './guide-host.ts';
import { runtime, type MessageListener } from './runtime.ts';

/** The after-Generate panel is for the token just made, not for a later visit to the list. */
const submittedRecentlyMs = 15 * 60_000;

/**
 * The overlay for this visit. If the extension goes away meanwhile, a notice takes its place (it
 * outlives the visit), so the person knows why the guide stopped; GitHub's form works as usual.
 */
function overlayFor(visit: ContentScriptContext): MountedOverlay {
  const overlay = mountOverlay(document);
  visit.signal.addEventListener('abort', () => overlay.remove(), { once: true });
  // Its words now: once the extension is gone, so is the browser's i18n API for this page.
  const reloaded = reloadedView();
  visit.onInvalidated(() => {
    const notice = mountOverlay(document, reloaded.lang);
    notice.update({ kind: 'panel', view: reloaded, actions: { close: () => notice.remove() } }, pageColorMode(document));
  });
  return overlay;
}

/** Sudo and after-Generate pages get a panel and nothing else. */
function showPanel(visit: ContentScriptContext, view: PanelView): void {
  const overlay = overlayFor(visit);
  const draw = (): void => overlay.update({ kind: 'panel', view, actions: { close: () => visit.abort() } }, pageColorMode(document));
  watchColorMode(document, visit.signal, draw);
  draw();
}

/** The popup asks whether this tab shows the form, and may ask to fill it. */
function answerPopup(visit: ContentScriptContext, fillAll: (() => void) | undefined): void {
  const answer = answering<TabProtocol, void>({
    'form:probe': () => ({ onForm: fillAll !== undefined }),
    'form:fill': () => {
      fillAll?.();
      return { onForm: fillAll !== undefined };
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

async function showAfterGenerate(visit: ContentScriptContext): Promise<void> {
  const run = await extension.runState();
  const submitted = run?.submitted;
  if (!run || !submitted || Date.now() - submitted.at > submittedRecentlyMs) return;
  const tokenShown = await waitFor(() => showsNewToken(document), { signal: visit.signal, timeoutMs: 3000, what: 'the new token' }).catch(() => false);
  const { recipe } = await extension.activeRecipe();
  if (!visit.isValid) return;
  showPanel(visit, {
    kind: 'created',
    tokenName: submitted.name,
    tokenShown,
    owner: submitted.owner,
    needsApproval: submitted.needsApproval,
    approvalRequest: approvalRequest(submitted, recipe.requestMessage),
  });
  await extension.saveRunState(runState.submissionShown(run));
}

async function show(visit: ContentScriptContext, url: string): Promise<void> {
  if (isTokenListUrl(url)) {
    if (!isTokenForm(document)) await showAfterGenerate(visit);
    return;
  }
  if (!isNewTokenUrl(url) && !isSudoUrl(url)) return;
  // GitHub answers the form's URL with its "Confirm access" page until the person re-authenticates.
  const kind = await waitFor(() => (isTokenForm(document) ? 'form' : isSudoPage(document) ? 'sudo' : undefined), { signal: visit.signal, timeoutMs: 15_000, what: 'the token form' })
    .catch(() => undefined);
  if (!kind || !visit.isValid) return;
  const { recipe, problem } = await extension.activeRecipe();
  if (!visit.isValid) return;
  if (kind === 'form') {
    const fillAll = await runFormSession({ visit, overlay: overlayFor(visit), extension, recipe, recipeProblem: problem });
    answerPopup(visit, fillAll);
    return;
  }
  const run = await extension.runState();
  if (visit.isValid && (isNewTokenUrl(url) || run?.fillPending || sudoReturnsToTokenPages(document, url))) {
    showPanel(visit, { kind: 'sudo', recipeLabel: recipe.label, fillPending: run?.fillPending ?? false });
  }
}

registerGuide({ show });
