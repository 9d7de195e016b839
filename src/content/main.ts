// Entry point on github.com: decide which page is showing and run the matching guide.
// The manifest matches all of github.com because GitHub reaches the form by in-page navigation.
import { find, waitFor } from '../github/dom.ts';
import { isNewTokenUrl, isSudoPage, isSudoUrl, isTokenForm, isTokenListUrl, showsNewToken } from '../github/pages.ts';
import { pageColorMode, watchColorMode } from '../github/color-mode.ts';
import { selectors } from '../github/selectors.ts';
import { approvalRequest } from '../guide/approval-request.ts';
import { mountOverlay, overlayHostTag } from '../overlay/mount.tsx';
import type { OverlayActions, OverlayView } from '../overlay/view.ts';
import { isTabMessage, type FormProbe } from '../messaging/messages.ts';
import { extension } from './extension.ts';
import { runFormSession, type FormControls } from './form-session.ts';
import { startLifecycle, watchLocation } from './lifecycle.ts';
import { runAuditPage } from './token-pages.ts';
import { runtime, type MessageListener } from './runtime.ts';

let page: AbortController | undefined;
let form: FormControls | undefined;

const inertActions = (close: () => void): OverlayActions => ({
  fillAll: () => undefined,
  fillStep: () => undefined,
  goTo: () => undefined,
  fix: () => undefined,
  guardChoice: () => undefined,
  close,
  locate: () => undefined,
});

/** Sudo and after-Generate pages get a panel and nothing else; it goes when the signal aborts. */
function showPanel(view: OverlayView, signal?: AbortSignal): void {
  const overlay = mountOverlay(document);
  const shown = new AbortController();
  signal?.addEventListener('abort', () => shown.abort(), { once: true });
  shown.signal.addEventListener('abort', () => overlay.remove(), { once: true });
  const actions = inertActions(() => shown.abort());
  const draw = (): void => overlay.update(view, actions, pageColorMode(document));
  watchColorMode(document, shown.signal, draw);
  draw();
}

// A page that shows PAT Pilot when the extension goes away keeps a notice in its place, so the
// person knows why the guide stopped; the guard stops with the rest and never blocks GitHub.
const lifecycle = startLifecycle(() => {
  if (document.querySelector(overlayHostTag)) showPanel({ kind: 'reloaded' });
});

const returnsToTokenForm = (): boolean => {
  const returnTo = find<HTMLInputElement>(document, selectors.sudoReturnTo)?.value ?? new URL(location.href).searchParams.get('return_to') ?? '';
  return returnTo.includes('/settings/personal-access-tokens');
};

async function showTokenPage(signal: AbortSignal): Promise<void> {
  const run = await extension.runState();
  const submitted = run?.submitted;
  if (!run || !submitted || Date.now() - submitted.at > 15 * 60_000) return;
  const tokenShown = await waitFor(() => showsNewToken(document), { signal, timeoutMs: 3000, what: 'the new token' }).catch(() => false);
  const { recipe } = await extension.activeRecipe();
  showPanel({
    kind: 'created',
    tokenName: submitted.name,
    tokenShown,
    owner: submitted.owner,
    needsApproval: submitted.needsApproval,
    approvalRequest: approvalRequest(submitted, recipe.requestMessage),
  }, signal);
  // Shown once: a later visit to the list is not "after Generate".
  await extension.saveRunState({ ...run, submitted: undefined });
}

async function route(): Promise<void> {
  page?.abort();
  form = undefined;
  page = new AbortController();
  const signal = AbortSignal.any([lifecycle.signal, page.signal]);
  const url = location.href;
  // Issue 12: the token list, a token's page, its regenerate page, the admin's requests (beside what follows).
  const audit = runAuditPage(url, document, signal, extension);
  if (isNewTokenUrl(url) || isSudoUrl(url)) {
    const kind = await waitFor(() => (isTokenForm(document) ? 'form' : isSudoPage(document) ? 'sudo' : undefined), { signal, timeoutMs: 15_000, what: 'the token form' })
      .catch(() => undefined);
    if (signal.aborted || !kind) return;
    const { recipe, problem } = await extension.activeRecipe();
    if (kind === 'form') {
      form = await runFormSession({ document, signal, extension, recipe, recipeProblem: problem });
      return;
    }
    const run = await extension.runState();
    if (isNewTokenUrl(url) || run?.fillPending || returnsToTokenForm()) {
      showPanel({ kind: 'sudo', recipeLabel: recipe.label, fillPending: run?.fillPending ?? false }, signal);
    }
  } else if (isTokenListUrl(url) && !find(document, selectors.nameInput)) {
    await showTokenPage(signal);
  }
  await audit;
}

const reroute = (): void => {
  route().catch((error: unknown) => {
    // A page left half-way aborts its work, and an extension reloaded meanwhile cannot answer;
    // anything else is a bug worth seeing in the console.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    if (extension.isAlive()) console.error('PAT Pilot:', error);
  });
};

/** The popup asks whether this tab shows the form, and may ask to fill it. */
const answerPopup: MessageListener = (message, _sender, sendResponse) => {
  if (!isTabMessage(message)) return undefined;
  if (message.type === 'form:fill') form?.fillAll();
  const probe: FormProbe = { onForm: form !== undefined };
  sendResponse(probe);
  return undefined;
};
runtime.onMessage.addListener(answerPopup);
lifecycle.signal.addEventListener('abort', () => runtime.onMessage.removeListener(answerPopup), { once: true });

watchLocation(lifecycle.signal, reroute);
reroute();
