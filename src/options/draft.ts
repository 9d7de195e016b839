// The editor's form as plain data, and the recipe it stands for. Text stays as typed (days, one
// repository per line), so validation speaks about exactly what the user sees, line by line. The
// draft keeps the fields of both kinds of token, so switching the kind back and forth loses nothing.
import { words } from '../model/i18n.ts';
import type { GrantLevel } from '../model/permission-catalog.ts';
import type { RecipeKind } from '../recipe/kind.ts';
import { recipeSchemaVersion, validateRecipe, type Recipe, type RecipeIssue, type RepositoryAccess } from '../recipe/schema.ts';

export interface RecipeDraft {
  readonly kind: RecipeKind;
  readonly label: string;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly owner: string;
  /** Empty for github.com. */
  readonly host: string;
  readonly expiresInDays: string;
  /** Fine-grained: GitHub's "No expiration"; the days stay as typed, for when it is unticked. */
  readonly noExpiration: boolean;
  readonly requestMessage: string;
  readonly repositoryAccess: RepositoryAccess;
  readonly repositories: string;
  readonly permissions: Readonly<Record<string, GrantLevel>>;
  /** The classic token's fields. */
  readonly note: string;
  readonly purpose: string;
  readonly scopes: readonly string[];
}

export type DraftField = keyof RecipeDraft;

const emptyDraft: Omit<RecipeDraft, 'kind' | 'label' | 'id' | 'host' | 'expiresInDays'> = {
  noExpiration: false, name: '', description: '', owner: '', requestMessage: '', repositoryAccess: 'selected', repositories: '', permissions: {},
  note: '', purpose: '', scopes: [],
};

export function draftOf(recipe: Recipe): RecipeDraft {
  const common = { ...emptyDraft, label: recipe.label, id: recipe.id, host: recipe.host ?? '', expiresInDays: recipe.expiresInDays === undefined ? '' : String(recipe.expiresInDays) };
  if (recipe.kind === 'classic') {
    return { ...common, kind: 'classic', note: recipe.note, purpose: recipe.purpose ?? '', scopes: recipe.scopes };
  }
  return {
    ...common,
    kind: 'fine-grained',
    noExpiration: recipe.noExpiration === true,
    name: recipe.name,
    description: recipe.description,
    owner: recipe.owner,
    requestMessage: recipe.requestMessage ?? '',
    repositoryAccess: recipe.repositoryAccess,
    repositories: recipe.repositories.join('\n'),
    permissions: recipe.permissions,
  };
}

/** Blank lines are skipped; every other line is a repository, spaces and all, so they can be pointed out. */
export function repositoryLines(text: string): { readonly names: string[]; readonly lineNumbers: number[] } {
  const names: string[] = [];
  const lineNumbers: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    names.push(line);
    lineNumbers.push(index + 1);
  });
  return { names, lineNumbers };
}

/** The recipe the form stands for, unvalidated: what the user typed, typed as the schema expects where it can be. */
export function recipeOf(draft: RecipeDraft): unknown {
  const days = draft.expiresInDays.trim();
  const common = { schemaVersion: recipeSchemaVersion, id: draft.id, label: draft.label, ...(draft.host === '' ? {} : { host: draft.host }) };
  const expiresInDays = days === '' ? undefined : Number(days);
  if (draft.kind === 'classic') {
    return { ...common, kind: 'classic', ...(draft.purpose === '' ? {} : { purpose: draft.purpose }), note: draft.note, expiresInDays, scopes: draft.scopes };
  }
  // No kind for a fine-grained recipe: what it exports is read by every PAT Pilot.
  return {
    ...common,
    name: draft.name,
    description: draft.description,
    owner: draft.owner,
    ...(draft.noExpiration ? { noExpiration: true } : { expiresInDays }),
    ...(draft.requestMessage === '' ? {} : { requestMessage: draft.requestMessage }),
    repositoryAccess: draft.repositoryAccess,
    // The list is kept while another access is chosen, so switching back loses nothing.
    repositories: draft.repositoryAccess === 'selected' ? repositoryLines(draft.repositories).names : [],
    permissions: draft.permissions,
  };
}

export type DraftCheck =
  | { readonly ok: true; readonly recipe: Recipe }
  | { readonly ok: false; readonly issues: readonly RecipeIssue[] };

/** Validates the form; takenIssues adds what only the library knows (an id already in use). */
export function checkDraft(draft: RecipeDraft, takenIssues: (id: string) => RecipeIssue[]): DraftCheck {
  const result = validateRecipe(recipeOf(draft));
  const issues = [...(result.ok ? [] : result.issues), ...takenIssues(draft.id)];
  return result.ok && issues.length === 0 ? { ok: true, recipe: result.recipe } : { ok: false, issues };
}

/** The messages for one field of the form; a repository's message names its line. */
export function fieldMessages(issues: readonly RecipeIssue[], field: DraftField, draft: RecipeDraft): string[] {
  const { lineNumbers } = repositoryLines(draft.repositories);
  return issues
    .filter((issue) => issue.path[0] === field)
    .map((issue) => {
      const index = issue.path[1];
      return field === 'repositories' && typeof index === 'number' ? words('editor_repositoryLine', lineNumbers[index] ?? index + 1, issue.message) : issue.message;
    });
}
