// A token after the fact, against its recipe: what its page (or an approval request) states is
// turned into the form GitHub would have received, and the form's own compliance rules judge it,
// so the findings have the same words and severities as the live warnings. A part that could not
// be read is named instead, and then there is no verdict.
import type { FormSnapshot } from '../model/form-snapshot.ts';
import { wordsRecord } from '../model/i18n.ts';
import type { TokenStatement } from '../model/token-statement.ts';
import { parseLocalDate } from '../recipe/expand.ts';
import type { FineGrainedRecipe } from '../recipe/schema.ts';
import { checkCompliance, type Finding } from './compliance.ts';
import { daysUntil } from './renewal.ts';
import type { StepId } from './steps.ts';
import { targetForm } from './target.ts';

export type AuditPart = 'name' | 'owner' | 'requestMessage' | 'repositories' | 'permissions' | 'expiration';

export const auditPartTitles = wordsRecord<AuditPart>({
  name: 'step_name',
  owner: 'step_owner',
  requestMessage: 'step_requestMessage',
  repositories: 'audit_partRepositories',
  permissions: 'step_permissions',
  expiration: 'step_expiration',
});

/** The compliance steps that judge each part. */
const partSteps: Record<AuditPart, readonly StepId[]> = {
  name: ['name'],
  owner: ['owner'],
  requestMessage: ['requestMessage'],
  repositories: ['repositoryAccess', 'repositories'],
  permissions: ['permissions'],
  expiration: ['expiration'],
};

export interface AuditResult {
  readonly findings: readonly Finding[];
  /** Parts that could not be read with confidence; any of them withholds the verdict. */
  readonly unread: readonly AuditPart[];
  /** Everything was read and nothing differs from the recipe. */
  readonly matches: boolean;
}

/** The parts of a statement that could not be read (a request's reason is judged by auditToken, where the recipe says whether it asks for one). */
export function unreadParts(statement: TokenStatement): AuditPart[] {
  const read: Record<Exclude<AuditPart, 'requestMessage'>, boolean> = {
    name: statement.name !== undefined,
    owner: statement.owner !== undefined,
    repositories: statement.repositoryAccess !== undefined && (statement.repositoryAccess !== 'selected' || statement.repositories !== undefined),
    permissions: statement.permissions !== undefined,
    expiration: statement.createdOn !== undefined && statement.expiresOn !== undefined,
  };
  return (Object.keys(read) as (keyof typeof read)[]).filter((part) => !read[part]);
}

/** The form that would have made this token: its lifetime becomes the expiration menu's choice. */
function statedForm(statement: TokenStatement, creator: string | undefined): FormSnapshot {
  const { createdOn, expiresOn } = statement;
  const lifetime = createdOn === undefined || expiresOn === undefined
    ? undefined
    : expiresOn === 'never' ? 'none' : String(daysUntil(expiresOn, parseLocalDate(createdOn)));
  return {
    signedInUser: creator,
    name: statement.name,
    description: undefined,
    owner: statement.owner,
    expiration: lifetime === undefined ? undefined : { choice: lifetime, customDate: undefined, offered: [] },
    accessLoaded: true,
    requestMessage: statement.requestMessage,
    repositoryAccess: statement.repositoryAccess,
    repositories: (statement.repositories ?? []).map((fullName) => ({ id: fullName, fullName })),
    permissions: statement.permissions,
    generateLabel: undefined,
  };
}

export interface AuditContext {
  /** The date the token's name carries (see renewal.ts), for the recipe's texts. */
  readonly namedOn: string | undefined;
  /** Who made the token: the signed-in user on their own token, the requester on a request. */
  readonly creator: string | undefined;
  readonly now: Date;
  /** A member's request: the reason it gives is part of what the recipe asks for. */
  readonly request: boolean;
}

/** The recipe's texts are expanded for the day the token was made: its name's date, else its creation date. */
export function auditToken(recipe: FineGrainedRecipe, statement: TokenStatement, { namedOn, creator, now, request }: AuditContext): AuditResult {
  const day = namedOn ?? statement.createdOn;
  const target = targetForm(recipe, day === undefined ? now : parseLocalDate(day));
  // "Matches" needs every part the recipe constrains read: a request's reason too, when the recipe gives one.
  const reasonUnread = request && target.requestMessage !== undefined && statement.requestMessage === undefined;
  const unread: AuditPart[] = [...unreadParts(statement), ...(reasonUnread ? ['requestMessage' as const] : [])];
  const skipped = new Set(unread.flatMap((part) => partSteps[part]));
  const findings = checkCompliance(target, statedForm(statement, creator)).filter((finding) => !skipped.has(finding.step));
  return { findings, unread, matches: findings.length === 0 && unread.length === 0 };
}
