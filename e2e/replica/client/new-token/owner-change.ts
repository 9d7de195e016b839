// Choosing another resource owner: the expiration goes back to the owner's default and the
// select-access fragment is fetched again for that owner, carrying the chosen permissions along
// (Gen 3 keeps them across owner changes).
import { resetExpiration } from './expiration-menu.ts';
import type { SelectAccessLoader } from './select-access-loader.ts';

const ownerPanelId = 'resource-owner-select-panel';

/** The permissions granted so far, as the select-access URL's <key>=<level> parameters. */
function grantedPermissions(form: HTMLFormElement): [string, string][] {
  return [...form.querySelectorAll<HTMLInputElement>('input[name^="integration[default_permissions]["]')]
    .filter((input) => input.value !== 'none' && input.value !== '')
    .map((input) => [input.name.slice('integration[default_permissions]['.length, -1), input.value]);
}

function fragmentSource(item: HTMLElement, login: string, form: HTMLFormElement): string {
  const url = new URL(item.dataset.src ?? `/settings/personal-access-tokens/select-access?target_name=${encodeURIComponent(login)}`, location.origin);
  for (const [key, level] of grantedPermissions(form)) url.searchParams.set(key, level);
  return `${url.pathname}${url.search}`;
}

export function watchOwnerChanges(form: HTMLFormElement, loader: SelectAccessLoader): void {
  let current = form.querySelector<HTMLInputElement>('input[name="target_name"]')?.value ?? '';
  form.addEventListener('itemActivated', (event) => {
    if (!(event.target instanceof HTMLElement) || event.target.id !== ownerPanelId) return;
    const { item } = (event as CustomEvent<{ item: Element }>).detail;
    if (!(item instanceof HTMLElement)) return;
    const login = item.querySelector('[data-value]')?.getAttribute('data-value') ?? '';
    if (login === '' || login === current) return;
    current = login;
    const limit = item.dataset.fgLimit;
    resetExpiration(form, { login, capDays: limit ? Number(limit) : undefined, isOrganization: item.dataset.actorIsOrganization === 'true' });
    loader.reload(fragmentSource(item, login, form));
  });
}
