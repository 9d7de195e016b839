import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from './builtin/alta3-enchilada.ts';
import { alta3HotfixRecipe } from './builtin/alta3-hotfix.ts';
import { lifetimeOf, validateRecipe, type FineGrainedRecipe } from './schema.ts';

const problemsOf = (changes: Record<string, unknown>): string[] => {
  const result = validateRecipe({ ...alta3EnchiladaRecipe, ...changes });
  return result.ok ? [] : result.problems;
};

describe('recipe schema', () => {
  it('accepts the built-in Alta3 recipe', () => {
    expect(validateRecipe(alta3EnchiladaRecipe)).toEqual({ ok: true, recipe: alta3EnchiladaRecipe });
  });

  it('measures the name after {date} is filled in', () => {
    expect(problemsOf({ name: 'x'.repeat(30) })).toEqual([]);
    expect(problemsOf({ name: `${'x'.repeat(31)}-{date}` })).toEqual([
      'name: is 42 characters once filled in; GitHub allows at most 40, so remove 2',
    ]);
    expect(problemsOf({ name: '' })).toEqual(['name: is empty; GitHub requires it']);
  });

  it('names an unknown placeholder', () => {
    expect(problemsOf({ name: 'token-{today}' })).toEqual(['name: unknown placeholder {today}; the only placeholder is {date}']);
  });

  it('limits the description to 1024 characters, counting characters rather than UTF-16 units', () => {
    expect(problemsOf({ description: '🌮'.repeat(1024) })).toEqual([]);
    expect(problemsOf({ description: 'd'.repeat(1025) })[0]).toMatch(/^description: is 1025 characters .* at most 1024/);
  });

  it('points at the repository that ends with a space', () => {
    expect(problemsOf({ repositories: ['labs', 'demo', 'enchilada', 'gutenberg '] })).toEqual([
      "repositories[3]: 'gutenberg ' ends with a space; remove it",
    ]);
  });

  it('rejects repeated repositories, whatever their case', () => {
    expect(problemsOf({ repositories: ['labs', 'demo', 'Labs'] })).toEqual(["repositories[2]: 'Labs' repeats repositories[0]; list each repository once"]);
  });

  it('needs 1 to 50 repositories for "Only select repositories"', () => {
    expect(problemsOf({ repositories: [] })).toEqual(['repositories: is empty; "Only select repositories" needs at least one']);
    const many = Array.from({ length: 51 }, (_, index) => `repo-${index}`);
    expect(problemsOf({ repositories: many })).toEqual(['repositories: has 51; GitHub allows at most 50']);
    expect(problemsOf({ repositoryAccess: 'all' })[0]).toMatch(/^repositories: lists repositories, but repositoryAccess is "all"/);
  });

  it('rejects owner/name in the repository list', () => {
    expect(problemsOf({ repositories: ['alta3/labs'] })[0]).toMatch(/^repositories\[0\]: 'alta3\/labs' contains '\/'/);
  });

  it('may name the GitHub it is for: github.com by default, or an Enterprise host name', () => {
    expect(problemsOf({ host: 'github.example.com' })).toEqual([]);
    expect(problemsOf({ host: 'octo.ghe.com' })).toEqual([]);
    expect(problemsOf({ host: 'github.com' })).toEqual([]);
    expect(problemsOf({ host: 'https://github.example.com' })).toEqual([
      "host: 'https://github.example.com' is not a host name: use lowercase letters, digits, hyphens and dots, such as github.example.com",
    ]);
    expect(problemsOf({ host: 'github.example.com ' })).toEqual(["host: 'github.example.com ' ends with a space; remove it"]);
    expect(problemsOf({ host: '*.ghe.com' })).toEqual(["host: '*.ghe.com' has a '*'; give one host, such as github.example.com"]);
  });

  it('keeps the expiration between 1 and 366 whole days', () => {
    expect(problemsOf({ expiresInDays: 0 })).toEqual(['expiresInDays: must be at least 1 day']);
    expect(problemsOf({ expiresInDays: 367 })).toEqual(['expiresInDays: GitHub allows at most 366 days']);
    expect(problemsOf({ expiresInDays: 1.5 })).toEqual(['expiresInDays: must be a whole number, not 1.5']);
    expect(problemsOf({ expiresInDays: '90' })).toEqual(['expiresInDays: must be a number, not a string']);
  });

  it('may ask for no expiration instead of a number of days, never for both or neither', () => {
    const { expiresInDays: _days, ...withoutDays } = alta3EnchiladaRecipe;
    const result = validateRecipe({ ...withoutDays, noExpiration: true });
    expect(result.ok && lifetimeOf(result.recipe as FineGrainedRecipe)).toBe('none');
    expect(lifetimeOf(alta3EnchiladaRecipe)).toBe(90);
    expect(problemsOf({ noExpiration: true })).toEqual(['noExpiration: asks for no expiration, but expiresInDays gives a lifetime too; remove one of the two']);
    expect(problemsOf({ noExpiration: false })).toEqual(['noExpiration: must be one of true']);
    const neither = validateRecipe(withoutDays);
    expect(neither.ok ? [] : neither.problems).toEqual([
      'expiresInDays: is missing: give 1 to 366 days, or "noExpiration": true for a token that never expires (GitHub allows that for your own account; an organization\'s lifetime policy may not)',
    ]);
    const classic = validateRecipe({ ...alta3HotfixRecipe, expiresInDays: undefined, noExpiration: true });
    expect(classic.ok ? [] : classic.problems).toEqual(['expiresInDays: is missing; it must be a number', 'recipe: has unknown field "noExpiration"; remove it']);
  });

  it('knows GitHub permission keys and the levels each supports', () => {
    expect(problemsOf({ permissions: { contents: 'write', issues: 'read' } })).toEqual([]);
    expect(problemsOf({ permissions: { content: 'read' } })[0]).toMatch(/^permissions\.content: is not a GitHub permission; use a key such as "contents"/);
    expect(problemsOf({ permissions: { metadata: 'write' } })).toEqual(['permissions.metadata: Metadata supports Read-only, not Read and write']);
    expect(problemsOf({ permissions: { gists: 'read' } })).toEqual(['permissions.gists: Gists supports Read and write, not Read-only']);
    expect(problemsOf({ permissions: { contents: 'owner' } })[0]).toMatch(/^permissions\.contents: must be one of "read", "write", "admin"/);
  });

  it('says fine-grained tokens cannot have Checks, and names what people use instead', () => {
    expect(problemsOf({ permissions: { contents: 'read', checks: 'read' } })).toEqual([
      'permissions.checks: fine-grained tokens cannot have Checks (GitHub\'s docs list the Checks API among their limits), so PAT Pilot will not fill it; remove it. '
        + 'What people use instead: "actions": "read" (workflow runs and job results) and "statuses": "read" (commit statuses)',
    ]);
    expect(problemsOf({ permissions: { actions: 'read', statuses: 'read' } })).toEqual([]);
  });

  it('takes both of GitHub\'s spellings of Copilot Requests, each at its documented level, and only with "public" access', () => {
    const copilot = { repositoryAccess: 'public', repositories: [] };
    expect(problemsOf({ ...copilot, permissions: { user_copilot_requests: 'read' } })).toEqual([]);
    expect(problemsOf({ ...copilot, permissions: { copilot_requests: 'write' } })).toEqual([]);
    expect(problemsOf({ ...copilot, permissions: { copilot_requests: 'read' } })).toEqual(['permissions.copilot_requests: Copilot Requests supports Read and write, not Read-only']);
    expect(problemsOf({ permissions: { contents: 'read', copilot_requests: 'write' } })).toEqual([
      'permissions.copilot_requests: GitHub offers Copilot Requests only to a token of your own account with "Public repositories" access, not with repositoryAccess "selected": '
        + 'set repositoryAccess to "public" and owner to your own login, or make a separate recipe for it',
    ]);
    expect(problemsOf({ ...copilot, permissions: { user_copilot_requests: 'read', copilot_requests: 'write' } })).toEqual([
      'permissions.copilot_requests: Copilot Requests is already asked for as "user_copilot_requests" (GitHub spells it both ways); keep one of the two',
    ]);
    expect(problemsOf({ repositoryAccess: 'all', repositories: [], permissions: { user_copilot_requests: 'read' } })[0]).toMatch(/^permissions\.user_copilot_requests: GitHub offers Copilot Requests only .* not with repositoryAccess "all"/);
  });

  it('reports every problem at once, those across fields included', () => {
    expect(problemsOf({ owner: 'alta3 ', repositories: ['labs', 'labs'], permissions: { metadata: 'write', contents: 'none' }, extra: 1 })).toEqual([
      "owner: 'alta3 ' ends with a space; remove it",
      'permissions.contents: must be one of "read", "write", "admin"',
      'recipe: has unknown field "extra"; remove it',
      "repositories[1]: 'labs' repeats repositories[0]; list each repository once",
      'permissions.metadata: Metadata supports Read-only, not Read and write',
    ]);
    expect(problemsOf({ repositoryAccess: 'Selected' })).toEqual(['repositoryAccess: must be one of "public", "all", "selected"']);
  });

  it('checks the owner is a GitHub login', () => {
    expect(problemsOf({ owner: 'alta3 ' })).toEqual(["owner: 'alta3 ' ends with a space; remove it"]);
    expect(problemsOf({ owner: '-alta3' })[0]).toMatch(/^owner: '-alta3' is not a GitHub login/);
  });

  it('says what is missing, of the wrong type or unknown', () => {
    const { owner: _owner, ...withoutOwner } = alta3EnchiladaRecipe;
    const missing = validateRecipe(withoutOwner);
    expect(missing.ok ? [] : missing.problems).toEqual(['owner: is missing; it must be a string']);
    expect(problemsOf({ repositories: 'labs' })).toEqual(['repositories: must be an array, not a string']);
    expect(problemsOf({ permissions: [] })).toEqual(['permissions: must be an object, not a list']);
    expect(problemsOf({ repos: ['labs'] })).toEqual(['recipe: has unknown field "repos"; remove it']);
    const notAnObject = validateRecipe('recipe');
    expect(notAnObject.ok ? [] : notAnObject.problems).toEqual(['recipe: must be an object, not a string']);
  });
});

