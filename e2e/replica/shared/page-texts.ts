// Texts that both the server's first render and the page script write, so they cannot drift.

export const generateButtonLabel = (requiresApproval: boolean): string =>
  requiresApproval ? 'Generate token and request access' : 'Generate token';

/** GitHub's note below the button; its wording for approval-requiring owners was not found, so that one is ours. */
export const readyNote = (requiresApproval: boolean): string =>
  requiresApproval
    ? 'This token will be pending until an administrator of the organization approves the request.'
    : 'This token will be ready for use immediately.';

export const lifetimePolicy = (owner: string, capDays: number): string =>
  `The ${owner} requires a maximum lifetime of ${capDays} days for fine-grained personal access tokens.`;

export const selectedRepositoriesCount = (count: number): string =>
  `Selected ${count} ${count === 1 ? 'repository' : 'repositories'}.`;
