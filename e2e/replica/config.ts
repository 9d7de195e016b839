// What a test can change about the replica of GitHub's new-token page.

export interface ReplicaRepository {
  readonly id: number;
  readonly name: string;
}

export interface ReplicaOwner {
  readonly login: string;
  readonly isOrganization: boolean;
  /** Organizations that require approval add the request message and rename the Generate button. */
  readonly requiresApproval: boolean;
  /** A lifetime policy in days: longer presets and "No expiration" disappear. */
  readonly lifetimeCapDays?: number;
  /** The organization enforces SAML single sign-on: a classic token must be authorized for it ("Configure SSO"). */
  readonly samlSso?: boolean;
  readonly repositories: readonly ReplicaRepository[];
}

/** Milliseconds each endpoint waits before answering. */
export interface ReplicaLatency {
  readonly page: number;
  readonly checkName: number;
  readonly resourceOwners: number;
  readonly selectAccess: number;
  readonly suggestions: number;
  readonly submit: number;
}

/** How the page differs from today's GitHub, for the page-drift suite (all off by default). */
export interface ReplicaDrift {
  /** Build-hashed class names (prc-*, *-module__*) come out of another build. */
  readonly renamedClasses?: boolean;
  /** A translation userscript rewrites the visible text as it appears. */
  readonly translatedLabels?: boolean;
  /** Extra wrapper elements around every field and widget. */
  readonly extraWrappers?: boolean;
  /** One widget is not on the page at all. */
  readonly missing?: 'expiration';
  /** The previous UI generation's permissions: every permission listed with its own level menu. */
  readonly gen2Permissions?: boolean;
}

/**
 * Behaviours reported for the live page, 2026-H2 (issue #10 §4), each off by default. Unlike
 * drift, these are not a redesign of the markup but the live page acting differently.
 */
export interface ReplicaLiveReports {
  /**
   * Reported for the live page, 2026-H2 (issue #10 §4): GitHub asks for confirmation after
   * Generate for every token, in a non-modal overlay (not role=dialog) at the end of <body> whose
   * own "Generate token" submits the form with confirm=1, and only on a trusted click.
   */
  readonly confirmEveryToken?: boolean;
  /**
   * Reported for the live page, 2026-H2 (issue #10 §4): the expiration menu ignores a click that
   * no pointer press (pointerdown/mousedown) or Enter/Space keydown on the same item came before.
   */
  readonly menusNeedRealPress?: boolean;
  /**
   * Reported for the live page, 2026-H2 (issue #10 §4): the resource owners list fails to load;
   * the owner panel says "Sorry, something went wrong." and opening it again does not retry.
   */
  readonly ownerListFails?: boolean;
  /**
   * Reported for the live page, 2026-H2 (issue #10 §4): opened from a prefilled link, the form
   * starts at "All repositories" instead of "Public repositories".
   */
  readonly prefillChoosesAll?: boolean;
  /**
   * Reported for the live page, 2026-H2 (issue #10 §4): the custom date stops at a year (365 days)
   * for a personal owner, and a date out of range fails the submission with no message at all.
   */
  readonly customDateBounds?: boolean;
}

/**
 * A GitHub Enterprise Server the replica also answers as, at its own host name: the same pages
 * and the same account, in the UI generation the server's version ships (drift). Server pages
 * can lag github.com's by a generation (issue #13 §2).
 */
export interface ReplicaEnterpriseHost {
  readonly host: string;
  readonly drift: ReplicaDrift;
}

export interface ReplicaConfig {
  /** The signed-in user's login (meta[name=user-login]); always the first resource owner. */
  readonly user: string;
  readonly owners: readonly ReplicaOwner[];
  readonly latency: ReplicaLatency;
  /** GitHub asks for sudo ("Confirm access") before showing the form. */
  readonly sudoFirst: boolean;
  /** Names the user already has tokens for: the name check rejects them. */
  readonly existingTokenNames: readonly string[];
  /** Reproduces the 2026-08-10 incident: submitting returns to the list without creating a token. */
  readonly failCreation: boolean;
  /** The person's theme, written to <html data-color-mode>. */
  readonly colorMode: 'light' | 'dark' | 'auto';
  /** Whether the query string (URL prefill) survives the sudo hop; the research note calls it unknown. */
  readonly sudoKeepsQuery: boolean;
  readonly drift: ReplicaDrift;
  readonly live: ReplicaLiveReports;
  readonly enterprise?: ReplicaEnterpriseHost;
}

const repositories = (start: number, names: readonly string[]): ReplicaRepository[] =>
  names.map((name, index) => ({ id: start + index, name }));

/** Decoys come first, so a filler that clicks the first suggestion picks a wrong repository. */
export const alta3Repositories: readonly ReplicaRepository[] = repositories(70100, [
  'labs-archive', 'demo-old', 'enchilada-legacy', 'infrastructure-tools', 'gutenberg-docs',
  'alta3-ansible-roles', 'labs', 'alta3-ansible', 'enchilada', 'infrastructure', 'demo', 'gutenberg',
  'labs-2023', 'labs-solutions', 'website', 'slides', 'api-gateway', 'ansible-collections',
  'terraform-modules', 'docs',
]);

export const defaultConfig: ReplicaConfig = {
  user: 'sbarbour',
  owners: [
    { login: 'sbarbour', isOrganization: false, requiresApproval: false,
      repositories: repositories(50100, ['dotfiles', 'labs', 'notes']) },
    { login: 'alta3', isOrganization: true, requiresApproval: true, repositories: alta3Repositories },
    { login: 'alta3-training', isOrganization: true, requiresApproval: false,
      repositories: repositories(90100, ['labs', 'demo', 'enchilada-workshop']) },
  ],
  latency: { page: 0, checkName: 0, resourceOwners: 0, selectAccess: 0, suggestions: 0, submit: 0 },
  sudoFirst: false,
  existingTokenNames: [],
  failCreation: false,
  colorMode: 'light',
  sudoKeepsQuery: false,
  drift: {},
  live: {},
};

/** Test-friendly overrides: latency and owners merge into the defaults. */
export interface ReplicaOptions extends Partial<Omit<ReplicaConfig, 'latency'>> {
  readonly latency?: Partial<ReplicaLatency>;
}

export function replicaConfig(options: ReplicaOptions = {}): ReplicaConfig {
  return { ...defaultConfig, ...options, latency: { ...defaultConfig.latency, ...options.latency } };
}
