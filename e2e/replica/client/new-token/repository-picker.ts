// "Only select repositories": the radios show or hide the picker, and each pick in the
// repository SelectPanel becomes a result row holding a hidden repository_ids[] input, counted
// in "Selected N repositories.".
import type { SelectPanelElement } from '@primer/view-components/app/components/primer/alpha/select_panel_element';
import { selectedRepositoriesCount } from '../../shared/page-texts.ts';
import { octiconElement } from './octicon.ts';

const panelId = 'repository-menu-list';

function resultRow(id: string, fullName: string): HTMLLIElement {
  const row = document.createElement('li');
  row.className = 'Box-row js-repository-picker-result';
  row.dataset.repositoryId = id;
  const name = Object.assign(document.createElement('span'), { className: 'repo-and-owner text-bold', textContent: fullName });
  const input = Object.assign(document.createElement('input'), { type: 'hidden', name: 'repository_ids[]', value: id, className: 'js-selected-repository-field' });
  const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'Button Button--invisible Button--small js-repository-picker-remove' });
  remove.setAttribute('aria-label', `Remove ${fullName}`);
  remove.append(octiconElement('x'));
  row.append(name, input, remove);
  return row;
}

function updateCount(fragment: Element): void {
  const rows = fragment.querySelector<HTMLElement>('.js-repository-picker-results');
  const count = rows?.children.length ?? 0;
  if (rows) rows.hidden = count === 0;
  const total = fragment.querySelector('.js-integration-total-repos');
  if (total) total.textContent = selectedRepositoriesCount(count);
}

/** Shows the picker only for "Only select repositories"; its ids are posted only then. */
export function syncRepositoryAccess(fragment: Element): void {
  const selected = fragment.querySelector<HTMLInputElement>('input[name="install_target"][value="selected"]')?.checked ?? false;
  const picker = fragment.querySelector<HTMLElement>('.js-repository-picker');
  if (picker) picker.hidden = !selected;
  for (const input of fragment.querySelectorAll<HTMLInputElement>('input[name="repository_ids[]"]')) input.disabled = !selected;
}

function onPick(panel: HTMLElement, detail: { item: Element; checked: boolean; value?: string | null }): void {
  const fragment = panel.closest('.js-select-access-fragment');
  const rows = fragment?.querySelector('.js-repository-picker-results');
  const id = detail.value ?? '';
  if (!fragment || !rows || id === '') return;
  rows.querySelector(`[data-repository-id="${CSS.escape(id)}"]`)?.remove();
  if (detail.checked) rows.append(resultRow(id, detail.item.querySelector('.ActionListItem-label')?.textContent?.trim() ?? id));
  updateCount(fragment);
}

/**
 * PVC's panel remembers picks privately and forgets one only through an item; when the current
 * search does not show the repository, a detached stand-in item carries its id.
 */
function forgetPick(panel: SelectPanelElement, id: string): void {
  const shown = panel.querySelector(`[role="option"][data-value="${CSS.escape(id)}"]`)?.closest('li');
  const standIn = document.createElement('li');
  const content = Object.assign(document.createElement('button'), { className: 'ActionListContent' });
  for (const [name, value] of [['role', 'option'], ['aria-selected', 'true'], ['data-value', id]] as const) content.setAttribute(name, value);
  standIn.append(content);
  panel.uncheckItem(shown ?? standIn);
}

export function watchRepositoryPicker(form: HTMLFormElement): void {
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'install_target') {
      const fragment = event.target.closest('.js-select-access-fragment');
      if (fragment) syncRepositoryAccess(fragment);
    }
  });
  form.addEventListener('itemActivated', (event) => {
    if (event.target instanceof HTMLElement && event.target.id === panelId) {
      onPick(event.target, (event as CustomEvent<{ item: Element; checked: boolean; value?: string | null }>).detail);
    }
  });
  form.addEventListener('click', (event) => {
    const remove = event.target instanceof Element ? event.target.closest('.js-repository-picker-remove') : null;
    const id = remove?.closest<HTMLElement>('.js-repository-picker-result')?.dataset.repositoryId;
    const panel = form.querySelector<SelectPanelElement>(`select-panel#${panelId}`);
    if (id !== undefined && panel) forgetPick(panel, id);
  });
}
