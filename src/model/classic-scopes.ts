// GitHub's scopes for personal access tokens (classic), in the order and words of the
// "New personal access token (classic)" page (its text as pasted from the live page, 2026-03),
// with what each one contains. Sources: GitHub's docs "Scopes for OAuth apps"
// (github/docs content/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps.md: repo,
// admin:org, admin:public_key, admin:repo_hook, user, project, admin:gpg_key and admin:enterprise
// with their children) and the page itself, which also nests write:packages ⊃ read:packages,
// admin:org ⊃ manage_runners:org, write:discussion ⊃ read:discussion, admin:enterprise ⊃
// scim:enterprise, audit_log ⊃ read:audit_log, codespace ⊃ codespace:secrets, copilot ⊃
// manage_billing:copilot, write:network_configurations ⊃ read:network_configurations and the SSH
// signing keys. A write:x scope contains its read:x (GitHub's own clients accept write:org for
// read:org), so those chains are written out: admin:org ⊃ write:org ⊃ read:org.

export interface ClassicScope {
  readonly scope: string;
  /** The page's words beside the scope's checkbox. */
  readonly description: string;
  /** The scope that contains this one: a token with the parent can do all this one does. */
  readonly parent?: string;
}

export const classicScopes: readonly ClassicScope[] = [
  { scope: 'repo', description: 'Full control of private repositories' },
  { scope: 'repo:status', description: 'Access commit status', parent: 'repo' },
  { scope: 'repo_deployment', description: 'Access deployment status', parent: 'repo' },
  { scope: 'public_repo', description: 'Access public repositories', parent: 'repo' },
  { scope: 'repo:invite', description: 'Access repository invitations', parent: 'repo' },
  { scope: 'security_events', description: 'Read and write security events', parent: 'repo' },
  { scope: 'workflow', description: 'Update GitHub Action workflows' },
  { scope: 'write:packages', description: 'Upload packages to GitHub Package Registry' },
  { scope: 'read:packages', description: 'Download packages from GitHub Package Registry', parent: 'write:packages' },
  { scope: 'delete:packages', description: 'Delete packages from GitHub Package Registry' },
  { scope: 'admin:org', description: 'Full control of orgs and teams, read and write org projects' },
  { scope: 'write:org', description: 'Read and write org and team membership, read and write org projects', parent: 'admin:org' },
  { scope: 'read:org', description: 'Read org and team membership, read org projects', parent: 'write:org' },
  { scope: 'manage_runners:org', description: 'Manage org runners and runner groups', parent: 'admin:org' },
  { scope: 'admin:public_key', description: 'Full control of user public keys' },
  { scope: 'write:public_key', description: 'Write user public keys', parent: 'admin:public_key' },
  { scope: 'read:public_key', description: 'Read user public keys', parent: 'write:public_key' },
  { scope: 'admin:repo_hook', description: 'Full control of repository hooks' },
  { scope: 'write:repo_hook', description: 'Write repository hooks', parent: 'admin:repo_hook' },
  { scope: 'read:repo_hook', description: 'Read repository hooks', parent: 'write:repo_hook' },
  { scope: 'admin:org_hook', description: 'Full control of organization hooks' },
  { scope: 'gist', description: 'Create gists' },
  { scope: 'notifications', description: 'Access notifications' },
  { scope: 'user', description: 'Update ALL user data' },
  { scope: 'read:user', description: 'Read ALL user profile data', parent: 'user' },
  { scope: 'user:email', description: 'Access user email addresses (read-only)', parent: 'user' },
  { scope: 'user:follow', description: 'Follow and unfollow users', parent: 'user' },
  { scope: 'delete_repo', description: 'Delete repositories' },
  { scope: 'write:discussion', description: 'Read and write team discussions' },
  { scope: 'read:discussion', description: 'Read team discussions', parent: 'write:discussion' },
  { scope: 'admin:enterprise', description: 'Full control of enterprises' },
  { scope: 'manage_runners:enterprise', description: 'Manage enterprise runners and runner groups', parent: 'admin:enterprise' },
  { scope: 'manage_billing:enterprise', description: 'Read and write enterprise billing data', parent: 'admin:enterprise' },
  { scope: 'read:enterprise', description: 'Read enterprise profile data', parent: 'admin:enterprise' },
  { scope: 'scim:enterprise', description: 'Provisioning of users and groups via SCIM', parent: 'admin:enterprise' },
  { scope: 'audit_log', description: 'Full control of audit log' },
  { scope: 'read:audit_log', description: 'Read access of audit log', parent: 'audit_log' },
  { scope: 'codespace', description: 'Full control of codespaces' },
  { scope: 'codespace:secrets', description: 'Ability to create, read, update, and delete codespace secrets', parent: 'codespace' },
  { scope: 'copilot', description: 'Full control of GitHub Copilot settings and seat assignments' },
  { scope: 'manage_billing:copilot', description: 'View and edit Copilot Business seat assignments', parent: 'copilot' },
  { scope: 'write:network_configurations', description: 'Write org hosted compute network configurations' },
  { scope: 'read:network_configurations', description: 'Read org hosted compute network configurations', parent: 'write:network_configurations' },
  { scope: 'project', description: 'Full control of projects' },
  { scope: 'read:project', description: 'Read access of projects', parent: 'project' },
  { scope: 'admin:gpg_key', description: 'Full control of public user GPG keys' },
  { scope: 'write:gpg_key', description: 'Write public user GPG keys', parent: 'admin:gpg_key' },
  { scope: 'read:gpg_key', description: 'Read public user GPG keys', parent: 'write:gpg_key' },
  { scope: 'admin:ssh_signing_key', description: 'Full control of public user SSH signing keys' },
  { scope: 'write:ssh_signing_key', description: 'Write public user SSH signing keys', parent: 'admin:ssh_signing_key' },
  { scope: 'read:ssh_signing_key', description: 'Read public user SSH signing keys', parent: 'write:ssh_signing_key' },
];

const byName = new Map(classicScopes.map((entry) => [entry.scope, entry]));
const order = new Map(classicScopes.map((entry, index) => [entry.scope, index]));

export const classicScopeInfo = (scope: string): ClassicScope | undefined => byName.get(scope);

/** The scopes that contain this one, nearest first. */
export function ancestorsOf(scope: string): string[] {
  const parent = byName.get(scope)?.parent;
  return parent === undefined ? [] : [parent, ...ancestorsOf(parent)];
}

/** The top-level scope the page lists this one under: itself when it has no parent. */
export const rootOf = (scope: string): string => ancestorsOf(scope).at(-1) ?? scope;

/** The scopes this one contains, at every depth, in page order. */
export const descendantsOf = (scope: string): string[] =>
  classicScopes.filter((entry) => ancestorsOf(entry.scope).includes(scope)).map((entry) => entry.scope);

const inPageOrder = (scopes: Iterable<string>): string[] =>
  [...new Set(scopes)].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));

/** Everything a token with these scopes may do: each scope and all it contains, in page order. */
export const effectiveScopes = (scopes: Iterable<string>): string[] =>
  inPageOrder([...scopes].flatMap((scope) => [scope, ...descendantsOf(scope)]));

/** The scopes no other one of them contains (GitHub keeps a token's scopes so), in page order. */
export function topmostScopes(scopes: Iterable<string>): string[] {
  const all = new Set(scopes);
  return inPageOrder(all).filter((scope) => !ancestorsOf(scope).some((ancestor) => all.has(ancestor)));
}
