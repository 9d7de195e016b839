// Where a recipe comes from decides what the user may do with it, so every entry says it.
import { words, type MessageKey } from '../model/i18n.ts';
import type { RecipeSource } from '../recipe/store.ts';

const sourceNames: Record<RecipeSource, MessageKey> = {
  builtin: 'source_builtin',
  managed: 'source_managed',
  user: 'source_user',
};

export function SourceBadge({ source }: { source: RecipeSource }) {
  return <span class={`badge badge-${source}`} data-source={source}>{words(sourceNames[source])}</span>;
}
