// The page-drift suite's variants of the page, applied to what the replica answers: the same
// page as GitHub might serve it after a rebuild, a redesign of its markup, or through a
// translation userscript (which the page's own script plays, see client/translate.ts).
import type { ReplicaDrift } from './config.ts';
import type { ReplicaResponse } from './http/responses.ts';

/** prc-ActionList-Item-AbC12 and File-module__name--AbC12 get another hash, as after a rebuild. */
const rehash = (text: string): string =>
  text
    .replace(/\b(prc-[A-Za-z0-9]+-[A-Za-z0-9]+-)([A-Za-z0-9_-]{5})(?![A-Za-z0-9_-])/g, (_, prefix: string, hash: string) => `${prefix}${[...hash].reverse().join('')}`)
    .replace(/(-module__[A-Za-z0-9_]+--)([A-Za-z0-9_-]{5})\b/g, (_, prefix: string, hash: string) => `${prefix}${[...hash].reverse().join('')}`);

/** Each form widget sits two elements deeper. Tags that never nest in themselves are wrapped whole. */
const wrapped = ['auto-check', 'textarea', 'select-panel', 'action-menu', 'fieldset', 'react-partial', 'include-fragment'];

function wrapWidgets(html: string): string {
  let result = html.replace(/<input\b[^>]*>/g, (input) => `<span class="drift-wrapper"><span>${input}</span></span>`);
  for (const tag of wrapped) {
    result = result
      .replace(new RegExp(`<${tag}\\b`, 'g'), `<div class="drift-wrapper"><div><${tag}`)
      .replace(new RegExp(`</${tag}>`, 'g'), `</${tag}></div></div>`);
  }
  return result;
}

export function applyDrift(drift: ReplicaDrift, response: ReplicaResponse): ReplicaResponse {
  const type = response.headers['content-type'] ?? '';
  if (!/text\/(html|css|fragment)|javascript/.test(type) || Object.keys(drift).length === 0) return response;
  let body = response.body.toString();
  if (drift.renamedClasses) body = rehash(body);
  if (/html|fragment/.test(type)) {
    if (drift.missing === 'expiration') body = body.replace(/<!-- expiration -->[\s\S]*?<!-- \/expiration -->/, '');
    if (drift.extraWrappers) body = wrapWidgets(body);
    if (drift.translatedLabels) body = body.replace(/<html\b/, '<html data-translate="fr"');
  }
  return { ...response, body };
}
