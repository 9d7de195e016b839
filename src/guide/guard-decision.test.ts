import { describe, expect, it } from 'vitest';
import type { Finding } from './compliance.ts';
import { decideSubmission } from './guard-decision.ts';
import { stepTitles } from './steps.ts';

const unfinishedRepositories: Finding = { id: 'repositories:missing', severity: 'unfinished', step: 'repositories', title: '3 repositories still missing', detail: '' };

describe('decideSubmission', () => {
  it('lets a form that matches the recipe through, even while a fill runs', () => {
    expect(decideSubmission({ findings: [], standingAside: false, fillingStep: 'permissions' }, stepTitles)).toEqual({ allow: true });
  });

  it('holds a form that differs, naming the findings and the step still being filled', () => {
    expect(decideSubmission({ findings: [unfinishedRepositories], standingAside: false, fillingStep: 'repositories' }, stepTitles))
      .toEqual({ allow: false, findings: [unfinishedRepositories], stillFilling: 'Select repositories' });
  });

  it('never holds with an empty list', () => {
    for (const fillingStep of [undefined, 'name', 'permissions'] as const) {
      const decision = decideSubmission({ findings: [], standingAside: false, fillingStep }, stepTitles);
      expect(decision.allow).toBe(true);
    }
  });

  it('stands aside once the person chose "Generate anyway"', () => {
    expect(decideSubmission({ findings: [unfinishedRepositories], standingAside: true, fillingStep: undefined }, stepTitles)).toEqual({ allow: true });
  });
});
