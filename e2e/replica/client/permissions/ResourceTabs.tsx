/** @jsxImportSource react */
// The resource-type tabs: "Repositories" plus "Account" (user owner) or "Organization".
import type { KeyboardEvent } from 'react';
import type { ResourceType } from '../../shared/permission-props.ts';
import styles from './styles/UnderlineTabbedInterface.module.css';

const tabLabels: Record<ResourceType, string> = { repository: 'Repositories', user: 'Account', organization: 'Organization' };

export const tabId = (idPrefix: string, type: ResourceType): string => `${idPrefix}-tab-${type}`;

export interface ResourceTabsProps {
  readonly idPrefix: string;
  readonly panelId: string;
  readonly types: readonly ResourceType[];
  readonly active: ResourceType;
  readonly onSelect: (type: ResourceType) => void;
}

export function ResourceTabs({ idPrefix, panelId, types, active, onSelect }: ResourceTabsProps) {
  // Left and right move between tabs and select them, as Primer's tabs do.
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = types[(types.indexOf(active) + step + types.length) % types.length];
    if (next === undefined) return;
    onSelect(next);
    document.getElementById(tabId(idPrefix, next))?.focus();
  };
  return (
    <div role="tablist" aria-label="Permission types" className={styles.UnderlineItemList}>
      {types.map((type) => (
        <button
          key={type}
          id={tabId(idPrefix, type)}
          type="button"
          role="tab"
          aria-selected={type === active}
          aria-controls={panelId}
          tabIndex={type === active ? 0 : -1}
          className={styles.UnderlineItem}
          onClick={() => onSelect(type)}
          onKeyDown={onKeyDown}
        >
          {tabLabels[type]}
        </button>
      ))}
    </div>
  );
}
