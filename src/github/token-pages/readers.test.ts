// @vitest-environment happy-dom
// The readers of the pages around a token over fixtures written from the research note's quoted
// strings and shapes (test/fixtures/token-pages/, each citing its source), including pages built
// independently of the replica, where the parts sit in other places and orders (issue 21 §3).
// The verdicts on the same fixtures: src/content/token-pages.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRequestList } from './request-list.ts';
import { readRequestPage } from './request-page.ts';
import { readStatement } from './statement.ts';
import { readTokenList } from './token-list.ts';

// happy-dom gives import.meta.url a page's address: the fixtures are found from the repository's root.
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../../test/fixtures/token-pages', `${name}.html`), 'utf8');
const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const load = (name: string, edit: (html: string) => string = (html) => html): Document => page(edit(fixture(name)));

const repositories = ['alta3-ansible', 'demo', 'enchilada', 'gutenberg', 'infrastructure', 'labs'].map((name) => `alta3/${name}`);
const asMade = { owner: 'alta3', repositoryAccess: 'selected', permissions: { contents: 'read', metadata: 'read' }, createdOn: '2026-11-30', expiresOn: '2027-02-28' };

describe('a token\'s page', () => {
  it('reads every part of the replica\'s shape; its heading is only a title, which may be the name', () => {
    const statement = readStatement(load('token-page-subhead'));
    expect(statement).toMatchObject({ ...asMade, name: undefined, titles: ['enchilada-install-2026-11-30'] });
    expect([...(statement.repositories ?? [])].sort()).toEqual(repositories);
  });

  it('finds each part by its label where the tester\'s page puts it: permissions first, a <dl>, repositories in a table', () => {
    const statement = readStatement(load('token-page-labelled'));
    expect(statement).toMatchObject({ ...asMade, name: 'enchilada-install-2026-11-30' });
    expect([...(statement.repositories ?? [])].sort()).toEqual(repositories);
    expect(statement.titles).toEqual(['Personal access token']);
  });

  it('reads the prose shapes: "Read and Write", lower-case "write", the organization-wide suffix, "does not have any"', () => {
    expect(readStatement(load('token-page-organization-wide'))).toMatchObject({
      name: 'deploy-bot',
      owner: 'alta3',
      repositoryAccess: 'all',
      permissions: { metadata: 'read', contents: 'write', statuses: 'write', deployments: 'write', environments: 'write', repository_hooks: 'write' },
      expiresOn: 'never',
      createdOn: undefined,
    });
  });

  it('reads a difference as stated and leaves a part it cannot find unread', () => {
    const write = readStatement(load('token-page-labelled', (html) => html.replace('<p>Read access to code</p>', '<p>Read and Write access to code</p>')));
    expect(write.permissions).toEqual({ contents: 'write', metadata: 'read' });
    const ownerless = readStatement(load('token-page-labelled', (html) => html.replace('<dt>Resource owner</dt><dd><a href="/alta3">alta3</a></dd>', '')));
    expect(ownerless).toMatchObject({ ...asMade, owner: undefined });
  });

  it('says it could not read the permissions rather than judge part of them', () => {
    // The replica's unreadable variant: a level shown only as an icon.
    const iconOnly = load('token-page-subhead', (html) => html.replace('<li>Read access to code and metadata</li>', '<li><svg aria-hidden="true"></svg>code and metadata</li>'));
    expect(readStatement(iconOnly).permissions).toBeUndefined();
    // A sentence under no permissions label PAT Pilot knows might be any group's.
    const stray = load('token-page-subhead', (html) => html.replace('<p>Created on', '<p>Read and Write access to issues</p><p>Created on'));
    expect(readStatement(stray).permissions).toBeUndefined();
    const unlabelled = load('token-page-labelled', (html) => html.replace('<h2>Repository permissions</h2>', '<h2>Permissions</h2>'));
    expect(readStatement(unlabelled)).toMatchObject({ ...asMade, permissions: undefined });
    // An unknown group's sentence or a name PAT Pilot does not know.
    const unknown = load('token-page-labelled', (html) => html.replace('<p>Read access to code</p>', '<p>Read access to code and spaceships</p>'));
    expect(readStatement(unknown).permissions).toBeUndefined();
  });

  it('says it could not read the repositories when the list is cut short or contradicted', () => {
    const shortened = load('token-page-subhead', (html) => html.replace('<li><a href="/alta3/labs">alta3/labs</a></li>', '<li>and 1 more</li>'));
    expect(readStatement(shortened)).toMatchObject({ repositoryAccess: 'selected', repositories: undefined });
    const miscounted = load('token-page-subhead', (html) => html.replace('access to 6 repositories', 'access to 7 repositories'));
    expect(readStatement(miscounted).repositories).toBeUndefined();
    const contradicted = load('token-page-subhead', (html) => html.replace('<li>Read access to code and metadata</li>', '<li>Read access to code and metadata for all current and future repositories owned by this organization</li>'));
    expect(readStatement(contradicted)).toMatchObject({ repositoryAccess: undefined, repositories: undefined });
  });

  it('leaves the owner, the name and the expiry unread when the page contradicts itself', () => {
    const owners = load('token-page-labelled', (html) => html.replace('<h1>Personal access token</h1>', '<h1>Personal access token</h1><p>Access on alta3-training</p>'));
    expect(readStatement(owners).owner).toBeUndefined();
    const expiries = load('token-page-labelled', (html) => html.replace('<h1>Personal access token</h1>', '<h1>Personal access token</h1><p>Expires on Wed, Dec 1 2027.</p>'));
    expect(readStatement(expiries).expiresOn).toBeUndefined();
    const long = load('token-page-labelled', (html) => html.replace('<dd>enchilada-install-2026-11-30</dd>', '<dd>enchilada-install-2026-11-30-and-some-more-words-beyond-forty</dd>'));
    expect(readStatement(long).name).toBeUndefined();
  });
});

