// Which GitHub page is showing. URL detectors are pure and carry the URLs they must (and must
// not) match, checked against each other in pages.test.ts; DOM detectors cover what a URL cannot
// tell, such as GitHub answering the form's URL with its "Confirm access" page.
import { find, findVisible } from './dom.ts';
import { selectors } from './selectors.ts';

const githubOrigin = 'https://github.com';

const pathOf = (url: string | URL): string | undefined => {
  const parsed = new URL(url);
  return parsed.origin === githubOrigin ? parsed.pathname.replace(/\/+$/, '') : undefined;
};

export const isNewTokenUrl = (url: string | URL): boolean => pathOf(url) === '/settings/personal-access-tokens/new';
export const isTokenListUrl = (url: string | URL): boolean => pathOf(url) === '/settings/personal-access-tokens';
export const isSudoUrl = (url: string | URL): boolean => pathOf(url) === '/sessions/sudo';
export const isClassicNewTokenUrl = (url: string | URL): boolean => pathOf(url) === '/settings/tokens/new';
export const isClassicTokenListUrl = (url: string | URL): boolean => pathOf(url) === '/settings/tokens';

/** Pages where PAT Pilot has something to show: the guide is loaded there, and nowhere else. */
export const isGuidedUrl = (url: string | URL): boolean =>
  isNewTokenUrl(url) || isTokenListUrl(url) || isClassicNewTokenUrl(url) || isClassicTokenListUrl(url) || isSudoUrl(url);

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
  isClassicNewTokenUrl: [
    'https://github.com/settings/tokens/new',
    'https://github.com/settings/tokens/new/',
    'https://github.com/settings/tokens/new?description=enchilada-hotfix-2026-12-01&scopes=repo',
    'https://github.com/settings/tokens/new?scopes=repo,read:org',
  ],
  isClassicTokenListUrl: ['https://github.com/settings/tokens', 'https://github.com/settings/tokens?page=2'],
  none: [
    'https://github.com/settings/tokens/123',
    'https://github.com/settings/tokens/new-thing',
    'https://gist.github.com/settings/tokens/new',
    'https://github.com/settings/tokens-new',
    'https://github.com/settings/personal-access-tokens/123',
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
  (document.title.trim().startsWith('Confirm access') && !tokenFormKind(document));

/** Which token form the page shows, if any: fine-grained (settings/personal-access-tokens/new) or classic (settings/tokens/new). */
export const tokenFormKind = (document: Document): 'fine-grained' | 'classic' | undefined =>
  find(document, selectors.nameInput) ? 'fine-grained' : find(document, selectors.noteInput) ? 'classic' : undefined;

/** The list shows a row for a token created just now (its value is never read). */
export const showsNewToken = (document: Document): boolean => find(document, selectors.newTokenRow) !== undefined;

/** The "Confirm access" page will return to the token pages once the person confirms. */
export function sudoReturnsToTokenPages(document: Document, url: string): boolean {
  const returnTo = find<HTMLInputElement>(document, selectors.sudoReturnTo)?.value ?? new URL(url).searchParams.get('return_to') ?? '';
  return returnTo.includes('/settings/personal-access-tokens') || returnTo.includes('/settings/tokens/new');
}

/** GitHub shows its own confirmation of the token after Generate. */
export const isConfirmationShowing = (document: Document): boolean => findVisible(document, selectors.confirmationDialog) !== undefined;
