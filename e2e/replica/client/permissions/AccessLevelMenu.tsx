/** @jsxImportSource react */
// A permission row's "Access: <level>" button and its levels: Primer React's ActionMenu with a
// single-selection ActionList, whose items are menuitemradio.
import { ActionList, ActionMenu } from '@primer/react';
import type { PermissionResource } from '../../shared/permission-props.ts';
import { levelLabels, type PermissionLevel } from '../../shared/permission-levels.ts';
import { offeredLevels } from './levels.ts';

export interface AccessLevelMenuProps {
  readonly resource: PermissionResource;
  readonly level: PermissionLevel;
  /** Metadata while other repository permissions need it: "No access" is not offered. */
  readonly locked: boolean;
  readonly onChange: (level: PermissionLevel) => void;
}

const accessPrefix = () => <span className="color-fg-subtle mr-1">Access:</span>;

export function AccessLevelMenu({ resource, level, locked, onChange }: AccessLevelMenuProps) {
  return (
    <ActionMenu>
      <ActionMenu.Button size="small" leadingVisual={accessPrefix}>{levelLabels[level]}</ActionMenu.Button>
      <ActionMenu.Overlay>
        <ActionList selectionVariant="single" aria-label={`${resource.name} access`}>
          {offeredLevels(resource).map((offered) => (
            <ActionList.Item key={offered} selected={offered === level} disabled={offered === 'none' && locked} onSelect={() => onChange(offered)}>
              {levelLabels[offered]}
            </ActionList.Item>
          ))}
        </ActionList>
      </ActionMenu.Overlay>
    </ActionMenu>
  );
}
