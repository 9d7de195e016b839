// The options page: every recipe PAT Pilot knows, which one is active, and the user's own to
// edit, import and export; and the GitHub Enterprise hosts PAT Pilot may run on. Storage is
// reached only through the recipe store.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { pluralWords, words } from '../model/i18n.ts';
import type { Recipe } from '../recipe/schema.ts';
import { localizePage } from '../ui/localize-page.ts';
import { copyOf, deleteUserRecipe, idIssues, importRecipe, loadLibrary, saveUserRecipe, setActiveRecipe, type RecipeLibrary } from '../recipe/store.ts';
import { BrokenRecipes } from './broken-recipes.tsx';
import { draftOf, type RecipeDraft } from './draft.ts';
import { GithubHosts } from './github-hosts.tsx';
import { ImportPanel } from './import-panel.tsx';
import { RecipeCard } from './recipe-card.tsx';
import { RecipeEditor } from './recipe-editor.tsx';
import '../ui/page.css';
import './options.css';

interface Editing {
  readonly title: string;
  readonly draft: RecipeDraft;
  /** The user's recipe being edited; undefined for a new one (a duplicate). */
  readonly replacingId: string | undefined;
}

const storage = browser.storage;

function Options() {
  const [library, setLibrary] = useState<RecipeLibrary>();
  const [editing, setEditing] = useState<Editing>();
  const [status, setStatus] = useState('');

  const refresh = useCallback(async (): Promise<void> => setLibrary(await loadLibrary(storage)), []);
  useEffect(() => {
    void refresh();
    // Another options tab or a new policy may change recipes while this page is open; the
    // session area only holds the background's run state.
    const onChanged = (_changes: unknown, area: string): void => {
      if (area !== 'session') void refresh();
    };
    storage.onChanged.addListener(onChanged);
    return () => storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  // The control the user was on may be gone after a change, so focus moves to a heading nearby.
  const focusAfterRender = (id: string): void => void setTimeout(() => document.getElementById(id)?.focus());
  const closeEditor = (message?: string): void => {
    setEditing(undefined);
    if (message) setStatus(message);
    focusAfterRender('recipes-heading');
  };
  const use = async (recipe: Recipe): Promise<void> => {
    const result = await setActiveRecipe(storage, recipe.id);
    setStatus(result.ok ? words('options_nowActive', recipe.label) : result.problems.join(' '));
    await refresh();
    focusAfterRender(`recipe-${recipe.id}`);
  };
  const remove = async (id: string, label: string): Promise<void> => {
    const result = await deleteUserRecipe(storage, id);
    setStatus(result.ok ? words('options_deleted', label) : result.problems.join(' '));
    await refresh();
    focusAfterRender('recipes-heading');
  };
  const importText = async (text: string, source: string): Promise<readonly string[]> => {
    const result = await importRecipe(storage, text);
    if (!result.ok) {
      setStatus(pluralWords('options_importFailed', result.problems.length, source));
      return result.problems;
    }
    setStatus([words('options_imported', result.recipe.label), ...result.notes].join(' '));
    await refresh();
    return [];
  };
  const save = async (recipe: Recipe): Promise<readonly string[]> => {
    const result = await saveUserRecipe(storage, recipe, editing?.replacingId);
    if (!result.ok) return result.problems;
    await refresh();
    closeEditor(words('options_saved', recipe.label));
    return [];
  };

  if (!library) return <main class="options muted">{words('options_loading')}</main>;
  const takenIssues = (id: string) => idIssues(library, id, editing?.replacingId);
  return (
    <main class="options">
      <header class="subhead">
        <h1>{words('options_title')}</h1>
        <p class="muted">{words('options_intro')}</p>
      </header>
      <p class="status" role="status" aria-live="polite">{status}</p>
      {editing ? (
        <RecipeEditor key={editing.replacingId ?? editing.draft.id} title={editing.title} initial={editing.draft} takenIssues={takenIssues} onSave={save} onCancel={() => closeEditor()} />
      ) : (
        <>
          {library.problem && <p class="notice" role="alert">{library.problem}</p>}
          <section aria-labelledby="recipes-heading">
            <h2 id="recipes-heading" tabIndex={-1}>{words('options_recipes')}</h2>
            <ul class="box">
              {library.recipes.map((stored) => (
                <RecipeCard
                  key={stored.recipe.id}
                  stored={stored}
                  active={stored.recipe.id === library.activeId}
                  organizationDefault={stored.recipe.id === library.organizationDefaultId}
                  onUse={(recipe) => void use(recipe)}
                  onEdit={(recipe) => setEditing({ title: words('options_edit', recipe.label), draft: draftOf(recipe), replacingId: recipe.id })}
                  onDuplicate={(recipe) => setEditing({ title: words('options_duplicate', recipe.label), draft: draftOf(copyOf(library, recipe)), replacingId: undefined })}
                  onDelete={(id, label) => void remove(id, label)}
                  onStatus={setStatus}
                />
              ))}
            </ul>
          </section>
          <BrokenRecipes broken={library.broken} onDelete={(id, label) => void remove(id, label)} onStatus={setStatus} />
          <ImportPanel onImport={importText} />
          <GithubHosts onStatus={setStatus} />
        </>
      )}
    </main>
  );
}

localizePage(document, 'options_title');
render(<Options />, document.getElementById('app')!);
