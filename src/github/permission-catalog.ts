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
}

export const permissionCatalog: readonly PermissionInfo[] = [
  { key: 'actions', group: 'repository', name: 'Actions', levels: ['read', 'write'] },
  { key: 'administration', group: 'repository', name: 'Administration', levels: ['read', 'write'] },
  { key: 'artifact_metadata', group: 'repository', name: 'Artifact Metadata', levels: ['read', 'write'] },
  { key: 'attestations', group: 'repository', name: 'Attestations', levels: ['read', 'write'] },
  { key: 'security_events', group: 'repository', name: 'Code scanning alerts', levels: ['read', 'write'] },
  { key: 'codespaces', group: 'repository', name: 'Codespaces', levels: ['read', 'write'] },
  { key: 'codespaces_lifecycle_admin', group: 'repository', name: 'Codespaces lifecycle admin', levels: ['read', 'write'] },
  { key: 'codespaces_metadata', group: 'repository', name: 'Codespaces metadata', levels: ['read'] },
  { key: 'codespaces_secrets', group: 'repository', name: 'Codespaces secrets', levels: ['write'] },
  { key: 'statuses', group: 'repository', name: 'Commit statuses', levels: ['read', 'write'] },
  { key: 'contents', group: 'repository', name: 'Contents', levels: ['read', 'write'] },
  { key: 'repository_custom_properties', group: 'repository', name: 'Custom properties', levels: ['read', 'write'] },
  { key: 'vulnerability_alerts', group: 'repository', name: 'Dependabot alerts', levels: ['read', 'write'] },
  { key: 'dependabot_secrets', group: 'repository', name: 'Dependabot secrets', levels: ['read', 'write'] },
  { key: 'deployments', group: 'repository', name: 'Deployments', levels: ['read', 'write'] },
  { key: 'discussions', group: 'repository', name: 'Discussions', levels: ['read', 'write'] },
  { key: 'environments', group: 'repository', name: 'Environments', levels: ['read', 'write'] },
  { key: 'issues', group: 'repository', name: 'Issues', levels: ['read', 'write'] },
  { key: 'merge_queues', group: 'repository', name: 'Merge queues', levels: ['read', 'write'] },
  { key: 'metadata', group: 'repository', name: 'Metadata', levels: ['read'] },
  { key: 'pages', group: 'repository', name: 'Pages', levels: ['read', 'write'] },
  { key: 'pull_requests', group: 'repository', name: 'Pull requests', levels: ['read', 'write'] },
  { key: 'repository_advisories', group: 'repository', name: 'Repository security advisories', levels: ['read', 'write'] },
  { key: 'secret_scanning_alerts', group: 'repository', name: 'Secret scanning alerts', levels: ['read', 'write'] },
  { key: 'secrets', group: 'repository', name: 'Secrets', levels: ['read', 'write'] },
  { key: 'actions_variables', group: 'repository', name: 'Variables', levels: ['read', 'write'] },
  { key: 'repository_hooks', group: 'repository', name: 'Webhooks', levels: ['read', 'write'] },
  { key: 'workflows', group: 'repository', name: 'Workflows', levels: ['write'] },
  { key: 'blocking', group: 'account', name: 'Block another user', levels: ['read', 'write'] },
  { key: 'codespaces_user_secrets', group: 'account', name: 'Codespaces user secrets', levels: ['read', 'write'] },
  { key: 'copilot_messages', group: 'account', name: 'Copilot Chat', levels: ['read'] },
  { key: 'copilot_editor_context', group: 'account', name: 'Copilot Editor Context', levels: ['read'] },
  { key: 'copilot_requests', group: 'account', name: 'Copilot requests', levels: ['write'] },
  { key: 'emails', group: 'account', name: 'Email addresses', levels: ['read', 'write'] },
  { key: 'user_events', group: 'account', name: 'Events', levels: ['read'] },
  { key: 'followers', group: 'account', name: 'Followers', levels: ['read', 'write'] },
  { key: 'gpg_keys', group: 'account', name: 'GPG keys', levels: ['read', 'write'] },
  { key: 'gists', group: 'account', name: 'Gists', levels: ['write'] },
  { key: 'keys', group: 'account', name: 'Git SSH keys', levels: ['read', 'write'] },
  { key: 'interaction_limits', group: 'account', name: 'Interaction limits', levels: ['read', 'write'] },
  { key: 'knowledge_bases', group: 'account', name: 'Knowledge bases', levels: ['read', 'write'] },
  { key: 'user_models', group: 'account', name: 'Models', levels: ['read'] },
  { key: 'plan', group: 'account', name: 'Plan', levels: ['read'] },
  { key: 'private_repository_invitations', group: 'account', name: 'Private repository invitations', levels: ['read'] },
  { key: 'profile', group: 'account', name: 'Profile', levels: ['write'] },
  { key: 'git_signing_ssh_public_keys', group: 'account', name: 'SSH signing keys', levels: ['read', 'write'] },
  { key: 'starring', group: 'account', name: 'Starring', levels: ['read', 'write'] },
  { key: 'watching', group: 'account', name: 'Watching', levels: ['read', 'write'] },
  { key: 'organization_api_insights', group: 'organization', name: 'API Insights', levels: ['read'] },
  { key: 'organization_administration', group: 'organization', name: 'Administration', levels: ['read', 'write'] },
  { key: 'organization_user_blocking', group: 'organization', name: 'Blocking users', levels: ['read', 'write'] },
  { key: 'organization_campaigns', group: 'organization', name: 'Campaigns', levels: ['read', 'write'] },
  { key: 'organization_custom_org_roles', group: 'organization', name: 'Custom organization roles', levels: ['read', 'write'] },
  { key: 'organization_custom_properties', group: 'organization', name: 'Custom repository properties', levels: ['read', 'write', 'admin'] },
  { key: 'organization_custom_roles', group: 'organization', name: 'Custom repository roles', levels: ['read', 'write'] },
  { key: 'organization_events', group: 'organization', name: 'Events', levels: ['read'] },
  { key: 'organization_copilot_seat_management', group: 'organization', name: 'GitHub Copilot Business', levels: ['read', 'write'] },
  { key: 'issue_types', group: 'organization', name: 'Issue Types', levels: ['read', 'write'] },
  { key: 'organization_knowledge_bases', group: 'organization', name: 'Knowledge bases', levels: ['read', 'write'] },
  { key: 'members', group: 'organization', name: 'Members', levels: ['read', 'write'] },
  { key: 'organization_models', group: 'organization', name: 'Models', levels: ['read'] },
  { key: 'organization_network_configurations', group: 'organization', name: 'Network configurations', levels: ['read', 'write'] },
  { key: 'organization_announcement_banners', group: 'organization', name: 'Organization announcement banners', levels: ['read', 'write'] },
  { key: 'organization_codespaces', group: 'organization', name: 'Organization codespaces', levels: ['read', 'write'] },
  { key: 'organization_codespaces_secrets', group: 'organization', name: 'Organization codespaces secrets', levels: ['read', 'write'] },
  { key: 'organization_codespaces_settings', group: 'organization', name: 'Organization codespaces settings', levels: ['read', 'write'] },
  { key: 'organization_dependabot_secrets', group: 'organization', name: 'Organization dependabot secrets', levels: ['read', 'write'] },
  { key: 'organization_code_scanning_dismissal_requests', group: 'organization', name: 'Code scanning dismissal requests', levels: ['read', 'write'] },
  { key: 'organization_private_registries', group: 'organization', name: 'Private registries', levels: ['read', 'write'] },
  { key: 'organization_plan', group: 'organization', name: 'Plan', levels: ['read'] },
  { key: 'organization_projects', group: 'organization', name: 'Projects', levels: ['read', 'write', 'admin'] },
  { key: 'organization_secrets', group: 'organization', name: 'Secrets', levels: ['read', 'write'] },
  { key: 'organization_self_hosted_runners', group: 'organization', name: 'Self-hosted runners', levels: ['read', 'write'] },
  { key: 'team_discussions', group: 'organization', name: 'Team discussions', levels: ['read', 'write'] },
  { key: 'organization_actions_variables', group: 'organization', name: 'Variables', levels: ['read', 'write'] },
  { key: 'organization_hooks', group: 'organization', name: 'Webhooks', levels: ['read', 'write'] },
];

const byKey = new Map(permissionCatalog.map((permission) => [permission.key, permission]));

export function permissionInfo(key: string): PermissionInfo | undefined {
  return byKey.get(key);
}

/** The words GitHub's level menu uses. */
export const levelLabels: Record<PermissionLevel, string> = {
  none: 'No access',
  read: 'Read-only',
  write: 'Read and write',
  admin: 'Admin',
};
