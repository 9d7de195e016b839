// Which GitHub page is showing. URL detectors are pure and carry the URLs they must (and must
// not) match, checked against each other in pages.test.ts; DOM detectors cover what a URL cannot
// tell, such as GitHub answering the form's URL with its "Confirm access" page.
import { closestMatch, find, findVisible } from './dom.ts';
import { selectors } from './selectors.ts';

// A page belongs to the GitHub it is served by: github.com or a GitHub Enterprise host, where the
// paths are the same. `origin` is that GitHub's (the content script's own location.origin): the
// scripts run only where the manifest or a granted host put them.
const pathOn = (url: string | URL, origin: string): string | undefined => {
  const parsed = new URL(url);
  return parsed.origin === origin ? parsed.pathname.replace(/\/+$/, '') : undefined;
};

const tokenPagesPath = '/settings/personal-access-tokens';
const classicTokenPagesPath = '/settings/tokens';

export const isNewTokenUrl = (url: string | URL, origin: string): boolean => pathOn(url, origin) === `${tokenPagesPath}/new`;
export const isTokenListUrl = (url: string | URL, origin: string): boolean => pathOn(url, origin) === tokenPagesPath;
export const isSudoUrl = (url: string | URL, origin: string): boolean => pathOn(url, origin) === '/sessions/sudo';
export const isClassicNewTokenUrl = (url: string | URL, origin: string): boolean => pathOn(url, origin) === `${classicTokenPagesPath}/new`;
export const isClassicTokenListUrl = (url: string | URL, origin: string): boolean => pathOn(url, origin) === classicTokenPagesPath;

// The pages around a token after it exists (issue #12): a token's own page, its regenerate page,
// and an organization owner's pending requests.
const tokenPagePath = /^\/settings\/personal-access-tokens\/\d+$/;
const regeneratePath = /^\/settings\/personal-access-tokens\/\d+\/regenerate$/;
const requestListPath = /^\/organizations\/[A-Za-z0-9-]+\/settings\/personal-access-token-requests$/;
const requestPagePath = /^\/organizations\/[A-Za-z0-9-]+\/settings\/personal-access-token-requests\/\d+$/;

export const isTokenPageUrl = (url: string | URL, origin: string): boolean => tokenPagePath.test(pathOn(url, origin) ?? '');
export const isRegenerateUrl = (url: string | URL, origin: string): boolean => regeneratePath.test(pathOn(url, origin) ?? '');
export const isRequestListUrl = (url: string | URL, origin: string): boolean => requestListPath.test(pathOn(url, origin) ?? '');
export const isRequestPageUrl = (url: string | URL, origin: string): boolean => requestPagePath.test(pathOn(url, origin) ?? '');

/** Pages where PAT Pilot has something to show: the guide is loaded there, and nowhere else. */
export const isGuidedUrl = (url: string | URL, origin: string): boolean =>
  isNewTokenUrl(url, origin) || isTokenListUrl(url, origin) || isClassicNewTokenUrl(url, origin) || isClassicTokenListUrl(url, origin) || isSudoUrl(url, origin)
  || isTokenPageUrl(url, origin) || isRegenerateUrl(url, origin) || isRequestListUrl(url, origin) || isRequestPageUrl(url, origin);

/**
 * For each GitHub (by origin), the URLs each detector must accept there. Every other detector
 * must reject them, and so must every detector asked about another GitHub.
 */
