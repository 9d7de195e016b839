// The select-access fragment (everything from "Repository access" down) comes from an
// include-fragment: at page load, and again from a fresh include-fragment whenever the owner
// changes. include-fragment reports "replaced" on the element it removed, so each one is
// watched as it is created.

export interface SelectAccessLoader {
  /** Replaces the current fragment with the one at src. */
  reload(src: string): void;
}

export function selectAccessLoader(container: HTMLElement, onLoaded: (fragment: HTMLElement) => void): SelectAccessLoader {
  const initial = container.querySelector('include-fragment');
  // A pristine copy (loading text, accept attribute) to start every later load from.
  const template = initial?.cloneNode(true);

  const watch = (includeFragment: Element): void => {
    includeFragment.addEventListener('include-fragment-replaced', () => {
      const fragment = container.querySelector<HTMLElement>('.js-select-access-fragment');
      if (fragment) onLoaded(fragment);
    }, { once: true });
  };
  if (initial) watch(initial);

  return {
    reload(src) {
      if (!(template instanceof HTMLElement)) return;
      const next = template.cloneNode(true) as HTMLElement;
      next.setAttribute('src', src);
      watch(next);
      container.replaceChildren(next);
    },
  };
}
