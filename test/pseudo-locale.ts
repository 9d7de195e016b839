// The pseudo-locale: PAT Pilot's English messages with every piece of their own text wrapped in
// ⟦…⟧ and the placeholders left outside, so whatever a message carries in (a name, a count, a
// sentence built in code) shows unwrapped. A rendered page then passes when all of its visible
// text is wrapped, or is one of the texts exempt by name: GitHub's own words, the recipe's own
// words, and what Intl writes (dates, numbers).
import { Fragment, h, render, type ComponentChildren } from 'preact';
import { classicScopeBoxes } from '../e2e/replica/domain/classic-scopes.ts';
import { githubPermissions } from '../e2e/replica/domain/github-permissions.ts';
import { isoDate } from '../e2e/replica/shared/expiration.ts';
import { levelLabels } from '../e2e/replica/shared/permission-levels.ts';
import type { Recipe } from '../src/recipe/schema.ts';
import { messageSource, readMessages, type Messages } from './locale-messages.ts';

/** Not words: the messages file's language tag, which Intl reads. */
const notWords = new Set(['language']);

export function pseudoMessages(english: Messages = readMessages('en')): Messages {
  return Object.fromEntries(Object.entries(english).map(([key, entry]) => [key, notWords.has(key) ? entry : {
    ...entry,
    message: entry.message.split(/(\$[A-Za-z0-9_@]+\$)/).map((part) => (part === '' || /^\$[A-Za-z0-9_@]+\$$/.test(part) ? part : `⟦${part}⟧`)).join(''),
  }]));
}

export const pseudoLocale = () => messageSource('en-US', pseudoMessages(), {});

/**
 * GitHub's own words, written here from GitHub's pages and docs (the research notes
 * github-pat-page.md and live-page-2026.md, the procedure creating-a-fine-grained-token.txt), never
 * from PAT Pilot's code, which is what the check judges: its buttons and paths, the permission
 * names and access levels, the classic scopes and what the page says of each (the replica's
 * tables, from GitHub's docs and its pages).
 */
const githubWords: readonly string[] = [
  'Generate token', 'Generate token and request access', 'All repositories', 'Only select repositories', 'Public repositories',
  'Configure SSO', 'Authorize', 'Tokens (classic) → Generate new token (classic)', 'Fine-grained tokens → Generate new token',
  'Regenerate token', 'Approve', 'Deny', 'No expiration',
  ...githubPermissions.map((permission) => permission.name),
  ...Object.values(levelLabels),
  ...classicScopeBoxes.flatMap((box) => [box.scope, box.description]),
];

/** A recipe's {date}, as the procedure writes it (enchilada-install-YYYY-MM-DD). */
const withDate = (text: string, now: Date): string => text.split('{date}').join(isoDate(now));

/** The recipe's own words (the procedure's), which PAT Pilot shows as the recipe has them. */
export function recipeWords(recipe: Recipe, now: Date): string[] {
  const shared = [recipe.label, recipe.id, ...(recipe.host ? [recipe.host] : [])];
  if (recipe.kind === 'classic') return [...shared, recipe.note, withDate(recipe.note, now), ...(recipe.purpose ? [recipe.purpose] : []), ...recipe.scopes];
  return [
    ...shared, recipe.name, withDate(recipe.name, now), recipe.description, withDate(recipe.description, now),
    recipe.owner, ...(recipe.requestMessage ? [recipe.requestMessage, withDate(recipe.requestMessage, now)] : []),
    ...recipe.repositories, ...recipe.repositories.map((name) => `${recipe.owner}/${name}`),
  ];
}

/** The recipe format's words, which messages name as a recipe's JSON has them (README, "Recipes"): fields, choices, permission keys and levels, the placeholder. */
const recipeFormatWords = [
  'schemaVersion', 'id', 'label', 'host', 'expiresInDays', 'noExpiration', 'kind', 'name', 'description', 'owner', 'requestMessage', 'repositoryAccess',
  'repositories', 'permissions', 'purpose', 'note', 'scopes', 'fine-grained', 'classic', 'public', 'all', 'selected', 'none', 'read', 'write', 'admin',
  ...githubPermissions.map((permission) => permission.key), '{date}',
];

/** Everything a page may show that is not PAT Pilot's words, by name: GitHub's words, the recipes' words, the recipe format's words. */
export const exemptTexts = (recipes: readonly Recipe[], now: Date, more: readonly string[] = []): string[] =>
  [...githubWords, ...recipes.flatMap((recipe) => recipeWords(recipe, now)), ...recipeFormatWords, ...more];

/** A text with its wrapped parts and exempt texts taken out still holding a letter: not from the messages. */
export function unwrappedWords(text: string, exempt: readonly string[]): string | undefined {
  let rest = text.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  for (const allowed of [...exempt].sort((a, b) => b.length - a.length)) rest = rest.split(allowed).join(' ');
  return /\p{L}/u.test(rest) ? text : undefined;
}

/** Every text a person can see or hear in root: text, the names of controls, what text boxes hold. */
function shownTexts(root: Element): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(element.getAttribute(attribute) ?? '');
    if (element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type !== 'radio' && element.type !== 'checkbox')) texts.push(element.value);
  }
  return texts;
}

/**
 * Renders each part on its own (in a DOM test) and lists the shown texts that did not come from the
 * messages, before and after what a person does there (act: open a confirmation, fold a panel).
 */
export function renderedNotFromMessages(parts: readonly ComponentChildren[], exempt: readonly string[], act: (root: HTMLElement) => void = () => undefined): string[] {
  const found = new Set<string>();
  const collect = (root: HTMLElement): void => {
    for (const text of shownTexts(root)) if (unwrappedWords(text, exempt)) found.add(text);
  };
  for (const part of parts) {
    const root = document.createElement('div');
    document.body.append(root);
    render(h(Fragment, null, part), root);
    collect(root);
    act(root);
    collect(root);
    render(null, root);
    root.remove();
  }
  return [...found];
}
