/** @jsxImportSource react */
// "Add permissions": Primer React's ActionMenu holding a title, a TextInput to search the active
// tab's permissions by name, and a multiple-selection ActionList (menuitemcheckbox items) that
// adds a permission at its lowest level or removes it. Searching matches names, not levels.
import { ActionList, ActionMenu, Button, Heading, TextInput } from '@primer/react';
import { PlusIcon, SearchIcon } from '@primer/octicons-react';
import { useState } from 'react';
import type { PermissionResource, ResourceType } from '../../shared/permission-props.ts';
import type { PermissionLevel } from '../../shared/permission-levels.ts';
import { startingLevel } from './levels.ts';
import styles from './styles/PermissionsPicker.module.css';

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
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const shown = resources.filter((resource) => resource.name.toLowerCase().includes(query.trim().toLowerCase()));
  const openChange = (next: boolean): void => {
    setOpen(next);
    if (!next) setQuery('');
  };
  return (
    <ActionMenu open={open} onOpenChange={openChange}>
      <ActionMenu.Anchor>
        <Button leadingVisual={PlusIcon}>Add permissions</Button>
      </ActionMenu.Anchor>
      <ActionMenu.Overlay width="medium">
        <div className={styles.menuHeader}>
          <Heading as="h2" variant="small">{menuTitles[type]}</Heading>
          <TextInput
            leadingVisual={SearchIcon}
            placeholder="Search"
            aria-label={menuTitles[type]}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            block
          />
        </div>
        <ActionList selectionVariant="multiple" aria-label={menuTitles[type]}>
          {shown.length === 0 && <ActionList.Item disabled>No items available</ActionList.Item>}
          {shown.map((resource) => {
            const granted = (levels[resource.key] ?? 'none') !== 'none';
            return (
              <ActionList.Item
                key={resource.key}
                selected={granted}
                disabled={granted && isLocked(resource.key)}
                onSelect={() => onChange(resource.key, granted ? 'none' : startingLevel(resource))}
              >
                {resource.name}
              </ActionList.Item>
            );
          })}
        </ActionList>
      </ActionMenu.Overlay>
    </ActionMenu>
  );
}
