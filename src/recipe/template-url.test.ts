import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { alta3HotfixRecipe } from './builtin/alta3-hotfix.ts';
import { recipeUrl, templateUrl } from './template-url.ts';

describe('template URL', () => {
  it('carries what GitHub documents as parameters, and no repositories', () => {
    const url = new URL(templateUrl(alta3EnchiladaRecipe, new Date(2026, 10, 24)));
    expect(url.origin + url.pathname).toBe('https://github.com/settings/personal-access-tokens/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      name: 'enchilada-install-2026-11-24',
      description: alta3EnchiladaRecipe.description,
      target_name: 'alta3',
      expires_in: '90',
      contents: 'read',
      metadata: 'read',
    });
  });

  it('asks for no expiration as GitHub spells it, expires_in=none', () => {
    const { expiresInDays: _days, ...withoutDays } = alta3EnchiladaRecipe;
    const url = new URL(templateUrl({ ...withoutDays, noExpiration: true }, new Date(2026, 10, 24)));
    expect(url.searchParams.get('expires_in')).toBe('none');
  });

  it('opens the new-token page of the GitHub the recipe names', () => {
    const url = new URL(templateUrl({ ...alta3EnchiladaRecipe, host: 'github.example.com' }, new Date(2026, 10, 24)));
    expect(url.origin + url.pathname).toBe('https://github.example.com/settings/personal-access-tokens/new');
    expect(url.searchParams.get('target_name')).toBe('alta3');
  });
});

describe('classic template URL', () => {
  it('carries the note as description and the scopes, and opens the page for the recipe\'s kind', () => {
    const url = new URL(recipeUrl({ ...alta3HotfixRecipe, scopes: ['repo', 'repo:status', 'read:org'] }, new Date(2026, 10, 24)));
    expect(url.origin + url.pathname).toBe('https://github.com/settings/tokens/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({ description: 'enchilada-hotfix-2026-11-24', scopes: 'repo,read:org' });
    expect(recipeUrl(alta3EnchiladaRecipe, new Date(2026, 10, 24))).toBe(templateUrl(alta3EnchiladaRecipe, new Date(2026, 10, 24)));
  });
});
