// Which GitHub a page or a recipe belongs to: github.com, or a GitHub Enterprise host (GitHub
// Enterprise Server at any name the organization chose, or <subdomain>.ghe.com). A host is only
// ever reached over https, and the browser grants PAT Pilot each one as the origin pattern
// https://<host>/*.
import { words } from './i18n.ts';

export const githubHost = 'github.com';

export const hostOrigin = (host: string): string => `https://${host}`;

/** The match pattern the browser grants and content scripts are registered for. */
export const hostPattern = (host: string): string => `${hostOrigin(host)}/*`;

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a text is not a host name as PAT Pilot takes it (lowercase, with a dot, not an IP address), or undefined. */
export function hostNameProblem(host: string): string | undefined {
  const shown = host.length > 60 ? `${host.slice(0, 59)}…` : host;
  if (host.includes('*')) return words('host_wildcard', `'${shown}'`);
  const labels = host.split('.');
  if (host.length > 253 || !labels.every((part) => label.test(part))) {
    return words('host_notAHostName', `'${shown}'`);
  }
  if (labels.length < 2) return words('host_noDomain', `'${shown}'`, `${shown}.example.com`);
  if (/^\d+$/.test(labels.at(-1) ?? '')) return words('host_ipAddress', `'${shown}'`);
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
  if (text === '') return { ok: false, message: words('host_empty') };
  let host = text.replace(/\/+$/, '');
  if (/^[a-z][a-z0-9+.-]*:/.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { ok: false, message: words('host_notAnAddress', `'${text}'`) };
    }
    if (url.protocol !== 'https:') return { ok: false, message: words('host_httpsOnly') };
    if (url.port !== '' || url.username !== '' || url.password !== '') {
      return { ok: false, message: words('host_hostAlone') };
    }
    host = url.hostname;
  }
  if (host === githubHost) return { ok: false, message: words('host_githubDotCom') };
  if (isGithubDotCom(host)) return { ok: false, message: words('host_partOfGithubDotCom', host) };
  const problem = hostNameProblem(host);
  return problem === undefined ? { ok: true, host } : { ok: false, message: words('host_sentence', problem) };
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
  if (!Array.isArray(value)) return { hosts: [], problems: [words('host_policyNotAList', 'enterpriseHosts')] };
  const hosts: string[] = [];
  const problems: string[] = [];
  value.forEach((entry: unknown, index) => {
    const parsed = typeof entry === 'string' ? parseEnterpriseHost(entry) : { ok: false as const, message: words('host_policyNotText') };
    if (!parsed.ok) problems.push(`enterpriseHosts[${index}]: ${parsed.message}`);
    else if (!hosts.includes(parsed.host)) hosts.push(parsed.host);
  });
  return { hosts, problems };
}