export const detectorTestUrls = {
  'https://github.com': {
    isNewTokenUrl: [
      'https://github.com/settings/personal-access-tokens/new',
      'https://github.com/settings/personal-access-tokens/new/',
      'https://github.com/settings/personal-access-tokens/new?name=x&target_name=alta3&contents=read',
      'https://github.com/settings/personal-access-tokens/new#permissions',
    ],
    isTokenListUrl: [
      'https://github.com/settings/personal-access-tokens',
      'https://github.com/settings/personal-access-tokens?page=2',
    ],
    isSudoUrl: ['https://github.com/sessions/sudo', 'https://github.com/sessions/sudo?return_to=%2Fsettings'],
    isClassicNewTokenUrl: [
      'https://github.com/settings/tokens/new',
      'https://github.com/settings/tokens/new/',
      'https://github.com/settings/tokens/new?description=enchilada-hotfix-2026-12-01&scopes=repo',
      'https://github.com/settings/tokens/new?scopes=repo,read:org',
    ],
    isClassicTokenListUrl: ['https://github.com/settings/tokens', 'https://github.com/settings/tokens?page=2'],
    isTokenPageUrl: ['https://github.com/settings/personal-access-tokens/123', 'https://github.com/settings/personal-access-tokens/4567890/'],
    isRegenerateUrl: ['https://github.com/settings/personal-access-tokens/123/regenerate'],
    isRequestListUrl: [
      'https://github.com/organizations/alta3/settings/personal-access-token-requests',
      'https://github.com/organizations/alta3-training/settings/personal-access-token-requests?q=owner%3Ajdoe',
    ],
    isRequestPageUrl: ['https://github.com/organizations/alta3/settings/personal-access-token-requests/42'],
    none: [
      'https://github.com/settings/tokens/123',
      'https://github.com/settings/tokens/new-thing',
      'https://gist.github.com/settings/tokens/new',
      'https://github.com/settings/tokens-new',
      'https://github.com/settings/personal-access-tokens/123/edit',
      'https://github.com/settings/personal-access-tokens/abc',
      'https://github.com/organizations/alta3/settings/personal-access-tokens',
      'https://github.com/organizations/alta3/settings/personal-access-token-requests/42/approve',
      'https://github.com/alta3/settings/personal-access-token-requests',
      'https://github.com/settings/personal-access-tokens/new-thing',
      'https://github.com/alta3/labs',
      'https://github.com/settings/profile',
      'https://gist.github.com/settings/personal-access-tokens/new',
      'https://github.com.evil.example/settings/personal-access-tokens/new',
      'http://github.com/settings/personal-access-tokens/new',
    ],
  },
  // GitHub Enterprise Server at the organization's own host name.
  'https://github.example.com': {
    isNewTokenUrl: [
      'https://github.example.com/settings/personal-access-tokens/new',
      'https://github.example.com/settings/personal-access-tokens/new?name=x&target_name=alta3',
    ],
    isTokenListUrl: ['https://github.example.com/settings/personal-access-tokens'],
    isSudoUrl: ['https://github.example.com/sessions/sudo?return_to=%2Fsettings%2Fpersonal-access-tokens%2Fnew'],
    isClassicNewTokenUrl: ['https://github.example.com/settings/tokens/new?scopes=repo'],
    isClassicTokenListUrl: ['https://github.example.com/settings/tokens'],
    isTokenPageUrl: ['https://github.example.com/settings/personal-access-tokens/123'],
    isRegenerateUrl: ['https://github.example.com/settings/personal-access-tokens/123/regenerate'],
    isRequestListUrl: ['https://github.example.com/organizations/alta3/settings/personal-access-token-requests'],
    isRequestPageUrl: ['https://github.example.com/organizations/alta3/settings/personal-access-token-requests/42'],
    none: [
      'https://github.example.com/alta3/labs',
      'http://github.example.com/settings/personal-access-tokens/new',
      'https://github.example.com:8443/settings/personal-access-tokens/new',
      'https://github.example.com.evil.example/settings/personal-access-tokens/new',
    ],
  },
  // GitHub Enterprise Cloud with data residency: <subdomain>.ghe.com.
  'https://octo.ghe.com': {
    isNewTokenUrl: ['https://octo.ghe.com/settings/personal-access-tokens/new'],
    isTokenListUrl: ['https://octo.ghe.com/settings/personal-access-tokens/'],
    isSudoUrl: ['https://octo.ghe.com/sessions/sudo'],
    none: ['https://octo.ghe.com/settings/profile', 'https://other.ghe.com/settings/personal-access-tokens/new'],
  },
} as const;

/** GitHub shows "Confirm access" instead of a protected page until the person re-authenticates. */
export const isSudoPage = (document: Document): boolean =>
  find(document, selectors.sudoForm) !== undefined ||
  (document.title.trim().startsWith('Confirm access') && !tokenFormKind(document));

/** Which token form the page shows, if any: fine-grained (settings/personal-access-tokens/new) or classic (settings/tokens/new). */
export const tokenFormKind = (document: Document): 'fine-grained' | 'classic' | undefined =>
  find(document, selectors.nameInput) ? 'fine-grained' : find(document, selectors.noteInput) ? 'classic' : undefined;

/** The list shows a row for a token created just now (its value is never read). */
export const showsNewToken = (document: Document): boolean => find(document, selectors.newTokenRow) !== undefined;

/** The "Confirm access" page at url will return to the token pages of the same GitHub once the person confirms. */
export function sudoReturnsToTokenPages(document: Document, url: string): boolean {
  const returnTo = find<HTMLInputElement>(document, selectors.sudoReturnTo)?.value ?? new URL(url).searchParams.get('return_to') ?? '';
  return returnsToTokenPages(returnTo, url);
}

/** return_to is a path on this GitHub, or an address that must be on it too. */
export function returnsToTokenPages(returnTo: string, url: string): boolean {
  if (returnTo === '') return false;
  let target: URL;
  try {
    target = new URL(returnTo, url);
  } catch {
    return false;
  }
  return target.origin === new URL(url).origin
    && (target.pathname === tokenPagesPath || target.pathname.startsWith(`${tokenPagesPath}/`) || target.pathname === `${classicTokenPagesPath}/new`);
}

/** GitHub shows its own confirmation of the token after Generate. */
/** The person works in one of GitHub's dialogs or menus (focus is inside it): scrolling the page now would move it from under the pointer. */
export const isWorkingInPopup = (document: Document): boolean => {
  const active = document.activeElement;
  return active !== null && active !== document.body && closestMatch(active, selectors.openPopup) !== undefined;
};

export const isConfirmationShowing = (document: Document): boolean => findVisible(document, selectors.confirmationDialog) !== undefined;
