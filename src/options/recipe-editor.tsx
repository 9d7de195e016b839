// The form for one of the user's recipes. Every keystroke is validated with the recipe schema;
// each message sits under its field, and Save stays disabled until the whole recipe is valid.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { expandTemplate } from '../recipe/expand.ts';
import { issueLine, limits, type Recipe, type RecipeIssue, type RepositoryAccess } from '../recipe/schema.ts';
import { checkDraft, fieldMessages, type DraftField, type RecipeDraft } from './draft.ts';
import { FieldErrors, TextField } from './field.tsx';
import { PermissionPicker } from './permission-picker.tsx';
import { ScopePicker } from './scope-picker.tsx';

const kindChoices: readonly (readonly [RecipeDraft['kind'], string])[] = [
  ['fine-grained', 'Fine-grained: chosen repositories and permissions'],
  ['classic', 'Classic: scopes over every repository you can reach'],
];

const accessChoices: readonly (readonly [RepositoryAccess, string])[] = [
  ['public', 'Public repositories (read-only)'],
  ['all', 'All repositories'],
  ['selected', 'Only select repositories'],
];

interface RecipeEditorProps {
  readonly title: string;
  readonly initial: RecipeDraft;
  /** What only the library knows: whether another recipe holds this id. */
  readonly takenIssues: (id: string) => RecipeIssue[];
  /** Resolves with the problems the store found, none when saved. */
  readonly onSave: (recipe: Recipe) => Promise<readonly string[]>;
  readonly onCancel: () => void;
}

export function RecipeEditor({ title, initial, takenIssues, onSave, onCancel }: RecipeEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [saveProblems, setSaveProblems] = useState<readonly string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const check = useMemo(() => checkDraft(draft, takenIssues), [draft, takenIssues]);
  const issues = check.ok ? [] : check.issues;
  const errorsOf = (field: DraftField): string[] => fieldMessages(issues, field, draft);
  const update = (changes: Partial<RecipeDraft>): void => {
    setDraft({ ...draft, ...changes });
    setSaveProblems([]);
  };
  const text = (field: Exclude<DraftField, 'kind' | 'repositoryAccess' | 'permissions' | 'scopes'>) => ({
    id: `recipe-${field}`,
    value: draft[field],
    onInput: (value: string) => update({ [field]: value }),
    errors: errorsOf(field),
  });
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (check.ok) setSaveProblems(await onSave(check.recipe));
  };
  const today = expandTemplate(draft.kind === 'classic' ? draft.note : draft.name, new Date());
  const todayHint = today && <> Today it would be <code>{today}</code>.</>;
  const expiration = <TextField label="Expiration in days" numeric hint={`From 1 to ${limits.expirationDays} days.`} {...text('expiresInDays')} />;
  const summary = [...issues.map(issueLine), ...saveProblems];

  return (
    <form class="editor" onSubmit={(event) => void save(event)} noValidate aria-labelledby="editor-heading">
      <h2 id="editor-heading" tabIndex={-1} ref={heading}>{title}</h2>
      <TextField label="Label" hint="How the recipe is listed here and in the toolbar popup." {...text('label')} />
      <TextField label="Id" hint="Lowercase letters, digits and hyphens. Exports and policies name the recipe by it." mono {...text('id')} />
      <fieldset class="field">
        <legend>Kind of token</legend>
        {kindChoices.map(([value, label]) => (
          <label key={value} class="choice">
            <input type="radio" name="token-kind" value={value} checked={draft.kind === value} onChange={() => update({ kind: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <TextField label="GitHub host" hint="Leave empty for github.com. For GitHub Enterprise, its host, such as github.example.com; add it under GitHub hosts too." mono {...text('host')} />
      {draft.kind === 'classic' ? (
        <>
          <TextField
            label="Note"
            mono
            hint={<>What GitHub lists the token by. <code>{'{date}'}</code> becomes the day the form is filled, as YYYY-MM-DD. At most {limits.noteCharacters} characters once filled in.{todayHint}</>}
            {...text('note')}
          />
          <TextField label="Purpose" multiline hint="Optional. What the token is for, shown with the recipe; GitHub does not receive it." {...text('purpose')} />
          {expiration}
          <ScopePicker scopes={draft.scopes} onChange={(scopes) => update({ scopes })} errors={errorsOf('scopes')} />
        </>
      ) : (
        <>
          <TextField
            label="Token name"
            mono
            hint={<>
              <code>{'{date}'}</code> becomes the day the form is filled, as YYYY-MM-DD. At most {limits.nameCharacters} characters once filled in.
              {todayHint}
            </>}
            {...text('name')}
          />
          <TextField label="Description" multiline hint={<>Optional; <code>{'{date}'}</code> works here too. At most {limits.descriptionCharacters.toLocaleString('en')} characters.</>} {...text('description')} />
          <TextField label="Resource owner" hint="The user or organization that owns the repositories, such as alta3." mono {...text('owner')} />
          {expiration}
          <TextField label="Request message" multiline hint="Optional. Sent to the organization’s administrators with the request to approve the token." {...text('requestMessage')} />

          <fieldset class="field" aria-describedby={errorsOf('repositoryAccess').length ? 'recipe-repositoryAccess-errors' : undefined}>
            <legend>Repository access</legend>
            {accessChoices.map(([value, label]) => (
              <label key={value} class="choice">
                <input type="radio" name="repository-access" value={value} checked={draft.repositoryAccess === value} onChange={() => update({ repositoryAccess: value })} />
                {label}
              </label>
            ))}
            <FieldErrors id="recipe-repositoryAccess-errors" errors={errorsOf('repositoryAccess')} />
          </fieldset>
          {draft.repositoryAccess === 'selected' && (
            <TextField
              label="Repositories"
              multiline
              rows={6}
              mono
              hint={`One repository name per line, without the owner; at most ${limits.repositories}.`}
              {...text('repositories')}
            />
          )}

          <PermissionPicker permissions={draft.permissions} onChange={(permissions) => update({ permissions })} errors={errorsOf('permissions')} />
        </>
      )}

      <div id="editor-summary" class={summary.length ? 'notice notice-danger' : 'notice notice-ok'}>
        {summary.length ? (
          <>
            <p>Fix {summary.length === 1 ? 'this problem' : `these ${summary.length} problems`} to save:</p>
            <ul>{summary.map((line) => <li key={line}>{line}</li>)}</ul>
          </>
        ) : (
          <p>The recipe is valid and ready to save.</p>
        )}
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={!check.ok} aria-describedby="editor-summary">Save recipe</button>
        <button type="button" class="btn" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
