import { describe, expect, it } from 'vitest';
import { matchingSnapshot } from '../../test/snapshot-fixture.ts';
import type { TokenStatement } from '../model/token-statement.ts';
import { alta3EnchiladaRecipe as recipe } from '../recipe/builtin/alta3-enchilada.ts';
import { auditToken, type AuditContext } from './audit.ts';
import { checkCompliance } from './compliance.ts';
import { targetForm } from './target.ts';

const madeOn = '2026-11-30';
const context: AuditContext = { namedOn: madeOn, creator: 'sbarbour', now: new Date(2027, 1, 18), request: false };
const repositories = ['labs', 'alta3-ansible', 'enchilada', 'infrastructure', 'demo', 'gutenberg'].map((name) => `alta3/${name}`);

const asMade: TokenStatement = {
  name: `enchilada-install-${madeOn}`,
  titles: [],
  owner: 'alta3',
  repositoryAccess: 'selected',
  repositories,
  permissions: { contents: 'read', metadata: 'read' },
  createdOn: madeOn,
  expiresOn: '2027-02-28',
  requestMessage: 'Needed for enchilada installation on cloud',
};

const titles = (statement: TokenStatement): string[] =>
  auditToken(recipe, statement, context).findings.map((finding) => `${finding.severity}: ${finding.title}`);

describe('auditing a token against its recipe', () => {
  it('finds that a token made by the recipe matches it', () => {
    expect(auditToken(recipe, asMade, context)).toEqual({ findings: [], unread: [], matches: true });
  });

  it('names an extra repository and Contents write with the form\'s own words and severities', () => {
    const statement = { ...asMade, repositories: [...repositories, 'alta3/labs-archive'], permissions: { contents: 'write', metadata: 'read' } } as const;
    const audit = auditToken(recipe, statement, context);
    expect(audit.matches).toBe(false);
    // The same findings the form shows for the same choices on the day the token was made.
    const target = targetForm(recipe, new Date(2026, 10, 30));
    const form = matchingSnapshot(target, {
      repositories: [...target.repositories, 'alta3/labs-archive'].map((fullName) => ({ id: fullName, fullName })),
      permissions: { ...matchingSnapshot(target).permissions, contents: 'write' },
    });
    expect(audit.findings).toEqual(checkCompliance(target, form));
    expect(titles(statement)).toEqual(['danger: Contents: Read and write', 'warning: Extra repository: alta3/labs-archive']);
  });

  it('names a longer life, no expiry, all repositories and a repository left out', () => {
    expect(titles({ ...asMade, expiresOn: '2027-12-01' })).toEqual(['warning: Expiration: 366 days']);
    expect(auditToken(recipe, { ...asMade, expiresOn: '2027-12-01' }, context).findings[0]?.detail).toBe('The recipe asks for 90 days (until 2027-02-28).');
    expect(titles({ ...asMade, expiresOn: 'never' })).toEqual(['danger: No expiration']);
    expect(titles({ ...asMade, repositoryAccess: 'all', repositories: undefined })).toEqual(['danger: All repositories']);
    expect(titles({ ...asMade, repositories: repositories.slice(1) })).toEqual(['unfinished: 5 of 6 repositories selected']);
  });

  it('names another owner and another request message', () => {
    expect(titles({ ...asMade, owner: 'alta3-training' })).toEqual(['warning: Resource owner: alta3-training']);
    expect(titles({ ...asMade, requestMessage: 'please' })).toEqual(['warning: Request message differs from the recipe']);
  });

  it('gives no verdict when a part could not be read, and still names what it could read', () => {
    const audit = auditToken(recipe, { ...asMade, permissions: undefined, repositories: [...repositories, 'alta3/website'] }, context);
    expect(audit.unread).toEqual(['permissions']);
    expect(audit.matches).toBe(false);
    expect(audit.findings.map((finding) => finding.title)).toEqual(['Extra repository: alta3/website']);
    expect(auditToken(recipe, { ...asMade, createdOn: undefined }, context)).toMatchObject({ unread: ['expiration'], findings: [], matches: false });
    expect(auditToken(recipe, { ...asMade, repositories: undefined }, context)).toMatchObject({ unread: ['repositories'], findings: [], matches: false });
    expect(auditToken(recipe, { ...asMade, owner: undefined }, context).unread).toEqual(['owner']);
  });

  it('on a request, needs the reason read when the recipe gives one; a token\'s own page shows none', () => {
    const request = { ...context, request: true };
    expect(auditToken(recipe, asMade, request)).toMatchObject({ unread: [], matches: true });
    expect(auditToken(recipe, { ...asMade, requestMessage: undefined }, request)).toMatchObject({ unread: ['requestMessage'], findings: [], matches: false });
    expect(auditToken(recipe, { ...asMade, requestMessage: undefined }, context)).toMatchObject({ unread: [], matches: true });
    expect(auditToken({ ...recipe, requestMessage: undefined }, { ...asMade, requestMessage: undefined }, request).unread).toEqual([]);
  });
});
