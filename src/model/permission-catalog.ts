// GitHub's fine-grained permissions: the form's input keys (also the URL-prefill parameter names),
// the display names the picker shows, and the levels each supports beyond "none".
// Source: GitHub docs, "Managing your personal access tokens", permission tables (2026).

export type PermissionGroup = 'repository' | 'account' | 'organization';
export type GrantLevel = 'read' | 'write' | 'admin';
export type PermissionLevel = 'none' | GrantLevel;

export interface PermissionInfo {
  readonly key: string;
  readonly group: PermissionGroup;
  /** Display names repeat across groups ("Administration", "Secrets"), so look rows up by group too. */
  readonly name: string;
  readonly levels: readonly GrantLevel[];
  /**
   * How a token's page and an approval request name it in prose ("Read access to code and
   * metadata"), unique within its group.
   */
  readonly prose: string;
}

/** A row of GitHub's table: the form's key, the picker's name and, unless it offers read and write, the levels it offers. */
type Row = readonly [key: string, name: string, levels?: readonly GrantLevel[]];

const readOnly: readonly GrantLevel[] = ['read'];
const writeOnly: readonly GrantLevel[] = ['write'];
const withAdmin: readonly GrantLevel[] = ['read', 'write', 'admin'];

const repositoryRows: readonly Row[] = [
  ['actions', 'Actions'],
  ['administration', 'Administration'],
  ['artifact_metadata', 'Artifact Metadata'],
  ['attestations', 'Attestations'],
  // In the docs' 2026 key list; its endpoints only read (research note §1.8).
  ['code_quality', 'Code quality', readOnly],
  ['security_events', 'Code scanning alerts'],
  ['codespaces', 'Codespaces'],
  ['codespaces_lifecycle_admin', 'Codespaces lifecycle admin'],
  ['codespaces_metadata', 'Codespaces metadata', readOnly],
  ['codespaces_secrets', 'Codespaces secrets', writeOnly],
  ['statuses', 'Commit statuses'],
  ['contents', 'Contents'],
  ['repository_custom_properties', 'Custom properties'],
  ['vulnerability_alerts', 'Dependabot alerts'],
  ['dependabot_secrets', 'Dependabot secrets'],
  ['deployments', 'Deployments'],
  ['discussions', 'Discussions'],
  ['environments', 'Environments'],
  ['issues', 'Issues'],
  ['merge_queues', 'Merge queues'],
  ['metadata', 'Metadata', readOnly],
  ['pages', 'Pages'],
  ['pull_requests', 'Pull requests'],
  ['repository_advisories', 'Repository security advisories'],
  ['secret_scanning_alerts', 'Secret scanning alerts'],
  ['secrets', 'Secrets'],
  ['actions_variables', 'Variables'],
  ['repository_hooks', 'Webhooks'],
  ['workflows', 'Workflows', writeOnly],
];

const accountRows: readonly Row[] = [
  ['blocking', 'Block another user'],
  ['codespaces_user_secrets', 'Codespaces user secrets'],
  ['copilot_messages', 'Copilot Chat', readOnly],
  ['copilot_editor_context', 'Copilot Editor Context', readOnly],
  // The key of GitHub's 2026 example link and of GitHub's gh-aw docs; the row is labelled "Copilot
  // Requests" (live-page-2026 §1.3). The docs' table spells it copilot_requests: see otherSpellings.
  ['user_copilot_requests', 'Copilot Requests', readOnly],
  ['emails', 'Email addresses'],
  ['user_events', 'Events', readOnly],
  ['followers', 'Followers'],
  ['gpg_keys', 'GPG keys'],
  ['gists', 'Gists', writeOnly],
  ['keys', 'Git SSH keys'],
  ['interaction_limits', 'Interaction limits'],
  ['knowledge_bases', 'Knowledge bases'],
  ['user_models', 'Models', readOnly],
  ['plan', 'Plan', readOnly],
  ['private_repository_invitations', 'Private repository invitations', readOnly],
  ['profile', 'Profile', writeOnly],
  ['git_signing_ssh_public_keys', 'SSH signing keys'],
  ['starring', 'Starring'],
  ['watching', 'Watching'],
];

