// @vitest-environment happy-dom
// Accessible names over the markup Primer React itself renders (the components GitHub's
// permissions partial is built from), not over markup we wrote to look like it.
import { IconButton, ActionList, Button } from '@primer/react';
import { TrashIcon } from '@primer/octicons-react';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { accessibleName, find } from './dom.ts';
import { selectors, valueSelectors } from './selectors.ts';

function render(element: ReactElement): HTMLElement {
  document.body.innerHTML = `<div id="root">${renderToStaticMarkup(element)}</div>`;
  return document.getElementById('root')!;
}

describe('accessibleName on Primer React', () => {
  it('names an IconButton through its tooltip (aria-labelledby), which has no aria-label', () => {
    const root = render(h(IconButton, { icon: TrashIcon, 'aria-label': 'Remove Contents', variant: 'invisible' }));
    const button = root.querySelector('button')!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(button.getAttribute('aria-labelledby')).toBeTruthy();
    expect(accessibleName(button)).toBe('Remove Contents');
    expect(find(document, valueSelectors.permissionRemove('Contents'))).toBe(button);
    expect(find(document, valueSelectors.permissionRemove('Content'))).toBeUndefined();
  });

  it('names a disabled IconButton by the aria-label it keeps', () => {
    const root = render(h(IconButton, { icon: TrashIcon, 'aria-label': 'Remove Metadata', disabled: true }));
    expect(accessibleName(root.querySelector('button')!)).toBe('Remove Metadata');
    expect(find(document, valueSelectors.permissionRemove('Metadata'))).toBeDefined();
  });

  it('names an ActionList item by its label, leaving out the selection icon', () => {
    const root = render(h(ActionList, { selectionVariant: 'single', role: 'menu' },
      h(ActionList.Item, { role: 'menuitemradio', selected: true }, 'Read-only'),
      h(ActionList.Item, { role: 'menuitemradio' }, 'Read and write')));
    const items = [...root.querySelectorAll('[role="menuitemradio"]')];
    expect(items.map(accessibleName)).toEqual(['Read-only', 'Read and write']);
  });

  it('names a Button from its content, visuals included, so the row\'s "Access:" button is found', () => {
    render(h(Button, { leadingVisual: () => h('span', null, 'Access:') }, 'Read-only'));
    const button = find(document, selectors.permissionLevelButtonInRow)!;
    // Inline parts join without a space, as in browsers: "Access:Read-only".
    expect(accessibleName(button)).toMatch(/^Access:\s*Read-only$/);
  });

  it('leaves aria-hidden content out and takes a field\'s label', () => {
    const root = render(h('div', null,
      h('button', { id: 'b' }, h('span', { 'aria-hidden': 'true' }, '+'), ' Add permissions'),
      h('label', { htmlFor: 'f' }, 'Search permissions'), h('input', { id: 'f', type: 'text' })));
    expect(accessibleName(root.querySelector('#b')!)).toBe('Add permissions');
    expect(accessibleName(root.querySelector('#f')!)).toBe('Search permissions');
    expect(find(document, selectors.addPermissionsButton)).toBe(root.querySelector('#b'));
  });
});
