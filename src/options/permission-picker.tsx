// GitHub's permissions as the new-token page groups them, each offering only the levels that
// permission supports, so the picker cannot ask for a level GitHub does not have.
import { useState } from 'preact/hooks';
import { levelLabels, otherSpelling, permissionCatalog, permissionInfo, type GrantLevel, type PermissionGroup, type PermissionInfo, type PermissionLevel } from '../model/permission-catalog.ts';
import { pluralWords, words, type MessageKey } from '../model/i18n.ts';
import { FieldErrors } from './field.tsx';

const groups: readonly (readonly [PermissionGroup, MessageKey])[] = [
  ['repository', 'picker_repositoryPermissions'],
  ['account', 'picker_accountPermissions'],
  ['organization', 'picker_organizationPermissions'],
];

interface PermissionPickerProps {
  readonly permissions: Readonly<Record<string, GrantLevel>>;
  readonly onChange: (permissions: Record<string, GrantLevel>) => void;
  readonly errors: readonly string[];
}

/** A row under the spelling the recipe uses: a recipe may say copilot_requests for the user_copilot_requests row. */
function spelledAsInRecipe(row: PermissionInfo, permissions: Readonly<Record<string, GrantLevel>>): PermissionInfo {
  const other = otherSpelling(row.key);
  return other !== undefined && permissions[row.key] === undefined && permissions[other] !== undefined ? (permissionInfo(other) ?? row) : row;
}

export function PermissionPicker({ permissions, onChange, errors }: PermissionPickerProps) {
  // Groups that grant something start open; after that, opening and closing is the user's.
  const [initiallyOpen] = useState(() => new Set(permissionCatalog.filter((p) => permissions[spelledAsInRecipe(p, permissions).key]).map((p) => p.group)));
  const choose = (key: string, level: PermissionLevel): void => {
    const { [key]: _previous, ...others } = permissions;
    onChange(level === 'none' ? others : { ...others, [key]: level });
  };
  return (
    <fieldset class="field permissions" aria-describedby={`permissions-hint${errors.length ? ' permissions-errors' : ''}`}>
      <legend>{words('facts_permissions')}</legend>
      <p id="permissions-hint" class="hint">{words('picker_hint', levelLabels.none, levelLabels.read)}</p>
      {groups.map(([group, title]) => {
        const rows = permissionCatalog.filter((permission) => permission.group === group).map((row) => spelledAsInRecipe(row, permissions));
        const granted = rows.filter((permission) => permissions[permission.key]).length;
        return (
          <details key={group} open={initiallyOpen.has(group) || (group === 'repository' && initiallyOpen.size === 0)}>
            <summary>
              {words(title)} <span class="muted">{granted === 0 ? words('picker_noneGranted') : pluralWords('picker_granted', granted)}</span>
            </summary>
            <div class="permission-grid">
              {rows.map((permission) => {
                const id = `permission-${permission.key}`;
                return (
                  <div key={permission.key} class="permission-row">
                    <label for={id}>{permission.name}</label>
                    <select id={id} value={permissions[permission.key] ?? 'none'} onChange={(event) => choose(permission.key, event.currentTarget.value as PermissionLevel)}>
                      {(['none', ...permission.levels] as const).map((level) => <option key={level} value={level}>{levelLabels[level]}</option>)}
                    </select>
                  </div>
                );
              })}
            </div>
          </details>
        );
      })}
      <FieldErrors id="permissions-errors" errors={errors} />
    </fieldset>
  );
}
