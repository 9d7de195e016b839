// @vitest-environment happy-dom
// Every text the overlay shows comes from the messages: each screen is rendered in the
// pseudo-locale (every message's own text wrapped in ⟦…⟧), over forms that bring up every
// finding, every reason a step is handed over, every progress line and every panel.
import type { ComponentChild } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exemptTexts, pseudoLocale, renderedNotFromMessages } from '../../test/pseudo-locale.ts';
import { freshSnapshot, matchingSnapshot } from '../../test/snapshot-fixture.ts';
import { browserIn } from '../../test/locale-messages.ts';
import { approvalRequest, submittedToken } from '../guide/approval-request.ts';
import { auditPartTitles, auditToken, type AuditPart } from '../guide/audit.ts';
import { checkCompliance } from '../guide/compliance.ts';
import { planSteps, plannedRemovals } from '../guide/plan.ts';
import { describeProgress } from '../guide/progress.ts';
import { checkClassicCompliance } from '../guide/classic-compliance.ts';
import { classicRemovals, planClassic } from '../guide/classic-plan.ts';
import { classicStepIds, type ClassicStepId } from '../guide/classic-steps.ts';
import { submittedClassicToken, summarizeClassic } from '../guide/classic-summary.ts';
import { classicTarget } from '../guide/classic-target.ts';
import { expiryStatus } from '../guide/renewal.ts';
import { classicStepWords, fineGrainedStepWords } from '../guide/step-words.ts';
import { stepIds, stepTitles, type StepId } from '../guide/steps.ts';
import { displayDate, summarize } from '../guide/summary.ts';
import { targetForm } from '../guide/target.ts';
import { emptyRunState, stepNoted, type RunState } from '../messaging/run-state.ts';
import type { BlockReason } from '../model/block-reason.ts';
import { descendantsOf } from '../model/classic-scopes.ts';
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import type { FormSnapshot } from '../model/form-snapshot.ts';
import type { TokenStatement } from '../model/token-statement.ts';
import { formatDate, formatList, useMessageSource } from '../model/i18n.ts';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { alta3HotfixRecipe } from '../recipe/builtin/alta3-hotfix.ts';
import { expandTemplate } from '../recipe/expand.ts';
import { Overlay } from './app.tsx';
import type { AuditActions, TokenAuditView } from './audit-view.ts';
import { RegeneratePanel } from './regenerate-panel.tsx';
import { RequestListPanel } from './request-list-panel.tsx';
import { TokenListPanel } from './token-list-panel.tsx';
import { VerdictPanel } from './verdict-panel.tsx';
import { reloadedView } from './reloaded-panel.tsx';
import { fillOutcome, formView, idleSession, type SessionState } from './form-view.ts';
import type { Screen } from './view.ts';

const now = new Date(2026, 10, 24);
const recipe = alta3EnchiladaRecipe;
const classic = alta3HotfixRecipe;

/** What the page itself holds (logins, repositories, GitHub's refusal) and what the widgets name in English: shown as is. */
const pageTexts = ['sbarbour', 'octo-org', 'other', 'alta3/labs-archive', 'Name is already taken', 'the Expiration menu', 'the “Add permissions” button', 'the scope boxes'];

const reasons: Record<BlockReason['kind'], [StepId, BlockReason]> = {
  'not-found': ['expiration', { kind: 'not-found', what: 'the Expiration menu' }],
  'not-applied': ['permissions', { kind: 'not-applied', what: 'the “Add permissions” button' }],
  'owner-needed-first': ['repositoryAccess', { kind: 'owner-needed-first', owner: 'alta3' }],
  'owner-not-listed': ['owner', { kind: 'owner-not-listed', owner: 'alta3' }],
  'owner-list-failed': ['owner', { kind: 'owner-list-failed', owner: 'alta3' }],
  'lifetime-cap': ['expiration', { kind: 'lifetime-cap', capDays: 60, wantedDays: 90 }],
  'repositories-not-found': ['repositories', { kind: 'repositories-not-found', names: ['alta3/demo', 'alta3/labs'] }],
  'repository-not-removable': ['repositories', { kind: 'repository-not-removable', name: 'alta3/labs-archive' }],
  'name-rejected': ['name', { kind: 'name-rejected', message: 'Name is already taken' }],
};

