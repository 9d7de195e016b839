/** @jsxImportSource react */
// The Gen 3 permissions picker (a React partial): tabs per resource type, "Add permissions",
// one row per granted permission of the active tab, and a hidden
// integration[default_permissions][<key>] input for every key, kept in sync as levels change.
import { useId, useMemo, useState } from 'react';
import type { PermissionLevel } from '../../../../src/github/permission-catalog.ts';
import { isLockedMetadata, permissionFieldName, withRequiredMetadata, type PermissionPartialProps, type ResourceType } from '../../shared/permission-props.ts';
import { AddPermissionsMenu } from './AddPermissionsMenu.tsx';
import { BlankSlate } from './BlankSlate.tsx';
import { PermissionRow } from './PermissionRow.tsx';
import { ResourceTabs, tabId } from './ResourceTabs.tsx';
import listStyles from './styles/ListView.module.css';
import styles from './styles/PermissionsPicker.module.css';

const tabOrder: readonly ResourceType[] = ['repository', 'user', 'organization'];

export function PermissionsPicker({ resources, levels: initialLevels }: PermissionPartialProps) {
  const idPrefix = useId();
  const panelId = `${idPrefix}-panel`;
  const types = tabOrder.filter((type) => (resources[type]?.length ?? 0) > 0);
  const [active, setActive] = useState<ResourceType>('repository');
  const [levels, setLevels] = useState(initialLevels);
  const repositoryKeys = useMemo(() => new Set((resources.repository ?? []).map((resource) => resource.key)), [resources]);

  const isLocked = (key: string): boolean => isLockedMetadata(key, levels, repositoryKeys);
  const changeLevel = (key: string, level: PermissionLevel): void =>
    setLevels((current) => withRequiredMetadata({ ...current, [key]: level }, repositoryKeys));

  const activeResources = resources[active] ?? [];
  const granted = activeResources.filter((resource) => (levels[resource.key] ?? 'none') !== 'none');
  return (
    <div className={styles.container}>
      <ResourceTabs idPrefix={idPrefix} panelId={panelId} types={types} active={active} onSelect={setActive} />
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(idPrefix, active)}>
        <div className={styles.toolbar}>
          <AddPermissionsMenu type={active} resources={activeResources} levels={levels} isLocked={isLocked} onChange={changeLevel} />
        </div>
        {granted.length === 0
          ? <BlankSlate type={active} />
          : (
            <ul className={listStyles.list}>
              {granted.map((resource) => (
                <PermissionRow
                  key={resource.key}
                  resource={resource}
                  level={levels[resource.key] ?? 'none'}
                  locked={isLocked(resource.key)}
                  onChange={(level) => changeLevel(resource.key, level)}
                />
              ))}
            </ul>
          )}
      </div>
      {Object.entries(levels).map(([key, level]) => <input key={key} type="hidden" name={permissionFieldName(key)} value={level} />)}
    </div>
  );
}
