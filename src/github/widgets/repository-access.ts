// Repository access: three radios named install_target (none = public only, all, selected).
import type { RepositoryAccessChoice } from '../../model/form-snapshot.ts';
import { closestMatch, find, findAll, press } from '../dom.ts';
import { selectors, valueSelectors } from '../selectors.ts';
import { StepBlocked, confirmApplied, type ActionContext } from './action.ts';

const choices: readonly string[] = ['none', 'all', 'selected'];

function read(document: Document): RepositoryAccessChoice | undefined {
  const radios = findAll<HTMLInputElement>(document, selectors.repositoryAccessRadios);
  if (!radios.length) return undefined;
  const checked = radios.find((radio) => radio.checked)?.value ?? 'none';
  return choices.includes(checked) ? (checked as RepositoryAccessChoice) : undefined;
}

const radio = (document: Document, choice: RepositoryAccessChoice) => find<HTMLInputElement>(document, valueSelectors.repositoryAccessRadio(choice));

export const repositoryAccessWidget = {
  /** The radio's label is what a person looks at; the input itself may be tiny. */
  locate: (document: Document) => {
    const input = radio(document, 'selected');
    return (input && closestMatch(input, selectors.radioLabel)) ?? input;
  },
  read,
  async fill(context: ActionContext, choice: RepositoryAccessChoice): Promise<void> {
    if (read(context.document) === choice) return;
    const input = radio(context.document, choice);
    if (!input) throw new StepBlocked({ kind: 'not-found', what: `the “${choice}” repository access choice` });
    press(input);
    await confirmApplied(context, `repository access ${choice}`, () => read(context.document) === choice);
  },
};
