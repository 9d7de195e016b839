// One usable recipe in the list: what it grants, where it comes from, and what the user may do.
import type { Recipe } from '../recipe/schema.ts';
import type { StoredRecipe } from '../recipe/store.ts';
import { RecipeFacts } from '../ui/recipe-facts.tsx';
import { DeleteButton } from './delete-button.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { SourceBadge } from './source-badge.tsx';

export interface RecipeActions {
  readonly onUse: (recipe: Recipe) => void;
  readonly onEdit: (recipe: Recipe) => void;
  readonly onDuplicate: (recipe: Recipe) => void;
  readonly onDelete: (id: string, label: string) => void;
  readonly onStatus: (message: string) => void;
}

interface RecipeCardProps extends RecipeActions {
  readonly stored: StoredRecipe;
  readonly active: boolean;
  readonly organizationDefault: boolean;
}

export function RecipeCard({ stored, active, organizationDefault, onUse, onEdit, onDuplicate, onDelete, onStatus }: RecipeCardProps) {
  const { recipe, source, notes } = stored;
  const headingId = `recipe-${recipe.id}`;
  const own = source === 'user';
  return (
    <li class="box-row" data-recipe-id={recipe.id}>
      <div class="row-head">
        <h3 id={headingId} tabIndex={-1}>{recipe.label}</h3>
        <SourceBadge source={source} />
        {organizationDefault && <span class="badge">Organization default</span>}
        {active && <span class="badge badge-active">Active</span>}
      </div>
      <p class="muted small">id <code>{recipe.id}</code> · {recipe.kind === 'classic' ? <>classic token, note <code>{recipe.note}</code></> : <>token name <code>{recipe.name}</code></>}</p>
      <RecipeFacts recipe={recipe} />
      {notes.map((note) => <p key={note} class="muted small">{note}</p>)}
      {source === 'managed' && <p class="muted small">Your organization manages this recipe, so it cannot be edited or deleted here. Duplicate it to make your own version.</p>}
      <div class="actions">
        {!active && <button type="button" class="btn btn-primary" aria-describedby={headingId} onClick={() => onUse(recipe)}>Use this recipe</button>}
        {own && <button type="button" class="btn" aria-describedby={headingId} onClick={() => onEdit(recipe)}>Edit</button>}
        <button type="button" class="btn" aria-describedby={headingId} onClick={() => onDuplicate(recipe)}>Duplicate</button>
        <ExportButtons id={recipe.id} entry={recipe} describedBy={headingId} onStatus={onStatus} />
        {own && <DeleteButton describedBy={headingId} onConfirm={() => onDelete(recipe.id, recipe.label)} />}
      </div>
    </li>
  );
}
