// Server-rendered markup of the Primer ViewComponents the page uses, shaped the way PVC's
// templates render them, so PVC's own custom elements (select-panel, action-menu, …) find the
// targets, ids, roles and aria attributes they expect.
import { attributes, html, type Html } from './html.ts';
import { octicon } from './octicon.ts';
import type { IconName } from '../shared/icon-shapes.ts';

export interface ButtonOptions {
  readonly label: Html | string;
  readonly scheme?: 'primary' | 'secondary' | 'invisible' | 'danger';
  readonly size?: 'small' | 'medium';
  readonly type?: 'button' | 'submit';
  readonly leadingIcon?: IconName;
  readonly trailingCaret?: boolean;
  readonly classes?: string;
  readonly attrs?: Record<string, string | boolean | undefined>;
}

function buttonInner(options: ButtonOptions): Html {
  return html`<span class="Button-content">${options.leadingIcon && html`<span class="Button-visual Button-leadingVisual">${octicon(options.leadingIcon)}</span>`}<span class="Button-label">${options.label}</span></span>${options.trailingCaret && html`<span class="Button-visual Button-trailingAction">${octicon('triangle-down')}</span>`}`;
}

const buttonClass = (options: ButtonOptions): string =>
  `Button--${options.scheme ?? 'secondary'} Button--${options.size ?? 'medium'} Button ${options.classes ?? ''}`.trim();

export function button(options: ButtonOptions): Html {
  return html`<button${attributes({ type: options.type ?? 'button', ...options.attrs })} data-view-component="true" class="${buttonClass(options)}">${buttonInner(options)}</button>`;
}

/** A link styled as a button (e.g. "Generate new token"). */
export function linkButton(href: string, options: ButtonOptions): Html {
  return html`<a href="${href}"${attributes({ ...options.attrs })} data-view-component="true" class="${buttonClass(options)}">${buttonInner(options)}</a>`;
}

export function closeButton(dialogId: string): Html {
  return html`<button data-close-dialog-id="${dialogId}" aria-label="Close" type="button" data-view-component="true" class="close-button Overlay-closeButton">${octicon('x')}</button>`;
}

export function spinner(label: string, target?: string): Html {
  return html`<svg aria-label="${label}" role="img"${attributes({ 'data-target': target })} width="32" height="32" viewBox="0 0 16 16" fill="none" class="anim-rotate"><circle cx="8" cy="8" r="7" stroke="currentColor" stroke-opacity="0.25" stroke-width="2" fill="none"></circle><path d="M15 8a7 7 0 0 0-7-7" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path></svg>`;
}

/**
 * One ActionList item. The `li` is role=none and does nothing when clicked; the button inside
 * carries the role, the value and the checked state, as PVC renders it.
 */
export interface ActionListItemOptions {
  readonly label: string;
  readonly value: string;
  readonly role: 'option' | 'menuitemradio';
  readonly checked: boolean;
  /** single: a check mark that shows when chosen; multiple: a checkbox. */
  readonly selection: 'single' | 'multiple';
  readonly leadingIcon?: IconName;
  readonly itemClasses?: string;
  readonly itemAttrs?: Record<string, string | undefined>;
}

export function actionListItem(options: ActionListItemOptions): Html {
  // Menus mark the choice with aria-checked; PVC's SelectPanel (0.51) uses aria-selected.
  const stateAttribute = options.role === 'option' ? 'aria-selected' : 'aria-checked';
  const selectionVisual = options.selection === 'single'
    ? octicon('check', 'ActionListItem-singleSelectCheckmark')
    : html`<span class="FormControl-checkbox"></span>`;
  return html`<li${attributes({ ...options.itemAttrs })} data-targets="action-list.items" role="none" data-view-component="true" class="ActionListItem ${options.itemClasses ?? ''}"><button${attributes({ [stateAttribute]: String(options.checked) })} type="button" role="${options.role}" data-value="${options.value}" tabindex="-1" data-view-component="true" class="ActionListContent${options.leadingIcon ? ' ActionListContent--visual16' : ''}"><span class="ActionListItem-visual ActionListItem-action--leading">${selectionVisual}</span>${options.leadingIcon && html`<span class="ActionListItem-visual ActionListItem-visual--leading">${octicon(options.leadingIcon)}</span>`}<span data-view-component="true" class="ActionListItem-label">${options.label}</span></button></li>`;
}