/** Forms that differ from the recipe in every way the guide has words for. */
/** Actions that do nothing, and a field with a size, so the spotlight frames it and offers "Go to the button". */
const formActions = {
  close: () => undefined, fillAll: () => undefined, fillStep: () => undefined, goTo: () => undefined, fix: () => undefined, guardChoice: () => undefined,
  locate: () => Object.assign(document.createElement('div'), { getBoundingClientRect: () => ({ top: 10, left: 10, width: 100, height: 20 }) }),
  mayScroll: () => true,
};

function snapshots(): FormSnapshot[] {
  const target = targetForm(recipe, now);
  const matching = matchingSnapshot(target);
  const wide = { ...matching.permissions!, contents: 'write', issues: 'write', members: 'read', followers: 'read', metadata: 'none' } as const;
  return [
    freshSnapshot(),
    matching,
    freshSnapshot({ name: undefined, description: undefined, owner: undefined, expiration: undefined, accessLoaded: false }),
    matchingSnapshot(target, {
      name: 'other', description: '', requestMessage: '', permissions: wide, expiration: { choice: 'none', customDate: undefined, offered: [] },
      repositories: [{ id: '1', fullName: 'alta3/labs' }, { id: '9', fullName: 'alta3/labs-archive' }, { id: '10', fullName: undefined }],
    }),
    matchingSnapshot(target, { name: '', description: 'other', requestMessage: 'other', repositoryAccess: 'all', expiration: { choice: 'custom', customDate: '2027-01-01', offered: [] } }),
    matchingSnapshot(target, { repositoryAccess: 'none', permissions: undefined, expiration: { choice: 'custom', customDate: '', offered: [] } }),
    matchingSnapshot(target, { permissions: undefined, expiration: { choice: '30', customDate: undefined, offered: [] }, owner: 'octo-org', requestMessage: undefined }),
    freshSnapshot({ owner: 'sbarbour', signedInUser: 'sbarbour', permissions: { ...matching.permissions!, followers: 'read' }, expiration: { choice: '7', customDate: undefined, offered: [] } }),
  ];
}

function formScreens(): Screen[] {
  const target = targetForm(recipe, now);
  const handedOver = (Object.values(reasons) as [StepId, BlockReason][]).reduce<RunState>(
    (run, [step, blocked]) => stepNoted(run, step, { blocked, changes: plannedRemovals(planSteps(target, snapshots()[3]!).find((state) => state.id === step)!) }),
    emptyRunState(recipe.id),
  );
  const progressLines = [
    describeProgress({ kind: 'selecting-repository', position: 3, total: 6 }),
    describeProgress({ kind: 'removing-repository', name: 'alta3/labs-archive', id: '9' }),
    describeProgress({ kind: 'removing-repository', name: undefined, id: '10' }),
    describeProgress({ kind: 'setting-permission', position: 1, total: 2, key: 'contents', level: 'read' }),
  ];
  const screens: Screen[] = [];
  snapshots().forEach((snapshot, index) => {
    const plan = planSteps(target, snapshot);
    const findings = checkCompliance(target, snapshot);
    const runs = [emptyRunState(recipe.id), handedOver, stepNoted(emptyRunState(recipe.id), 'owner', { blocked: reasons['owner-list-failed'][1] })];
    const outcomes = runs.map((run) => fillOutcome(plan, run, ['name', 'description'], stepTitles));
    for (const [runIndex, run] of runs.entries()) {
      // Every step's callout once, on the first form; elsewhere one step each, in turn.
      const currents = index === 0 && runIndex === 0 ? stepIds : [stepIds[(index + runIndex) % stepIds.length]!];
      for (const current of currents) {
        const session: SessionState<StepId> = {
          ...idleSession(plan), current,
          progress: [...progressLines, ...outcomes][(index + stepIds.indexOf(current)) % (progressLines.length + outcomes.length)],
          guardHeld: { findings, stillFilling: runIndex === 1 ? stepTitles.name : undefined },
          standingAside: runIndex === 2,
        };
        const view = formView({
          recipeLabel: recipe.label, recipeProblem: undefined, words: fineGrainedStepWords(target), plan, findings, summary: summarize(snapshot, now),
          generateLabel: snapshot.generateLabel, githubConfirming: false, run, session,
        });
        screens.push({ kind: 'form', view, actions: formActions });
      }
    }
  });
  return screens;
}

