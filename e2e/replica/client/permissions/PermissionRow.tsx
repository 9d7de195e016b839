/** @jsxImportSource react */
// One added permission: its name as a heading, its description, the access level menu and a
// remove button ("Remove <Name>").
import { AccessLevelMenu, type AccessLevelMenuProps } from './AccessLevelMenu.tsx';
import { IconButton } from './Button.tsx';
import descriptionStyles from './styles/Description.module.css';
import headingStyles from './styles/Heading.module.css';
import styles from './styles/ListItem.module.css';

/** A row needs what its level menu needs. */
export function PermissionRow({ resource, level, locked, onChange }: AccessLevelMenuProps) {
  return (
    <li className={styles.listItem} aria-label={`${resource.name}. More information available below.`}>
      <div className={styles.mainContent}>
        <h4 className={headingStyles.Heading}>{resource.name}</h4>
        <div className={descriptionStyles.container}>{resource.description}</div>
      </div>
      <div className={styles.actions}>
        <AccessLevelMenu resource={resource} level={level} locked={locked} onChange={onChange} />
        <span className={styles.tooltipAnchor}>
          <IconButton
            icon="trash"
            size="small"
            aria-label={`Remove ${resource.name}`}
            aria-disabled={locked || undefined}
            onClick={() => { if (!locked) onChange('none'); }}
          />
        </span>
      </div>
    </li>
  );
}
