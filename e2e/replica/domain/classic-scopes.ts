// The scope checkboxes of github.com/settings/tokens/new, in the page's order and words, from the
// page's text as pasted from the live page in 2026-03 (a top-level scope, then the scopes it ticks
// with it). The page nests two levels deep: a scope's group is the top-level scope it sits under.
// Kept apart from the extension's own table (src/model/classic-scopes.ts), which a unit test
// compares with this one.

export interface ClassicScopeBox {
  readonly scope: string;
  readonly description: string;
  /** The top-level scope the box sits under; absent for a top-level scope. */
  readonly group?: string;
}

const group = (top: string, description: string, children: readonly (readonly [string, string])[]): ClassicScopeBox[] =>
  [{ scope: top, description }, ...children.map(([scope, text]) => ({ scope, description: text, group: top }))];

export const classicScopeBoxes: readonly ClassicScopeBox[] = [
  ...group('repo', 'Full control of private repositories', [
    ['repo:status', 'Access commit status'],
    ['repo_deployment', 'Access deployment status'],
    ['public_repo', 'Access public repositories'],
    ['repo:invite', 'Access repository invitations'],
    ['security_events', 'Read and write security events'],
  ]),
  ...group('workflow', 'Update GitHub Action workflows', []),
  ...group('write:packages', 'Upload packages to GitHub Package Registry', [['read:packages', 'Download packages from GitHub Package Registry']]),
  ...group('delete:packages', 'Delete packages from GitHub Package Registry', []),
  ...group('admin:org', 'Full control of orgs and teams, read and write org projects', [
    ['write:org', 'Read and write org and team membership, read and write org projects'],
    ['read:org', 'Read org and team membership, read org projects'],
    ['manage_runners:org', 'Manage org runners and runner groups'],
  ]),
  ...group('admin:public_key', 'Full control of user public keys', [['write:public_key', 'Write user public keys'], ['read:public_key', 'Read user public keys']]),
  ...group('admin:repo_hook', 'Full control of repository hooks', [['write:repo_hook', 'Write repository hooks'], ['read:repo_hook', 'Read repository hooks']]),
  ...group('admin:org_hook', 'Full control of organization hooks', []),
  ...group('gist', 'Create gists', []),
  ...group('notifications', 'Access notifications', []),
  ...group('user', 'Update ALL user data', [
    ['read:user', 'Read ALL user profile data'],
    ['user:email', 'Access user email addresses (read-only)'],
    ['user:follow', 'Follow and unfollow users'],
  ]),
  ...group('delete_repo', 'Delete repositories', []),
  ...group('write:discussion', 'Read and write team discussions', [['read:discussion', 'Read team discussions']]),
  ...group('admin:enterprise', 'Full control of enterprises', [
    ['manage_runners:enterprise', 'Manage enterprise runners and runner groups'],
    ['manage_billing:enterprise', 'Read and write enterprise billing data'],
    ['read:enterprise', 'Read enterprise profile data'],
    ['scim:enterprise', 'Provisioning of users and groups via SCIM'],
  ]),
  ...group('audit_log', 'Full control of audit log', [['read:audit_log', 'Read access of audit log']]),
  ...group('codespace', 'Full control of codespaces', [['codespace:secrets', 'Ability to create, read, update, and delete codespace secrets']]),
  ...group('copilot', 'Full control of GitHub Copilot settings and seat assignments', [['manage_billing:copilot', 'View and edit Copilot Business seat assignments']]),
  ...group('write:network_configurations', 'Write org hosted compute network configurations', [
    ['read:network_configurations', 'Read org hosted compute network configurations'],
  ]),
  ...group('project', 'Full control of projects', [['read:project', 'Read access of projects']]),
  ...group('admin:gpg_key', 'Full control of public user GPG keys', [['write:gpg_key', 'Write public user GPG keys'], ['read:gpg_key', 'Read public user GPG keys']]),
  ...group('admin:ssh_signing_key', 'Full control of public user SSH signing keys', [
    ['write:ssh_signing_key', 'Write public user SSH signing keys'],
    ['read:ssh_signing_key', 'Read public user SSH signing keys'],
  ]),
];

export const isClassicScope = (scope: string): boolean => classicScopeBoxes.some((box) => box.scope === scope);

/** The boxes a ticked box ticks (and disables) with it: the rest of its group. */
export const scopeChildren = (scope: string): string[] => classicScopeBoxes.filter((box) => box.group === scope).map((box) => box.scope);
