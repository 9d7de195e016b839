// Which GitHub a page or a recipe belongs to: github.com, or a GitHub Enterprise host (GitHub
// Enterprise Server at any name the organization chose, or <subdomain>.ghe.com). A host is only
// ever reached over https, and the browser grants PAT Pilot each one as the origin pattern
// https://<host>/*.

export const githubHost = 'github.com';

export const hostOrigin = (host: string): string => `https://${host}`;

/** The match pattern the browser grants and content scripts are registered for. */
export const hostPattern = (host: string): string => `${hostOrigin(host)}/*`;

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a text is not a host name as PAT Pilot takes it (lowercase, with a dot, not an IP address), or undefined. */
export function hostNameProblem(host: string): string | undefined {
  const shown = host.length > 60 ? `${host.slice(0, 59)}…` : host;
  if (host.includes('*')) return `'${shown}' has a '*'; give one host, such as github.example.com`;
  const labels = host.split('.');
  if (host.length > 253 || !labels.every((part) => label.test(part))) {
    return `'${shown}' is not a host name: use lowercase letters, digits, hyphens and dots, such as github.example.com`;
  }
  if (labels.length < 2) return `'${shown}' is not a whole host name; give it with its domain, such as ${shown}.example.com`;
  if (/^\d+$/.test(labels.at(-1) ?? '')) return `'${shown}' is an IP address; give the host name GitHub is served at`;
  return undefined;
}

const isGithubDotCom = (host: string): boolean => host === githubHost || host.endsWith(`.${githubHost}`);

export type HostInput = { readonly ok: true; readonly host: string } | { readonly ok: false; readonly message: string };

/**
 * A GitHub Enterprise host from what a person typed or pasted: a host name or an https address
 * (whose path is dropped). github.com needs no adding, and anything but https is refused.
 */
export function parseEnterpriseHost(input: string): HostInput {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, message: 'Type a host, such as github.example.com or octo.ghe.com.' };
  let host = text.replace(/\/+$/, '');
  if (/^[a-z][a-z0-9+.-]*:/.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { ok: false, message: `'${text}' is not an address; type the host, such as github.example.com.` };
    }
    if (url.protocol !== 'https:') return { ok: false, message: 'PAT Pilot works with GitHub over https only; give an https address or the host alone.' };
    if (url.port !== '' || url.username !== '' || url.password !== '') {
      return { ok: false, message: 'Give the host alone, without a port or a user name, such as github.example.com.' };
    }
    host = url.hostname;
  }
  if (host === githubHost) return { ok: false, message: 'PAT Pilot works on github.com already; add only GitHub Enterprise hosts.' };
  if (isGithubDotCom(host)) return { ok: false, message: `${host} is part of github.com, not a GitHub Enterprise host.` };
  const problem = hostNameProblem(host);
  return problem === undefined ? { ok: true, host } : { ok: false, message: `${problem}.` };
}

/** The host a granted origin pattern names (https://octo.ghe.com/* → octo.ghe.com); undefined for github.com, wildcards and anything else. */
export function enterpriseHostOf(pattern: string): string | undefined {
  const match = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
  const host = match?.[1];
  return host !== undefined && !isGithubDotCom(host) && hostNameProblem(host) === undefined ? host : undefined;
}

export interface PolicyHosts {
  readonly hosts: readonly string[];
  /** One line per entry that is not a usable host, naming it. */
  readonly problems: readonly string[];
}

/** The hosts an organization lists in its policy (enterpriseHosts), each checked as a person's entry is. */
export function policyEnterpriseHosts(value: unknown): PolicyHosts {
  if (value === undefined) return { hosts: [], problems: [] };
  if (!Array.isArray(value)) return { hosts: [], problems: ['enterpriseHosts must be a list of hosts.'] };
  const hosts: string[] = [];
  const problems: string[] = [];
  value.forEach((entry: unknown, index) => {
    const parsed = typeof entry === 'string' ? parseEnterpriseHost(entry) : { ok: false as const, message: 'is not a text; give a host such as github.example.com.' };
    if (!parsed.ok) problems.push(`enterpriseHosts[${index}]: ${parsed.message}`);
    else if (!hosts.includes(parsed.host)) hosts.push(parsed.host);
  });
  return { hosts, problems };
}
