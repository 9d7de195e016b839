// What GitHub must receive when the built-in Alta3 recipe is followed, checked field by field.
import { expect } from '@playwright/test';
import { permissionCatalog } from '../../src/github/permission-catalog.ts';
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

/** Asserts the last POST is exactly the Alta3 recipe: every field and every permission. */
export function expectAlta3Submission(replica: Replica, expected: ExpectedSubmission = {}): void {
  const submission = replica.submission();
  expect(submission, 'a form was submitted').toBeDefined();
  const fields = submission?.fields ?? {};
  expect(fields['user_programmatic_access[name]']).toBe(`enchilada-install-${isoDate(new Date())}`);
  expect(fields['user_programmatic_access[description]']).toBe(
    'token for downloading the following repos: labs, enchilada, alta3-ansible, infrastructure, gutenberg, demo',
  );
  expect(fields.target_name).toBe('alta3');
  expect(fields['user_programmatic_access[default_expires_at]']).toBe('90');
  const reason = expected.reason === undefined ? 'Needed for enchilada installation on cloud' : expected.reason;
  expect(fields.reason).toBe(reason ?? undefined);
  expect(fields.install_target).toBe('selected');
  expect([...(submission?.values['repository_ids[]'] ?? [])].sort()).toEqual(alta3RepositoryNames.map(idOf).sort());
  const permissions = expected.permissions ?? { contents: 'read', metadata: 'read' };
  const submitted = Object.fromEntries(permissionCatalog.map(({ key }) => [key, fields[`integration[default_permissions][${key}]`]]));
  const wanted = Object.fromEntries(permissionCatalog.map(({ key }) => [key, permissions[key] ?? 'none']));
  expect(submitted).toEqual(wanted);
}
