// The replica page's script, built into github.githubassets.com/assets/pat-page.js: GitHub's
// open-source widgets (Primer ViewComponents' custom elements, include-fragment, auto-check),
// the React partial for permissions, and the page glue GitHub's app JS provides.
import '@primer/view-components';
import '@github/include-fragment-element';
import '@github/auto-check-element';
// Primer's SelectPanel fetches its options through <remote-input>; the version GitHub ships is pinned in package.json.
import '@github/remote-input-element';
import './styles/index.css';
import { partialName, type PermissionPartialProps } from '../shared/permission-props.ts';
import { startNewTokenForm } from './new-token/start.ts';
import { startClassicTokenForm } from './classic-token/start.ts';
import { renderPermissionsPicker } from './permissions/render.tsx';
import { defineReactPartials } from './react-partial.tsx';
import { interceptFormSubmissions } from './turbo-submit.ts';
import { interceptLinkVisits } from './turbo-visit.ts';
import { translateAsTheTextAppears } from './translate.ts';

defineReactPartials({ [partialName]: (props) => renderPermissionsPicker(props as PermissionPartialProps) });
interceptFormSubmissions();

/** The page glue runs on the first load and again after every in-page visit. */
function startPage(): void {
  const form = document.getElementById('new_user_programmatic_access');
  if (form instanceof HTMLFormElement) startNewTokenForm(form);
  const classicForm = document.getElementById('new_oauth_access');
  if (classicForm instanceof HTMLFormElement) startClassicTokenForm(classicForm);
}
interceptLinkVisits(startPage);
startPage();
if (document.documentElement.dataset.translate) translateAsTheTextAppears();
