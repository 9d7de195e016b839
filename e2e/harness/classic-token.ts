// The classic token form from a spec: the built-in hot-fix recipe made active, the person's own
// clicks on scope boxes, and what GitHub must receive.
import { expect } from '@playwright/test';
import type { Replica } from '../replica/server.ts';
import { isoDate } from '../replica/shared/expiration.ts';
import { makeActive, openOptions } from './options-page.ts';
import { onTestDay, type Dated } from './recipe-submission.ts';
import { act, click, type TestPage } from './test-page.ts';

export const classicTokenUrl = 'https://github.com/settings/tokens/new';
export const hotfixRecipeId = 'alta3-hotfix-classic';
export const hotfixNote = (day = new Date()): string => `enchilada-hotfix-${isoDate(day)}`;

/** The built-in "Alta3 hot-fix (classic)" recipe chosen on the options page, as a person would. */
export async function useHotfixRecipe(session: { openExtensionPage(path: string): Promise<TestPage> }): Promise<void> {
  const options = await openOptions(session);
  await makeActive(options, hotfixRecipeId);
  await options.close();
}

/** The person ticks or unticks a scope's box on GitHub's page, and sees the box change. */
export async function clickScope(page: TestPage, scope: string): Promise<void> {
  const ticked = !(await scopeTicked(page, scope));
  await act(page, `${ticked ? 'tick' : 'untick'} ${scope}`, () => click(page, { css: `input[type="checkbox"][name="oauth_access[scopes][]"][value="${scope}"]` }), {
    shows: ({ scope, ticked }) => document.querySelector<HTMLInputElement>(`input[name="oauth_access[scopes][]"][value="${scope}"]`)?.checked === ticked,
    seen: ({ scope, ticked }) => `${scope} ${ticked ? 'unticked' : 'ticked'}`,
    arg: { scope, ticked },
  });
}

export const scopeTicked = (page: TestPage, scope: string): Promise<boolean> =>
  page.evaluate((value) => document.querySelector<HTMLInputElement>(`input[name="oauth_access[scopes][]"][value="${value}"]`)?.checked ?? false, scope);

export interface ExpectedClassicForm {
  readonly note: Dated;
  /** default_expires_at: a preset's days, "custom" or "none". */
  readonly expiresAt: string;
  /** Exactly the scopes posted, in page order (a ticked parent's children are disabled and not posted). */
  readonly scopes: readonly string[];
}

/** Asserts the last POST is exactly the expected classic form, every field of it. */
export async function expectClassicSubmission(replica: Replica, expected: ExpectedClassicForm = { note: hotfixNote, expiresAt: '7', scopes: ['repo'] }): Promise<void> {
  await expect.poll(() => replica.submissions.length, { timeout: 10_000, message: 'the form to be submitted' }).toBe(1);
  const submission = replica.submission();
  expect(submission, 'a form was submitted').toBeDefined();
  expect(new Set(submission?.pairs.map(([name]) => name))).toEqual(new Set([
    'authenticity_token', 'oauth_access[description]', 'oauth_access[default_expires_at]', ...(expected.scopes.length ? ['oauth_access[scopes][]'] : []),
  ]));
  const note = submission?.fields['oauth_access[description]'];
  expect(note).toBe(onTestDay(replica, expected.note, note));
  expect(submission?.fields['oauth_access[default_expires_at]']).toBe(expected.expiresAt);
  expect(submission?.values['oauth_access[scopes][]'] ?? []).toEqual(expected.scopes);
}
