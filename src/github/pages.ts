// Which GitHub page is showing. URL detectors are pure and carry the URLs they must (and must
// not) match, checked against each other in pages.test.ts; DOM detectors cover what a URL cannot
// tell, such as GitHub answering the form's URL with its "Confirm access" page.
import { find } from './dom.ts';
import { selectors } from './selectors.ts';

const githubOrigin = 'https://github.com';

const pathOf = (url: string | URL): string | undefined => {
  const parsed = new URL(url);
  return parsed.origin === githubOrigin ? parsed.pathname.replace(/\/+$/, '') : undefined;
};

export const isNewTokenUrl = (url: string | URL): boolean => pathOf(url) === '/settings/personal-access-tokens/new';
export const isTokenListUrl = (url: string | URL): boolean => pathOf(url) === '/settings/personal-access-tokens';
export const isSudoUrl = (url: string | URL): boolean => pathOf(url) === '/sessions/sudo';

// The pages around a token after it exists (issue #12): a token's own page, its regenerate page,
// and an organization owner's pending requests.
const tokenPagePath = /^\/settings\/personal-access-tokens\/\d+$/;
const regeneratePath = /^\/settings\/personal-access-tokens\/\d+\/regenerate$/;
const requestListPath = /^\/organizations\/[A-Za-z0-9-]+\/settings\/personal-access-token-requests$/;
const requestPagePath = /^\/organizations\/[A-Za-z0-9-]+\/settings\/personal-access-token-requests\/\d+$/;

export const isTokenPageUrl = (url: string | URL): boolean => tokenPagePath.test(pathOf(url) ?? '');
export const isRegenerateUrl = (url: string | URL): boolean => regeneratePath.test(pathOf(url) ?? '');
export const isRequestListUrl = (url: string | URL): boolean => requestListPath.test(pathOf(url) ?? '');
export const isRequestPageUrl = (url: string | URL): boolean => requestPagePath.test(pathOf(url) ?? '');

/** URLs each detector must accept; every other detector must reject them. */
export const detectorTestUrls = {
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
  isTokenPageUrl: ['https://github.com/settings/personal-access-tokens/123', 'https://github.com/settings/personal-access-tokens/4567890/'],
  isRegenerateUrl: ['https://github.com/settings/personal-access-tokens/123/regenerate'],
  isRequestListUrl: [
    'https://github.com/organizations/alta3/settings/personal-access-token-requests',
    'https://github.com/organizations/alta3-training/settings/personal-access-token-requests?q=owner%3Ajdoe',
  ],
  isRequestPageUrl: ['https://github.com/organizations/alta3/settings/personal-access-token-requests/42'],
  none: [
    'https://github.com/settings/tokens/new',
    'https://github.com/settings/tokens/123',
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
  ],
} as const;

/** GitHub shows "Confirm access" instead of a protected page until the person re-authenticates. */
export const isSudoPage = (document: Document): boolean =>
  find(document, selectors.sudoForm) !== undefined ||
  (document.title.trim().startsWith('Confirm access') && !find(document, selectors.nameInput));

export const isTokenForm = (document: Document): boolean => find(document, selectors.nameInput) !== undefined;

/** The list shows a row for a token created just now (its value is never read). */
export const showsNewToken = (document: Document): boolean => find(document, selectors.newTokenRow) !== undefined;
