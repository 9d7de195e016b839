import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { freshSnapshot, matchingSnapshot } from '../../test/snapshot-fixture.ts';
import { summarize } from './summary.ts';
import { targetForm } from './target.ts';

const now = new Date(2026, 10, 24);
const target = targetForm(alta3EnchiladaRecipe, now);

describe('summary in the words of the procedure', () => {
  it('reads the matching form as step 18 describes it', () => {
    expect(summarize(matchingSnapshot(target), now)).toEqual([
      '2 permissions for 6 of your repositories',
      'No change in permissions for your organization',
      'This token will expire on Feb 22, 2027 (90 days)',
      'Resource owner: alta3 (an admin must approve the token)',
    ]);
  });

  it('counts what the form holds, not what the recipe says', () => {
    const matching = matchingSnapshot(target);
    const lines = summarize({ ...matching, permissions: { ...matching.permissions, issues: 'write', members: 'read' }, repositoryAccess: 'all' }, now);
    expect(lines.slice(0, 2)).toEqual(['3 permissions for all of your repositories', '1 organization permission for alta3']);
  });

  it('describes a fresh personal form', () => {
    expect(summarize(freshSnapshot(), now)).toEqual([
      '0 permissions for public repositories (read-only)',
      '0 account permissions',
      'This token will expire on Dec 24, 2026 (30 days)',
      'Resource owner: sbarbour',
    ]);
  });

  it('says when there is no expiry or no custom date yet', () => {
    expect(summarize(freshSnapshot({ expiration: { choice: 'none', customDate: undefined, offered: [] } }), now)[2]).toBe('This token will never expire');
    expect(summarize(freshSnapshot({ expiration: { choice: 'custom', customDate: '', offered: [] } }), now)[2]).toBe('This token will expire on an unselected custom date');
  });
});
