// The toolbar popup: the active recipe at a glance and one button that starts a token.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sender, type ActiveRecipe, type BackgroundProtocol, type TabProtocol } from '../messaging/messages.ts';
import { words } from '../model/i18n.ts';
import { githubHost, hostPattern } from '../model/github-host.ts';
import { RecipeFacts } from '../ui/recipe-facts.tsx';
import { localizePage } from '../ui/localize-page.ts';
import '../ui/page.css';
import './popup.css';

const toBackground = sender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
const toTab = (tabId: number) => sender<TabProtocol>((message) => browser.tabs.sendMessage(tabId, message));

/** A GitHub Enterprise host the recipe names that the person has not allowed yet (PAT Pilot would not run there). */
async function hostNotAllowed({ recipe }: ActiveRecipe): Promise<string | undefined> {
  const host = recipe.host ?? githubHost;
  if (host === githubHost) return undefined;
  return (await browser.permissions.contains({ origins: [hostPattern(host)] })) ? undefined : host;
}

/** The current tab's content script answers only on GitHub; elsewhere nobody listens. */
async function currentTabForm(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const answer = await toTab(tab.id)('form:probe').catch(() => undefined);
  return answer?.onForm ? tab.id : undefined;
}

function Popup() {
  const [active, setActive] = useState<ActiveRecipe>();
  const [formTab, setFormTab] = useState<number>();
  const [missingHost, setMissingHost] = useState<string>();
  useEffect(() => {
    void toBackground('active-recipe').then(async (answer) => {
      setMissingHost(await hostNotAllowed(answer));
      setActive(answer);
    });
    void currentTabForm().then(setFormTab);
  }, []);

  const createToken = async (): Promise<void> => {
    await toBackground('create-token', {});
    close();
  };
  const fillHere = async (): Promise<void> => {
    if (formTab === undefined) return;
    await toTab(formTab)('form:fill');
    close();
  };

  if (!active) return <main class="popup muted">{words('loading')}</main>;
  return (
    <main class="popup">
      <h1>{active.recipe.label}</h1>
      {active.problem && <p class="notice" role="alert">{active.problem}</p>}
      {missingHost && <p class="notice" role="alert">{words('popup_hostNotAllowed', missingHost)}</p>}
      <RecipeFacts recipe={active.recipe} />
      {formTab !== undefined && (
        <button type="button" class="btn btn-primary wide" onClick={() => void fillHere()}>{words('popup_fillHere')}</button>
      )}
      <button type="button" class={formTab !== undefined ? 'btn wide' : 'btn btn-primary wide'} onClick={() => void createToken()}>
        {words('popup_createToken')}
      </button>
      <p class="muted small">{words('popup_youGenerate')}</p>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>{words('popup_manageRecipes')}</button>
    </main>
  );
}

localizePage(document, 'extension_name');
render(<Popup />, document.getElementById('app')!);
