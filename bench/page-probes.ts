// Functions evaluated in GitHub's page to time what a person sees. They use only the page's own
// clock (performance.now) and the DOM, never PAT Pilot's internals.

export interface ExpectedForm {
  readonly pairs: readonly [string, string][];
  readonly repositoryIds: readonly string[];
  /** The repositories' names, in the order of repositoryIds (the bare filler searches by name). */
  readonly repositoryNames: readonly string[];
  readonly permissionFields: readonly [string, string][];
  /** A permission's name in GitHub's menu, by its field (the bare filler picks by name). */
  readonly permissionNames: Readonly<Record<string, string>>;
}

/**
 * Starts a fill and times two moments on the page clock (polled every 5 ms): the form's FormData
 * holding every field of the recipe (fill), and the fill saying it is done (done, counted from the
 * moment the form was right). PAT Pilot's fill starts with a click on "Fill all fields" and is done
 * when the guide says "All fields filled". The bare filler (`bare`, in a browser without PAT
 * Pilot) is the floor any filler has on this page: the same widgets in the same order, each step
 * started the moment GitHub's page allows it, nothing read back and nothing shown; it is done when
 * its last step is.
 */
export function timeFill({ expected, bare }: { expected: ExpectedForm; bare: boolean }): Promise<{ fill: number; doneDelay: number }> {
  return new Promise((resolve, reject) => {
    const matches = (): boolean => {
      const form = document.querySelector<HTMLFormElement>('form#new_user_programmatic_access');
      if (!form) return false;
      const data = new FormData(form);
      const ids = data.getAll('repository_ids[]').map(String).sort();
      return expected.pairs.every(([name, value]) => data.get(name) === value)
        && ids.join() === [...expected.repositoryIds].sort().join()
        && expected.permissionFields.every(([name, value]) => data.get(name) === value);
    };
    const host = document.querySelector('pat-pilot-overlay')?.shadowRoot;
    let bareDone = false;
    const saysDone = (): boolean => (bare ? bareDone : /All fields filled/.test(host?.querySelector('[data-testid="progress"]')?.textContent ?? ''));
    const start = performance.now();
    let rightAt: number | undefined;
    const poll = setInterval(() => {
      rightAt ??= matches() ? performance.now() : undefined;
      if (rightAt === undefined || !saysDone()) return;
      clearInterval(poll);
      resolve({ fill: rightAt - start, doneDelay: performance.now() - rightAt });
    }, 5);
    if (!bare) {
      const button = [...(host?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === 'Fill all fields');
      if (!button) return reject(new Error('no "Fill all fields" button'));
      button.click();
      return undefined;
    }
    // The bare filler: GitHub's page as the replica serves it, no PAT Pilot code.
    const value = (name: string): string => expected.pairs.find(([field]) => field === name)?.[1] ?? '';
    const until = <T>(check: () => T | undefined | null | false): Promise<T> => new Promise((done) => {
      const first = check();
      if (first) return done(first);
      const observer = new MutationObserver(() => {
        const found = check();
        if (found) { observer.disconnect(); done(found); }
      });
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      return undefined;
    });
    const text = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const visible = <E extends HTMLElement = HTMLElement>(css: string, wanted?: (element: E) => boolean): E | undefined =>
      [...document.querySelectorAll<E>(css)].find((element) => element.getClientRects().length > 0 && (!wanted || wanted(element)));
    const press = (element: HTMLElement): void => {
      element.focus();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
        element.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
      }
      element.click();
    };
    const type = (field: HTMLInputElement | HTMLTextAreaElement, typed: string): void => {
      field.focus();
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, typed);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const owner = value('target_name');
    void (async () => {
      type(document.querySelector<HTMLInputElement>('#user_programmatic_access_name')!, value('user_programmatic_access[name]'));
      type(document.querySelector<HTMLTextAreaElement>('#user_programmatic_access_description')!, value('user_programmatic_access[description]'));
      const oldSection = document.querySelector('input[name="install_target"]');
      press(document.querySelector<HTMLElement>('#resource-owner-select-panel-button')!);
      press(await until(() => visible('#resource-owner-select-panel [role="option"]', (option) => text(option).split(' ')[0] === owner)));
      await until(() => { const section = document.querySelector('input[name="install_target"]'); return section !== oldSection && section; });
      press(await until(() => visible('.js-new-default-token-expiration-select button[popovertarget]')));
      press(await until(() => visible('[role="menuitemradio"]', (item) => text(item).startsWith(`${value('user_programmatic_access[default_expires_at]')} days`))));
      type(await until(() => document.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')), value('reason'));
      press(document.querySelector<HTMLElement>('input[name="install_target"][value="selected"]')!);
      press(await until(() => visible('button', (button) => text(button) === 'Select repositories')));
      for (const id of expected.repositoryIds) {
        const filter = await until(() => visible<HTMLInputElement>('dialog[open] input[type="text"], dialog[open] input[type="search"]'));
        const query = expected.repositoryNames[expected.repositoryIds.indexOf(id)]!;
        type(filter, query);
        // GitHub's answer to this search has replaced the list: every option shown matches it.
        const option = await until(() => {
          const shown = [...document.querySelectorAll<HTMLElement>('dialog[open] [role="option"]')].filter((candidate) => candidate.getClientRects().length > 0);
          return shown.every((candidate) => text(candidate).includes(query)) && shown.find((candidate) => (candidate.dataset.value ?? candidate.getAttribute('value')) === id);
        });
        press(option);
        await until(() => option.getAttribute('aria-selected') === 'true' || option.getAttribute('aria-checked') === 'true');
      }
      press(visible('dialog[open] button', (button) => button.getAttribute('aria-label') === 'Close' || text(button) === 'Close')!);
      press(await until(() => visible('button', (button) => text(button) === 'Add permissions')));
      for (const [field, level] of expected.permissionFields) {
        if (level === 'none' || field.endsWith('[metadata]')) continue;
        const search = await until(() => visible<HTMLInputElement>('input[placeholder="Search"]'));
        type(search, expected.permissionNames[field] ?? '');
        press(await until(() => visible('[role="menuitemcheckbox"]', (item) => text(item) === expected.permissionNames[field])));
      }
      bareDone = true;
    })();
    return undefined;
  });
}

/** Installed before the page loads: notes when PAT Pilot's panel first shows. */
export function watchOverlay(): void {
  const note = (): void => {
    const shown = document.querySelector('pat-pilot-overlay')?.shadowRoot?.querySelector('[data-testid="panel"]');
    if (shown) (window as unknown as { overlayShownAt: number }).overlayShownAt = performance.now();
    else requestAnimationFrame(note);
  };
  requestAnimationFrame(note);
}

/** Milliseconds from DOMContentLoaded to the panel, once it has shown. */
export function overlayDelay(): number | undefined {
  const shown = (window as unknown as { overlayShownAt?: number }).overlayShownAt;
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return shown === undefined || !navigation ? undefined : shown - navigation.domContentLoadedEventStart;
}

/** Installed before the page loads: counts the bursts of mutations on the form, as a
 * MutationObserver with PAT Pilot's options receives them (one callback per burst). */
export function countFormBursts(): void {
  const counter = window as unknown as { formBursts: number };
  counter.formBursts = 0;
  addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('form#new_user_programmatic_access');
    if (form) new MutationObserver(() => { counter.formBursts += 1; }).observe(form, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * Starts watching for PAT Pilot's alert whose text matches `pattern`: the time of the person's
 * next click (in the capture phase, before GitHub handles it) and of the first animation frame
 * that shows the alert. `warningDelay` reads the difference.
 */
export function watchWarning(pattern: string): void {
  const marks = window as unknown as { warningClickAt?: number; warningShownAt?: number };
  marks.warningClickAt = undefined;
  marks.warningShownAt = undefined;
  addEventListener('click', () => { marks.warningClickAt ??= performance.now(); }, { capture: true, once: true });
  const matches = new RegExp(pattern);
  const note = (): void => {
    const alerts = document.querySelector('pat-pilot-overlay')?.shadowRoot?.querySelectorAll('[role="alert"]') ?? [];
    if ([...alerts].some((alert) => matches.test(alert.textContent ?? ''))) marks.warningShownAt = performance.now();
    else requestAnimationFrame(note);
  };
  requestAnimationFrame(note);
}

export function warningDelay(): number | undefined {
  const { warningClickAt, warningShownAt } = window as unknown as { warningClickAt?: number; warningShownAt?: number };
  return warningClickAt === undefined || warningShownAt === undefined ? undefined : warningShownAt - warningClickAt;
}
