// The prose reader against the replica's own writer of a token page's permission lines (from
// GitHub's wording, independent of the catalog): every level set it writes reads back the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permissionLines } from '../../e2e/replica/domain/permission-prose.ts';
import { permissionCatalog, type PermissionGroup } from './permission-catalog.ts';
import { readPermissionProse } from './permission-prose.ts';

const groups: readonly PermissionGroup[] = ['repository', 'account', 'organization'];

const levelSets = (group: PermissionGroup) => fc.record(
  Object.fromEntries(permissionCatalog.filter((info) => info.group === group).map((info) => [info.key, fc.constantFrom(undefined, ...info.levels)])),
).map((levels) => Object.fromEntries(Object.entries(levels).filter(([, level]) => level !== undefined)) as Record<string, string>);

describe('reading a token page\'s permission prose', () => {
  it('reads GitHub\'s lines into levels', () => {
    expect(readPermissionProse('repository', ['Read access to code and metadata', 'Read and Write access to issues and pull requests'])).toEqual({
      levels: { contents: 'read', metadata: 'read', issues: 'write', pull_requests: 'write' },
      unread: [],
      forAllRepositories: false,
    });
    expect(readPermissionProse('repository', ['Read and write access to actions variables, administration, environments, and secrets.']).levels)
      .toEqual({ actions_variables: 'write', administration: 'write', environments: 'write', secrets: 'write' });
    expect(readPermissionProse('organization', ['Read access to members', 'Admin access to organization projects']).levels)
      .toEqual({ members: 'read', organization_projects: 'admin' });
  });

  for (const group of groups) {
    it(`reads back every ${group} level set the replica writes`, () => {
      fc.assert(fc.property(levelSets(group), (levels) => {
        expect(readPermissionProse(group, permissionLines(group, levels))).toEqual({ levels, unread: [], forAllRepositories: false });
      }), { numRuns: 300 });
    });
  }

  it('reports what it cannot read instead of guessing', () => {
    expect(readPermissionProse('repository', ['Full access to code', 'Read access to code, spaceships and metadata', 'Admin access to issues']))
      .toMatchObject({ levels: { contents: 'read', metadata: 'read' }, unread: ['Full access to code', 'spaceships', 'issues'] });
    expect(readPermissionProse('repository', ['Read access to code', 'Read and Write access to code']).unread).toEqual(['code']);
  });

  // live-page-2026 §3 [T terrylica test/campaign.mjs, live 2026-06]: the two quoted lines, word for word.
  it('reads the token page\'s own quoted lines, Contents as "code" and Webhooks as "repository hooks"', () => {
    expect(readPermissionProse('repository', ['Read access to metadata', 'Read and Write access to code, commit statuses, deployments, and environments']).levels)
      .toEqual({ metadata: 'read', contents: 'write', statuses: 'write', deployments: 'write', environments: 'write' });
    expect(readPermissionProse('repository', ['read and write access to repository hooks']).levels).toEqual({ repository_hooks: 'write' });
  });

  // live-page-2026 §3 [T user note ref 9045535559]: the suffix; [T maboloshi]: the sentence for a group without any.
  it('reads the suffix for an organization\'s repositories and the sentence for no permissions', () => {
    expect(readPermissionProse('repository', ['Read access to metadata for all current and future repositories owned by this organization'])).toEqual({
      levels: { metadata: 'read' }, unread: [], forAllRepositories: true,
    });
    expect(readPermissionProse('repository', ['This token does not have any repository permissions.'])).toEqual({ levels: {}, unread: [], forAllRepositories: false });
    expect(readPermissionProse('account', ['This token does not have any user permissions.']).unread).toEqual([]);
    expect(readPermissionProse('account', ['This token does not have any repository permissions.']).unread).toEqual(['This token does not have any repository permissions.']);
    expect(readPermissionProse('repository', ['Read access to metadata for all current and future repositories owned by you'])).toMatchObject({ levels: {}, forAllRepositories: false });
  });

  it('looks names up within the group, where they repeat across groups', () => {
    expect(readPermissionProse('repository', ['Read access to administration']).levels).toEqual({ administration: 'read' });
    expect(readPermissionProse('organization', ['Read access to administration']).unread).toEqual(['administration']);
  });
});
