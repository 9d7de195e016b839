// Resource owner: a Primer SelectPanel whose options are <button role=option data-value=login>
// inside <li role=none> wrappers (clicking the wrapper does nothing). The hidden target_name
// field holds the choice.
import { find, findVisible, normalizedText, press, pressKey, setFieldValue } from '../dom.ts';
import { selectors, valueSelectors } from '../selectors.ts';
import { StepBlocked, confirmApplied, waitIfComing, type ActionContext } from './action.ts';
import { accessSectionMarker, waitForFreshAccessSection } from './access-section.ts';

const button = (document: Document) => find(document, selectors.ownerButton);

function read(document: Document): string | undefined {
  const hidden = find<HTMLInputElement>(document, selectors.ownerValue);
  if (hidden?.value) return hidden.value;
  const invoker = button(document);
  return invoker ? normalizedText(find(invoker, selectors.buttonLabel) ?? invoker) || undefined : undefined;
}

const sameLogin = (a: string | undefined, b: string): boolean => a?.toLowerCase() === b.toLowerCase();

async function findOption(context: ActionContext, login: string): Promise<HTMLElement | undefined> {
  const option = () => findVisible(context.document, valueSelectors.ownerOption(login));
  const failed = () => findVisible(context.document, selectors.ownerListError);
  const listed = await waitIfComing(context, `owner ${login}`, () => option() ?? failed());
  // A list that failed to load has nothing to filter; the caller reports the failure.
  if (failed()) return undefined;
  if (listed) return listed;
  // A long list may only show matches for what is typed in its filter.
  const filter = findVisible<HTMLInputElement>(context.document, selectors.ownerFilter);
  if (!filter) return undefined;
  setFieldValue(filter, login);
  return waitIfComing(context, `owner ${login}`, option);
}

export const ownerWidget = {
  locate: button,
  read,
  async fill(context: ActionContext, login: string): Promise<void> {
    if (sameLogin(read(context.document), login)) return;
    const invoker = button(context.document);
    if (!invoker) throw new StepBlocked({ kind: 'not-found', what: 'the Resource owner button' });
    const previousSection = accessSectionMarker(context.document);
    press(invoker);
    const option = await findOption(context, login);
    if (!option) {
      const failed = findVisible(context.document, selectors.ownerListError) !== undefined;
      pressKey(context.document.activeElement ?? invoker, 'Escape');
      throw new StepBlocked({ kind: failed ? 'owner-list-failed' : 'owner-not-listed', owner: login });
    }
    press(option);
    await confirmApplied(context, `resource owner ${login}`, () => sameLogin(read(context.document), login));
    const stillOpen = findVisible(context.document, valueSelectors.ownerOption(login));
    if (stillOpen) pressKey(stillOpen, 'Escape');
    await waitForFreshAccessSection(context, previousSection);
  },
};

