// Every selector PAT Pilot uses on GitHub's pages, in one place. Each entry lists alternatives
// in order of preference: stable hooks first (id, name, role, aria, data-*), visible text last,
// because translation userscripts rewrite text. Generations are those of the research note:
// gen1 (2022-23, <details> menus), gen2 (2024-Aug 2025, Primer ViewComponents), gen3 (now:
// the React permissions picker). Hashed class names (prc-*, *-module__*) are never used. Each
// alternative says where it was seen (as Refined GitHub's selectors do), so a drift found in a
// capture can be traced to the report it came from.

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
  /**
   * Where this alternative was seen: a research note's section and source tag (e.g.
   * "live-page-2026 §3 [T terrylica, live 2026-06]"), a capture file, or "[I]" with the reason
   * when it is our inference. Kept beside the selector so a drift can be traced to its report.
   */
  readonly evidence: string;
}

export type Alternatives = readonly Alternative[];

/** A value inside a CSS attribute selector: quotes and backslashes escaped. */
export const cssString = (value: string): string => value.replace(/["\\]/g, '\\$&');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}$`, 'i');
const startsWith = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}\\b`, 'i');

/** Any element that can carry a part's label: not a link or a button, whose words are the part itself or an action. */
const statementLabel = 'h1, h2, h3, h4, h5, h6, [role="heading"], dt, th, td, legend, label, strong, b, span, div, p, summary';

export const selectors = {
  form: [
    { css: 'form#new_user_programmatic_access', generation: 'all', evidence: 'github-pat-page §1.0 [S9, S11, S12]: form#new_user_programmatic_access' },
    { css: 'form[action$="/settings/personal-access-tokens"]', generation: 'all', evidence: 'github-pat-page §1.0 [S9]: its action is /settings/personal-access-tokens' },
    { css: 'form:has(input[name="user_programmatic_access[name]"])', generation: 'all', evidence: '[I] the form around the name field (github-pat-page §1.1), whatever its id' },
  ],
  signedInUser: [{ css: 'meta[name="user-login"]', generation: 'all', evidence: 'github-pat-page §1.0 [S9]: meta[name="user-login"] holds the login' }],
  nameInput: [
    { css: 'input#user_programmatic_access_name', generation: 'all', evidence: 'github-pat-page §1.1 [S3, S4, S8, S14, S18]' },
    { css: 'input[name="user_programmatic_access[name]"]', generation: 'all', evidence: 'github-pat-page §1.1 [S3, S4, S8]: name="user_programmatic_access[name]"' },
  ],
  descriptionInput: [
    { css: 'textarea#user_programmatic_access_description', generation: 'all', evidence: 'github-pat-page §1.2 [S8, S4, S9, S19]' },
    { css: 'textarea[name="user_programmatic_access[description]"]', generation: 'all', evidence: 'github-pat-page §1.2 [S8, S9]' },
  ],
  ownerButton: [
    { css: 'button#resource-owner-select-panel-button', generation: 'gen2', evidence: 'github-pat-page §1.3 [S8, S18, S6]; live-page-2026 §2.3 [T ref 61860169684; Rakua]' },
    { css: 'select-panel[id*="resource-owner"] button[aria-haspopup]', generation: 'gen2', evidence: '[I] the same SelectPanel with another id suffix (PVC select_panel markup, live-page-2026 §2.3 [P])' },
    { css: '[id*="resource-owner"] button[aria-haspopup], [id*="resource-owner"] summary', generation: 'gen1', evidence: 'github-pat-page gen 1 (2022-23, <details> menus), [I] for the id' },
  ],
  /**
   * The owner panel's error state, when GitHub could not load the list ("Sorry, something went
   * wrong."). Every Primer SelectPanel carries that text hidden, in its banner and its fragment
   * error (live-page-2026 §2.3), so only an error outside anything hidden counts, whoever reads it.
   */
  ownerListError: [
    { css: '[id*="resource-owner"] [data-target="select-panel.fragmentErrorElement"]:not([hidden]):not([hidden] *), [id*="resource-owner"] [data-target="select-panel.bannerErrorElement"]:not([hidden]):not([hidden] *)', generation: 'gen2', evidence: 'live-page-2026 §2.3 [P primer/view_components select_panel.html.erb]: hidden error elements in every panel' },
    { css: '[id*="resource-owner"] :is([role="alert"], .flash-error):not([hidden]):not([hidden] *)', text: /went wrong|could not|failed/i, generation: 'all', evidence: '[I] an error shown as an alert; live-page-2026 §2.3: "Sorry, something went wrong."' },
  ],
  ownerValue: [{ css: 'input[name="target_name"]', generation: 'all', evidence: 'github-pat-page §1.3 [S8, S9, S11, S12]: hidden input target_name' }],
  ownerFilter: [
    { css: 'input#resource-owner-select-panel-filter', generation: 'gen2', evidence: 'github-pat-page §1.3 [S8, S18]: the SelectPanel\'s filter, id from PVC\'s naming' },
    { css: '[id*="resource-owner"] input[type="text"], [id*="resource-owner"] input[type="search"]', generation: 'all', evidence: '[I] any text field in the owner panel' },
  ],
  expirationButton: [
    { css: '.js-new-default-token-expiration-select button[popovertarget]', generation: 'gen2', evidence: 'github-pat-page §1.5 [S8, S18]: button[popovertarget] in .js-new-default-token-expiration-select' },
    { css: '.js-new-default-token-expiration-select button[aria-haspopup]', generation: 'gen2', evidence: 'github-pat-page §1.5: the same button also has aria-haspopup' },
    { css: 'button[aria-haspopup]', text: /^(\d+ days? \(|No expiration|Custom)/i, generation: 'gen2', evidence: 'live-page-2026 §2.4 [T Rakua; earl]: trigger labels "30 days (Jan 20, 2026)", "No expiration", "Custom"' },
  ],
  expirationItems: [
    { css: '.js-new-default-token-expiration-select [role="menuitemradio"][data-value]', generation: 'gen2', evidence: 'github-pat-page §1.5 [S8, S6]: button[role=menuitemradio][data-value]' },
    { css: '.js-new-default-token-expiration-item [data-value]', generation: 'gen2', evidence: 'github-pat-page §1.5 [S8]: li.js-new-default-token-expiration-item' },
  ],
  /** The classic form's expiration is the same ActionMenu, writing its own field names (last). */
  expirationValue: [
    { css: 'input[name="user_programmatic_access[default_expires_at]"]', generation: 'all', evidence: 'github-pat-page §1.5 [S3, S9, S12, S23]: hidden user_programmatic_access[default_expires_at]' },
    { css: 'select[name="user_programmatic_access[default_expires_at]"]', generation: 'gen1', evidence: 'github-pat-page gen 1 [S10, S19]: a <select> then' },
    { css: 'input[name="oauth_access[default_expires_at]"]', generation: 'all', evidence: 'live-page-2026 §2.6 [T automation scripts 2025-26]: the classic form\'s oauth_access[default_expires_at]' },
  ],
  customExpirationDate: [
    { css: 'input#user_programmatic_access_custom_expires_at', generation: 'all', evidence: 'github-pat-page §1.5 [S8, S13, S9]' },
    { css: 'input[name="user_programmatic_access[custom_expires_at]"]', generation: 'all', evidence: 'github-pat-page §1.5 [S8, S9]' },
    { css: 'input#oauth_access_custom_expires_at', generation: 'all', evidence: 'live-page-2026 §2.6 [T maboloshi]: the classic form\'s custom date' },
    { css: 'input[name="oauth_access[custom_expires_at]"]', generation: 'all', evidence: 'live-page-2026 §2.6 [T automation scripts]: oauth_access[custom_expires_at]' },
  ],
  /** The lazily loaded part of the form, while it is still loading. */
  accessFragmentLoading: [{ css: 'include-fragment[src*="select-access"]', generation: 'all', evidence: 'github-pat-page §1.0 [S9, S6, S3]: include-fragment src=…/select-access' }],
  requestMessage: [
    { css: 'textarea[name="reason"]', generation: 'all', evidence: 'github-pat-page §1.4 [S9, S2]; live-page-2026 §1.6 [P docs; T gh2-cli]: textarea[name="reason"]' },
  ],
  repositoryAccessRadios: [{ css: 'input[type="radio"][name="install_target"]', generation: 'all', evidence: 'github-pat-page §1.6 [S6, S17]: input[type=radio][name=install_target]' }],
  pickerButton: [
    { css: 'button#repository-menu-list-button', generation: 'gen2', evidence: 'github-pat-page §1.7 [S3, S5, S9]: button#repository-menu-list-button' },
    { css: 'select-panel#repository-menu-list button[aria-haspopup]', generation: 'gen2', evidence: 'live-page-2026 §2.3 [T terrylica; earl]: select-panel#repository-menu-list' },
    { css: 'button, summary', text: /^Select repositories$/i, generation: 'all', evidence: 'github-pat-page §1.7: the button\'s text "Select repositories"' },
  ],
  pickerDialog: [
    { css: 'dialog#repository-menu-list-dialog', generation: 'gen2', evidence: 'live-page-2026 §2.3 [T terrylica; earl]: dialog#repository-menu-list-dialog (modal)' },
    { css: 'select-panel#repository-menu-list dialog', generation: 'gen2', evidence: 'live-page-2026 §2.3 [P PVC select_panel markup]' },
    { css: '#repository-menu-list, details-menu.select-menu-modal', generation: 'gen1', evidence: 'github-pat-page gen 1 (details-menu), [I] for the id' },
  ],
  pickerFilter: [
    { css: 'input#repository-menu-list-filter', generation: 'gen2', evidence: 'github-pat-page §1.7 [S3, S9]: input#repository-menu-list-filter' },
    { css: '#repository-menu-list-dialog input[type="search"], #repository-menu-list-dialog input[type="text"]', generation: 'gen2', evidence: '[I] any text field in the dialog' },
    { css: '#repository-menu-list input[type="text"], #repository-menu-list input[type="search"]', generation: 'gen1', evidence: 'github-pat-page gen 1, [I]' },
  ],
  pickerOptions: [
    { css: '#repository-menu-list button[role="option"]', generation: 'gen2', evidence: 'live-page-2026 §2.3 [T terrylica; earl; gh2-cli]: button[role=option] with text owner/repo' },
    { css: '#repository-menu-list [role="option"]', generation: 'gen2', evidence: 'github-pat-page §1.7 [S3, S5, S9]' },
    { css: '#repository-menu-list [role="menuitemcheckbox"], #repository-menu-list-dialog [role="option"]', generation: 'gen1', evidence: 'github-pat-page gen 1, [I]' },
  ],
  pickerClose: [
    { css: '#repository-menu-list-dialog button', name: /^Close$/i, generation: 'gen2', evidence: 'live-page-2026 §2.3 [T terrylica]: closed via button[aria-label="Close"], matched by name' },
    { css: '[data-close-dialog-id="repository-menu-list-dialog"]', generation: 'gen2', evidence: 'github-pat-page §1.7 [S3, S9]: PVC\'s data-close-dialog-id' },
    { css: '#repository-menu-list-dialog .Overlay-closeButton', generation: 'gen2', evidence: 'github-pat-page §1.7: button.close-button.Overlay-closeButton' },
  ],
  selectedRepositoryIds: [
    { css: 'input[name="repository_ids[]"]', generation: 'all', evidence: 'github-pat-page §1.7 [S9, S12]; live-page-2026 §2.3 [T gh2-cli]: hidden input[name="repository_ids[]"]' },
  ],
  /** Rows listing the chosen repositories below the picker, with "owner/name" text and the id. */
  selectedRepositoryRows: [
    { css: '.js-repository-picker-result', generation: 'gen2', evidence: 'github-pat-page §1.7 gen 2: .js-repository-picker-result rows' },
  ],
  permissionInputs: [
    { css: 'input[name^="integration[default_permissions]["]', generation: 'all', evidence: 'live-page-2026 §2.2 [T gh2-cli parser]; github-pat-page §1.8: hidden integration[default_permissions][<key>]' },
  ],
  permissionTabs: [{ css: '[role="tab"]', generation: 'gen3', evidence: 'live-page-2026 §2.2 [T terrylica, live 2026-06]: role=tab "Repositories", "Account"' }],
  addPermissionsButton: [
    { css: 'button', name: /^\+?\s*Add permissions$/i, generation: 'gen3', evidence: 'live-page-2026 §2.2 [T terrylica; earl]; github-pat-page §1.8 [S4, S5, S18]: "Add permissions" ("+ Add permissions")' },
  ],
  permissionSearch: [
    { css: '[role="dialog"] input[placeholder="Search"], [role="menu"] input[placeholder="Search"]', generation: 'gen3', evidence: 'live-page-2026 §2.2 [T terrylica; earl]: placeholder="Search" in the menu' },
    { css: 'input[placeholder="Search"]', generation: 'gen3', evidence: 'live-page-2026 §2.2: the same field, unscoped' },
    { css: '[role="dialog"] input[type="text"], [role="menu"] input[type="text"]', name: /Search|permissions/i, generation: 'gen3', evidence: '[I] the menu\'s text field by its name' },
  ],
  /** Items of the "Add permissions" menu; the widget matches them by accessible name. */
  permissionMenuItems: [
    { css: '[role="menuitemcheckbox"]', generation: 'gen3', evidence: 'live-page-2026 §2.2 [T terrylica, Jun 2026]: menuitemcheckbox' },
    { css: '[role="option"]', generation: 'gen3', evidence: 'live-page-2026 §2.2 [T earl, Feb 2026]: role=option' },
  ],
  /** Items of a row's access level menu. */
  permissionLevelItems: [{ css: '[role="menuitemradio"]', generation: 'gen3', evidence: 'live-page-2026 §2.2 [T Rakua; terrylica; earl]: menuitemradio "No access" / "Read-only" / "Read and write"' }],
  permissionLevelButtonInRow: [
    { css: 'button', name: /^Access:/i, generation: 'gen3', evidence: 'live-page-2026 §2.2 [T Rakua log]: the access button reads "Access:" + level' },
    { css: 'button', text: /^Access:/i, generation: 'gen3', evidence: 'live-page-2026 §2.2: the same, by text' },
    { css: '.js-action-selection-list-menu-button', generation: 'gen2', evidence: 'github-pat-page §1.8 gen 2 [S8]: .js-action-selection-list-menu-button' },
  ],
  generateButton: [
    { css: 'button.js-integrations-install-form-submit', generation: 'all', evidence: 'live-page-2026 §2.5 [T Rakua; earl]; github-pat-page §1.10 [S3, S4, S14, S18]' },
    { css: 'button[type="submit"]', text: /^Generate token( and request access)?$/i, generation: 'all', evidence: 'github-pat-page §1.9 [S26]: "Generate token and request access" for organizations that require approval' },
  ],
  /** GitHub's dialogs and menus: the person works inside one while focus is there (Primer React portals its menus). */
  openPopup: [
    { css: 'dialog[open]', generation: 'gen2', evidence: 'live-page-2026 §2.3 [T terrylica]: the repository picker is a modal dialog' },
    { css: '[popover]', generation: 'gen3', evidence: 'live-page-2026 §2.2 [P primer/react Tooltip]: Primer React\'s popovers' },
    { css: '[role="menu"], [role="listbox"], [role="dialog"]', generation: 'gen3', evidence: '[I] ARIA roles of Primer React\'s menus and dialogs' },
  ],
  confirmationDialog: [
    { css: 'dialog#confirm-fg-pat, #confirm-fg-pat', generation: 'gen3', evidence: 'live-page-2026 §2.5 [T earl, 2026-02; ref 61860169684]: #confirm-fg-pat' },
    { css: 'turbo-frame#fg_pat_confirmation_dialog dialog', generation: 'gen3', evidence: 'live-page-2026 §2.5: turbo-frame fg_pat_confirmation_dialog' },
  ],
  /** The row of one added permission, around its remove and level buttons. */
  permissionRowContainer: [
    { css: 'li', generation: 'gen3', evidence: 'live-page-2026 §2.2 [T Rakua log]: each row an li (ListItem-module__listItem--*)' },
    { css: '[role="listitem"], [role="row"]', generation: 'gen3', evidence: '[I] ARIA roles for a row that is not an li' },
  ],
  /** The part of a Primer ViewComponents item or button that holds its label, without captions. */
  itemLabel: [
    { css: '.ActionListItem-label', generation: 'gen2', evidence: 'github-pat-page §1.0 [S18]: PVC classes such as ActionListItem-label' },
    { css: '[data-repository-name]', generation: 'gen2', evidence: '[I] a repository item\'s data attribute (e2e/replica, PVC)' },
  ],
  buttonLabel: [{ css: '.Button-label', generation: 'gen2', evidence: 'github-pat-page §1.0 [S18]: PVC\'s Button-label' }],
  /** Gen 2 rows below the picker: the id input and the "owner/name" text of each chosen repository. */
  selectedRepositoryRowName: [{ css: '.repo-and-owner', generation: 'gen2', evidence: 'github-pat-page §1.7 gen 2: .repo-and-owner' }],
  /** What a radio's person-facing label is wrapped in. */
  radioLabel: [
    { css: 'label', generation: 'all', evidence: 'github-pat-page §1.6 [S6, S17]: each radio\'s label' },
    { css: '.form-checkbox, .FormControl-radio-wrap', generation: 'gen2', evidence: '[I] PVC\'s wrappers around a radio' },
  ],
  /** The element GitHub's name availability check wraps the name field in. */
  nameCheck: [{ css: 'auto-check', generation: 'all', evidence: 'github-pat-page §1.1 [S20]: <auto-check src="/settings/personal-access-tokens/check-name">' }],
  /** Whatever a click can submit a form with. */
  submitControl: [{ css: 'button, input[type="submit"]', generation: 'all', evidence: '[I] whatever can submit a form in HTML' }],
  /** The list page's row for a token created just now. PAT Pilot only notices it; it never reads the token. */
  newTokenRow: [{ css: '.new-token', generation: 'all', evidence: 'github-pat-page §1.11 [S12]: the new token\'s row .new-token' }],
  // The pages around a token after it exists (issue #12). Nobody here has seen their markup: the
  // readers find each part by what labels it (a heading, a term, a label's words) and by the links
  // the reports name, not by where it sits, so the entries below are mostly words and links.
  /** A link to a token's page (…/<id>) or its regenerate page (…/<id>/regenerate); the reader takes the id from the href. */
  tokenPageLink: [{ css: 'a[href*="/settings/personal-access-tokens/"]', generation: 'all', evidence: 'live-page-2026 §3 [T terrylica, live 2026-06]: each list row links /settings/personal-access-tokens/<id> (the name) and …/<id>/regenerate?index_page=1 (the expiry status)' }],
  /** A link to a request's page (…/personal-access-token-requests/<id>). */
  requestLink: [{ css: 'a[href*="/settings/personal-access-token-requests/"]', generation: 'all', evidence: 'live-page-2026 §3 [P docs "Managing requests for personal access tokens in your organization"]: click the token\'s name to review the request' }],
  /** The element that holds one row of a list, around its links; else the reader climbs to the widest ancestor holding one token's links only. */
  listRow: [{ css: 'li, tr, [role="row"], [role="listitem"], .Box-row', generation: 'all', evidence: '[I] a list\'s row is one of these in GitHub\'s markup generally; the replica\'s li.Box-row (e2e/replica/pages/token-list-page.ts, request-pages.ts) is a GUESS' }],
  /** The request list's own empty state: nothing to read, and nothing for PAT Pilot to say. */
  requestListEmpty: [
    { css: 'h2, h3, p, div', text: /^There aren't any personal access token requests for this organization\.?$/i, generation: 'all', evidence: 'live-page-2026 §3 [P docs; T maboloshi 2024-10]: "There aren\'t any personal access token requests for this organization"' },
    { css: '.blankslate h3, .blankslate h2', text: /^No pending requests$/i, generation: 'all', evidence: 'the replica\'s own wording (e2e/replica/pages/request-pages.ts, a GUESS)' },
  ],
  /** The column of a settings page that states a token (its page, a request's page). */
  settingsMain: [
    { css: '.Layout-main', generation: 'gen3', evidence: 'the replica\'s settings layout (e2e/replica/pages/layout.ts, Primer\'s Layout component; a GUESS for these pages)' },
    { css: 'main', generation: 'all', evidence: '[I] every github.com page has one <main>' },
  ],
  /** The page's title: a token's name on its page, but also "Review request" or "Regenerate …": never a name by itself. */
  pageHeading: [
    { css: '.Subhead-heading', generation: 'gen3', evidence: 'the replica (e2e/replica/pages/token-page.ts, a GUESS around Primer\'s Subhead); live-page-2026 §3 [T maboloshi]: the regenerate page\'s heading "Regenerate fine-grained personal access token"' },
    { css: 'main h1', generation: 'all', evidence: '[I] issue 21 §3: a tester\'s request page built from the research note, titled "Review request"' },
    { css: 'h1', generation: 'all', evidence: '[I] a page without <main>' },
  ],
  /** What starts a part of a statement without being one PAT Pilot knows: it ends the part before it. */
  statementTerms: [{ css: 'h1, h2, h3, h4, h5, h6, [role="heading"], dt, th, legend, caption', generation: 'all', evidence: '[I] headings and terms of HTML; live-page-2026 §3 names the parts only by their words' }],
  /** Never part of what a page states: scripts, controls (buttons, a deny reason being typed), what is hidden. */
  statementSkipped: [{ css: 'script, style, template, noscript, svg, button, input, textarea, select, label[for], label:has(input, textarea, select), [hidden], [aria-hidden="true"], dialog:not([open])', generation: 'all', evidence: '[I] the token and request pages hold forms (live-page-2026 §3: "Delete" with confirm; Approve, Deny with an optional reason): their controls and labels state nothing about the token' }],
  // The words that label each part of a statement, on any element but a link or a button.
  tokenNameLabel: [{ css: statementLabel, text: /^Token name:?$/i, generation: 'all', evidence: 'github-pat-page §1.1 [S3, S4]: the form labels the name "Token name"; issue 21 §3: a tester\'s token and request pages label it so' }],
  ownerLabel: [{ css: statementLabel, text: /^(Resource owner|Owner):?$/i, generation: 'all', evidence: 'github-pat-page §1.3 [S17, S18]: the form\'s label "Resource owner"; live-page-2026 §3 [P docs]: the active tokens\' filter "Owner"' }],
  expiryLabel: [{ css: statementLabel, text: /^(Expires on|Expired on|Expires|Expiration|Expiration date):?$/i, generation: 'all', evidence: 'live-page-2026 §3 [T terrylica, live 2026-06]: the token page shows "Expires on …"; §2.4 [T Rakua]: the form\'s "Expiration"' }],
  createdLabel: [{ css: statementLabel, text: /^(Created on|Created):?$/i, generation: 'all', evidence: 'live-page-2026 §3 [T maboloshi]: older token pages say "Created"' }],
  repositoryAccessLabel: [{ css: statementLabel, text: /^(Repository access|Repositories|Selected repositories):?$/i, generation: 'all', evidence: 'github-pat-page §1.6: the form\'s "Repository access"; live-page-2026 §3 [T terrylica, live 2026-06]: repositories as owner/repo links' }],
  repositoryPermissionsLabel: [{ css: statementLabel, text: /^Repository permissions:?$/i, generation: 'all', evidence: 'live-page-2026 §3 [T terrylica, live 2026-06]; github-pat-page §1.8, gen 2 [S8]: "Repository permissions"' }],
  accountPermissionsLabel: [{ css: statementLabel, text: /^(Account|User) permissions:?$/i, generation: 'all', evidence: 'live-page-2026 §3 [T maboloshi]: older pages say "User permissions"; github-pat-page §1.8, gen 2 [S8]: "Account permissions"' }],
  organizationPermissionsLabel: [{ css: statementLabel, text: /^Organization permissions:?$/i, generation: 'all', evidence: 'github-pat-page §1.8, gen 2 [S8]: "Organization permissions"' }],
  /** The reason a member gave for a request. */
  requestReason: [{ css: '.js-request-reason', generation: 'gen3', evidence: 'the replica (e2e/replica/pages/request-pages.ts, a GUESS); the REST API calls it "reason" (github-pat-page §1.4 [S9])' }],
  requestReasonLabel: [{ css: statementLabel, text: /^(Reason|Request message|Justification):?$/i, generation: 'all', evidence: 'live-page-2026 §1.6 [P docs]: the form\'s "justification"; github-pat-page §1.4 [S9, S26]: tutorials\' "request message", the API\'s "reason"' }],
  sudoReturnTo: [{ css: 'input[name="return_to"]', generation: 'all', evidence: 'github-pat-page §1.12 [S4, S9]: the sudo form returns through return_to, [I] for the field' }],

  // The classic token form (github.com/settings/tokens/new), after public automation code of
  // 2025–26: form#new_oauth_access, the note oauth_access[description] and one checkbox
  // oauth_access[scopes][] per scope. Its expiration shares the entries above.
  classicForm: [
    { css: 'form#new_oauth_access', generation: 'all', evidence: 'live-page-2026 §2.6 [T multiple automation scripts 2025-26]: form#new_oauth_access' },
    { css: 'form:has(input[name="oauth_access[description]"])', generation: 'all', evidence: '[I] the form around the note field' },
  ],
  noteInput: [
    { css: 'input#oauth_access_description', generation: 'all', evidence: 'live-page-2026 §2.6 [T automation scripts]: #oauth_access_description' },
    { css: 'input[name="oauth_access[description]"]', generation: 'all', evidence: 'live-page-2026 §2.6: oauth_access[description]' },
  ],
  scopeCheckboxes: [{ css: 'input[type="checkbox"][name="oauth_access[scopes][]"]', generation: 'all', evidence: 'live-page-2026 §2.6 [T automation scripts; maboloshi]: input[name="oauth_access[scopes][]"][value=…]' }],
  classicGenerateButton: [
    { css: 'form#new_oauth_access button[type="submit"]', text: /^Generate token$/i, generation: 'all', evidence: 'live-page-2026 §2.6 [T automation scripts]: the form\'s submit "Generate token"' },
    { css: 'form:has(input[name="oauth_access[description]"]) button[type="submit"]', text: /^Generate token$/i, generation: 'all', evidence: '[I] the same, where the form has no id' },
  ],
  /**
   * On the classic token list, the new token's "Configure SSO" menu, shown when an organization of
   * the person's enforces SAML single sign-on (GitHub's docs: "Next to the token you'd like to
   * authorize, click Configure SSO", then "Authorize" to the right of the organization).
   */
  singleSignOnButton: [{ css: '.new-token summary, .new-token button', name: /^Configure SSO$/i, generation: 'all', evidence: 'GitHub\'s docs on authorizing a token for SAML SSO: "Configure SSO" next to the token' }],
  /** The menu's rows, one per organization, each ending in its "Authorize" control. */
  singleSignOnRows: [{ css: '.new-token [role="menu"] [role="menuitem"]', generation: 'all', evidence: 'GitHub\'s docs on authorizing a token for SAML SSO: one row per organization, "Authorize"' }],
  sudoForm: [
    { css: 'form[action="/sessions/sudo"]', generation: 'all', evidence: 'github-pat-page §1.12 [S4, S9, S28]: the "Confirm access" page\'s form' },
    { css: 'form[action*="/sessions/sudo"]', generation: 'all', evidence: 'github-pat-page §1.12: the same on a GitHub Enterprise path' },
  ],
} as const satisfies Record<string, Alternatives>;

/** Selectors that depend on a value: an owner login, a menu value, a display name. */
export const valueSelectors = {
  ownerOption: (login: string): Alternatives => [
    { css: `#resource-owner-select-panel button[role="option"][data-value="${cssString(login)}"]`, generation: 'gen2', evidence: 'live-page-2026 §2.3 [T ref 61860169684, checked live 2026-09-04; Rakua]: button[role=option][data-value=<login>]' },
    { css: `li[data-actor-is-organization] button[data-value="${cssString(login)}"]`, generation: 'gen2', evidence: 'github-pat-page §1.3 [S6, S9, S8]: li[data-actor-is-organization]' },
    { css: '[id*="resource-owner"] [role="option"], [id*="resource-owner"] [role="menuitemradio"]', text: exactly(login), generation: 'all', evidence: '[I] an option named by the login' },
  ],
  expirationItem: (value: string): Alternatives => [
    { css: `.js-new-default-token-expiration-select [role="menuitemradio"][data-value="${cssString(value)}"]`, generation: 'gen2', evidence: 'github-pat-page §1.5 [S8, S6]' },
    { css: `.js-new-default-token-expiration-item [data-value="${cssString(value)}"]`, generation: 'gen2', evidence: 'github-pat-page §1.5 [S8]' },
    { css: '[role="menuitemradio"]', text: value === 'none' ? /^No expiration/i : value === 'custom' ? /^Custom/i : new RegExp(`^${escapeRegExp(value)} days?\\b`, 'i'), generation: 'all', evidence: 'live-page-2026 §2.4 [T Rakua; earl]: the items\' text ("Custom" exact in one 2026 script)' },
  ],
  repositoryAccessRadio: (value: string): Alternatives => [
    { css: `input#install_target_${cssString(value)}`, generation: 'all', evidence: 'github-pat-page §1.6 [S6, S17]: ids install_target_none|all|selected' },
    { css: `input[type="radio"][name="install_target"][value="${cssString(value)}"]`, generation: 'all', evidence: 'github-pat-page §1.6: values none/all/selected' },
  ],
  permissionTab: (label: RegExp): Alternatives => [
    { css: '[role="tab"]', name: label, generation: 'gen3', evidence: 'live-page-2026 §2.2 [T terrylica, live 2026-06]' },
    { css: '[role="tab"]', text: label, generation: 'gen3', evidence: 'live-page-2026 §2.2, by text' },
  ],
  /** Gen 2 rows carry data-resource buttons and start with the name (Gen 3 rows are found from their remove button). */
  permissionRowGen2: (name: string): Alternatives => [
    { css: 'li:has([data-resource])', text: startsWith(name), generation: 'gen2', evidence: 'github-pat-page §1.8 gen 2 [S8]: rows with button[data-resource][data-value]' },
  ],
  /** A row's icon button, named "Remove <Name>" by its tooltip (Primer React's IconButton). */
  permissionRemove: (name: string): Alternatives => [
    { css: 'button', name: exactly(`Remove ${name}`), generation: 'gen3', evidence: 'live-page-2026 §2.2 [T Rakua log, Dec 2025; P primer/react IconButton.tsx]: "Remove <Name>" through the tooltip' },
  ],
  /** Gen 2 rows carry the key and level as data attributes. */
  permissionLevelItemByKey: (key: string, level: string): Alternatives => [
    { css: `button[data-resource="${cssString(key)}"][data-value="${cssString(level)}"]`, generation: 'gen2', evidence: 'github-pat-page §1.8 gen 2 [S8]: button[data-resource=<key>][data-value=<level>]' },
  ],
} as const;
