// GitHub's fine-grained permissions as the replica serves them: for each resource type, the
// form's key (also the URL-prefill parameter), the name the picker shows, and the levels offered
// (r = Read-only, w = Read and write, a = Admin). The replica's own table, from GitHub's docs
// ("Managing your personal access tokens", permission tables, 2026) and the research note; it
// never reads the extension's catalog, so a wrong name there fails the browser tests, and
// github-permissions.test.ts compares the two row by row.
// Doubtful rows: Copilot Requests is documented as `copilot_requests` (write), but the docs' 2026
// example link and GitHub's gh-aw docs use `user_copilot_requests=read`, and the live row is labelled
// "Copilot Requests" (live-page-2026 §1.3). Checks is not offered to fine-grained tokens (§1.4), so
// it has no row.
import type { GrantLevel } from '../shared/permission-levels.ts';

export type PermissionGroup = 'repository' | 'account' | 'organization';

export interface GithubPermission {
  readonly key: string;
  readonly group: PermissionGroup;
  readonly name: string;
  readonly levels: readonly GrantLevel[];
}

type Rows = Readonly<Record<string, readonly [name: string, levels: string]>>;

const table: Readonly<Record<PermissionGroup, Rows>> = {
  repository: {
    actions: ['Actions', 'rw'],
    administration: ['Administration', 'rw'],
    artifact_metadata: ['Artifact Metadata', 'rw'],
    attestations: ['Attestations', 'rw'],
    code_quality: ['Code quality', 'r'], // in the docs' 2026 key list; its endpoints only read (research note §1.8)
    security_events: ['Code scanning alerts', 'rw'],
    codespaces: ['Codespaces', 'rw'],
    codespaces_lifecycle_admin: ['Codespaces lifecycle admin', 'rw'],
    codespaces_metadata: ['Codespaces metadata', 'r'],
    codespaces_secrets: ['Codespaces secrets', 'w'],
    statuses: ['Commit statuses', 'rw'],
    contents: ['Contents', 'rw'],
    repository_custom_properties: ['Custom properties', 'rw'],
    vulnerability_alerts: ['Dependabot alerts', 'rw'],
    dependabot_secrets: ['Dependabot secrets', 'rw'],
    deployments: ['Deployments', 'rw'],
    discussions: ['Discussions', 'rw'],
    environments: ['Environments', 'rw'],
    issues: ['Issues', 'rw'],
    merge_queues: ['Merge queues', 'rw'],
    metadata: ['Metadata', 'r'],
    pages: ['Pages', 'rw'],
    pull_requests: ['Pull requests', 'rw'],
    repository_advisories: ['Repository security advisories', 'rw'],
    secret_scanning_alerts: ['Secret scanning alerts', 'rw'],
    secrets: ['Secrets', 'rw'],
    actions_variables: ['Variables', 'rw'],
    repository_hooks: ['Webhooks', 'rw'],
    workflows: ['Workflows', 'w'],
  },
  account: {
    blocking: ['Block another user', 'rw'],
    codespaces_user_secrets: ['Codespaces user secrets', 'rw'],
    copilot_messages: ['Copilot Chat', 'r'],
    copilot_editor_context: ['Copilot Editor Context', 'r'],
    user_copilot_requests: ['Copilot Requests', 'r'],
    emails: ['Email addresses', 'rw'],
    user_events: ['Events', 'r'],
    followers: ['Followers', 'rw'],
    gpg_keys: ['GPG keys', 'rw'],
    gists: ['Gists', 'w'],
    keys: ['Git SSH keys', 'rw'],
    interaction_limits: ['Interaction limits', 'rw'],
    knowledge_bases: ['Knowledge bases', 'rw'],
    user_models: ['Models', 'r'],
    plan: ['Plan', 'r'],
    private_repository_invitations: ['Private repository invitations', 'r'],
    profile: ['Profile', 'w'],
    git_signing_ssh_public_keys: ['SSH signing keys', 'rw'],
    starring: ['Starring', 'rw'],
    watching: ['Watching', 'rw'],
  },
  organization: {
    organization_api_insights: ['API Insights', 'r'],
    organization_administration: ['Administration', 'rw'],
    organization_user_blocking: ['Blocking users', 'rw'],
    organization_campaigns: ['Campaigns', 'rw'],
    organization_custom_org_roles: ['Custom organization roles', 'rw'],
    organization_custom_properties: ['Custom repository properties', 'rwa'],
    organization_custom_roles: ['Custom repository roles', 'rw'],
    organization_events: ['Events', 'r'],
    organization_copilot_seat_management: ['GitHub Copilot Business', 'rw'],
    issue_types: ['Issue Types', 'rw'],
    organization_knowledge_bases: ['Knowledge bases', 'rw'],
    members: ['Members', 'rw'],
    organization_models: ['Models', 'r'],
    organization_network_configurations: ['Network configurations', 'rw'],
    organization_announcement_banners: ['Organization announcement banners', 'rw'],
    organization_codespaces: ['Organization codespaces', 'rw'],
    organization_codespaces_secrets: ['Organization codespaces secrets', 'rw'],
    organization_codespaces_settings: ['Organization codespaces settings', 'rw'],
    organization_dependabot_secrets: ['Organization dependabot secrets', 'rw'],
    organization_code_scanning_dismissal_requests: ['Code scanning dismissal requests', 'rw'],
    organization_private_registries: ['Private registries', 'rw'],
    organization_plan: ['Plan', 'r'],
    organization_projects: ['Projects', 'rwa'],
    organization_secrets: ['Secrets', 'rw'],
    organization_self_hosted_runners: ['Self-hosted runners', 'rw'],
    team_discussions: ['Team discussions', 'rw'],
    organization_actions_variables: ['Variables', 'rw'],
    organization_hooks: ['Webhooks', 'rw'],
  },};

const grantLevels: Readonly<Record<string, GrantLevel>> = { r: 'read', w: 'write', a: 'admin' };

export const githubPermissions: readonly GithubPermission[] = (Object.keys(table) as PermissionGroup[]).flatMap((group) =>
  Object.entries(table[group]).map(([key, [name, levels]]) => ({ key, group, name, levels: [...levels].map((letter) => grantLevels[letter]!) })));
