// One usable recipe in the list: what it grants, where it comes from, and what the user may do.
import { words } from '../model/i18n.ts';
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
        {organizationDefault && <span class="badge">{words('card_organizationDefault')}</span>}
        {active && <span class="badge badge-active">{words('card_active')}</span>}
      </div>
      <p class="muted small">{words('card_id')} <code>{recipe.id}</code> · {recipe.kind === 'classic' ? <>{words('card_classicNote')} <code>{recipe.note}</code></> : <>{words('card_tokenName')} <code>{recipe.name}</code></>}</p>
      <RecipeFacts recipe={recipe} />
      {notes.map((note) => <p key={note} class="muted small">{note}</p>)}
      {source === 'managed' && <p class="muted small">{words('card_managed')}</p>}
      <div class="actions">
        {!active && <button type="button" class="btn btn-primary" aria-describedby={headingId} onClick={() => onUse(recipe)}>{words('card_use')}</button>}
        {own && <button type="button" class="btn" aria-describedby={headingId} onClick={() => onEdit(recipe)}>{words('card_edit')}</button>}
        <button type="button" class="btn" aria-describedby={headingId} onClick={() => onDuplicate(recipe)}>{words('card_duplicate')}</button>
        <ExportButtons id={recipe.id} entry={recipe} describedBy={headingId} onStatus={onStatus} />
        {own && <DeleteButton describedBy={headingId} onConfirm={() => onDelete(recipe.id, recipe.label)} />}
      </div>
    </li>
  );
}
