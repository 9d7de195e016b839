import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { nextStep, planSteps, plannedRemovals, type StepState } from './plan.ts';
import { freshSnapshot, matchingSnapshot } from '../../test/snapshot-fixture.ts';
import { targetForm } from './target.ts';

const now = new Date(2026, 10, 24);
const target = targetForm(alta3EnchiladaRecipe, now);
const statuses = (states: StepState[]) => Object.fromEntries(states.map((state) => [state.id, state.status]));

describe('plan', () => {
  it('expands the recipe into the form it asks for', () => {
    expect(target).toMatchObject({
      name: 'enchilada-install-2026-11-24',
      owner: 'alta3',
      expirationDays: 90,
      expirationDate: '2027-02-22',
      repositoryAccess: 'selected',
      repositories: ['alta3/labs', 'alta3/alta3-ansible', 'alta3/enchilada', 'alta3/infrastructure', 'alta3/demo', 'alta3/gutenberg'],
      permissions: { contents: 'read', metadata: 'read' },
    });
  });

  it('on a fresh form, starts with the name and waits for the owner before the owner-dependent steps', () => {
    const states = planSteps(target, freshSnapshot());
    expect(statuses(states)).toEqual({
      name: 'todo', description: 'todo', owner: 'todo', expiration: 'waiting', requestMessage: 'waiting',
      repositoryAccess: 'waiting', repositories: 'waiting', permissions: 'waiting', review: 'todo', generate: 'todo',
    });
    expect(nextStep(states)).toBe('name');
  });

  it('sets Copilot Requests under the key the page offers, whichever of GitHub\'s two spellings the recipe uses', () => {
    const copilot = targetForm({ ...alta3EnchiladaRecipe, owner: 'sbarbour', repositoryAccess: 'public', repositories: [], permissions: { copilot_requests: 'write' } }, now);
    const permissionsStep = (snapshot: ReturnType<typeof freshSnapshot>) => planSteps(copilot, snapshot).find((state) => state.id === 'permissions');
    expect(permissionsStep(freshSnapshot())?.permissions).toEqual([{ key: 'user_copilot_requests', current: 'none', wanted: 'write' }]);
    const { user_copilot_requests: _offeredNot, ...otherSpelling } = freshSnapshot().permissions ?? {};
    expect(permissionsStep(freshSnapshot({ permissions: { ...otherSpelling, copilot_requests: 'none' } }))?.permissions)
      .toEqual([{ key: 'copilot_requests', current: 'none', wanted: 'write' }]);
    expect(permissionsStep(freshSnapshot({ permissions: { ...freshSnapshot().permissions, user_copilot_requests: 'write' } }))?.status).toBe('done');
  });

  it('marks every step done on a matching form and points at Generate', () => {
    const states = planSteps(target, matchingSnapshot(target));
    expect(states.filter((state) => state.status !== 'done').map((state) => state.id)).toEqual(['generate']);
    expect(nextStep(states)).toBe('generate');
  });

  it('keeps a name GitHub refused as a step for the person, even when it is the recipe\'s name', () => {
    const states = planSteps(target, matchingSnapshot(target, { nameRefused: true }));
    expect(statuses(states).name).toBe('missing');
    expect(statuses(states).review).toBe('todo');
    expect(nextStep(states)).toBe('name');
  });

  it('treats the request message as not needed when the owner requires no approval', () => {
    const states = statuses(planSteps(target, matchingSnapshot(target, { requestMessage: undefined })));
    expect(states.requestMessage).toBe('not-needed');
    expect(states.review).toBe('done');
  });

  it('accepts a custom date on the same day as the preset', () => {
    const custom = matchingSnapshot(target, { expiration: { choice: 'custom', customDate: '2027-02-22', offered: [] } });
    expect(statuses(planSteps(target, custom)).expiration).toBe('done');
    const wrongDay = matchingSnapshot(target, { expiration: { choice: 'custom', customDate: '2027-02-23', offered: [] } });
    expect(statuses(planSteps(target, wrongDay)).expiration).toBe('todo');
  });

  it('is not done while an extra repository or permission is selected', () => {
    const matching = matchingSnapshot(target);
    const extraRepository = { ...matching, repositories: [...matching.repositories, { id: '9', fullName: 'alta3/labs-archive' }] };
    expect(statuses(planSteps(target, extraRepository)).repositories).toBe('todo');
    const extraPermission = { ...matching, permissions: { ...matching.permissions, issues: 'write' as const } };
    expect(statuses(planSteps(target, extraPermission)).permissions).toBe('todo');
    expect(nextStep(planSteps(target, extraPermission))).toBe('permissions');
  });

  it('reports GitHub fields it could not find as missing, and waits for the access section to load', () => {
    const states = statuses(planSteps(target, freshSnapshot({ name: undefined, owner: 'alta3', accessLoaded: false })));
    expect(states.name).toBe('missing');
    expect(states.repositoryAccess).toBe('waiting');
  });

  it('compares repository names without regard to case', () => {
    const matching = matchingSnapshot(target);
    const upper = { ...matching, repositories: matching.repositories.map((r) => ({ ...r, fullName: r.fullName?.toUpperCase() })) };
    expect(statuses(planSteps(target, upper)).repositories).toBe('done');
  });

  it('carries what filling a step must change, and names what it takes away that the person put there', () => {
    const snapshot = matchingSnapshot(target, {
      repositories: [{ id: '1000', fullName: 'alta3/labs' }, { id: '77', fullName: 'alta3/labs-archive' }],
      permissions: { ...matchingSnapshot(target).permissions, issues: 'write' },
    });
    const states = planSteps(target, snapshot);
    const repositories = states.find((state) => state.id === 'repositories');
    const permissions = states.find((state) => state.id === 'permissions');
    expect(repositories?.repositories?.missing).toEqual(['alta3/alta3-ansible', 'alta3/enchilada', 'alta3/infrastructure', 'alta3/demo', 'alta3/gutenberg']);
    expect(repositories?.repositories?.extra).toEqual([{ id: '77', fullName: 'alta3/labs-archive' }]);
    expect(permissions?.permissions).toEqual([{ key: 'issues', current: 'write', wanted: 'none' }]);
    expect([repositories, permissions].flatMap((state) => (state ? plannedRemovals(state) : []))).toEqual(['Removed alta3/labs-archive', 'Removed Issues: Read and write']);
  });
});
