// Runs in the captured page (no imports: it is passed to page.evaluate). Returns the page as
// HTML with nothing personal in it: no scripts, no token, no CSRF values, no user ids, e-mails,
// avatars or names of the signed-in person, nor the logins of other people it links. What the
// extension's selectors look at (ids, names, roles, aria, classes, structure) is kept.
export function sanitizedPageHtml(): string {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  const login = document.querySelector('meta[name="user-login"]')?.getAttribute('content') ?? '';
  copy.querySelectorAll('script, noscript, iframe, link[rel="preload"], link[rel="modulepreload"]').forEach((element) => element.remove());
  // The live values (typed text, the token) are properties, not attributes: write down the form's, blank the token.
  const live = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
  copy.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea').forEach((field, index) => {
    const original = live[index];
    const value = original && original.type !== 'password' ? original.value : '';
    if (field instanceof HTMLTextAreaElement) field.textContent = value;
    else field.setAttribute('value', value);
    if (original && 'checked' in original && original.checked) field.setAttribute('checked', '');
  });
  copy.querySelectorAll('#new-access-token, [id*="access-token"] input, input[value^="github_pat_"]').forEach((field) => field.setAttribute('value', 'github_pat_REDACTED'));
  copy.querySelectorAll('input[name="authenticity_token"], input[name="timestamp_secret"], input[name="timestamp"]').forEach((field) => field.setAttribute('value', 'REDACTED'));
  copy.querySelectorAll('[data-csrf], [csrf]').forEach((element) => {
    if (element.hasAttribute('csrf')) element.setAttribute('csrf', 'REDACTED');
  });
  copy.querySelectorAll('meta').forEach((meta) => {
    const name = meta.getAttribute('name') ?? meta.getAttribute('property') ?? '';
    // user-login stays (PAT Pilot reads it); its value is replaced with every other mention of the login below.
    if (name === 'user-login') return;
    if (/csrf|user|octolytics|analytics|visitor|request-id|html-safe-nonce|hostname|expected-hostname|release|session/i.test(name)) meta.remove();
  });
  copy.querySelectorAll('img').forEach((image) => image.setAttribute('src', 'data:,'));
  // Other people (members asking for a token on an admin's page) are named by user links.
  copy.querySelectorAll('a[data-hovercard-type="user"]').forEach((link) => {
    link.setAttribute('href', '/a-member');
    link.textContent = link.textContent?.trim().startsWith('@') ? '@a-member' : 'a-member';
  });
  copy.querySelectorAll('*').forEach((element) => {
    for (const attribute of [...element.attributes]) {
      if (/^data-(hovercard|octo|analytics|ga-|user-id|hydro)|^nonce$|^integrity$/.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  });
  let html = `<!DOCTYPE html>\n${copy.outerHTML}`;
  html = html.replace(/github_pat_[A-Za-z0-9_]{10,}/g, 'github_pat_REDACTED').replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, 'person@example.com');
  if (login) html = html.split(login).join('signed-in-user');
  return html;
}
