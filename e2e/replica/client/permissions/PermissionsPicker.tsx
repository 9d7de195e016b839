/** @jsxImportSource react */
// The Gen 3 permissions picker (a React partial), built from GitHub's own @primer/react: tabs per
// resource type (UnderlinePanels), "Add permissions" (ActionMenu), one row per granted permission
// of the active tab, and a hidden integration[default_permissions][<key>] input for every key,
// kept in sync as levels change. The layout around Primer's components (the container, the rows'
// list) is GitHub's private code and hand-written here after the research note (S4, S5, S18).
import { ThemeProvider } from '@primer/react';
import { UnderlinePanels } from '@primer/react/experimental';
import { useMemo, useState } from 'react';
import { isLockedMetadata, permissionFieldName, withRequiredMetadata, type PermissionPartialProps, type ResourceType } from '../../shared/permission-props.ts';
import type { PermissionLevel } from '../../shared/permission-levels.ts';
import { AddPermissionsMenu } from './AddPermissionsMenu.tsx';
import { BlankSlate } from './BlankSlate.tsx';
import { PermissionRow } from './PermissionRow.tsx';
import listStyles from './styles/ListView.module.css';
import styles from './styles/PermissionsPicker.module.css';

const tabOrder: readonly ResourceType[] = ['repository', 'user', 'organization'];
const tabLabels: Record<ResourceType, string> = { repository: 'Repositories', user: 'Account', organization: 'Organization' };

export function PermissionsPicker({ resources, levels: initialLevels }: PermissionPartialProps) {
  const types = tabOrder.filter((type) => (resources[type]?.length ?? 0) > 0);
  const [active, setActive] = useState<ResourceType>('repository');
  const [levels, setLevels] = useState(initialLevels);
  const repositoryKeys = useMemo(() => new Set((resources.repository ?? []).map((resource) => resource.key)), [resources]);

  const isLocked = (key: string): boolean => isLockedMetadata(key, levels, repositoryKeys);
  const changeLevel = (key: string, level: PermissionLevel): void =>
    setLevels((current) => withRequiredMetadata({ ...current, [key]: level }, repositoryKeys));

  // Only the active tab's rows are in the DOM, as on the live page (research note §1.8).
  const panel = (type: ResourceType) => {
    if (type !== active) return null;
    const typeResources = resources[type] ?? [];
    const granted = typeResources.filter((resource) => (levels[resource.key] ?? 'none') !== 'none');
    return (
      <>
        <div className={styles.toolbar}>
          <AddPermissionsMenu type={type} resources={typeResources} levels={levels} isLocked={isLocked} onChange={changeLevel} />
        </div>
        {granted.length === 0
          ? <BlankSlate type={type} />
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
      </>
    );
  };

  return (
    <ThemeProvider>
      <div className={styles.container}>
        <UnderlinePanels aria-label="Permission types" value={active} onChange={({ value }) => setActive(value as ResourceType)}>
          {types.map((type) => <UnderlinePanels.Tab key={type} value={type}>{tabLabels[type]}</UnderlinePanels.Tab>)}
          {types.map((type) => <UnderlinePanels.Panel key={type} value={type}>{panel(type)}</UnderlinePanels.Panel>)}
        </UnderlinePanels>
        {Object.entries(levels).map(([key, level]) => <input key={key} type="hidden" name={permissionFieldName(key)} value={level} />)}
      </div>
    </ThemeProvider>
  );
}
