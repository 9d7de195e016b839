// The levels a fine-grained permission can have, as the form submits them and as GitHub's picker
// names them (GitHub docs, "Managing your personal access tokens"; the research note §1.8).
export type GrantLevel = 'read' | 'write' | 'admin';
export type PermissionLevel = 'none' | GrantLevel;

export const levelLabels: Readonly<Record<PermissionLevel, string>> = {
  none: 'No access',
  read: 'Read-only',
  write: 'Read and write',
  admin: 'Admin',
};
