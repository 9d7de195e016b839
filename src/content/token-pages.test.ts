// @vitest-environment happy-dom
// What the panel says on the pages around a token, from the readers over the fixtures in
// test/fixtures/token-pages/ (written from the research note, each citing its source) to the
// verdict: issue 21 §3's three cases among them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRequestList } from '../github/token-pages/request-list.ts';
import { readRequestPage } from '../github/token-pages/request-page.ts';
import { readStatement } from '../github/token-pages/statement.ts';
import { alta3EnchiladaRecipe as recipe } from '../recipe/builtin/alta3-enchilada.ts';
import { auditView, requestListView } from './token-pages.ts';

// happy-dom gives import.meta.url a page's address: the fixtures are found from the repository's root.
const load = (name: string, edit: (html: string) => string = (html) => html): Document =>
  new DOMParser().parseFromString(edit(readFileSync(join(import.meta.dirname, '../../test/fixtures/token-pages', `${name}.html`), 'utf8')), 'text/html');

const now = new Date(2027, 0, 10);
const tokenVerdict = (document: Document) => auditView('token', readStatement(document), 'sbarbour', [recipe], now);
const titles = (view: ReturnType<typeof tokenVerdict>): string[] => view.verdict?.findings.map((finding) => finding.title) ?? [];

describe('the verdict on a token\'s page', () => {
  it('matches on the replica\'s shape and on the tester\'s page with its parts elsewhere', () => {
    for (const name of ['token-page-subhead', 'token-page-labelled']) {
      expect(tokenVerdict(load(name))).toMatchObject({ tokenName: 'enchilada-install-2026-11-30', verdict: { recipeLabel: recipe.label, findings: [], unread: [], matches: true } });
    }
  });

  it('names each difference and each part not read, and then never says it matches', () => {
    const write = tokenVerdict(load('token-page-labelled', (html) => html.replace('<p>Read access to code</p>', '<p>Read and Write access to code</p>')));
    expect(titles(write)).toEqual(['Contents: Read and write']);
    expect(write.verdict?.matches).toBe(false);
    const unread = tokenVerdict(load('token-page-labelled', (html) => html.replace('<dt>Resource owner</dt><dd><a href="/alta3">alta3</a></dd>', '').replace('<h2>Repository permissions</h2>', '<h2>Permissions</h2>')));
    expect(unread.verdict).toMatchObject({ findings: [], unread: ['Resource owner', 'Permissions'], matches: false });
  });
});

describe('the verdict on a request\'s page', () => {
  it('says it could not read the name under the heading "Review request", not that no recipe makes it', () => {
    const { statement, requester } = readRequestPage(load('request-page-review'));
    expect(auditView('request', statement, requester, [recipe], now)).toMatchObject({ tokenName: undefined, verdict: undefined });
  });

  it('judges a request whose page labels the name, naming what it could not read', () => {
    const labelled = load('request-page-review', (html) => html.replace('<h1>Review request</h1>', '<h1>Review request</h1><p>Token name: enchilada-install-2026-11-30</p>'));
    const { statement, requester } = readRequestPage(labelled);
    expect(auditView('request', statement, requester, [recipe], now)).toMatchObject({
      tokenName: 'enchilada-install-2026-11-30',
      verdict: { findings: [], unread: ['Repositories', 'Expiration', 'Request message'], matches: false },
    });
  });
});

describe('the panel on an organization\'s pending requests', () => {
  it('lists the tester\'s requests, the recipe\'s by its name link beside "Review"', () => {
    expect(requestListView(readRequestList(load('request-list-table')), [recipe])).toEqual({
      kind: 'request-list',
      requests: [
        { name: 'enchilada-install-2026-11-30', requester: 'jdoe', recipeLabel: recipe.label },
        { name: 'ci-deploy', requester: 'mlee', recipeLabel: undefined },
      ],
      unreadRows: 0,
      rowsFound: true,
    });
  });

  it('says it could not read the list when no row links its request', () => {
    const unlinked = load('request-list-table', (html) => html.replace(/<a href="\/organizations\/alta3\/settings\/personal-access-token-requests\/\d+">/g, '<a>'));
    expect(requestListView(readRequestList(unlinked), [recipe])).toMatchObject({ requests: [], unreadRows: 0, rowsFound: false });
  });
});
