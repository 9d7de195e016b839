import { describe, expect, it } from 'vitest';
import {
  emptyRunState, fillFinished, fillStarted, needsOwnerPrefill, ownerPrefillStarted, pendingFill, runFor, stepNoted, submissionShown, tokenSubmitted,
} from './run-state.ts';

const token = { at: 1, name: 'enchilada-install-2026-12-03', owner: 'alta3', repositories: [], permissions: [], expiry: '', needsApproval: true };

describe('run state', () => {
  it('belongs to one recipe: another recipe starts afresh', () => {
    const stored = pendingFill('alta3-enchilada');
    expect(runFor(stored, 'alta3-enchilada')).toBe(stored);
    expect(runFor(stored, 'other')).toEqual(emptyRunState('other'));
    expect(runFor(undefined, 'other')).toEqual(emptyRunState('other'));
  });

  it('a fill clears the notes of its own steps only, and only a fill of every step resumes after a reload', () => {
    const noted = stepNoted(stepNoted(emptyRunState('r'), 'name', { changes: ['x'] }), 'owner', { blocked: { kind: 'owner-not-listed', owner: 'alta3' } });
    const one = fillStarted(noted, ['name'], false);
    expect(one.notes).toEqual({ owner: { blocked: { kind: 'owner-not-listed', owner: 'alta3' } } });
    expect(one.fillPending).toBe(false);
    expect(fillStarted(noted, ['name', 'owner'], true)).toMatchObject({ fillPending: true, notes: {} });
    expect(fillFinished(fillStarted(noted, ['name'], true)).fillPending).toBe(false);
  });

  it('loads the form with the owner prefilled once when GitHub could not list the owners, never twice', () => {
    const failed = stepNoted(emptyRunState('r'), 'owner', { blocked: { kind: 'owner-list-failed', owner: 'alta3' } });
    expect(needsOwnerPrefill(failed)).toBe(true);
    const reloading = ownerPrefillStarted(failed);
    expect(reloading.fillPending).toBe(true);
    expect(needsOwnerPrefill(reloading)).toBe(false);
    expect(needsOwnerPrefill(stepNoted(emptyRunState('r'), 'owner', { blocked: { kind: 'owner-not-listed', owner: 'alta3' } }))).toBe(false);
  });

  it('a submission ends the pending fill, and its panel shows once', () => {
    const submitted = tokenSubmitted(pendingFill('r'), token);
    expect(submitted).toMatchObject({ fillPending: false, submitted: token });
    expect(submissionShown(submitted).submitted).toBeUndefined();
  });
});
