/** @jsxImportSource react */
// One added permission: its name as a heading, its description, the access level menu and
// Primer React's IconButton "Remove <Name>" (named through its tooltip; disabled, and then named
// by aria-label, for Metadata while another repository permission needs it). The <li> and its
// layout are GitHub's own ListItem module, hand-written after the live class log (S18).
import { Heading, IconButton } from '@primer/react';
import { TrashIcon } from '@primer/octicons-react';
import { AccessLevelMenu, type AccessLevelMenuProps } from './AccessLevelMenu.tsx';
import descriptionStyles from './styles/Description.module.css';
import styles from './styles/ListItem.module.css';

export function PermissionRow({ resource, level, locked, onChange }: AccessLevelMenuProps) {
  return (
    <li className={styles.listItem} aria-label={`${resource.name}. More information available below.`}>
      <div className={styles.mainContent}>
        <Heading as="h4" variant="small">{resource.name}</Heading>
        <div className={descriptionStyles.container}>{resource.description}</div>
      </div>
      <div className={styles.actions}>
        <AccessLevelMenu resource={resource} level={level} locked={locked} onChange={onChange} />
        <IconButton icon={TrashIcon} variant="invisible" size="small" aria-label={`Remove ${resource.name}`} disabled={locked} onClick={() => onChange('none')} />
      </div>
    </li>
  );
}
