// How a token's own page and an approval request name each permission in prose ("Read access to
// code and metadata", "Read and Write access to pull requests"): the replica's own table, per
// permission key, never read from the extension. The page groups the lines by resource type, so
// a prose name only has to be unique within its group.
//
// Sources (issue #12 §1; public READMEs quoting GitHub's token page and app pages, 2022-2026):
// "code" (Contents), "metadata", "pull requests", "issues", "actions", "actions variables",
// "administration", "environments", "secrets", "commit statuses", "merge queues", "workflows",
// "repository hooks" (Webhooks), "organization administration", "members", "organization hooks",
// "plan", "email addresses". Every other row is a GUESS that follows the same pattern (the
// permission's key in words, without a leading "user_"); a wrong guess makes PAT Pilot say it
// could not read the line, never a wrong verdict.
import type { PermissionGroup } from './github-permissions.ts';

const table: Readonly<Record<PermissionGroup, Readonly<Record<string, string>>>> = {
  repository: {
    actions: 'actions',
    administration: 'administration',
    artifact_metadata: 'artifact metadata',
    attestations: 'attestations',
    code_quality: 'code quality',
    security_events: 'security events',
    codespaces: 'codespaces',
    codespaces_lifecycle_admin: 'codespaces lifecycle admin',
    codespaces_metadata: 'codespaces metadata',
    codespaces_secrets: 'codespaces secrets',
    statuses: 'commit statuses',
    contents: 'code',
    repository_custom_properties: 'repository custom properties',
    vulnerability_alerts: 'vulnerability alerts',
    dependabot_secrets: 'dependabot secrets',
    deployments: 'deployments',
    discussions: 'discussions',
    environments: 'environments',
    issues: 'issues',
    merge_queues: 'merge queues',
    metadata: 'metadata',
    pages: 'pages',
    pull_requests: 'pull requests',
    repository_advisories: 'repository advisories',
    secret_scanning_alerts: 'secret scanning alerts',
    secrets: 'secrets',
    actions_variables: 'actions variables',
    repository_hooks: 'repository hooks',
    workflows: 'workflows',
  },
  account: {
    blocking: 'blocking',
    codespaces_user_secrets: 'codespaces user secrets',
    copilot_messages: 'copilot messages',
    copilot_editor_context: 'copilot editor context',
    user_copilot_requests: 'copilot requests',
    emails: 'email addresses',
    user_events: 'events',
    followers: 'followers',
    gpg_keys: 'gpg keys',
    gists: 'gists',
    keys: 'keys',
    interaction_limits: 'interaction limits',
    knowledge_bases: 'knowledge bases',
    user_models: 'models',
    plan: 'plan',
    private_repository_invitations: 'private repository invitations',
    profile: 'profile',
    git_signing_ssh_public_keys: 'git signing ssh public keys',
    starring: 'starring',
    watching: 'watching',
  },
  organization: {
    organization_api_insights: 'organization api insights',
    organization_administration: 'organization administration',
    organization_user_blocking: 'organization user blocking',
    organization_campaigns: 'organization campaigns',
    organization_custom_org_roles: 'organization custom org roles',
    organization_custom_properties: 'organization custom properties',
    organization_custom_roles: 'organization custom roles',
    organization_events: 'organization events',
    organization_copilot_seat_management: 'organization copilot seat management',
    issue_types: 'issue types',
    organization_knowledge_bases: 'organization knowledge bases',
    members: 'members',
    organization_models: 'organization models',
    organization_network_configurations: 'organization network configurations',
    organization_announcement_banners: 'organization announcement banners',
    organization_codespaces: 'organization codespaces',
    organization_codespaces_secrets: 'organization codespaces secrets',
    organization_codespaces_settings: 'organization codespaces settings',
    organization_dependabot_secrets: 'organization dependabot secrets',
    organization_code_scanning_dismissal_requests: 'organization code scanning dismissal requests',
    organization_private_registries: 'organization private registries',
    organization_plan: 'organization plan',
    organization_projects: 'organization projects',
    organization_secrets: 'organization secrets',
    organization_self_hosted_runners: 'organization self hosted runners',
    team_discussions: 'team discussions',
    organization_actions_variables: 'organization actions variables',
    organization_hooks: 'organization hooks',
  },
};

export interface PermissionProse {
  readonly key: string;
  readonly group: PermissionGroup;
  readonly prose: string;
}

export const permissionProse: readonly PermissionProse[] = (Object.keys(table) as PermissionGroup[]).flatMap((group) =>
  Object.entries(table[group]).map(([key, prose]) => ({ key, group, prose })));

const levelPhrases: readonly (readonly [level: string, phrase: string])[] = [
  ['read', 'Read access to'],
  ['write', 'Read and Write access to'],
  ['admin', 'Admin access to'],
];

const listed = (names: readonly string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;

/**
 * One group's granted permissions as the token page writes them: one line per level, the names in
 * alphabetical order ("Read access to code and metadata", "Read and Write access to issues").
 */
export function permissionLines(group: PermissionGroup, levels: Readonly<Record<string, string>>): string[] {
  const inGroup = permissionProse.filter((row) => row.group === group);
  return levelPhrases.flatMap(([level, phrase]) => {
    const names = inGroup.filter((row) => levels[row.key] === level).map((row) => row.prose).sort();
    return names.length ? [`${phrase} ${listed(names)}`] : [];
  });
}
