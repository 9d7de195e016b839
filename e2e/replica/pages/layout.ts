// The document around every github.com page: theme attributes, the signed-in user's meta tag,
// the bundle from github.githubassets.com, the app header and the settings layout.
import type { ReplicaConfig } from '../config.ts';
import { assetUrl, bundleFiles } from '../http/assets.ts';
import { html, type Html } from '../markup/html.ts';
import { octicon } from '../markup/octicon.ts';

export interface DocumentOptions {
  readonly title: string;
  readonly config: ReplicaConfig;
  readonly main: Html;
  /** Rendered at the end of <body>, outside <main> (GitHub portals its dialogs there). */
  readonly portals?: Html;
}

/**
 * GitHub's global search keeps its suggestions as [role=option] nodes in the page, so the
 * repository picker's options are not the only ones (research note §1.7).
 */
function globalSearch(config: ReplicaConfig): Html {
  const suggestions = config.owners.flatMap((owner) => owner.repositories.slice(0, 3).map((repository) => `${owner.login}/${repository.name}`));
  return html`<qbsearch-input class="search-input">
  <button type="button" class="AppHeader-button AppHeader-search-button" aria-label="Search or jump to…">${octicon('search')}<span class="AppHeader-search-placeholder">Type <kbd>/</kbd> to search</span></button>
  <dialog id="search-suggestions-dialog" aria-label="Search suggestions" class="Overlay Overlay--size-large">
    <ul role="listbox" id="query-builder-test-results" aria-label="Suggestions">${suggestions.map((text, index) => html`<li role="option" id="query-builder-test-result-${index}" aria-selected="false" class="ActionListItem"><span class="ActionListItem-label">${text}</span></li>`)}</ul>
  </dialog>
</qbsearch-input>`;
}

function appHeader(config: ReplicaConfig): Html {
  return html`<header class="AppHeader" role="banner">
  <div class="AppHeader-globalBar d-flex flex-items-center">
    <a class="AppHeader-logo" href="https://github.com/" aria-label="Homepage">${octicon('mark-github')}</a>
    <nav class="AppHeader-context" aria-label="Page context"><a href="/settings/profile" class="AppHeader-context-item">Settings</a></nav>
    <div class="flex-auto"></div>
    ${globalSearch(config)}
    <button type="button" class="AppHeader-user" aria-label="Open user navigation menu"><span class="avatar avatar-user AppHeader-avatar">${config.user.slice(0, 1).toUpperCase()}</span></button>
  </div>
</header>`;
}

export function githubDocument(options: DocumentOptions): Html {
  const { config } = options;
  return html`<!DOCTYPE html>
<html lang="en" data-color-mode="${config.colorMode}" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head>
  <meta charset="utf-8">
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="${assetUrl(bundleFiles.style)}">
  <script crossorigin="anonymous" defer="defer" type="application/javascript" src="${assetUrl(bundleFiles.script)}"></script>
  <title>${options.title}</title>
  <meta name="viewport" content="width=device-width">
  <meta name="user-login" content="${config.user}">
  <meta name="color-scheme" content="light dark">
</head>
<body class="logged-in env-production page-responsive">
  <div class="position-relative header-wrapper js-header-wrapper">${appHeader(config)}</div>
  <div class="application-main">
    <main id="js-pjax-container">${options.main}</main>
  </div>
  <footer class="footer container-lg p-responsive color-fg-muted text-small py-5">© GitHub, Inc. (replica for PAT Pilot's tests)</footer>
  ${options.portals}
</body>
</html>`;
}

const developerNav = [
  { href: '/settings/apps', label: 'GitHub Apps' },
  { href: '/settings/developers', label: 'OAuth Apps' },
  { href: '/settings/personal-access-tokens', label: 'Fine-grained tokens' },
  { href: '/settings/tokens', label: 'Tokens (classic)' },
];

/** Settings › Developer settings, with its side navigation; `current` is the page's own entry. */
export function developerSettingsLayout(content: Html, current = '/settings/personal-access-tokens'): Html {
  return html`<div class="container-lg p-responsive pt-4 pb-6">
  <nav aria-label="Breadcrumb" class="mb-4"><ol class="settings-breadcrumb"><li class="breadcrumb-item"><a href="/settings/profile">Settings</a></li><li class="breadcrumb-item breadcrumb-item-selected"><a href="/settings/apps" aria-current="page">Developer Settings</a></li></ol></nav>
  <div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-start Layout--sidebar-narrow">
    <div class="Layout-sidebar">
      <nav aria-label="Developer settings"><ul class="ActionListWrap">
        ${developerNav.map((item) => html`<li class="ActionListItem${item.href === current ? ' ActionListItem--navActive' : ''}"><a class="ActionListContent" href="${item.href}"${item.href === current ? html` aria-current="page"` : ''}><span class="ActionListItem-label">${item.label}</span></a></li>`)}
      </ul></nav>
    </div>
    <div class="Layout-main">${content}</div>
  </div>
</div>`;
}

/** An organization's Settings, with the side navigation's "Personal access tokens" part (GitHub docs). */
export function organizationSettingsLayout(org: string, content: Html): Html {
  const base = `/organizations/${org}/settings`;
  return html`<div class="container-lg p-responsive pt-4 pb-6">
  <nav aria-label="Breadcrumb" class="mb-4"><ol class="settings-breadcrumb"><li class="breadcrumb-item"><a href="/${org}">${org}</a></li><li class="breadcrumb-item breadcrumb-item-selected"><a href="${base}/profile" aria-current="page">Settings</a></li></ol></nav>
  <div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-start Layout--sidebar-narrow">
    <div class="Layout-sidebar">
      <nav aria-label="Organization settings"><ul class="ActionListWrap">
        <li class="ActionListItem"><span class="ActionListItem-label text-bold">Personal access tokens</span></li>
        <li class="ActionListItem"><a class="ActionListContent" href="${base}/personal-access-tokens"><span class="ActionListItem-label">Settings</span></a></li>
        <li class="ActionListItem"><a class="ActionListContent" href="${base}/personal-access-tokens-onboarding"><span class="ActionListItem-label">Active tokens</span></a></li>
        <li class="ActionListItem ActionListItem--navActive"><a class="ActionListContent" href="${base}/personal-access-token-requests" aria-current="page"><span class="ActionListItem-label">Pending requests</span></a></li>
      </ul></nav>
    </div>
    <div class="Layout-main">${content}</div>
  </div>
</div>`;
}
