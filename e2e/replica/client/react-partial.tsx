/** @jsxImportSource react */
// GitHub mounts its React islands from <react-partial partial-name="…">, whose embedded JSON
// script holds the props. This element does the same for the partials the page registers.
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

/** Renders a partial from its embedded props (JSON, so checked by the partial's own types). */
export type PartialRenderer = (props: unknown) => ReactElement;

export function defineReactPartials(partials: Readonly<Record<string, PartialRenderer>>): void {
  class ReactPartialElement extends HTMLElement {
    #root: Root | undefined;

    connectedCallback(): void {
      const render = partials[this.getAttribute('partial-name') ?? ''];
      const data = this.querySelector('script[data-target="react-partial.embeddedData"]');
      const container = this.querySelector('[data-target="react-partial.reactRoot"]');
      if (!render || !data || !container || this.#root) return;
      const { props } = JSON.parse(data.textContent ?? '{}') as { props: unknown };
      this.#root = createRoot(container);
      const root = this.#root;
      // Synchronous, so the partial's inputs exist by the time include-fragment reports "replaced".
      flushSync(() => root.render(render(props)));
    }

    disconnectedCallback(): void {
      const root = this.#root;
      this.#root = undefined;
      // Not during the DOM change that removed us.
      queueMicrotask(() => root?.unmount());
    }
  }
  if (!customElements.get('react-partial')) customElements.define('react-partial', ReactPartialElement);
}
