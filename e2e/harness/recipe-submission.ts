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
/** A value stamped with the day it was made on (a name's {date}, a custom expiry date). */
export type Dated = string | ((day: Date) => string);

/**
 * The days a test may have stamped what it made with: the day GitHub served its first page (the
 * test's start, before any fill) and today, so that a run across midnight passes.
 */
export const testDays = (replica: Replica): Date[] => [new Date(replica.requests[0]?.time ?? Date.now()), new Date()];

/** The dated value for the test's day that matches what was received, else for today (which then fails with a clear diff). */
export function onTestDay(replica: Replica, value: Dated, received: string | undefined): string {
  if (typeof value === 'string') return value;
  const days = testDays(replica).map(value);
  return days.find((candidate) => candidate === received) ?? days.at(-1)!;
}

export interface ExpectedForm {
  readonly name: Dated;
  readonly description: string;
  readonly owner: string;
  /** default_expires_at: a preset's days, "custom" or "none". */
  readonly expiresAt: string;
  readonly customDate?: Dated;
  readonly reason: string | undefined;
  readonly repositoryIds: readonly string[];
  readonly permissions: Readonly<Record<string, string>>;
}

/** Asserts the last POST is exactly the expected form: every field and every permission. */
export function expectSubmission(replica: Replica, expected: ExpectedForm): void {
  const submission = replica.submission();
  expect(submission, 'a form was submitted').toBeDefined();
  const fields = submission?.fields ?? {};
  expect(fields['user_programmatic_access[name]']).toBe(onTestDay(replica, expected.name, fields['user_programmatic_access[name]']));
  expect(fields['user_programmatic_access[description]']).toBe(expected.description);
  expect(fields.target_name).toBe(expected.owner);
  expect(fields['user_programmatic_access[default_expires_at]']).toBe(expected.expiresAt);
  if (expected.customDate !== undefined) {
    const received = fields['user_programmatic_access[custom_expires_at]'];
    expect(received).toBe(onTestDay(replica, expected.customDate, received));
  }
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
  name: (day = new Date()): string => `enchilada-install-${isoDate(day)}`,
  description: 'token for downloading the following repos: labs, enchilada, alta3-ansible, infrastructure, gutenberg, demo',
  reason: 'Needed for enchilada installation on cloud',
} as const;

/** Asserts the last POST is exactly the Alta3 recipe: every field and every permission. */
export function expectAlta3Submission(replica: Replica, expected: ExpectedSubmission = {}): void {
  const reason = expected.reason === undefined ? alta3Texts.reason : expected.reason;
  expectSubmission(replica, {
    name: (day) => alta3Texts.name(day),
    description: alta3Texts.description,
    owner: 'alta3',
    expiresAt: '90',
    reason: reason ?? undefined,
    repositoryIds: repositoryIds(alta3RepositoryNames),
    permissions: expected.permissions ?? { contents: 'read', metadata: 'read' },
  });
}
