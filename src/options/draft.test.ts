import { describe, expect, it } from 'vitest';
import { alta3EnchiladaRecipe } from '../recipe/builtin/alta3-enchilada.ts';
import { alta3HotfixRecipe } from '../recipe/builtin/alta3-hotfix.ts';
import { checkDraft, draftOf, fieldMessages, recipeOf, repositoryLines } from './draft.ts';

const mine = { ...alta3EnchiladaRecipe, id: 'mine', label: 'Mine' };
const noneTaken = () => [];

describe('the editor’s draft', () => {
  it('stands for the recipe it was made from', () => {
    expect(checkDraft(draftOf(mine), noneTaken)).toEqual({ ok: true, recipe: mine });
  });

  it('reads one repository per line, skipping blank lines but keeping spaces to point them out', () => {
    expect(repositoryLines('labs\n\r\n  \ndemo \r\ngutenberg')).toEqual({ names: ['labs', 'demo ', 'gutenberg'], lineNumbers: [1, 4, 5] });
  });

  it('names the line a repository problem is on', () => {
    const draft = { ...draftOf(mine), repositories: 'labs\n\ndemo\ngutenberg ' };
    const check = checkDraft(draft, noneTaken);
    expect(check.ok ? [] : fieldMessages(check.issues, 'repositories', draft)).toEqual(["Line 4: 'gutenberg ' ends with a space; remove it"]);
  });

  it('keeps the repository list while another access is chosen, without sending it', () => {
    const draft = { ...draftOf(mine), repositoryAccess: 'all' as const };
    expect(recipeOf(draft)).toMatchObject({ repositoryAccess: 'all', repositories: [] });
    expect(draft.repositories).toBe(mine.repositories.join('\n'));
  });

  it('turns the typed days into a number and an empty request message into none', () => {
    expect(recipeOf({ ...draftOf(mine), expiresInDays: ' 30 ', requestMessage: '' })).toMatchObject({ expiresInDays: 30 });
    expect(recipeOf({ ...draftOf(mine), requestMessage: '' })).not.toHaveProperty('requestMessage');
    const empty = { ...draftOf(mine), expiresInDays: '' };
    const check = checkDraft(empty, noneTaken);
    expect(check.ok ? [] : fieldMessages(check.issues, 'expiresInDays', empty)).toEqual([
      'is missing: give 1 to 366 days, or "noExpiration": true for a token that never expires (GitHub allows that for your own account; an organization\'s lifetime policy may not)',
    ]);
  });

  it('asks for no expiration when it is ticked, and keeps the typed days for when it is unticked', () => {
    const never = { ...draftOf(mine), noExpiration: true };
    expect(recipeOf(never)).toMatchObject({ noExpiration: true });
    expect(recipeOf(never)).not.toHaveProperty('expiresInDays');
    const check = checkDraft(never, noneTaken);
    expect(check.ok && draftOf(check.recipe)).toEqual({ ...never, expiresInDays: '' });
    expect(recipeOf({ ...never, noExpiration: false })).toMatchObject({ expiresInDays: mine.expiresInDays });
  });

  it('keeps the GitHub host a recipe names, and leaves it out when empty (github.com)', () => {
    const enterprise = { ...mine, host: 'github.example.com' };
    expect(checkDraft(draftOf(enterprise), noneTaken)).toEqual({ ok: true, recipe: enterprise });
    expect(draftOf(mine).host).toBe('');
    expect(recipeOf(draftOf(mine))).not.toHaveProperty('host');
    const typo = { ...draftOf(mine), host: 'https://github.example.com' };
    const check = checkDraft(typo, noneTaken);
    expect(check.ok ? [] : fieldMessages(check.issues, 'host', typo)).toEqual([
      "'https://github.example.com' is not a host name: use lowercase letters, digits, hyphens and dots, such as github.example.com",
    ]);
  });

  it('adds what the library knows about the id, under the id field', () => {
    const draft = draftOf(mine);
    const check = checkDraft(draft, (id) => [{ path: ['id'], message: `'${id}' is already taken` }]);
    expect(check.ok ? [] : fieldMessages(check.issues, 'id', draft)).toEqual(["'mine' is already taken"]);
  });

  it('stands for a classic recipe too, and keeps both kinds\' fields while the kind is switched', () => {
    const hotfix = { ...alta3HotfixRecipe, id: 'my-hotfix', label: 'My hot-fix' };
    expect(checkDraft(draftOf(hotfix), noneTaken)).toEqual({ ok: true, recipe: hotfix });
    const switched = { ...draftOf(mine), kind: 'classic' as const };
    expect(recipeOf(switched)).toEqual({ schemaVersion: 1, kind: 'classic', id: 'mine', label: 'Mine', note: '', expiresInDays: 90, scopes: [] });
    expect(checkDraft({ ...switched, kind: 'fine-grained' }, noneTaken)).toEqual({ ok: true, recipe: mine });
    const check = checkDraft({ ...switched, note: 'hotfix-{date}', scopes: ['repo', 'repos'] }, noneTaken);
    expect(check.ok ? [] : fieldMessages(check.issues, 'scopes', switched)).toEqual(["'repos' is not a GitHub scope; did you mean 'repo'?"]);
  });
});
