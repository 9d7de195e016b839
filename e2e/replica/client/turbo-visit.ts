// A Turbo-like visit, as github.com navigates between its pages: a click on a same-origin link
// fetches the next page, swaps <body>, pushes the URL and fires turbo:load. The document (and an
// extension's content script in it) stays the same, which is what PAT Pilot must notice.

async function visit(url: string, afterSwap: () => void): Promise<void> {
  const response = await fetch(url, { headers: { Accept: 'text/html, application/xhtml+xml' }, credentials: 'same-origin' });
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.title = next.title;
  document.body.replaceWith(document.adoptNode(next.body));
  history.pushState({ turbo: true }, '', response.url);
  afterSwap();
  document.dispatchEvent(new Event('turbo:load'));
}

export function interceptLinkVisits(afterSwap: () => void): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.origin !== location.origin || link.dataset.turbo === 'false' || link.target) return;
    event.preventDefault();
    void visit(link.href, afterSwap);
  });
  addEventListener('popstate', () => location.reload());
}
