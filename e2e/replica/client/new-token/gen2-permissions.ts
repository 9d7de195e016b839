// The previous generation's permission rows (page-drift suite): the "Access:" button opens the
// row's menu; a level button writes the hidden input, relabels the button and closes the menu.
// Granting any repository permission makes Metadata Read-only, as GitHub did.
const labels: Record<string, string> = { none: 'No access', read: 'Read-only', write: 'Read and write', admin: 'Admin' };

function setLevel(row: Element, level: string): void {
  const input = row.querySelector<HTMLInputElement>('input[type="hidden"]');
  const button = row.querySelector('.js-action-selection-list-menu-button');
  if (input) input.value = level;
  if (button) button.textContent = `Access: ${labels[level] ?? level}`;
  row.querySelectorAll('[data-value]').forEach((item) => item.setAttribute('aria-checked', String(item.getAttribute('data-value') === level)));
}

export function startGen2Permissions(form: HTMLFormElement): void {
  form.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const opener = target?.closest('.js-action-selection-list-menu-button');
    if (opener) {
      const menu = opener.parentElement?.querySelector<HTMLElement>('.js-gen2-level-menu');
      if (menu) menu.hidden = !menu.hidden;
      opener.setAttribute('aria-expanded', String(menu ? !menu.hidden : false));
      return;
    }
    const item = target?.closest<HTMLElement>('[data-resource][data-value]');
    const row = item?.closest('.js-list-group-item');
    if (!item || !row) return;
    setLevel(row, item.dataset.value ?? 'none');
    item.closest<HTMLElement>('.js-gen2-level-menu')!.hidden = true;
    const metadata = form.querySelector('[data-resource="metadata"]')?.closest('.js-list-group-item');
    const repositoryGranted = [...form.querySelectorAll<HTMLInputElement>('.js-gen2-permissions[data-group="repository"] input[type="hidden"]')].some((input) => input.value !== 'none' && !input.name.endsWith('[metadata]'));
    if (metadata && repositoryGranted) setLevel(metadata, 'read');
  });
}
