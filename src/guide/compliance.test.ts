import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { checkCompliance } from './compliance.ts';
import { freshSnapshot, matchingSnapshot } from '../../test/snapshot-fixture.ts';
import { targetForm } from './target.ts';

const target = targetForm(alta3EnchiladaRecipe, new Date(2026, 10, 24));
const matching = matchingSnapshot(target);
const titles = (findings: ReturnType<typeof checkCompliance>) => findings.map((finding) => `${finding.severity}: ${finding.title}`);

describe('compliance', () => {
  it('finds nothing on a form that matches the recipe', () => {
    expect(checkCompliance(target, matching)).toEqual([]);
  });

  it('names a permission beyond the recipe with its level, as a danger', () => {
    const findings = checkCompliance(target, { ...matching, permissions: { ...matching.permissions, issues: 'write' } });
    expect(findings).toEqual([expect.objectContaining({ severity: 'danger', step: 'permissions', title: 'Issues: Read and write' })]);
    expect(findings[0]?.detail).toMatch(/recipe asks for no access to Issues/);
  });

  it('explains why Contents write matters', () => {
    const [finding] = checkCompliance(target, { ...matching, permissions: { ...matching.permissions, contents: 'write' } });
    expect(finding).toMatchObject({ severity: 'danger', title: 'Contents: Read and write' });
    expect(finding?.detail).toMatch(/push commits/);
  });

  it('flags organization and account permissions as dangers', () => {
    const findings = checkCompliance(target, {
      ...matching,
      permissions: { ...matching.permissions, members: 'read', organization_administration: 'write', followers: 'read' },
    });
    expect(titles(findings)).toEqual(['danger: Followers: Read-only', 'danger: Administration: Read and write', 'danger: Members: Read-only']);
    expect(findings[0]?.detail).toMatch(/act on your personal account/);
    expect(findings[2]?.detail).toMatch(/act on alta3 itself/);
  });

  it('flags "All repositories" and "No expiration" as dangers', () => {
    const findings = checkCompliance(target, {
      ...matching, repositoryAccess: 'all', expiration: { choice: 'none', customDate: undefined, offered: [] },
    });
    expect(findings.filter((finding) => finding.severity === 'danger').map((finding) => finding.title)).toEqual(['No expiration', 'All repositories']);
  });

  it('takes "No expiration" as the recipe\'s own choice when the recipe asks for it, and any lifetime as a difference', () => {
    const { expiresInDays: _days, ...withoutDays } = alta3EnchiladaRecipe;
    const never = targetForm({ ...withoutDays, noExpiration: true }, new Date(2026, 10, 24));
    expect(never).toMatchObject({ expirationDays: 'none', expirationDate: undefined });
    const offered = ['7', '30', '60', '90', 'custom', 'none'];
    expect(checkCompliance(never, { ...matching, expiration: { choice: 'none', customDate: undefined, offered } })).toEqual([]);
    expect(checkCompliance(never, { ...matching, expiration: { choice: '30', customDate: undefined, offered } })).toEqual([
      expect.objectContaining({ severity: 'unfinished', step: 'expiration', title: 'Expiration: 30 days', detail: 'The recipe asks for “No expiration”.' }),
    ]);
    expect(checkCompliance(never, { ...matching, expiration: { choice: 'custom', customDate: '', offered } })).toEqual([
      expect.objectContaining({ severity: 'warning', step: 'expiration', detail: 'The recipe asks for “No expiration”.' }),
    ]);
  });

  it('warns about another owner, a different repository set, another expiry and edited texts', () => {
    const findings = checkCompliance(target, {
      ...matching,
      owner: 'alta3-training',
      name: 'my-token',
      expiration: { choice: '60', customDate: undefined, offered: [] },
      repositories: [...matching.repositories.slice(1), { id: '77', fullName: 'alta3/labs-archive' }],
    });
    expect(titles(findings)).toEqual([
      'warning: Token name differs from the recipe',
      'warning: Resource owner: alta3-training',
      'warning: Expiration: 60 days',
      'warning: Extra repository: alta3/labs-archive',
      'unfinished: 5 of 6 repositories selected',
    ]);
  });

  it('calls a fresh form unfinished rather than wrong', () => {
    const findings = checkCompliance(target, freshSnapshot());
    expect(new Set(findings.map((finding) => finding.severity))).toEqual(new Set(['unfinished']));
    expect(titles(findings)).toContain('unfinished: Resource owner: sbarbour');
  });

  it('treats a lower level than the recipe as unfinished, not dangerous', () => {
    const findings = checkCompliance(target, { ...matching, permissions: { ...matching.permissions, contents: 'none' } });
    expect(titles(findings)).toEqual(['unfinished: Contents: No access']);
  });

  it('keeps finding ids stable for the same problem', () => {
    const snapshot = { ...matching, permissions: { ...matching.permissions, issues: 'write' as const } };
    expect(checkCompliance(target, snapshot)[0]?.id).toBe(checkCompliance(target, { ...snapshot })[0]?.id);
  });
});
