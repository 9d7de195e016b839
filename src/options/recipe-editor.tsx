// The form for one of the user's recipes. Every keystroke is validated with the recipe schema;
// each message sits under its field, and Save stays disabled until the whole recipe is valid.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { githubTexts } from '../model/github-texts.ts';
import { formatNumber, pluralWords, words } from '../model/i18n.ts';
import { expandTemplate } from '../recipe/expand.ts';
import { issueLine, limits, type Recipe, type RecipeIssue, type RepositoryAccess } from '../recipe/schema.ts';
import { checkDraft, fieldMessages, type DraftField, type RecipeDraft } from './draft.ts';
import { FieldErrors, TextField } from './field.tsx';
import { PermissionPicker } from './permission-picker.tsx';
import { ScopePicker } from './scope-picker.tsx';

const kindChoices = (): readonly (readonly [RecipeDraft['kind'], string])[] => [
  ['fine-grained', words('editor_kindFineGrained')],
  ['classic', words('editor_kindClassic')],
];

const accessChoices = (): readonly (readonly [RepositoryAccess, string])[] => [
  ['public', words('editor_publicRepositories', githubTexts.publicRepositories)],
  ['all', githubTexts.allRepositories],
  ['selected', githubTexts.onlySelectRepositories],
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
  const text = (field: Exclude<DraftField, 'kind' | 'noExpiration' | 'repositoryAccess' | 'permissions' | 'scopes'>) => ({
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
  const todayHint = today && <> {words('editor_name_today')} <code>{today}</code>.</>;
  const expiration = <TextField label={words('editor_expiration')} numeric hint={words('editor_expiration_hint', limits.expirationDays)} {...text('expiresInDays')} />;
  const summary = [...issues.map(issueLine), ...saveProblems];

  return (
    <form class="editor" onSubmit={(event) => void save(event)} noValidate aria-labelledby="editor-heading">
      <h2 id="editor-heading" tabIndex={-1} ref={heading}>{title}</h2>
      <TextField label={words('editor_label')} hint={words('editor_label_hint')} {...text('label')} />
      <TextField label={words('editor_id')} hint={words('editor_id_hint')} mono {...text('id')} />
      <fieldset class="field">
        <legend>{words('editor_kind')}</legend>
        {kindChoices().map(([value, label]) => (
          <label key={value} class="choice">
            <input type="radio" name="token-kind" value={value} checked={draft.kind === value} onChange={() => update({ kind: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <TextField label={words('editor_host')} hint={words('editor_host_hint')} mono {...text('host')} />
      {draft.kind === 'classic' ? (
        <>
          <TextField
            label={words('classic_step_note')}
            mono
            hint={<>{words('editor_note_hint')} <code>{'{date}'}</code> {words('editor_name_hint', limits.noteCharacters)}{todayHint}</>}
            {...text('note')}
          />
          <TextField label={words('facts_purpose')} multiline hint={words('editor_purpose_hint')} {...text('purpose')} />
          {expiration}
          <ScopePicker scopes={draft.scopes} onChange={(scopes) => update({ scopes })} errors={errorsOf('scopes')} />
        </>
      ) : (
        <>
          <TextField
            label={words('step_name')}
            mono
            hint={<>
              <code>{'{date}'}</code> {words('editor_name_hint', limits.nameCharacters)}
              {todayHint}
            </>}
            {...text('name')}
          />
          <TextField label={words('step_description')} multiline hint={<>{words('editor_description_hintStart')} <code>{'{date}'}</code> {words('editor_description_hintEnd', formatNumber(limits.descriptionCharacters))}</>} {...text('description')} />
          <TextField label={words('step_owner')} hint={words('editor_owner_hint')} mono {...text('owner')} />
          <label class="choice">
            <input type="checkbox" id="recipe-noExpiration" checked={draft.noExpiration} onChange={(event) => update({ noExpiration: event.currentTarget.checked })} />
            {words('editor_noExpiration', githubTexts.noExpiration)}
          </label>
          {!draft.noExpiration && expiration}
          <TextField label={words('step_requestMessage')} multiline hint={words('editor_requestMessage_hint')} {...text('requestMessage')} />

          <fieldset class="field" aria-describedby={errorsOf('repositoryAccess').length ? 'recipe-repositoryAccess-errors' : undefined}>
            <legend>{words('step_repositoryAccess')}</legend>
            {accessChoices().map(([value, label]) => (
              <label key={value} class="choice">
                <input type="radio" name="repository-access" value={value} checked={draft.repositoryAccess === value} onChange={() => update({ repositoryAccess: value })} />
                {label}
              </label>
            ))}
            <FieldErrors id="recipe-repositoryAccess-errors" errors={errorsOf('repositoryAccess')} />
          </fieldset>
          {draft.repositoryAccess === 'selected' && (
            <TextField
              label={words('facts_repositories')}
              multiline
              rows={6}
              mono
              hint={words('editor_repositories_hint', limits.repositories)}
              {...text('repositories')}
            />
          )}

          <PermissionPicker permissions={draft.permissions} onChange={(permissions) => update({ permissions })} errors={errorsOf('permissions')} />
        </>
      )}

      <div id="editor-summary" class={summary.length ? 'notice notice-danger' : 'notice notice-ok'}>
        {summary.length ? (
          <>
            <p>{pluralWords('editor_fixProblems', summary.length)}</p>
            <ul>{summary.map((line) => <li key={line}>{line}</li>)}</ul>
          </>
        ) : (
          <p>{words('editor_valid')}</p>
        )}
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={!check.ok} aria-describedby="editor-summary">{words('editor_save')}</button>
        <button type="button" class="btn" onClick={onCancel}>{words('cancel')}</button>
      </div>
    </form>
  );
}
