// The toolbar popup: the active recipe at a glance and one button that starts a token.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ActiveRecipe, BackgroundMessage, FormProbe, TabMessage } from '../messaging/messages.ts';
import { RecipeFacts } from '../ui/recipe-facts.tsx';
import '../ui/page.css';
import './popup.css';

const toBackground = <T,>(message: BackgroundMessage): Promise<T> => browser.runtime.sendMessage(message) as Promise<T>;

/** The current tab's content script answers only on GitHub; elsewhere nobody listens. */
async function currentTabForm(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const probe: TabMessage = { type: 'form:probe' };
  const answer = (await browser.tabs.sendMessage(tab.id, probe).catch(() => undefined)) as FormProbe | undefined;
  return answer?.onForm ? tab.id : undefined;
}

function Popup() {
  const [active, setActive] = useState<ActiveRecipe>();
  const [formTab, setFormTab] = useState<number>();
  useEffect(() => {
    void toBackground<ActiveRecipe>({ type: 'active-recipe' }).then(setActive);
    void currentTabForm().then(setFormTab);
  }, []);

  const createToken = async (): Promise<void> => {
    await toBackground({ type: 'create-token' });
    close();
  };
  const fillHere = async (): Promise<void> => {
    if (formTab === undefined) return;
    const fill: TabMessage = { type: 'form:fill' };
    await browser.tabs.sendMessage(formTab, fill);
    close();
  };

  if (!active) return <main class="popup muted">Loading…</main>;
  return (
    <main class="popup">
      <h1>{active.recipe.label}</h1>
      {active.problem && <p class="notice" role="alert">{active.problem}</p>}
      <RecipeFacts recipe={active.recipe} />
      {formTab !== undefined && (
        <button type="button" class="btn btn-primary wide" onClick={() => void fillHere()}>Fill this form</button>
      )}
      <button type="button" class={formTab !== undefined ? 'btn wide' : 'btn btn-primary wide'} onClick={() => void createToken()}>
        Create token
      </button>
      <p class="muted small">PAT Pilot fills the form; you review it and click Generate.</p>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>Manage recipes</button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
