// "Only select repositories": a modal SelectPanel whose options come from a search endpoint
// (at most ten per query, decoys such as labs-archive included). Each repository is searched by
// name and only the option whose text is exactly "owner/name" is clicked; an option that is
// already right is never clicked, so running twice toggles nothing off.
import { accessibleName, find, findAll, findVisible, normalizedText, press, pressKey, sameText, setFieldValue } from '../dom.ts';
import type { RepositoryDirectory } from '../repository-directory.ts';
import { selectors } from '../selectors.ts';
import { StepBlocked, confirmApplied, waitForElement, waitIfComing, type ActionContext } from './action.ts';

const responseEvents = ['remote-input-success', 'remote-input-error', 'loadend', 'include-fragment-replaced'] as const;
const noMatch = Symbol('no match');
/** How long the list may take to show this query's options after an answer arrived (400 ms lost repositories under load). */
const notFoundGraceMs = 1000;

export const selectedRepositoryIds = (document: Document): string[] =>
  findAll<HTMLInputElement>(document, selectors.selectedRepositoryIds).map((input) => input.value).filter(Boolean);

const isChecked = (option: Element): boolean =>
  option.getAttribute('aria-checked') === 'true' || option.getAttribute('aria-selected') === 'true';

const optionId = (option: HTMLElement): string => option.dataset.value ?? option.getAttribute('value') ?? '';

/** An option names a repository by its label; badges or descriptions may follow it. */
function optionNames(option: HTMLElement, fullName: string): boolean {
  const texts = [accessibleName(option), normalizedText(option).split(' ')[0] ?? ''];
  return texts.some((text) => sameText(text, fullName));
}

const isOpen = (document: Document): boolean => findVisible(document, selectors.pickerFilter) !== undefined;

async function open(context: ActionContext): Promise<void> {
  if (isOpen(context.document)) return;
  const invoker = find(context.document, selectors.pickerButton);
  if (!invoker) throw new StepBlocked({ kind: 'not-found', what: 'the “Select repositories” button' });
  press(invoker);
  await waitForElement(context, 'the repository search box', () => isOpen(context.document));
}

async function close(stepContext: ActionContext): Promise<void> {
  if (!isOpen(stepContext.document)) return;
  // The modal catches every click until it is closed, so closing it is never cut short.
  const context = { ...stepContext, goalMet: undefined };
  const closeButton = findVisible(context.document, selectors.pickerClose);
  if (closeButton) press(closeButton);
  else pressKey(findVisible(context.document, selectors.pickerFilter) ?? context.document.body, 'Escape');
  await confirmApplied(context, 'the repository list to close', () => !isOpen(context.document));
}

/** Types a query and waits for an option it accepts, or for GitHub's answer to show there is none. */
async function search(context: ActionContext, query: string, accept: (option: HTMLElement) => boolean): Promise<HTMLElement | undefined> {
  const filter = await waitForElement(context, 'the repository search box', () => findVisible<HTMLInputElement>(context.document, selectors.pickerFilter));
  const accepted = () => findAll(context.document, selectors.pickerOptions).find(accept);
  if (filter.value === query && accepted()) return accepted();
  let answered = false;
  const onAnswer = (): void => { answered = true; };
  for (const type of responseEvents) context.document.addEventListener(type, onAnswer, true);
  try {
    setFieldValue(filter, query);
    let answeredAt: number | undefined;
    const found = await waitIfComing(context, `repository ${query}`, () => {
      const option = accepted();
      if (option) return option;
      // A late answer to an earlier query can arrive first, and on a busy machine this query's own
      // answer may come a while after it: give the list a second after an answer before "not found".
      if (answered) answeredAt ??= Date.now();
      return answeredAt !== undefined && Date.now() - answeredAt > notFoundGraceMs ? noMatch : undefined;
    });
    return found === noMatch ? undefined : found;
  } finally {
    for (const type of responseEvents) context.document.removeEventListener(type, onAnswer, true);
  }
}

async function setChecked(context: ActionContext, option: HTMLElement, checked: boolean, what: string): Promise<void> {
  if (isChecked(option) === checked) return;
  const id = optionId(option);
  press(option);
  await confirmApplied(context, what, () => {
    const current = findAll(context.document, selectors.pickerOptions).find((candidate) => optionId(candidate) === id);
    return current !== undefined && isChecked(current) === checked;
  });
}

export interface RepositoryPlan {
  /** "owner/name" the form still lacks, and how many the recipe asks for in all (for progress). */
  readonly missing: readonly string[];
  readonly wantedCount: number;
  /** Ids the recipe does not name. */
  readonly extraIds: readonly string[];
}

async function pick(context: ActionContext, plan: RepositoryPlan, directory: RepositoryDirectory): Promise<void> {
  const notFound: string[] = [];
  const alreadyHeld = plan.wantedCount - plan.missing.length;
  for (const [index, fullName] of plan.missing.entries()) {
    context.progress({ kind: 'selecting-repository', position: alreadyHeld + index + 1, total: plan.wantedCount });
    const option = await search(context, fullName.split('/')[1] ?? fullName, (candidate) => optionNames(candidate, fullName));
    if (!option) {
      notFound.push(fullName);
      continue;
    }
    directory.remember(optionId(option), fullName);
    await setChecked(context, option, true, `${fullName} to be selected`);
  }
  for (const id of plan.extraIds) {
    const name = directory.nameOf(id);
    context.progress({ kind: 'removing-repository', name, id });
    const option = await search(context, name?.split('/')[1] ?? '', (candidate) => optionId(candidate) === id);
    if (!option) throw new StepBlocked({ kind: 'repository-not-removable', name: name ?? `id ${id}` });
    await setChecked(context, option, false, `${name ?? id} to be removed`);
  }
  await close(context);
  const expected = plan.missing.filter((name) => !notFound.includes(name));
  await confirmApplied(context, 'the selected repositories', () => {
    const ids = selectedRepositoryIds(context.document);
    const names = new Set(ids.map((id) => directory.nameOf(id)?.toLowerCase()));
    return expected.every((name) => names.has(name.toLowerCase())) && plan.extraIds.every((id) => !ids.includes(id));
  });
  if (notFound.length) throw new StepBlocked({ kind: 'repositories-not-found', names: notFound });
}

export const repositoryPickerWidget = {
  locate: (document: Document) => find(document, selectors.pickerButton),
  async fill(context: ActionContext, plan: RepositoryPlan, directory: RepositoryDirectory): Promise<void> {
    if (!plan.missing.length && !plan.extraIds.length) return;
    await open(context);
    try {
      await pick(context, plan, directory);
    } finally {
      if (!context.signal.aborted) await close(context);
    }
  },
};
