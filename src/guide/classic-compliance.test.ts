import { describe, expect, it } from 'vitest';
import type { ClassicSnapshot } from '../model/classic-snapshot.ts';
import { alta3HotfixRecipe } from '../recipe/builtin/alta3-hotfix.ts';
import { checkClassicCompliance } from './classic-compliance.ts';
import { classicRemovals, planClassic } from './classic-plan.ts';
import { classicStepInstruction, classicStepTitles } from './classic-steps.ts';
import { summarizeClassic } from './classic-summary.ts';
import { classicTarget, scopeDifference } from './classic-target.ts';
import { decideSubmission } from './guard-decision.ts';
import { nextStep } from './plan.ts';

const now = new Date(2026, 10, 24);
const target = classicTarget(alta3HotfixRecipe, now);
const offered = ['7', '30', '60', '90', 'custom', 'none'];
const matching: ClassicSnapshot = {
  note: 'enchilada-hotfix-2026-11-24',
  expiration: { choice: '7', customDate: undefined, offered },
  // GitHub's page ticks the children of a ticked parent.
  scopes: ['repo', 'repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events'],
  generateLabel: 'Generate token',
};
const fresh: ClassicSnapshot = { note: '', expiration: { choice: '30', customDate: undefined, offered }, scopes: [], generateLabel: 'Generate token' };
const titles = (snapshot: ClassicSnapshot) => checkClassicCompliance(target, snapshot).map((finding) => `${finding.severity}: ${finding.title}`);
const statuses = (snapshot: ClassicSnapshot) => Object.fromEntries(planClassic(target, snapshot).map((state) => [state.id, state.status]));

describe('the classic form against a classic recipe', () => {
  it('expands the recipe into the form it asks for', () => {
    expect(target).toEqual({ note: 'enchilada-hotfix-2026-11-24', expirationDays: 7, expirationDate: '2026-12-01', scopes: ['repo'] });
  });

  it('finds nothing on a matching form, whether or not the page also submits the ticked children', () => {
    expect(checkClassicCompliance(target, matching)).toEqual([]);
    expect(checkClassicCompliance(target, { ...matching, scopes: ['repo'] })).toEqual([]);
    expect(statuses(matching)).toEqual({ note: 'done', expiration: 'done', scopes: 'done', review: 'done', generate: 'todo' });
    expect(nextStep(planClassic(target, matching))).toBe('generate');
  });

  it('calls a fresh form unfinished rather than wrong, and starts at the note', () => {
    expect(titles(fresh)).toEqual(['unfinished: Note is empty', 'unfinished: Expiration: 30 days', 'unfinished: Scope not ticked: repo']);
    expect(nextStep(planClassic(target, fresh))).toBe('note');
  });

  it('names a scope beyond the recipe as a danger, a parent standing for all it contains', () => {
    const findings = checkClassicCompliance(target, { ...matching, scopes: [...(matching.scopes ?? []), 'admin:org', 'write:org', 'read:org', 'manage_runners:org'] });
    expect(findings.map((finding) => `${finding.severity}: ${finding.title}`)).toEqual(['danger: Scope beyond the recipe: admin:org']);
    expect(findings[0]?.detail).toMatch(/Full control of orgs and teams.*with write:org, read:org, and manage_runners:org.*asks for only repo/);
    expect(statuses({ ...matching, scopes: ['repo', 'gist'] }).scopes).toBe('todo');
    const scopes = planClassic(target, { ...matching, scopes: ['repo', 'gist', 'admin:org', 'write:org'] }).find((state) => state.id === 'scopes');
    expect(scopes?.scopes).toEqual({ extra: ['admin:org', 'gist'], missing: [] });
    expect(scopes && classicRemovals(scopes)).toEqual(['Unticked admin:org', 'Unticked gist']);
  });

  it('counts a parent as all its children on both sides: read:org asked, write:org ticked is beyond it', () => {
    const readOrg = classicTarget({ ...alta3HotfixRecipe, scopes: ['read:org'] }, now);
    expect(scopeDifference(readOrg, ['write:org'])).toEqual({ extra: ['write:org'], missing: [] });
    expect(scopeDifference(readOrg, ['admin:org'])).toEqual({ extra: ['admin:org'], missing: [] });
    expect(scopeDifference(classicTarget({ ...alta3HotfixRecipe, scopes: ['admin:org'] }, now), ['write:org', 'manage_runners:org'])).toEqual({ extra: [], missing: ['admin:org'] });
  });

  it('takes a child scope alone, where the recipe has its parent, as unfinished: not a danger', () => {
    const childOnly = { ...matching, scopes: ['repo:status'] };
    const findings = checkClassicCompliance(target, childOnly);
    expect(findings.map((finding) => `${finding.severity}: ${finding.title}`)).toEqual(['unfinished: Scope not ticked: repo']);
    expect(findings[0]?.detail).toBe('repo:status alone is part of it; tick repo itself, as the recipe asks.');
    expect(statuses(childOnly).scopes).toBe('todo');
    expect(statuses(childOnly).review).toBe('todo');
  });

  it('flags no expiry as a danger and another lifetime as a warning, as on the fine-grained form', () => {
    expect(titles({ ...matching, expiration: { choice: 'none', customDate: undefined, offered } })).toEqual(['danger: No expiration']);
    expect(titles({ ...matching, expiration: { choice: '90', customDate: undefined, offered } })).toEqual(['warning: Expiration: 90 days']);
    expect(statuses({ ...matching, expiration: { choice: 'custom', customDate: '2026-12-01', offered } }).expiration).toBe('done');
  });

  it('says so when the scopes cannot be read, and reports the boxes missing', () => {
    expect(titles({ ...matching, scopes: undefined })).toEqual(['unfinished: Scopes could not be read']);
    expect(statuses({ ...matching, scopes: undefined }).scopes).toBe('missing');
  });

  it('holds a submission that breaks the recipe, naming the classic step being filled', () => {
    const findings = checkClassicCompliance(target, { ...matching, scopes: ['repo', 'delete_repo'] });
    expect(decideSubmission({ findings, standingAside: false, fillingStep: 'scopes' }, classicStepTitles)).toEqual({ allow: false, findings, stillFilling: 'Select scopes' });
    expect(decideSubmission({ findings: [], standingAside: false, fillingStep: 'note' }, classicStepTitles)).toEqual({ allow: true });
  });

  it('overviews what the form grants and tells the steps in GitHub\'s words', () => {
    expect(summarizeClassic(matching, now)).toEqual([
      'Scopes: repo',
      'Every repository you can reach, not only chosen ones (a classic token)',
      'This token will expire on Dec 1, 2026 (7 days)',
    ]);
    expect(summarizeClassic(fresh, now)[0]).toBe('No scopes: read-only access to public information');
    expect(classicStepInstruction('scopes', target)).toBe(
      'Select scopes: tick repo (Full control of private repositories), which ticks repo:status, repo_deployment, public_repo, repo:invite, and security_events with it. Tick nothing else.',
    );
    expect(classicStepInstruction('note', target)).toBe('Note: type “enchilada-hotfix-2026-11-24”.');
  });
});
