// After a classic token is created: whether GitHub offers to authorize it for organizations that
// enforce SAML single sign-on, and which. PAT Pilot only reads the menu; the person authorizes.
import { find, findAll, normalizedText } from '../dom.ts';
import { selectors } from '../selectors.ts';

/**
 * The organizations the new token must be authorized for, or undefined when GitHub shows no
 * "Configure SSO" for it. An empty list: the menu is there, but no organization could be read.
 */
export function singleSignOnOrganizations(document: Document): readonly string[] | undefined {
  if (!find(document, selectors.singleSignOnButton)) return undefined;
  return findAll(document, selectors.singleSignOnRows)
    .map((row) => normalizedText(row).replace(/\s*Authorized?$/i, '').trim())
    .filter((name) => name !== '');
}