const organizationRows: readonly Row[] = [
  ['organization_api_insights', 'API Insights', readOnly],
  ['organization_administration', 'Administration'],
  ['organization_user_blocking', 'Blocking users'],
  ['organization_campaigns', 'Campaigns'],
  ['organization_custom_org_roles', 'Custom organization roles'],
  ['organization_custom_properties', 'Custom repository properties', withAdmin],
  ['organization_custom_roles', 'Custom repository roles'],
  ['organization_events', 'Events', readOnly],
  ['organization_copilot_seat_management', 'GitHub Copilot Business'],
  ['issue_types', 'Issue Types'],
  ['organization_knowledge_bases', 'Knowledge bases'],
  ['members', 'Members'],
  ['organization_models', 'Models', readOnly],
  ['organization_network_configurations', 'Network configurations'],
  ['organization_announcement_banners', 'Organization announcement banners'],
  ['organization_codespaces', 'Organization codespaces'],
  ['organization_codespaces_secrets', 'Organization codespaces secrets'],
  ['organization_codespaces_settings', 'Organization codespaces settings'],
  ['organization_dependabot_secrets', 'Organization dependabot secrets'],
  ['organization_code_scanning_dismissal_requests', 'Code scanning dismissal requests'],
  ['organization_private_registries', 'Private registries'],
  ['organization_plan', 'Plan', readOnly],
  ['organization_projects', 'Projects', withAdmin],
  ['organization_secrets', 'Secrets'],
  ['organization_self_hosted_runners', 'Self-hosted runners'],
  ['team_discussions', 'Team discussions'],
  ['organization_actions_variables', 'Variables'],
  ['organization_hooks', 'Webhooks'],
];

// The prose is the key in words, without a leading "user_" (seen on token pages and app pages:
// "repository hooks", "actions variables", "organization administration"), except for these.
const proseExceptions: Readonly<Record<string, string>> = { contents: 'code', statuses: 'commit statuses', emails: 'email addresses' };
const proseOf = (key: string): string => proseExceptions[key] ?? key.replace(/^user_/, '').replace(/_/g, ' ');

const inGroup = (group: PermissionGroup, rows: readonly Row[]): PermissionInfo[] =>
  rows.map(([key, name, levels = ['read', 'write']]) => ({ key, group, name, levels, prose: proseOf(key) }));

export const permissionCatalog: readonly PermissionInfo[] = [
  ...inGroup('repository', repositoryRows),
  ...inGroup('account', accountRows),
  ...inGroup('organization', organizationRows),
];

/**
 * Keys GitHub spells two ways for one row of the picker: the docs' table says copilot_requests
 * (write), their 2026 example link user_copilot_requests (read), and which one the live form submits
 * is not known (live-page-2026 §1.3). A recipe may use either, at the level its spelling is
 * documented with; the fill uses the key the page offers. Not rows of their own, so the picker and
 * the prose of a token's page know each permission once.
 */
const otherSpellings: readonly (readonly [spelling: string, row: string, levels: readonly GrantLevel[]])[] = [
  ['copilot_requests', 'user_copilot_requests', writeOnly],
];

const byKey = new Map(permissionCatalog.map((permission) => [permission.key, permission]));
const spellingPairs = new Map<string, string>();
for (const [spelling, rowKey, levels] of otherSpellings) {
  const row = byKey.get(rowKey);
  if (!row) continue;
  byKey.set(spelling, { ...row, key: spelling, levels });
  spellingPairs.set(spelling, rowKey).set(rowKey, spelling);
}

/** A key of the catalog, or another spelling GitHub uses for one of its rows. */
export function permissionInfo(key: string): PermissionInfo | undefined {
  return byKey.get(key);
}

/** The other key GitHub spells the same row with (copilot_requests ↔ user_copilot_requests), if any. */
export const otherSpelling = (key: string): string | undefined => spellingPairs.get(key);

/** The words GitHub's level menu uses. */
export const levelLabels: Record<PermissionLevel, string> = {
  none: 'No access',
  read: 'Read-only',
  write: 'Read and write',
  admin: 'Admin',
};
