// The extension's permission catalog against the replica's own table (from GitHub's docs):
// key by key, name by name, level by level. A name the extension gets wrong would otherwise
// fail only on the live page.
import { describe, expect, it } from 'vitest';
import { permissionCatalog } from './permission-catalog.ts';
import { githubPermissions } from '../../e2e/replica/domain/github-permissions.ts';
import { permissionProse } from '../../e2e/replica/domain/permission-prose.ts';

const describeRow = (row: { group: string; key: string; name: string; levels: readonly string[] }): string =>
  `${row.group} ${row.key} "${row.name}" [${row.levels.join(', ')}]`;

describe('the extension knows GitHub\'s permissions as GitHub names them', () => {
  it('has exactly GitHub\'s keys, names and levels', () => {
    const ours = permissionCatalog.map(describeRow).sort();
    const github = githubPermissions.map(describeRow).sort();
    expect({ onlyInExtension: ours.filter((row) => !github.includes(row)), onlyOnGithub: github.filter((row) => !ours.includes(row)) })
      .toEqual({ onlyInExtension: [], onlyOnGithub: [] });
  });

  it('names every permission in the prose of a token\'s page as GitHub does, uniquely within its group', () => {
    const ours = permissionCatalog.map(({ group, key, prose }) => `${group} ${key} "${prose}"`).sort();
    const github = permissionProse.map(({ group, key, prose }) => `${group} ${key} "${prose}"`).sort();
    expect({ onlyInExtension: ours.filter((row) => !github.includes(row)), onlyOnGithub: github.filter((row) => !ours.includes(row)) })
      .toEqual({ onlyInExtension: [], onlyOnGithub: [] });
    const perGroup = permissionCatalog.map(({ group, prose }) => `${group} ${prose}`);
    expect(new Set(perGroup).size).toBe(perGroup.length);
  });

  it('offers no Checks permission, which fine-grained tokens no longer have', () => {
    expect(permissionCatalog.some((permission) => permission.key === 'checks')).toBe(false);
  });
});
