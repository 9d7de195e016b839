import { describe, expect, it } from 'vitest';
import { freshSnapshot, matchingSnapshot } from '../../test/snapshot-fixture.ts';
import { checkCompliance } from '../guide/compliance.ts';
import { planClassic } from '../guide/classic-plan.ts';
import { classicTarget } from '../guide/classic-target.ts';
import { planSteps } from '../guide/plan.ts';
import { classicStepWords, fineGrainedStepWords } from '../guide/step-words.ts';
import { stepTitles, type StepId } from '../guide/steps.ts';
import { targetForm } from '../guide/target.ts';
import { emptyRunState, stepNoted, type RunState } from '../messaging/run-state.ts';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { alta3HotfixRecipe } from '../recipe/builtin/alta3-hotfix.ts';
import { fillOutcome, followPlan, formView, idleSession, type SessionState } from './form-view.ts';
import type { FormSnapshot } from '../model/form-snapshot.ts';

const now = new Date(2026, 10, 24);
const target = targetForm(alta3EnchiladaRecipe, now);
const run = emptyRunState(alta3EnchiladaRecipe.id);

function viewOf(snapshot: FormSnapshot, runState: RunState = run, session?: Partial<SessionState<StepId>>) {
  const plan = planSteps(target, snapshot);
  return formView({
    recipeLabel: 'Alta3', recipeProblem: undefined, words: fineGrainedStepWords(target), plan, findings: checkCompliance(target, snapshot),
    summary: [], generateLabel: snapshot.generateLabel, githubConfirming: false, run: runState,
    session: { ...idleSession(plan), ...session },
  });
}
const badges = (view: ReturnType<typeof viewOf>) => Object.fromEntries(view.steps.map((step) => [step.id, step.badge]));

describe('form view', () => {
  it('on a fresh form, points at the name and shows the owner-dependent steps waiting', () => {
    const view = viewOf(freshSnapshot());
    expect(view.current).toBe('name');
    expect(badges(view)).toMatchObject({ name: 'todo', owner: 'todo', repositories: 'waiting', permissions: 'waiting', generate: 'todo' });
    expect(view.steps.every((step) => step.problem === undefined)).toBe(true);
  });

  it('on a matching form, every fillable step is done, the review too, and only Generate is left', () => {
    const view = viewOf(matchingSnapshot(target));
    expect(view.current).toBe('generate');
    expect(Object.values(badges(view)).filter((badge) => badge !== 'done' && badge !== 'not-needed')).toEqual(['todo']);
    expect(view.generateLabel).toBe('Generate token and request access');
  });

  it('a step the fill handed over says what happened and what to do by hand; one that needs an admin "cannot be done here"', () => {
    const handed = stepNoted(stepNoted(run, 'owner', { blocked: { kind: 'owner-list-failed', owner: 'alta3' } }),
      'expiration', { blocked: { kind: 'lifetime-cap', capDays: 60, wantedDays: 90 } });
    const view = viewOf(freshSnapshot(), handed);
    const owner = view.steps.find((step) => step.id === 'owner');
    expect(owner?.badge).toBe('needs-you');
    expect(owner?.problem?.title).toBe('GitHub could not load the list of resource owners');
    expect(view.steps.find((step) => step.id === 'expiration')?.badge).toBe('cannot-do');
  });

  it('a field GitHub does not show asks the person to do it by hand in the procedure\'s words', () => {
    const name = viewOf(freshSnapshot({ name: undefined })).steps.find((step) => step.id === 'name');
    expect(name?.badge).toBe('needs-you');
    expect(name?.problem?.detail).toContain('Token name: type “enchilada-install-2026-11-24”.');
  });

  it('the step being filled shows as filling; unfinished findings stay out of the alerts', () => {
    const view = viewOf(freshSnapshot({ repositoryAccess: 'all', owner: 'alta3' }), run, { filling: true, fillingStep: 'description' });
    expect(badges(view).description).toBe('filling');
    expect(view.findings.map((finding) => finding.title)).toEqual(['All repositories']);
  });
});

describe('following the plan', () => {
  const before = planSteps(target, freshSnapshot());
  const after = planSteps(target, freshSnapshot({ name: target.name }));
  it('moves on when the current step becomes done, but not while a fill moves it', () => {
    expect(followPlan('name', before, after, false)).toBe('description');
    expect(followPlan('name', before, after, true)).toBe('name');
  });
  it('stays on a step the person chose', () => {
    expect(followPlan('permissions', before, after, false)).toBe('permissions');
  });
});

describe('after a fill', () => {
  it('says how many steps need the person, or that the form is ready, or what was filled', () => {
    const handed = stepNoted(run, 'repositories', { blocked: { kind: 'repositories-not-found', names: ['alta3/demo'] } });
    expect(fillOutcome(planSteps(target, matchingSnapshot(target, { repositories: [] })), handed, ['repositories'], stepTitles)).toBe('Filled what PAT Pilot could. 1 step needs you.');
    expect(fillOutcome(planSteps(target, matchingSnapshot(target)), run, ['name'], stepTitles)).toBe('All fields filled. Review them, then click Generate yourself.');
    expect(fillOutcome(planSteps(target, freshSnapshot({ name: target.name })), run, ['name'], stepTitles)).toBe('Filled: Token name.');
  });
});

describe('the classic form\'s view', () => {
  const classic = classicTarget(alta3HotfixRecipe, now);
  const offered = ['7', '30', '60', '90', 'custom', 'none'];
  const snapshot = { note: '', expiration: { choice: '30', customDate: undefined, offered }, scopes: [], generateLabel: 'Generate token' };
  const plan = planClassic(classic, snapshot);
  const classicRun = stepNoted(emptyRunState(alta3HotfixRecipe.id), 'scopes', { blocked: { kind: 'not-found', what: 'the scope box repo' } });
  const view = formView({
    recipeLabel: 'Hot-fix', recipeProblem: undefined, words: classicStepWords(classic), plan, findings: [], summary: [],
    generateLabel: undefined, githubConfirming: false, run: classicRun, session: idleSession(plan),
  });

  it('shows the classic steps in the classic words, with only note, expiration and scopes to fill', () => {
    expect(view.current).toBe('note');
    expect(view.steps.map((step) => [step.title, step.fillable])).toEqual([
      ['Note', true], ['Expiration', true], ['Select scopes', true], ['Review the overview', false], ['Generate the token', false],
    ]);
    expect(view.steps[0]?.instruction).toBe('Note: type “enchilada-hotfix-2026-11-24”.');
  });

  it('words a step handed over with the classic instruction', () => {
    const scopes = view.steps.find((step) => step.id === 'scopes');
    expect(scopes?.badge).toBe('needs-you');
    expect(scopes?.problem).toEqual({
      title: 'PAT Pilot could not find the scope box repo',
      detail: expect.stringContaining('Select scopes: tick repo (Full control of private repositories)'),
    });
  });
});
