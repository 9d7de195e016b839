/** @jsxImportSource react */
import type { ResourceType } from '../../shared/permission-props.ts';
import styles from './styles/Blankslate.module.css';

const blankSlates: Record<ResourceType, { readonly heading: string; readonly description: string }> = {
  repository: { heading: 'No repository permissions added yet', description: 'Repository permissions permit access to repositories and related resources.' },
  user: { heading: 'No account permissions added yet', description: 'User permissions permit access to resources under your personal GitHub account.' },
  organization: { heading: 'No organization permissions added yet', description: 'Organization permissions permit access to organization related resources.' },
};

export function BlankSlate({ type }: { readonly type: ResourceType }) {
  const { heading, description } = blankSlates[type];
  return (
    <div className={styles.Blankslate}>
      <span className="sr-only">Permission Blank Slate</span>
      <h3 className={styles.Heading}>{heading}</h3>
      <p className={styles.Description}>{description}</p>
    </div>
  );
}
