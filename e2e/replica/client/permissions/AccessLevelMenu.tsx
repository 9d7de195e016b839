/** @jsxImportSource react */
// A permission row's "Access: <level>" button and its menuitemradio levels.
import type { PermissionLevel } from '../../../../src/github/permission-catalog.ts';
import type { PermissionResource } from '../../shared/permission-props.ts';
import { AnchoredMenu, useMenuButton } from './AnchoredMenu.tsx';
import { Button } from './Button.tsx';
import { Icon } from './Icon.tsx';
import { MenuItem } from './MenuItem.tsx';
import { levelLabels, offeredLevels } from './levels.ts';
import listStyles from './styles/ActionList.module.css';

export interface AccessLevelMenuProps {
  readonly resource: PermissionResource;
  readonly level: PermissionLevel;
  /** Metadata while other repository permissions need it: "No access" is not offered. */
  readonly locked: boolean;
  readonly onChange: (level: PermissionLevel) => void;
}

export function AccessLevelMenu({ resource, level, locked, onChange }: AccessLevelMenuProps) {
  const menu = useMenuButton();
  return (
    <>
      <Button
        ref={menu.anchor}
        size="small"
        aria-haspopup="true"
        aria-expanded={menu.open}
        onClick={menu.toggle}
        leadingVisual={<span className="color-fg-subtle mr-1">Access:</span>}
        trailingVisual={<Icon name="triangle-down" />}
      >
        {levelLabels[level]}
      </Button>
      {menu.open && (
        <AnchoredMenu anchor={menu.anchor} onClose={menu.close}>
          <ul role="menu" aria-label={`${resource.name} access`} className={listStyles.ActionList}>
            {offeredLevels(resource).map((offered) => (
              <MenuItem
                key={offered}
                role="menuitemradio"
                checked={offered === level}
                disabled={offered === 'none' && locked}
                onSelect={() => {
                  menu.close(true);
                  onChange(offered);
                }}
              >
                {levelLabels[offered]}
              </MenuItem>
            ))}
          </ul>
        </AnchoredMenu>
      )}
    </>
  );
}