/** The list a SelectPanel shows (also what its fragment endpoints answer with). */
export function selectPanelList(panelId: string, title: string, multiple: boolean, items: readonly Html[]): Html {
  return html`<action-list data-view-component="true"><div data-view-component="true"><ul id="${panelId}-list" aria-label="${title} options"${attributes({ 'aria-multiselectable': multiple ? 'true' : undefined })} role="listbox" data-view-component="true" class="ActionListWrap p-2">${items}</ul></div></action-list>`;
}

export interface SelectPanelOptions {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly variant: 'single' | 'multiple';
  /** remote: every filter change asks the server; eventually_local: one fetch, then local filtering. */
  readonly fetchStrategy: 'remote' | 'eventually_local';
  readonly src: string;
  readonly showButton: ButtonOptions;
  readonly filterPlaceholder?: string;
  readonly noResultsLabel: string;
  readonly dynamicLabel?: boolean;
  /** Hidden inputs PVC keeps in sync with the selection ([data-list-inputs]). */
  readonly inputs?: Html;
}

/** PVC appends experimental=1 to a SelectPanel's src. */
const experimental = (src: string): string => `${src}${src.includes('?') ? '&' : '?'}experimental=1`;

export function selectPanel(options: SelectPanelOptions): Html {
  const { id } = options;
  const src = experimental(options.src);
  const loadingPanel = html`<div id="${id}-list" aria-disabled="true" aria-busy="true" class="SelectPanel-loadingPanel d-flex flex-items-center flex-justify-center text-center my-2"><div data-hide-on-error>${spinner('Loading content...', 'select-panel.bodySpinner')}</div><div data-show-on-error hidden data-target="select-panel.fragmentErrorElement" class="py-2">${octicon('alert', 'color-fg-danger')}<h2 class="f5 mt-2">Sorry, something went wrong.</h2></div></div>`;
  const body = options.fetchStrategy === 'eventually_local'
    ? html`<include-fragment data-target="select-panel.includeFragment" src="${src}" loading="lazy" accept="text/fragment+html">${loadingPanel}</include-fragment>`
    : loadingPanel;
  return html`<select-panel id="${id}" anchor-align="start" anchor-side="outside-bottom"${attributes({ 'data-select-variant': options.variant, 'data-fetch-strategy': options.fetchStrategy, 'data-open-on-load': 'false', 'data-dynamic-label': options.dynamicLabel })} data-view-component="true">
  <dialog-helper>
    ${button({ ...options.showButton, trailingCaret: true, attrs: { id: `${id}-button`, 'aria-controls': `${id}-dialog`, 'aria-haspopup': 'dialog', 'aria-expanded': 'false' } })}
    <dialog id="${id}-dialog" aria-labelledby="${id}-dialog-title"${attributes({ 'aria-describedby': options.subtitle && `${id}-dialog-description` })} data-target="select-panel.dialog" style="position: absolute;" data-view-component="true" class="Overlay Overlay-whenNarrow Overlay--size-small Overlay--motion-scaleFade SelectPanel">
      <div data-view-component="true" class="Overlay-header Overlay-header--divided">
        <div class="Overlay-headerContentWrap">
          <div class="Overlay-titleWrap">
            <h1 class="Overlay-title" id="${id}-dialog-title">${options.title}</h1>
            ${options.subtitle && html`<h2 id="${id}-dialog-description" class="Overlay-description">${options.subtitle}</h2>`}
          </div>
          <div class="Overlay-actionWrap">${closeButton(`${id}-dialog`)}</div>
        </div>
        <div class="Overlay-filterWrap">
          <div data-target="select-panel.bannerErrorElement" hidden><div class="flash flash-error mb-2"><h2 class="f6 text-normal">Sorry, something went wrong.</h2></div></div>
          <remote-input aria-owns="${id}-body"${attributes({ src: options.fetchStrategy === 'remote' ? src : undefined })} data-target="select-panel.remoteInput">
            <primer-text-field class="FormControl width-full FormControl--fullWidth">
              <label for="${id}-filter" class="sr-only FormControl-label">Filter</label>
              <div class="FormControl-input-wrap FormControl-input-wrap--leadingVisual">
                <span class="FormControl-input-leadingVisualWrap" data-target="primer-text-field.leadingVisual">${octicon('search', 'FormControl-input-leadingVisual')}</span>
                <span class="FormControl-input-leadingVisualWrap" hidden data-target="primer-text-field.leadingSpinner">${spinner('Loading')}</span>
                <input id="${id}-filter" name="filter" type="search"${attributes({ placeholder: options.filterPlaceholder })} autofocus autocomplete="off" data-target="select-panel.filterInputTextField primer-text-field.inputElement" class="FormControl-input FormControl-medium FormControl-input--leadingVisual">
              </div>
            </primer-text-field>
          </remote-input>
        </div>
      </div>
      <scrollable-region data-labelled-by="${id}-dialog-title">
        <div data-view-component="true" class="Overlay-body p-0">
          <focus-group direction="vertical" mnemonics retain>
            <live-region data-target="select-panel.liveRegion"></live-region>
            <div data-fetch-strategy="${options.fetchStrategy}" data-target="select-panel.list">
              <div id="${id}-body">${body}</div>
              <div data-target="select-panel.noResults" class="color-border-muted text-center d-flex flex-items-center flex-justify-center SelectPanel-emptyPanel" hidden><h2 class="v-align-middle m-3 f5">${options.noResultsLabel}</h2></div>
            </div>
          </focus-group>
        </div>
      </scrollable-region>
    </dialog>
  </dialog-helper>
  ${options.inputs}
</select-panel>`;
}

