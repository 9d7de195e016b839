// What GitHub must receive when the built-in Alta3 recipe is followed, checked field by field.
import { expect } from '@playwright/test';
import { githubPermissions } from '../replica/domain/github-permissions.ts';
import { alta3Repositories } from '../replica/config.ts';
import type { Replica } from '../replica/server.ts';
import { isoDate } from '../replica/shared/expiration.ts';

export const alta3RepositoryNames = ['labs', 'alta3-ansible', 'enchilada', 'infrastructure', 'demo', 'gutenberg'];
export const newTokenUrl = 'https://github.com/settings/personal-access-tokens/new';

const idOf = (name: string): string => String(alta3Repositories.find((repository) => repository.name === name)?.id);

export interface ExpectedSubmission {
  /** Whether the owner requires approval (then the request message is submitted). */
  readonly reason?: string | null;
  readonly permissions?: Readonly<Record<string, string>>;
}

/** Everything GitHub must receive for a recipe, as the form posts it. */
export interface ExpectedForm {
  readonly name: string;
  readonly description: string;
  readonly owner: string;
  /** default_expires_at: a preset's days, "custom" or "none". */
  readonly expiresAt: string;
  readonly customDate?: string;
  readonly reason: string | undefined;
  readonly repositoryIds: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** Asserts the last POST is exactly the expected form: every field and every permission. */
export function expectSubmission(replica: Replica, expected: ExpectedForm): void {
  const submission = replica.submission();
  expect(submission, 'a form was submitted').toBeDefined();
  const fields = submission?.fields ?? {};
  expect(fields['user_programmatic_access[name]']).toBe(expected.name);
  expect(fields['user_programmatic_access[description]']).toBe(expected.description);
  expect(fields.target_name).toBe(expected.owner);
  expect(fields['user_programmatic_access[default_expires_at]']).toBe(expected.expiresAt);
  if (expected.customDate !== undefined) expect(fields['user_programmatic_access[custom_expires_at]']).toBe(expected.customDate);
  expect(fields.reason).toBe(expected.reason);
  expect(fields.install_target).toBe('selected');
  expect([...(submission?.values['repository_ids[]'] ?? [])].sort()).toEqual([...expected.repositoryIds].sort());
  const submitted = Object.fromEntries(githubPermissions.map(({ key }) => [key, fields[`integration[default_permissions][${key}]`]]));
  const wanted = Object.fromEntries(githubPermissions.map(({ key }) => [key, expected.permissions[key] ?? 'none']));
  expect(submitted).toEqual(wanted);
}

export const repositoryIds = (names: readonly string[]): string[] => names.map(idOf);

/** Which GitHub received each submission of the form, by origin, in order. */
export const submissionOrigins = (replica: Replica): string[] =>
  replica.requests
    .filter((request) => request.method === 'POST' && new URL(request.url).pathname === '/settings/personal-access-tokens')
    .map((request) => new URL(request.url).origin);

/** The built-in Alta3 recipe's texts, as a person types them. */
export const alta3Texts = {
  name: (): string => `enchilada-install-${isoDate(new Date())}`,
  description: 'token for downloading the following repos: labs, enchilada, alta3-ansible, infrastructure, gutenberg, demo',
  reason: 'Needed for enchilada installation on cloud',
} as const;

/** Asserts the last POST is exactly the Alta3 recipe: every field and every permission. */
export function expectAlta3Submission(replica: Replica, expected: ExpectedSubmission = {}): void {
  const reason = expected.reason === undefined ? alta3Texts.reason : expected.reason;
  expectSubmission(replica, {
    name: alta3Texts.name(),
    description: alta3Texts.description,
    owner: 'alta3',
    expiresAt: '90',
    reason: reason ?? undefined,
    repositoryIds: repositoryIds(alta3RepositoryNames),
    permissions: expected.permissions ?? { contents: 'read', metadata: 'read' },
  });
}
