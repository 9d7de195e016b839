// Step 20: the message to an organization admin asking to approve the new token.
import type { FormSnapshot } from '../model/form-snapshot.ts';
import { words } from '../model/i18n.ts';
import { levelLabels, permissionInfo } from '../model/permission-catalog.ts';
import { summarize } from './summary.ts';

/** What was submitted, as the approval request and the after-Generate reminder need it; never the token. */
export interface SubmittedToken {
  readonly at: number;
  readonly name: string;
  readonly owner: string;
  readonly repositories: readonly string[];
  readonly permissions: readonly string[];
  /** In the overview's words, e.g. "This token will expire on Feb 22, 2027 (90 days)". */
  readonly expiry: string;
  readonly needsApproval: boolean;
  /** Present for a classic token (name is then its note, permissions its scopes); absent for a fine-grained one. */
  readonly kind?: 'classic';
}

export function approvalRequest(token: SubmittedToken, purpose: string | undefined): string {
  const none = words('approval_none');
  return words(
    purpose ? 'approval_requestWithPurpose' : 'approval_request',
    token.owner,
    token.name,
    token.repositories.length ? token.repositories.join(', ') : none,
    token.permissions.length ? token.permissions.join(', ') : none,
    token.expiry,
    purpose ?? '',
  );
}

/** What the form held when the person clicked Generate, in the words of the overview. */
export function submittedToken(snapshot: FormSnapshot, now: Date): SubmittedToken {
  return {
    at: now.getTime(),
    name: snapshot.name ?? '',
    owner: snapshot.owner ?? '',
    repositories: snapshot.repositories.map((repository) => repository.fullName ?? words('repository_id', repository.id)),
    permissions: Object.entries(snapshot.permissions ?? {})
      .filter(([, level]) => level !== 'none')
      .map(([key, level]) => `${permissionInfo(key)?.name ?? key}: ${levelLabels[level]}`),
    expiry: summarize(snapshot, now)[2] ?? '',
    needsApproval: snapshot.requestMessage !== undefined || /request access/i.test(snapshot.generateLabel ?? ''),
  };
}
