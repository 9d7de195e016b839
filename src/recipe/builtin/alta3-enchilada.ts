// The Alta3 procedure "Creating a Fine-Grained Token in Github" (Sean Barbour), as a recipe.
import type { FineGrainedRecipe } from '../schema.ts';

export const alta3EnchiladaRecipe: FineGrainedRecipe = {
  schemaVersion: 1,
  id: 'alta3-enchilada',
  label: 'Alta3 enchilada install',
  name: 'enchilada-install-{date}',
  description: 'token for downloading the following repos: labs, enchilada, alta3-ansible, infrastructure, gutenberg, demo',
  owner: 'alta3',
  expiresInDays: 90,
  requestMessage: 'Needed for enchilada installation on cloud',
  repositoryAccess: 'selected',
  repositories: ['labs', 'alta3-ansible', 'enchilada', 'infrastructure', 'demo', 'gutenberg'],
  permissions: { contents: 'read', metadata: 'read' },
};