describe('classic recipe schema', () => {
  const classicProblems = (changes: Record<string, unknown>): string[] => {
    const result = validateRecipe({ ...alta3HotfixRecipe, ...changes });
    return result.ok ? [] : result.problems;
  };

  it('accepts the built-in hot-fix recipe, and a fine-grained one that names its kind', () => {
    expect(validateRecipe(alta3HotfixRecipe)).toEqual({ ok: true, recipe: alta3HotfixRecipe });
    expect(problemsOf({ kind: 'fine-grained' })).toEqual([]);
  });

  it('points at a scope GitHub does not have, with the one the person probably meant', () => {
    expect(classicProblems({ scopes: ['workflow', 'repos'] })).toEqual(["scopes[1]: 'repos' is not a GitHub scope; did you mean 'repo'?"]);
    expect(classicProblems({ scopes: ['Read:Org'] })).toEqual(["scopes[0]: 'Read:Org' is not a GitHub scope; did you mean 'read:org'?"]);
    expect(classicProblems({ scopes: ['everything'] })).toEqual([
      "scopes[0]: 'everything' is not a GitHub scope; use one the classic token page lists, such as 'repo', 'workflow', 'read:org'",
    ]);
    expect(classicProblems({ scopes: ['repo '] })).toEqual(["scopes[0]: 'repo ' ends with a space; remove it"]);
  });

  it('knows the scopes of the classic page, a child scope alongside its parent included', () => {
    expect(classicProblems({ scopes: ['repo', 'repo:status', 'read:org', 'manage_billing:copilot', 'read:ssh_signing_key', 'codespace:secrets'] })).toEqual([]);
    expect(classicProblems({ scopes: [] })).toEqual([]);
  });

  it('rejects a repeated scope', () => {
    expect(classicProblems({ scopes: ['repo', 'gist', 'repo'] })).toEqual(["scopes[2]: 'repo' repeats scopes[0]; list each scope once"]);
  });

  it('measures the note after {date} is filled in, and needs one', () => {
    expect(classicProblems({ note: `${'n'.repeat(90)}-{date}` })).toEqual(['note: is 101 characters once filled in; GitHub allows at most 100, so remove 1']);
    expect(classicProblems({ note: '' })).toEqual(['note: is empty; GitHub requires it']);
    expect(classicProblems({ note: 'hotfix-{day}' })).toEqual(['note: unknown placeholder {day}; the only placeholder is {date}']);
  });

  it('keeps a classic recipe to its own fields, and the kind to the two GitHub has', () => {
    expect(classicProblems({ owner: 'alta3', expiresInDays: 0 })).toEqual(['expiresInDays: must be at least 1 day', 'recipe: has unknown field "owner"; remove it']);
    const { scopes: _scopes, ...withoutScopes } = alta3HotfixRecipe;
    const missing = validateRecipe(withoutScopes);
    expect(missing.ok ? [] : missing.problems).toEqual(['scopes: is missing; it must be an array']);
    expect(problemsOf({ kind: 'Classic' })).toEqual(['kind: must be "fine-grained" or "classic" (leave it out for fine-grained)']);
  });
});
