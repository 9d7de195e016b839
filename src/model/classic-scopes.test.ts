// The extension's classic scopes against the replica's own table of the page (from the live
// page's text): the same scopes, words and order, and the page's nesting is the extension's
// "contains" followed to the top.
import { describe, expect, it } from 'vitest';
import { classicScopeBoxes } from '../../e2e/replica/domain/classic-scopes.ts';
import { classicScopes, descendantsOf, effectiveScopes, rootOf, topmostScopes } from './classic-scopes.ts';

describe('the extension knows GitHub\'s classic scopes as the page lists them', () => {
  it('has exactly the page\'s scopes, descriptions and order', () => {
    expect(classicScopes.map((entry) => [entry.scope, entry.description])).toEqual(classicScopeBoxes.map((box) => [box.scope, box.description]));
  });

  it('nests each scope under the top-level scope the page lists it under', () => {
    expect(classicScopes.map((entry) => [entry.scope, rootOf(entry.scope)])).toEqual(classicScopeBoxes.map((box) => [box.scope, box.group ?? box.scope]));
  });

  it('reads a parent as all it contains, and write:x as containing read:x', () => {
    expect(descendantsOf('repo')).toEqual(['repo:status', 'repo_deployment', 'public_repo', 'repo:invite', 'security_events']);
    expect(descendantsOf('write:org')).toEqual(['read:org']);
    expect(effectiveScopes(['admin:org', 'gist'])).toEqual(['admin:org', 'write:org', 'read:org', 'manage_runners:org', 'gist']);
    expect(topmostScopes(['read:org', 'repo:status', 'admin:org', 'repo'])).toEqual(['repo', 'admin:org']);
    expect(topmostScopes(['write:packages', 'read:packages', 'delete:packages'])).toEqual(['write:packages', 'delete:packages']);
  });
});
