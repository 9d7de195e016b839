/** @jsxImportSource react */
// A Primer React ActionList item in a menu: the <li> carries the role and the checked state.
import type { ReactNode } from 'react';
import { Icon } from './Icon.tsx';
import styles from './styles/ActionList.module.css';

export interface MenuItemProps {
  readonly role: 'menuitemcheckbox' | 'menuitemradio';
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onSelect: () => void;
  readonly children: ReactNode;
}

export function MenuItem({ role, checked, disabled = false, onSelect, children }: MenuItemProps) {
  const activate = (): void => {
    if (!disabled) onSelect();
  };
  const checkMark = <Icon name="check" className={styles.CheckMark} />;
  return (
    <li
      role={role}
      aria-checked={checked}
      aria-disabled={disabled || undefined}
      tabIndex={-1}
      className={styles.ActionListItem}
      onClick={activate}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        activate();
      }}
    >
      <span className={styles.LeadingAction}>{role === 'menuitemcheckbox' ? <span className={styles.Checkbox}>{checkMark}</span> : checkMark}</span>
      <span className={styles.ItemLabel}>{children}</span>
    </li>
  );
}
