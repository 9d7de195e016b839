// GitHub records the person's theme on <html data-color-mode="light|dark|auto">.
export function pageColorMode(document: Document): 'light' | 'dark' {
  const mode = document.documentElement.dataset.colorMode;
  if (mode === 'dark' || mode === 'light') return mode;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
