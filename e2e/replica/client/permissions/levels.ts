// Between the partial's level labels ("Read-only", …) and the form's values (read, …).
import type { PermissionResource } from '../../shared/permission-props.ts';
import { levelLabels, type PermissionLevel } from '../../shared/permission-levels.ts';

const levelsByLabel = new Map(Object.entries(levelLabels).map(([level, label]) => [label, level as PermissionLevel]));

/** The levels a permission offers, "No access" first, as its level menu lists them. */
export const offeredLevels = (resource: PermissionResource): PermissionLevel[] =>
  ['none', ...resource.metadata.fgp.flatMap((label) => levelsByLabel.get(label) ?? [])];

/** A newly added permission starts at its lowest level (Read-only where there is one). */
export const startingLevel = (resource: PermissionResource): PermissionLevel => offeredLevels(resource)[1] ?? 'none';
