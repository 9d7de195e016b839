// @vitest-environment happy-dom
// The page report's sanitizer and builder (src/github/page-report.ts) over the readers' fixtures and
// a page with everything personal planted in it: nothing personal leaves, the token's field is
// never read, GitHub's page is left as it was, and the file read back gives what was recorded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { pageReport, readPage, sanitizedPage, savedReport } from './page-report.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../test/fixtures/token-pages', `${name}.html`), 'utf8');
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Shows the page at the address in the test's window (the report reads the window's page). */
function show(html: string, path: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`https://github.com${path}`);
  const page = parse(html);
  document.head.replaceWith(document.importNode(page.head, true));
  document.body.replaceWith(document.importNode(page.body, true));
}

const planted = `<html><head><meta name="user-login" content="jdoe"><meta name="csrf-token" content="csrf-meta-secret">
<meta name="octolytics-actor-id" content="12345"><script>window.secret = 1</script></head><body>
<form action="/settings/personal-access-tokens" method="post"><input type="hidden" name="authenticity_token" value="csrf-field-secret">
<input name="user_programmatic_access[name]" value=""></form>
<div class="new-token"><input id="token-field" value="TOKEN-VALUE-SECRET"><span>TOKEN-TEXT-SECRET</span></div>
<p>Signed in as jdoe, mail jdoe@example.org. <a data-hovercard-type="user" href="/octomember">@octomember</a></p>
<img class="avatar" src="https://avatars.githubusercontent.com/u/12345" alt="">
</body></html>`;

beforeEach(() => show(planted, '/settings/personal-access-tokens'));

describe('the sanitized page', () => {
  it('holds no script, token, CSRF value, login, other login, e-mail or avatar, and keeps what the selectors look at', () => {
    // Reading the token's field would throw: the sanitizer must never read it.
    Object.defineProperty(document.getElementById('token-field'), 'value', { get: () => { throw new Error('the token was read'); } });
    document.querySelector<HTMLInputElement>('input[name="user_programmatic_access[name]"]')!.value = 'typed-name';
    const before = document.documentElement.outerHTML;
    const html = sanitizedPage(document);
    for (const secret of ['<script', 'TOKEN-VALUE-SECRET', 'TOKEN-TEXT-SECRET', 'csrf-meta-secret', 'csrf-field-secret', '12345', 'jdoe', 'octomember', 'example.org', 'avatars.githubusercontent']) {
      expect(html, secret).not.toContain(secret);
    }
    expect(html).toContain('content="signed-in-user"');
    expect(html).toContain('@a-member-1');
    expect(html).toContain('value="typed-name"');
    expect(parse(html).querySelector('.new-token')?.textContent).toBe('[removed by PAT Pilot]');
    // GitHub's page is untouched: the sanitizer works on a copy.
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('the page report', () => {
  it('records the state, the matched alternatives and the readers\' output, and the saved file reads back the same', () => {
    show(fixture('token-page-subhead'), '/settings/personal-access-tokens/123');
    const { report, html } = pageReport(document);
    expect(report.states).toEqual(['token-page']);
    expect(report.reading.matches.pageHeading).toBe(0);
    expect(report.reading.readers.requestPage).toMatchObject({ statement: { owner: 'alta3', repositoryAccess: 'selected', expiresOn: '2027-02-28' } });
    const saved = parse(html);
    expect(savedReport(saved)).toEqual(report);
    expect(readPage(saved)).toEqual(report.reading);
  });

  it('names the member asking for a token in neither the report nor the page', () => {
    show(fixture('request-page-review'), '/organizations/alta3/settings/personal-access-token-requests/42');
    const { report, html } = pageReport(document);
    expect(report.states).toEqual(['request-page']);
    expect(report.reading.readers.requestPage).toMatchObject({ requester: 'a-member-1' });
    expect(html).not.toContain('jdoe');
    expect(readPage(parse(html))).toEqual(report.reading);
  });

  it('is no page report when the file holds none (a capture without one)', () => {
    expect(savedReport(parse(sanitizedPage(document)))).toBeUndefined();
  });
});