/** Classic forms that differ from the classic recipe in every way the guide has words for. */
const classicSnapshots = (): ClassicSnapshot[] => {
  const offered = ['7', '30', '60', '90', 'custom', 'none'];
  return [
    { note: '', expiration: { choice: '30', customDate: undefined, offered }, scopes: [], generateLabel: 'Generate token' },
    { note: 'other', expiration: { choice: 'none', customDate: undefined, offered }, scopes: ['repo:status', 'public_repo', 'workflow', 'write:packages', 'read:packages'], generateLabel: 'Generate token' },
    { note: undefined, expiration: undefined, scopes: undefined, generateLabel: undefined },
    { note: 'other', expiration: { choice: '7', customDate: undefined, offered }, scopes: ['repo:status'], generateLabel: 'Generate token' },
  ];
};

function classicScreens(): Screen[] {
  const target = classicTarget(classic, now);
  const words = classicStepWords(target);
  const handedOver = stepNoted(stepNoted(emptyRunState(classic.id), 'scopes', { blocked: { kind: 'not-found', what: 'the scope boxes' }, changes: classicRemovals(planClassic(classicTarget(classic, now), classicSnapshots()[1]!).find((state) => state.id === 'scopes')!) }), 'expiration', { blocked: { kind: 'lifetime-cap', capDays: 5, wantedDays: 7 } });
  const withRemovals = stepNoted(handedOver, 'note', { blocked: { kind: 'repositories-not-found', names: ['alta3/labs'] } });
  return classicSnapshots().flatMap((snapshot, index) => {
    const plan = planClassic(target, snapshot);
    const findings = checkClassicCompliance(target, snapshot);
    return classicStepIds.map((current: ClassicStepId, stepIndex): Screen => {
      const run = [emptyRunState(classic.id), handedOver, withRemovals][(index + stepIndex) % 3]!;
      const session: SessionState<ClassicStepId> = {
        ...idleSession(plan), current,
        progress: fillOutcome(plan, run, ['note', 'scopes'], words.titles),
        guardHeld: { findings, stillFilling: stepIndex === 1 ? words.titles.scopes : undefined },
        standingAside: false,
      };
      const view = formView({
        recipeLabel: classic.label, recipeProblem: undefined, words, plan, findings, summary: summarizeClassic(snapshot, now),
        generateLabel: snapshot.generateLabel, githubConfirming: false, run, session,
      });
      return { kind: 'form', view, actions: formActions };
    });
  });
}

function panelScreens(): Screen[] {
  const target = targetForm(recipe, now);
  const submitted = submittedToken(matchingSnapshot(target), now);
  const created = { kind: 'created', tokenName: submitted.name, owner: submitted.owner, needsApproval: true, singleSignOn: undefined } as const;
  const classicCreated = { kind: 'created', tokenName: submittedClassicToken(classicSnapshots()[3]!, now).name, owner: '', needsApproval: false, tokenShown: true, approvalRequest: '' } as const;
  const actions = { close: () => undefined };
  return [
    { kind: 'panel', view: { kind: 'sudo', recipeLabel: recipe.label, fillPending: true }, actions },
    { kind: 'panel', view: { kind: 'sudo', recipeLabel: recipe.label, fillPending: false }, actions },
    { kind: 'panel', view: { ...created, tokenShown: true, approvalRequest: approvalRequest(submitted, recipe.requestMessage) }, actions },
    { kind: 'panel', view: { ...created, tokenShown: true, approvalRequest: approvalRequest({ ...submitted, repositories: [], permissions: [] }, undefined) }, actions },
    { kind: 'panel', view: { ...created, tokenShown: false, approvalRequest: '' }, actions },
    { kind: 'panel', view: reloadedView(), actions },
    ...[['octo-org'], ['octo-org', 'sbarbour'], []].map((singleSignOn): Screen => ({ kind: 'panel', view: { ...classicCreated, singleSignOn }, actions })),
    ...(['classic', 'fine-grained'] as const).map((recipeKind): Screen => ({ kind: 'panel', view: { kind: 'other-kind', recipeLabel: recipe.label, recipeKind, url: 'https://github.com/settings/tokens/new' }, actions })),
  ];
}

