/** @jsxImportSource react */
// "Add permissions": a searchable menu of the active tab's permissions. The search field is a
// controlled React input (a plain `.value =` does not reach React); items are menuitemcheckbox
// rows that add a permission at its lowest level or remove it.
import { useState } from 'react';
import type { PermissionLevel } from '../../../../src/github/permission-catalog.ts';
import type { PermissionResource, ResourceType } from '../../shared/permission-props.ts';
import { AnchoredMenu, useMenuButton } from './AnchoredMenu.tsx';
import { Button } from './Button.tsx';
import { Icon } from './Icon.tsx';
import { MenuItem } from './MenuItem.tsx';
import { startingLevel } from './levels.ts';
import listStyles from './styles/ActionList.module.css';
import overlayStyles from './styles/Overlay.module.css';
import inputStyles from './styles/TextInput.module.css';

const menuTitles: Record<ResourceType, string> = {
  repository: 'Select repository permissions',
  user: 'Select account permissions',
  organization: 'Select organization permissions',
};

export interface AddPermissionsMenuProps {
  readonly type: ResourceType;
  readonly resources: readonly PermissionResource[];
  readonly levels: Readonly<Record<string, PermissionLevel>>;
  readonly isLocked: (key: string) => boolean;
  readonly onChange: (key: string, level: PermissionLevel) => void;
}

export function AddPermissionsMenu({ type, resources, levels, isLocked, onChange }: AddPermissionsMenuProps) {
  const menu = useMenuButton();
  const [query, setQuery] = useState('');
  // Names only: searching "read" finds nothing that is not named so.
  const shown = resources.filter((resource) => resource.name.toLowerCase().includes(query.trim().toLowerCase()));
  return (
    <>
      <Button ref={menu.anchor} leadingVisual={<Icon name="plus" />} aria-haspopup="true" aria-expanded={menu.open} onClick={menu.toggle}>
        Add permissions
      </Button>
      {menu.open && (
        <AnchoredMenu anchor={menu.anchor} onClose={(returnFocus) => { menu.close(returnFocus); setQuery(''); }} width="medium">
          <div className={overlayStyles.Header}>
            <h2 className={overlayStyles.Title}>{menuTitles[type]}</h2>
            <span className={inputStyles.TextInputWrapper}>
              <Icon name="search" />
              <input
                type="text"
                className={inputStyles.Input}
                placeholder="Search"
                aria-label={menuTitles[type]}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </span>
          </div>
          <ul role="menu" aria-label={menuTitles[type]} className={listStyles.ActionList}>
            {shown.length === 0 && <li role="none" className={listStyles.EmptyItem}>No items available</li>}
            {shown.map((resource) => {
              const granted = (levels[resource.key] ?? 'none') !== 'none';
              return (
                <MenuItem
                  key={resource.key}
                  role="menuitemcheckbox"
                  checked={granted}
                  disabled={granted && isLocked(resource.key)}
                  onSelect={() => onChange(resource.key, granted ? 'none' : startingLevel(resource))}
                >
                  {resource.name}
                </MenuItem>
              );
            })}
          </ul>
        </AnchoredMenu>
      )}
    </>
  );
}
