// The one-line description under each permission row. The catalogue has no descriptions, so the
// replica words its own for repository permissions (the Alta3 procedure's tab) and falls back to
// a generic line for the rest.
import type { GithubPermission } from './github-permissions.ts';

const repositoryDescriptions: Record<string, string> = {
  actions: 'Workflows, workflow runs and artifacts.',
  administration: 'Repository creation, deletion, settings, teams, and collaborators.',
  contents: 'Repository contents, commits, branches, downloads, releases, and merges.',
  issues: 'Issues and related comments, assignees, labels, and milestones.',
  metadata: 'Search repositories, list collaborators, and access repository metadata.',
  pull_requests: 'Pull requests and related comments, assignees, labels, milestones, and merges.',
  secrets: 'Manage Actions repository secrets.',
  workflows: 'Update GitHub Action workflow files.',
  statuses: 'Commit statuses.',
  deployments: 'Deployments and deployment statuses.',
  environments: 'Manage repository environments.',
  pages: 'Retrieve Pages statuses, configuration, and builds, as well as create new builds.',
  repository_hooks: 'Manage the post-receive hooks for a repository.',
};

export function permissionDescription(permission: GithubPermission): string {
  return repositoryDescriptions[permission.key] ?? `${permission.name} for ${permission.group === 'repository' ? 'repositories' : `the ${permission.group}`}.`;
}
