// The form submits repository ids; people and recipes speak of "owner/name". The directory
// remembers each id's name whenever the page shows both (picker options, the selected list).
import { find, findAll, normalizedText } from './dom.ts';
import { selectors } from './selectors.ts';

const fullNamePattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

export class RepositoryDirectory {
  readonly #names = new Map<string, string>();

  remember(id: string, fullName: string): void {
    if (id && fullNamePattern.test(fullName)) this.#names.set(id, fullName);
  }

  nameOf(id: string): string | undefined {
    return this.#names.get(id);
  }

  /** Picks up every id/name pair the page shows right now. */
  learnFrom(document: Document): void {
    for (const option of findAll(document, selectors.pickerOptions)) {
      const id = option.dataset.value ?? option.getAttribute('value') ?? '';
      const label = find(option, selectors.itemLabel) ?? option;
      this.remember(id, normalizedText(label));
    }
    for (const row of findAll(document, selectors.selectedRepositoryRows)) {
      const id = find<HTMLInputElement>(row, selectors.selectedRepositoryIds)?.value ?? row.dataset.id ?? '';
      this.remember(id, normalizedText(find(row, selectors.selectedRepositoryRowName) ?? row));
    }
  }
}
