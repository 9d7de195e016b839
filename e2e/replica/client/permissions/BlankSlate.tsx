/** @jsxImportSource react */
// What a tab shows before any of its permissions is added: Primer React's Blankslate, with the
// texts of the live page (S17, S18).
import { Blankslate } from '@primer/react/experimental';
import type { ResourceType } from '../../shared/permission-props.ts';

const blankSlates: Record<ResourceType, { readonly heading: string; readonly description: string }> = {
  repository: { heading: 'No repository permissions added yet', description: 'Repository permissions permit access to repositories and related resources.' },
  user: { heading: 'No account permissions added yet', description: 'User permissions permit access to resources under your personal GitHub account.' },
  organization: { heading: 'No organization permissions added yet', description: 'Organization permissions permit access to organization related resources.' },
};

export function BlankSlate({ type }: { readonly type: ResourceType }) {
  const { heading, description } = blankSlates[type];
  return (
    <Blankslate>
      <span className="sr-only">Permission Blank Slate</span>
      <Blankslate.Heading>{heading}</Blankslate.Heading>
      <Blankslate.Description>{description}</Blankslate.Description>
    </Blankslate>
  );
}
