// GitHub records the person's theme on <html data-color-mode="light|dark|auto">.
export function pageColorMode(document: Document): 'light' | 'dark' {
  const mode = document.documentElement.dataset.colorMode;
  if (mode === 'dark' || mode === 'light') return mode;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls back when the person switches GitHub's theme, or the system's while GitHub follows it. */
export function watchColorMode(document: Document, signal: AbortSignal, changed: () => void): void {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-color-mode'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', changed, { signal });
}
