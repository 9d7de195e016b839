// Every selector PAT Pilot uses on GitHub's pages, in one place. Each entry lists alternatives
// in order of preference: stable hooks first (id, name, role, aria, data-*), visible text last,
// because translation userscripts rewrite text. Generations are those of the research note:
// gen1 (2022-23, <details> menus), gen2 (2024-Aug 2025, Primer ViewComponents), gen3 (now:
// the React permissions picker). Hashed class names (prc-*, *-module__*) are never used.

export type Generation = 'gen1' | 'gen2' | 'gen3' | 'all';

export interface Alternative {
  readonly css: string;
  /** Keep only elements whose whitespace-normalised text matches. */
  readonly text?: RegExp;
  /**
   * Keep only elements whose accessible name (what a screen reader announces: aria-labelledby,
   * aria-label, label, content) matches. Names go here, never into [aria-label=…] selectors:
   * Primer React names icon buttons through a tooltip's id.
   */
  readonly name?: RegExp;
  readonly generation: Generation;
}

export type Alternatives = readonly Alternative[];

/** A value inside a CSS attribute selector: quotes and backslashes escaped. */
export const cssString = (value: string): string => value.replace(/["\\]/g, '\\$&');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}$`, 'i');
const startsWith = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}\\b`, 'i');

export const selectors = {
  form: [
    { css: 'form#new_user_programmatic_access', generation: 'all' },
    { css: 'form[action$="/settings/personal-access-tokens"]', generation: 'all' },
    { css: 'form:has(input[name="user_programmatic_access[name]"])', generation: 'all' },
  ],
  signedInUser: [{ css: 'meta[name="user-login"]', generation: 'all' }],
  nameInput: [
    { css: 'input#user_programmatic_access_name', generation: 'all' },
    { css: 'input[name="user_programmatic_access[name]"]', generation: 'all' },
  ],
  descriptionInput: [
    { css: 'textarea#user_programmatic_access_description', generation: 'all' },
    { css: 'textarea[name="user_programmatic_access[description]"]', generation: 'all' },
  ],
  ownerButton: [
    { css: 'button#resource-owner-select-panel-button', generation: 'gen2' },
    { css: 'select-panel[id*="resource-owner"] button[aria-haspopup]', generation: 'gen2' },
    { css: '[id*="resource-owner"] button[aria-haspopup], [id*="resource-owner"] summary', generation: 'gen1' },
  ],
  /**
   * The owner panel's error state, when GitHub could not load the list ("Sorry, something went
   * wrong."). Every Primer SelectPanel carries that text hidden, in its banner and its fragment
   * error (live-page-2026 §2.3), so only an error outside anything hidden counts, whoever reads it.
   */
  ownerListError: [
    { css: '[id*="resource-owner"] [data-target="select-panel.fragmentErrorElement"]:not([hidden]):not([hidden] *), [id*="resource-owner"] [data-target="select-panel.bannerErrorElement"]:not([hidden]):not([hidden] *)', generation: 'gen2' },
    { css: '[id*="resource-owner"] :is([role="alert"], .flash-error):not([hidden]):not([hidden] *)', text: /went wrong|could not|failed/i, generation: 'all' },
  ],
  ownerValue: [{ css: 'input[name="target_name"]', generation: 'all' }],
  ownerFilter: [
    { css: 'input#resource-owner-select-panel-filter', generation: 'gen2' },
    { css: '[id*="resource-owner"] input[type="text"], [id*="resource-owner"] input[type="search"]', generation: 'all' },
  ],
  expirationButton: [
    { css: '.js-new-default-token-expiration-select button[popovertarget]', generation: 'gen2' },
    { css: '.js-new-default-token-expiration-select button[aria-haspopup]', generation: 'gen2' },
    { css: 'button[aria-haspopup]', text: /^(\d+ days? \(|No expiration|Custom)/i, generation: 'gen2' },
  ],
  expirationItems: [
    { css: '.js-new-default-token-expiration-select [role="menuitemradio"][data-value]', generation: 'gen2' },
    { css: '.js-new-default-token-expiration-item [data-value]', generation: 'gen2' },
  ],
  /** The classic form's expiration is the same ActionMenu, writing its own field names (last). */
  expirationValue: [
    { css: 'input[name="user_programmatic_access[default_expires_at]"]', generation: 'all' },
    { css: 'select[name="user_programmatic_access[default_expires_at]"]', generation: 'gen1' },
    { css: 'input[name="oauth_access[default_expires_at]"]', generation: 'all' },
  ],
  customExpirationDate: [
    { css: 'input#user_programmatic_access_custom_expires_at', generation: 'all' },
    { css: 'input[name="user_programmatic_access[custom_expires_at]"]', generation: 'all' },
    { css: 'input#oauth_access_custom_expires_at', generation: 'all' },
    { css: 'input[name="oauth_access[custom_expires_at]"]', generation: 'all' },
  ],
  /** The lazily loaded part of the form, while it is still loading. */
  accessFragmentLoading: [{ css: 'include-fragment[src*="select-access"]', generation: 'all' }],
  requestMessage: [
    { css: 'textarea[name="reason"]', generation: 'all' },
  ],
  repositoryAccessRadios: [{ css: 'input[type="radio"][name="install_target"]', generation: 'all' }],
  pickerButton: [
    { css: 'button#repository-menu-list-button', generation: 'gen2' },
    { css: 'select-panel#repository-menu-list button[aria-haspopup]', generation: 'gen2' },
    { css: 'button, summary', text: /^Select repositories$/i, generation: 'all' },
  ],
  pickerDialog: [
    { css: 'dialog#repository-menu-list-dialog', generation: 'gen2' },
    { css: 'select-panel#repository-menu-list dialog', generation: 'gen2' },
    { css: '#repository-menu-list, details-menu.select-menu-modal', generation: 'gen1' },
  ],
  pickerFilter: [
    { css: 'input#repository-menu-list-filter', generation: 'gen2' },
    { css: '#repository-menu-list-dialog input[type="search"], #repository-menu-list-dialog input[type="text"]', generation: 'gen2' },
    { css: '#repository-menu-list input[type="text"], #repository-menu-list input[type="search"]', generation: 'gen1' },
  ],
  pickerOptions: [
    { css: '#repository-menu-list button[role="option"]', generation: 'gen2' },
    { css: '#repository-menu-list [role="option"]', generation: 'gen2' },
    { css: '#repository-menu-list [role="menuitemcheckbox"], #repository-menu-list-dialog [role="option"]', generation: 'gen1' },
  ],
  pickerClose: [
    { css: '#repository-menu-list-dialog button', name: /^Close$/i, generation: 'gen2' },
    { css: '[data-close-dialog-id="repository-menu-list-dialog"]', generation: 'gen2' },
    { css: '#repository-menu-list-dialog .Overlay-closeButton', generation: 'gen2' },
  ],
  selectedRepositoryIds: [
    { css: 'input[name="repository_ids[]"]', generation: 'all' },
  ],
  /** Rows listing the chosen repositories below the picker, with "owner/name" text and the id. */
  selectedRepositoryRows: [
    { css: '.js-repository-picker-result', generation: 'gen2' },
  ],
  permissionInputs: [
    { css: 'input[name^="integration[default_permissions]["]', generation: 'all' },
  ],
  permissionTabs: [{ css: '[role="tab"]', generation: 'gen3' }],
  addPermissionsButton: [
    { css: 'button', name: /^\+?\s*Add permissions$/i, generation: 'gen3' },
  ],
  permissionSearch: [
    { css: '[role="dialog"] input[placeholder="Search"], [role="menu"] input[placeholder="Search"]', generation: 'gen3' },
    { css: 'input[placeholder="Search"]', generation: 'gen3' },
    { css: '[role="dialog"] input[type="text"], [role="menu"] input[type="text"]', name: /Search|permissions/i, generation: 'gen3' },
  ],
  /** Items of the "Add permissions" menu; the widget matches them by accessible name. */
  permissionMenuItems: [
    { css: '[role="menuitemcheckbox"]', generation: 'gen3' },
    { css: '[role="option"]', generation: 'gen3' },
  ],
  /** Items of a row's access level menu. */
  permissionLevelItems: [{ css: '[role="menuitemradio"]', generation: 'gen3' }],
  permissionLevelButtonInRow: [
    { css: 'button', name: /^Access:/i, generation: 'gen3' },
    { css: 'button', text: /^Access:/i, generation: 'gen3' },
    { css: '.js-action-selection-list-menu-button', generation: 'gen2' },
  ],
  generateButton: [
    { css: 'button.js-integrations-install-form-submit', generation: 'all' },
    { css: 'button[type="submit"]', text: /^Generate token( and request access)?$/i, generation: 'all' },
  ],
  /** GitHub's dialogs and menus: the person works inside one while focus is there (Primer React portals its menus). */
  openPopup: [
    { css: 'dialog[open]', generation: 'gen2' },
    { css: '[popover]', generation: 'gen3' },
    { css: '[role="menu"], [role="listbox"], [role="dialog"]', generation: 'gen3' },
  ],
  confirmationDialog: [
    { css: 'dialog#confirm-fg-pat, #confirm-fg-pat', generation: 'gen3' },
    { css: 'turbo-frame#fg_pat_confirmation_dialog dialog', generation: 'gen3' },
  ],
  /** The row of one added permission, around its remove and level buttons. */
  permissionRowContainer: [
    { css: 'li', generation: 'gen3' },
    { css: '[role="listitem"], [role="row"]', generation: 'gen3' },
  ],
  /** The part of a Primer ViewComponents item or button that holds its label, without captions. */
  itemLabel: [
    { css: '.ActionListItem-label', generation: 'gen2' },
    { css: '[data-repository-name]', generation: 'gen2' },
  ],
  buttonLabel: [{ css: '.Button-label', generation: 'gen2' }],
  /** Gen 2 rows below the picker: the id input and the "owner/name" text of each chosen repository. */
  selectedRepositoryRowName: [{ css: '.repo-and-owner', generation: 'gen2' }],
  /** What a radio's person-facing label is wrapped in. */
  radioLabel: [
    { css: 'label', generation: 'all' },
    { css: '.form-checkbox, .FormControl-radio-wrap', generation: 'gen2' },
  ],
  /** The element GitHub's name availability check wraps the name field in. */
  nameCheck: [{ css: 'auto-check', generation: 'all' }],
  /** Whatever a click can submit a form with. */
  submitControl: [{ css: 'button, input[type="submit"]', generation: 'all' }],
  /** The list page's row for a token created just now. PAT Pilot only notices it; it never reads the token. */
  newTokenRow: [{ css: '.new-token', generation: 'all' }],
  // The pages around a token after it exists (issue #12). Nobody here has seen their markup: every
  // first alternative is a GUESS (see e2e/replica/pages/token-list-page.ts, token-statement.ts and
  // request-pages.ts), the others are what the reports say the pages hold (links, headings).
  /** A row of the token list (not the one showing a new token's value). */
  tokenListRows: [
    { css: 'li.access-token', generation: 'gen3' },
    { css: 'li:has(a[href*="/settings/personal-access-tokens/"])', generation: 'all' },
  ],
  /** In a row, the link to the token's page; its href ends with the token's id. */
  tokenPageLink: [{ css: 'a[href*="/settings/personal-access-tokens/"]:not([href$="/regenerate"])', generation: 'all' }],
  /** The column of a settings page that states a token (its page, a request's page). */
  settingsMain: [
    { css: '.Layout-main', generation: 'gen3' },
    { css: 'main', generation: 'all' },
  ],
  /** The page's title: a token's name on its page and on a request's page. */
  pageHeading: [
    { css: '.Subhead-heading', generation: 'gen3' },
    { css: 'main h1', generation: 'all' },
  ],
  /** The headings that start each part of a token's statement ("Repository access", "Repository permissions"). */
  statementHeadings: [{ css: 'h2, h3, h4', generation: 'all' }],
  /** Lines of a statement's part: one repository, or one "Read access to …" sentence. */
  statementLines: [{ css: 'li', generation: 'all' }],
  /** A row of an organization's pending requests. */
  requestRows: [
    { css: '.js-token-request', generation: 'gen3' },
    { css: 'li:has(a[href*="/settings/personal-access-token-requests/"])', generation: 'all' },
  ],
  /** In a row, the link to the request's page. */
  requestLink: [{ css: 'a[href*="/settings/personal-access-token-requests/"]', generation: 'all' }],
  /** The reason a member gave for a request. */
  requestReason: [{ css: '.js-request-reason', generation: 'gen3' }],
  sudoReturnTo: [{ css: 'input[name="return_to"]', generation: 'all' }],

  // The classic token form (github.com/settings/tokens/new), after public automation code of
  // 2025–26: form#new_oauth_access, the note oauth_access[description] and one checkbox
  // oauth_access[scopes][] per scope. Its expiration shares the entries above.
  classicForm: [
    { css: 'form#new_oauth_access', generation: 'all' },
    { css: 'form:has(input[name="oauth_access[description]"])', generation: 'all' },
  ],
  noteInput: [
    { css: 'input#oauth_access_description', generation: 'all' },
    { css: 'input[name="oauth_access[description]"]', generation: 'all' },
  ],
  scopeCheckboxes: [{ css: 'input[type="checkbox"][name="oauth_access[scopes][]"]', generation: 'all' }],
  classicGenerateButton: [
    { css: 'form#new_oauth_access button[type="submit"]', text: /^Generate token$/i, generation: 'all' },
    { css: 'form:has(input[name="oauth_access[description]"]) button[type="submit"]', text: /^Generate token$/i, generation: 'all' },
  ],
  /**
   * On the classic token list, the new token's "Configure SSO" menu, shown when an organization of
   * the person's enforces SAML single sign-on (GitHub's docs: "Next to the token you'd like to
   * authorize, click Configure SSO", then "Authorize" to the right of the organization).
   */
  singleSignOnButton: [{ css: '.new-token summary, .new-token button', name: /^Configure SSO$/i, generation: 'all' }],
  /** The menu's rows, one per organization, each ending in its "Authorize" control. */
  singleSignOnRows: [{ css: '.new-token [role="menu"] [role="menuitem"]', generation: 'all' }],
  sudoForm: [
    { css: 'form[action="/sessions/sudo"]', generation: 'all' },
    { css: 'form[action*="/sessions/sudo"]', generation: 'all' },
  ],
} as const satisfies Record<string, Alternatives>;

/** Selectors that depend on a value: an owner login, a menu value, a display name. */
export const valueSelectors = {
  ownerOption: (login: string): Alternatives => [
    { css: `#resource-owner-select-panel button[role="option"][data-value="${cssString(login)}"]`, generation: 'gen2' },
    { css: `li[data-actor-is-organization] button[data-value="${cssString(login)}"]`, generation: 'gen2' },
    { css: '[id*="resource-owner"] [role="option"], [id*="resource-owner"] [role="menuitemradio"]', text: exactly(login), generation: 'all' },
  ],
  expirationItem: (value: string): Alternatives => [
    { css: `.js-new-default-token-expiration-select [role="menuitemradio"][data-value="${cssString(value)}"]`, generation: 'gen2' },
    { css: `.js-new-default-token-expiration-item [data-value="${cssString(value)}"]`, generation: 'gen2' },
    { css: '[role="menuitemradio"]', text: value === 'none' ? /^No expiration/i : value === 'custom' ? /^Custom/i : new RegExp(`^${escapeRegExp(value)} days?\\b`, 'i'), generation: 'all' },
  ],
  repositoryAccessRadio: (value: string): Alternatives => [
    { css: `input#install_target_${cssString(value)}`, generation: 'all' },
    { css: `input[type="radio"][name="install_target"][value="${cssString(value)}"]`, generation: 'all' },
  ],
  permissionTab: (label: RegExp): Alternatives => [
    { css: '[role="tab"]', name: label, generation: 'gen3' },
    { css: '[role="tab"]', text: label, generation: 'gen3' },
  ],
  /** Gen 2 rows carry data-resource buttons and start with the name (Gen 3 rows are found from their remove button). */
  permissionRowGen2: (name: string): Alternatives => [
    { css: 'li:has([data-resource])', text: startsWith(name), generation: 'gen2' },
  ],
  /** A row's icon button, named "Remove <Name>" by its tooltip (Primer React's IconButton). */
  permissionRemove: (name: string): Alternatives => [
    { css: 'button', name: exactly(`Remove ${name}`), generation: 'gen3' },
  ],
  /** Gen 2 rows carry the key and level as data attributes. */
  permissionLevelItemByKey: (key: string, level: string): Alternatives => [
    { css: `button[data-resource="${cssString(key)}"][data-value="${cssString(level)}"]`, generation: 'gen2' },
  ],
} as const;