describe('a request\'s page', () => {
  it('never takes the heading "Review request" for the token\'s name: it is only a title', () => {
    const { statement, requester } = readRequestPage(load('request-page-review'));
    expect(statement).toMatchObject({ name: undefined, titles: ['Review request'], owner: 'alta3', permissions: { contents: 'read', metadata: 'read' }, expiresOn: '2027-02-28' });
    expect(requester).toBe('jdoe');
    // On this flat page the reason's label is followed by other parts: it is not read.
    expect(statement).toMatchObject({ repositoryAccess: undefined, createdOn: undefined, requestMessage: undefined });
  });

  it('reads the name where the page labels it, and the reason in a box of its own', () => {
    const labelled = load('request-page-review', (html) => html
      .replace('<h2>Reason</h2>\n  <p>Needed for enchilada installation on cloud</p>', '<dl><dt>Token name</dt><dd>enchilada-install-2026-11-30</dd><dt>Reason</dt><dd><p>Needed for enchilada</p><p>installation on cloud</p></dd></dl>'));
    const { statement } = readRequestPage(labelled);
    expect(statement).toMatchObject({ name: 'enchilada-install-2026-11-30', requestMessage: 'Needed for enchilada installation on cloud', permissions: { contents: 'read', metadata: 'read' } });
  });
});

describe('the lists', () => {
  it('reads the token list\'s rows from their links, the expiry from the regenerate link\'s text', () => {
    const rows = readTokenList(load('token-list-rows'));
    expect(rows.map(({ name, id, expiresOn }) => ({ name, id, expiresOn }))).toEqual([
      { name: 'enchilada-install-2026-11-30', id: '101', expiresOn: '2027-02-28' },
      { name: 'deploy-bot', id: '102', expiresOn: 'never' },
      { name: 'old-one', id: '103', expiresOn: undefined },
    ]);
    // Each row is its own element, never the list or the page.
    expect(new Set(rows.map((row) => row.element)).size).toBe(3);
    expect(rows.every((row) => row.element.querySelectorAll('a').length === 2)).toBe(true);
  });

  it('reads one token\'s row without taking the page for it', () => {
    const rows = readTokenList(load('token-list-rows', (html) => html.replace(/<div>\s*<a href="\/settings\/personal-access-tokens\/10[23]">[\s\S]*?<\/div>/g, '')));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.element.querySelector('h1')).toBeNull();
    expect(rows[0]?.element.textContent).not.toMatch(/Make sure to copy/);
  });

  it('reads the tester\'s request list, rows in a table with a second "Review" link', () => {
    const { rows, empty } = readRequestList(load('request-list-table'));
    expect(empty).toBe(false);
    expect(rows.map(({ name, titles, requester }) => ({ name, titles, requester }))).toEqual([
      { name: undefined, titles: ['enchilada-install-2026-11-30', 'Review'], requester: 'jdoe' },
      { name: 'ci-deploy', titles: [], requester: 'mlee' },
    ]);
    expect(rows.map((row) => row.element.localName)).toEqual(['tr', 'tr']);
  });

  it('tells a list without rows it can find from a list that says it has none', () => {
    const unlinked = readRequestList(load('request-list-table', (html) => html.replace(/<a href="\/organizations\/alta3\/settings\/personal-access-token-requests\/\d+">/g, '<a>')));
    expect(unlinked).toEqual({ rows: [], empty: false });
    // live-page-2026 §3 [P docs; T maboloshi 2024-10]: the empty state's words.
    const none = page('<main><h1>Fine-grained personal access token requests</h1><p>There aren\'t any personal access token requests for this organization</p></main>');
    expect(readRequestList(none)).toEqual({ rows: [], empty: true });
  });
});