export interface ActionMenuOptions {
  readonly id: string;
  readonly classes?: string;
  readonly attrs?: Record<string, string | boolean | undefined>;
  readonly showButton: ButtonOptions;
  readonly items: readonly Html[];
  /** The hidden input PVC keeps in sync with the checked item. */
  readonly input: { readonly name: string; readonly value: string };
}

/** A single-select PVC ActionMenu whose button shows the chosen item's label. */
export function actionMenu(options: ActionMenuOptions): Html {
  const { id } = options;
  return html`<action-menu data-select-variant="single" data-dynamic-label data-view-component="true"${attributes({ class: options.classes, ...options.attrs })}>
  <focus-group direction="vertical" mnemonics retain>
    ${button({ ...options.showButton, trailingCaret: true, attrs: { id: `${id}-button`, popovertarget: `${id}-overlay`, 'aria-controls': `${id}-list`, 'aria-haspopup': 'true' } })}
    <anchored-position data-target="action-menu.overlay" id="${id}-overlay" anchor="${id}-button" align="start" side="outside-bottom" anchor-offset="normal" popover="auto" data-view-component="true">
      <div data-view-component="true" class="Overlay Overlay--size-auto">
        <div data-view-component="true" class="Overlay-body Overlay-body--paddingNone">
          <action-list data-view-component="true"><div data-view-component="true"><ul aria-labelledby="${id}-button" id="${id}-list" role="menu" data-view-component="true" class="ActionListWrap--inset ActionListWrap">${options.items}</ul></div></action-list>
        </div>
      </div>
    </anchored-position>
  </focus-group>
  <div data-list-inputs="true"><input type="hidden" name="${options.input.name}" value="${options.input.value}" autocomplete="off"></div>
</action-menu>`;
}
