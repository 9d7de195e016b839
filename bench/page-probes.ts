// Functions evaluated in GitHub's page to time what a person sees. They use only the page's own
// clock (performance.now) and the DOM, never PAT Pilot's internals.

export interface ExpectedForm {
  readonly pairs: readonly [string, string][];
  readonly repositoryIds: readonly string[];
  readonly permissionFields: readonly [string, string][];
}

/**
 * Clicks "Fill all fields" and times two moments on the page clock (polled every 5 ms): the form's
 * FormData holding every field of the recipe (fill), and the guide saying "All fields filled"
 * (done, counted from the moment the form was right).
 */
export function timeFill(expected: ExpectedForm): Promise<{ fill: number; doneDelay: number }> {
  return new Promise((resolve, reject) => {
    const host = document.querySelector('pat-pilot-overlay')?.shadowRoot;
    const button = [...(host?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === 'Fill all fields');
    if (!button) return reject(new Error('no "Fill all fields" button'));
    const matches = (): boolean => {
      const form = document.querySelector<HTMLFormElement>('form#new_user_programmatic_access');
      if (!form) return false;
      const data = new FormData(form);
      const ids = data.getAll('repository_ids[]').map(String).sort();
      return expected.pairs.every(([name, value]) => data.get(name) === value)
        && ids.join() === [...expected.repositoryIds].sort().join()
        && expected.permissionFields.every(([name, value]) => data.get(name) === value);
    };
    const saysDone = (): boolean => /All fields filled/.test(host?.querySelector('[data-testid="progress"]')?.textContent ?? '');
    const start = performance.now();
    let rightAt: number | undefined;
    const poll = setInterval(() => {
      rightAt ??= matches() ? performance.now() : undefined;
      if (rightAt === undefined || !saysDone()) return;
      clearInterval(poll);
      resolve({ fill: rightAt - start, doneDelay: performance.now() - rightAt });
    }, 5);
    button.click();
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
