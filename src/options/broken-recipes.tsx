// Stored entries that fail validation stay visible with their problems, so nothing is lost
// unnoticed: the user can download one to mend it, or delete their own.
import { words } from '../model/i18n.ts';
import type { BrokenRecipe } from '../recipe/store.ts';
import { DeleteButton } from './delete-button.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { SourceBadge } from './source-badge.tsx';

interface BrokenRecipesProps {
  readonly broken: readonly BrokenRecipe[];
  readonly onDelete: (id: string, label: string) => void;
  readonly onStatus: (message: string) => void;
}

export function BrokenRecipes({ broken, onDelete, onStatus }: BrokenRecipesProps) {
  if (!broken.length) return null;
  return (
    <section aria-labelledby="broken-heading">
      <h2 id="broken-heading">{words('broken_heading')}</h2>
      <p class="muted">{words('broken_intro')}</p>
      <ul class="box">
        {broken.map((entry, index) => {
          const headingId = `broken-${index}`;
          return (
            <li key={`${entry.source}:${entry.id}:${index}`} class="box-row" data-broken-id={entry.id}>
              <div class="row-head">
                <h3 id={headingId}>{entry.id}</h3>
                <SourceBadge source={entry.source} />
              </div>
              <ul class="errors">{entry.problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
              {entry.source === 'managed' && <p class="muted small">{words('broken_managed')}</p>}
              <div class="actions">
                <ExportButtons id={entry.id} entry={entry.entry} describedBy={headingId} onStatus={onStatus} />
                {entry.source === 'user' && <DeleteButton describedBy={headingId} onConfirm={() => onDelete(entry.id, entry.id)} />}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
