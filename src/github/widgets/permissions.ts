// Permissions. Gen 3 (now): tabs per resource type, an "Add permissions" search menu, one row per
// added permission with an "Access: …" level menu and a "Remove <Name>" button; hidden
// integration[default_permissions][key] inputs carry what is submitted. Gen 2 rows carry
// data-resource/data-value buttons, which are used directly when present.
import type { FormSnapshot } from '../../model/form-snapshot.ts';
import { accessibleName, closestMatch, find, findAll, findVisible, isVisible, press, pressKey, sameText, setFieldValue } from '../dom.ts';
import { levelLabels, permissionInfo, type PermissionGroup, type PermissionInfo, type PermissionLevel } from '../../model/permission-catalog.ts';
import { selectors, valueSelectors, type Alternatives } from '../selectors.ts';
import { StepBlocked, confirmApplied, waitForElement, type ActionContext } from './action.ts';

const inputName = /^integration\[default_permissions\]\[(.+)\]$/;
const levels: readonly string[] = ['none', 'read', 'write', 'admin'];

function read(document: Document): FormSnapshot['permissions'] {
  const inputs = findAll<HTMLInputElement>(document, selectors.permissionInputs);
  if (!inputs.length) return undefined;
  const permissions: Record<string, PermissionLevel> = {};
  for (const input of inputs) {
    const key = inputName.exec(input.name)?.[1];
    if (!key || (input.type === 'radio' && !input.checked)) continue;
    // GitHub wrote "none" as an empty value in 2023.
    const value = input.value || 'none';
    permissions[key] = levels.includes(value) ? (value as PermissionLevel) : 'none';
  }
  return permissions;
}

const levelOf = (document: Document, key: string): PermissionLevel => read(document)?.[key] ?? 'none';

const tabLabels: Record<PermissionGroup, RegExp> = {
  repository: /^Repositor(y|ies)\b/i,
  account: /^Account\b/i,
  organization: /^Organi[sz]ation\b/i,
};

async function showTab(context: ActionContext, group: PermissionGroup): Promise<void> {
  const tab = find(context.document, valueSelectors.permissionTab(tabLabels[group]));
  if (!tab || tab.getAttribute('aria-selected') === 'true') return;
  press(tab);
  await confirmApplied(context, `the ${group} permissions tab`, () =>
    find(context.document, valueSelectors.permissionTab(tabLabels[group]))?.getAttribute('aria-selected') === 'true');
}

/** Gen 3 rows are found from their "Remove <Name>" button, Gen 2 rows by their leading name. */
function row(document: Document, info: PermissionInfo): HTMLElement | undefined {
  const removeButton = findVisible(document, valueSelectors.permissionRemove(info.name));
  return (removeButton && closestMatch(removeButton, selectors.permissionRowContainer)) ?? findVisible(document, valueSelectors.permissionRowGen2(info.name));
}

const itemNamed = (document: Document, alternatives: Alternatives, name: string): HTMLElement | undefined =>
  findAll(document, alternatives).find((item) => sameText(accessibleName(item), name) && isVisible(item));

/** Adds a permission through "Add permissions": search its display name, tick it, close the menu. */
async function addRow(context: ActionContext, info: PermissionInfo): Promise<void> {
  const add = findVisible(context.document, selectors.addPermissionsButton);
  if (!add) throw new StepBlocked({ kind: 'not-found', what: 'the “Add permissions” button' });
  press(add);
  const search = await waitForElement(context, 'the permission search box', () => findVisible<HTMLInputElement>(context.document, selectors.permissionSearch));
  setFieldValue(search, info.name);
  const item = await waitForElement(context, `${info.name} in the permission list`, () =>
    itemNamed(context.document, selectors.permissionMenuItems, info.name));
  if (item.getAttribute('aria-checked') !== 'true' && item.getAttribute('aria-selected') !== 'true') press(item);
  // Added is added: the submitted level says so even before the row is drawn.
  await confirmApplied(context, `${info.name} to be added`, () => levelOf(context.document, info.key) !== 'none');
  const stillOpen = findVisible(context.document, selectors.permissionSearch);
  if (stillOpen) pressKey(stillOpen, 'Escape');
}

async function chooseLevel(context: ActionContext, info: PermissionInfo, level: PermissionLevel): Promise<void> {
  const legacy = find(context.document, valueSelectors.permissionLevelItemByKey(info.key, level));
  if (legacy) {
    const menuButton = find(legacy.closest('li') ?? context.document, selectors.permissionLevelButtonInRow);
    if (menuButton && !findVisible(context.document, valueSelectors.permissionLevelItemByKey(info.key, level))) press(menuButton);
    press(await waitForElement(context, `${levelLabels[level]} for ${info.name}`, () => findVisible(context.document, valueSelectors.permissionLevelItemByKey(info.key, level))));
  } else {
    if (levelOf(context.document, info.key) === 'none') await addRow(context, info);
    if (levelOf(context.document, info.key) === level) return;
    const current = await waitForElement(context, `the ${info.name} permission row`, () => row(context.document, info));
    const levelButton = find(current, selectors.permissionLevelButtonInRow);
    if (!levelButton) throw new StepBlocked({ kind: 'not-found', what: `the access level menu for ${info.name}` });
    press(levelButton);
    const item = await waitForElement(context, `${levelLabels[level]} for ${info.name}`, () =>
      itemNamed(context.document, selectors.permissionLevelItems, levelLabels[level]));
    press(item);
  }
  await confirmApplied(context, `${info.name}: ${levelLabels[level]}`, () => levelOf(context.document, info.key) === level);
}

async function remove(context: ActionContext, info: PermissionInfo): Promise<void> {
  const removeButton = findVisible(context.document, valueSelectors.permissionRemove(info.name));
  if (!removeButton) return chooseLevel(context, info, 'none');
  press(removeButton);
  await confirmApplied(context, `${info.name} to be removed`, () => levelOf(context.document, info.key) === 'none');
}

export interface PermissionSetting {
  readonly key: string;
  readonly level: PermissionLevel;
}

export const permissionsWidget = {
  locate: (document: Document) => findVisible(document, selectors.addPermissionsButton) ?? find(document, selectors.permissionTabs),
  read,
  /** Grants first, then removals: adding a repository permission brings Metadata with it. */
  async fill(context: ActionContext, settings: readonly PermissionSetting[]): Promise<void> {
    const ordered = [...settings].sort((a, b) => Number(a.level === 'none') - Number(b.level === 'none'));
    try {
      for (const [index, setting] of ordered.entries()) {
        if (levelOf(context.document, setting.key) === setting.level) continue;
        const info = permissionInfo(setting.key);
        if (!info) throw new StepBlocked({ kind: 'not-found', what: `the permission ${setting.key}` });
        context.progress({ kind: 'setting-permission', position: index + 1, total: ordered.length, key: setting.key, level: setting.level });
        await showTab(context, info.group);
        if (setting.level === 'none') await remove(context, info);
        else await chooseLevel(context, info, setting.level);
      }
    } finally {
      // A step cut short (its goal met, or blocked) leaves no menu of GitHub's open.
      const openMenu = findVisible(context.document, selectors.permissionSearch) ?? findVisible(context.document, selectors.permissionLevelItems);
      if (openMenu) pressKey(openMenu, 'Escape');
    }
  },
};
