// Where a recipe comes from decides what the user may do with it, so every entry says it.
import type { RecipeSource } from '../recipe/store.ts';

const sourceNames: Record<RecipeSource, string> = {
  builtin: 'Built-in',
  managed: 'Managed by your organization',
  user: 'Yours',
};

export function SourceBadge({ source }: { source: RecipeSource }) {
  return <span class={`badge badge-${source}`} data-source={source}>{sourceNames[source]}</span>;
}
