// GitHub's classic scopes as the classic token page lists them: each top-level scope with the
// scopes it contains. A scope inside a chosen one shows ticked and cannot be chosen on its own.
import { ancestorsOf, classicScopes, rootOf } from '../model/classic-scopes.ts';
import { words } from '../model/i18n.ts';
import { FieldErrors } from './field.tsx';

interface ScopePickerProps {
  readonly scopes: readonly string[];
  readonly onChange: (scopes: string[]) => void;
  readonly errors: readonly string[];
}

export function ScopePicker({ scopes, onChange, errors }: ScopePickerProps) {
  const chosen = new Set(scopes);
  const toggle = (scope: string, on: boolean): void => onChange(on ? [...scopes, scope] : scopes.filter((other) => other !== scope));
  const roots = classicScopes.filter((entry) => entry.parent === undefined);
  return (
    <fieldset class="field scopes" aria-describedby={`scopes-hint${errors.length ? ' scopes-errors' : ''}`}>
      <legend>{words('facts_scopes')}</legend>
      <p id="scopes-hint" class="hint">{words('editor_scopes_hint')}</p>
      <div class="scope-grid">
        {roots.map((root) => (
          <ul key={root.scope} class="scope-group">
            {classicScopes.filter((entry) => rootOf(entry.scope) === root.scope).map((entry) => {
              const inside = ancestorsOf(entry.scope).some((ancestor) => chosen.has(ancestor));
              const id = `scope-${entry.scope.replace(/[^a-z0-9_-]/gi, '-')}`;
              return (
                <li key={entry.scope} class={entry.parent ? 'scope scope-child' : 'scope'}>
                  <input type="checkbox" id={id} checked={inside || chosen.has(entry.scope)} disabled={inside} onChange={(event) => toggle(entry.scope, event.currentTarget.checked)} />
                  <label for={id}><code>{entry.scope}</code> <span class="muted">{entry.description}</span></label>
                </li>
              );
            })}
          </ul>
        ))}
      </div>
      <FieldErrors id="scopes-errors" errors={errors} />
    </fieldset>
  );
}