/** The pages around a token (issue #12): every expiry's words, verdicts that match, differ or cannot be read, requests. */
function auditPanels(): ComponentChild[] {
  const name = expandTemplate(recipe.name, now);
  const actions: AuditActions = { close: () => undefined, createNext: () => undefined };
  const expiries = ['never', '2026-11-20', '2026-11-24', '2026-11-25', '2026-11-26', '2026-12-30'].map((expiresOn) => expiryStatus(expiresOn, now));
  const tokens = [...expiries.map((status) => ({ name, recipeLabel: recipe.label, recipeId: recipe.id, expiry: status.words, renewalDue: status.renewalDue })),
    { name, recipeLabel: recipe.label, recipeId: recipe.id, expiry: undefined, renewalDue: false }];
  const wide: TokenStatement = {
    name, titles: [], owner: 'octo-org', repositoryAccess: 'all', repositories: undefined, permissions: { contents: 'write', members: 'read' }, createdOn: '2026-11-24', expiresOn: 'never',
  };
  const unread: TokenStatement = { ...wide, owner: undefined, repositoryAccess: undefined, permissions: undefined, createdOn: undefined };
  const verdict = (statement: TokenStatement, subject: TokenAuditView['subject']): TokenAuditView => {
    const audit = auditToken(recipe, statement, { namedOn: undefined, creator: 'sbarbour', now, request: subject === 'request' });
    const renewal = { recipeId: recipe.id, expiry: expiries[2]!.words };
    return { kind: 'token-audit', subject, tokenName: name, renewal, verdict: { recipeLabel: recipe.label, findings: audit.findings, unread: audit.unread.map((part: AuditPart) => auditPartTitles[part]), matches: audit.matches } };
  };
  const matching = { ...verdict(wide, 'token'), verdict: { recipeLabel: recipe.label, findings: [], unread: [], matches: true } };
  const audits: TokenAuditView[] = [
    verdict(wide, 'token'), verdict(wide, 'request'), verdict(unread, 'token'), matching, { ...matching, subject: 'request', renewal: undefined },
    { kind: 'token-audit', subject: 'token', tokenName: 'other', verdict: undefined, renewal: undefined },
    { kind: 'token-audit', subject: 'token', tokenName: undefined, verdict: undefined, renewal: undefined },
  ];
  expect(audits[0]!.verdict!.findings.length).toBeGreaterThan(2);
  expect(audits[2]!.verdict!.unread.length).toBeGreaterThan(2);
  const requests = [{ name, requester: 'sbarbour', recipeLabel: recipe.label }, { name: 'other', requester: undefined, recipeLabel: undefined }];
  return [
    <TokenListPanel view={{ kind: 'token-list', tokens }} actions={actions} />,
    ...audits.map((view) => <VerdictPanel view={view} actions={actions} />),
    ...[1, 2].map((unreadRows) => <RequestListPanel view={{ kind: 'request-list', requests, unreadRows, rowsFound: true }} actions={actions} />),
    <RequestListPanel view={{ kind: 'request-list', requests: [], unreadRows: 0, rowsFound: false }} actions={actions} />,
    <RegeneratePanel actions={actions} />,
  ];
}

/** The overlay's screens, each folded once too: the folded guide has words of its own. */
const notFromMessages = (screens: readonly Screen[], exempt: readonly string[]): string[] =>
  renderedNotFromMessages(screens.map((screen) => <Overlay screen={screen} />), exempt, (root) => root.querySelector<HTMLButtonElement>('button[aria-expanded="true"]')?.click());

describe('the overlay in the pseudo-locale', () => {
  beforeAll(() => useMessageSource(pseudoLocale()));
  afterAll(() => useMessageSource(browserIn('en-US', 'en')));

  it('shows no text that did not come from the messages (GitHub\'s and the recipe\'s own words aside)', () => {
    const target = targetForm(recipe, now);
    // What Intl writes in the UI language: dates and lists.
    const intl = [
      displayDate(target.expirationDate ?? ''), displayDate('2027-01-01'), formatDate(new Date(2026, 10, 24 + 30)), formatDate(new Date(2026, 10, 24 + 7)),
      formatList(['Contents', 'Metadata']), formatList(descendantsOf('repo')), formatList(['repo:status', 'public_repo']), formatList(['octo-org', 'sbarbour']),
    ];
    const screens = [...formScreens(), ...classicScreens(), ...panelScreens()];
    expect(screens.length).toBeGreaterThan(30);
    expect(notFromMessages(screens, exemptTexts([recipe, classic], now, [...pageTexts, ...intl]))).toEqual([]);
  }, 60_000);

  it('shows no text that did not come from the messages on the pages around a token', () => {
    expect(renderedNotFromMessages(auditPanels(), exemptTexts([recipe], now, pageTexts))).toEqual([]);
  });

  it('catches a text that did not come from the messages', () => {
    const screen = panelScreens()[0]!;
    const untranslated = { ...screen, view: { kind: 'sudo', recipeLabel: 'Written in code', fillPending: false } } as Screen;
    expect(notFromMessages([untranslated], exemptTexts([recipe], now))).toEqual(['Written in code']);
  });
});
