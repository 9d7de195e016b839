// What a token's own page and an approval request both state about a token: its dates, its
// resource owner, the repositories and the permissions grouped by access level in prose.
// Sources (issue #12 §1-2): a 2026 report of a token's page ("Access on <owner>"; repository access
// limited to one repository; "User permissions"; "Repository permissions" as "Read access to code
// and metadata" and "Read and Write access to pull requests"); GitHub's docs on reviewing requests
// (repositories, permissions, expiry). The sections' markup and the dates' sentences are GUESSES.
import type { ReplicaTokenSettings } from '../config.ts';
import type { PermissionGroup } from '../domain/github-permissions.ts';
import { permissionLines } from '../domain/permission-prose.ts';
import { expiryText, githubDate, settingsDates } from '../domain/token-dates.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';

const groupHeadings: readonly (readonly [PermissionGroup, string])[] = [
  ['repository', 'Repository permissions'],
  ['account', 'User permissions'],
  ['organization', 'Organization permissions'],
];

function repositoryAccess(settings: ReplicaTokenSettings): Html {
  if (settings.repositoryAccess === 'all') {
    return html`<p class="mb-0">All repositories</p><p class="text-small color-fg-muted mb-0">This token has access to all repositories owned by ${settings.owner}, current and future.</p>`;
  }
  if (settings.repositoryAccess === 'none') return html`<p class="mb-0">Public repositories (read-only)</p>`;
  const count = settings.repositories.length;
  return html`<p class="text-small color-fg-muted">This token has access to ${count} ${count === 1 ? 'repository' : 'repositories'}.</p>
    <ul class="list-style-none">${settings.repositories.map((name) => html`<li class="py-1">${octicon('repo', 'color-fg-muted mr-1')}<a class="Link--primary" href="/${settings.owner}/${name}">${settings.owner}/${name}</a></li>`)}</ul>`;
}

/**
 * The unreadable variant (a redesign): each line shows only which permissions, its access level
 * is an icon without a name.
 */
function permissionLine(line: string, unreadable: boolean): Html {
  if (!unreadable) return html`<li class="py-1">${line}</li>`;
  const names = line.replace(/^.* access to /, '');
  return html`<li class="py-1">${octicon(line.startsWith('Read access') ? 'check' : 'key', 'mr-1')}${names}</li>`;
}

function permissionSections(settings: ReplicaTokenSettings, unreadable: boolean): Html[] {
  return groupHeadings.flatMap(([group, heading]) => {
    const lines = permissionLines(group, settings.permissions);
    if (lines.length === 0) return [];
    return [html`<div class="Box-row">
    <h3 class="h5 mb-2">${heading}</h3>
    <ul class="list-style-none">${lines.map((line) => permissionLine(line, unreadable))}</ul>
  </div>`];
  });
}

export function tokenStatement(settings: ReplicaTokenSettings, today: Date, unreadable: boolean): Html {
  const { createdOn, expiresOn } = settingsDates(settings, today);
  return html`<div class="Box mb-4">
  <div class="Box-row">
    <p class="mb-1">Created on ${githubDate(createdOn)}.</p>
    <p class="mb-0 text-bold">${expiryText(expiresOn, today)}</p>
  </div>
  <div class="Box-row">
    <p class="mb-0">Access on <a class="Link--primary text-bold" href="/${settings.owner}">${octicon('organization', 'mr-1')}${settings.owner}</a></p>
  </div>
  <div class="Box-row">
    <h3 class="h5 mb-2">Repository access</h3>
    ${repositoryAccess(settings)}
  </div>
  ${permissionSections(settings, unreadable)}
</div>`;
}
