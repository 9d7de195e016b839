// Everything below the expiration (request message, repository access, permissions) is a
// fragment GitHub loads after the page and loads again whenever the owner changes. Nothing in
// it may be touched until the fresh copy is in place.
import { find, findAll } from '../dom.ts';
import { selectors } from '../selectors.ts';
import { waitForElement, waitIfComing, type ActionContext } from './action.ts';

/** A node that belongs to the current copy of the fragment. */
export const accessSectionMarker = (document: Document): Element | undefined => findAll(document, selectors.repositoryAccessRadios)[0];

export const accessSectionLoaded = (document: Document): boolean =>
  !find(document, selectors.accessFragmentLoading) && accessSectionMarker(document) !== undefined;

/**
 * After an owner change: wait until the old copy is gone (or GitHub shows it is loading), then
 * until the new one is in place. If GitHub keeps the old copy, the short first wait simply ends.
 */
export async function waitForFreshAccessSection(context: ActionContext, previous: Element | undefined): Promise<void> {
  const replaced = (): boolean => {
    const marker = accessSectionMarker(context.document);
    return marker !== previous || find(context.document, selectors.accessFragmentLoading) !== undefined;
  };
  if (previous) await waitIfComing(context, 'the owner’s access section', replaced, Math.min(context.timeoutMs, 3000));
  await waitForElement(context, 'the repository access section', () => accessSectionLoaded(context.document));
}
