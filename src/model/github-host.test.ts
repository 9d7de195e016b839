import { describe, expect, it } from 'vitest';
import { enterpriseHostOf, hostNameProblem, hostPattern, parseEnterpriseHost, policyEnterpriseHosts } from './github-host.ts';

describe('a GitHub Enterprise host typed by a person', () => {
  it('is taken as a host name or from an https address, in lowercase', () => {
    expect(parseEnterpriseHost('github.example.com')).toEqual({ ok: true, host: 'github.example.com' });
    expect(parseEnterpriseHost('  Octo.GHE.com ')).toEqual({ ok: true, host: 'octo.ghe.com' });
    expect(parseEnterpriseHost('https://github.example.com/settings/personal-access-tokens/new')).toEqual({ ok: true, host: 'github.example.com' });
    expect(parseEnterpriseHost('github.example.com/')).toEqual({ ok: true, host: 'github.example.com' });
  });

  it('is refused, with what to do, when it is not an https host of its own', () => {
    const messages = Object.fromEntries(['', 'http://github.example.com', 'ftp://github.example.com', 'https://github.example.com:8443',
      'github.com', 'https://github.com/', 'gist.github.com', '*.ghe.com', 'octo', '10.0.0.5', 'git hub.example.com', 'github_example.com', 'https://']
      .map((input) => { const parsed = parseEnterpriseHost(input); return [input, parsed.ok ? 'accepted' : parsed.message]; }));
    expect(messages).toEqual({
      '': 'Type a host, such as github.example.com or octo.ghe.com.',
      'http://github.example.com': 'PAT Pilot works with GitHub over https only; give an https address or the host alone.',
      'ftp://github.example.com': 'PAT Pilot works with GitHub over https only; give an https address or the host alone.',
      'https://github.example.com:8443': 'Give the host alone, without a port or a user name, such as github.example.com.',
      'github.com': 'PAT Pilot works on github.com already; add only GitHub Enterprise hosts.',
      'https://github.com/': 'PAT Pilot works on github.com already; add only GitHub Enterprise hosts.',
      'gist.github.com': 'gist.github.com is part of github.com, not a GitHub Enterprise host.',
      '*.ghe.com': '\'*.ghe.com\' has a \'*\'; give one host, such as github.example.com.',
      octo: '\'octo\' is not a whole host name; give it with its domain, such as octo.example.com.',
      '10.0.0.5': '\'10.0.0.5\' is an IP address; give the host name GitHub is served at.',
      'git hub.example.com': '\'git hub.example.com\' is not a host name: use lowercase letters, digits, hyphens and dots, such as github.example.com.',
      'github_example.com': '\'github_example.com\' is not a host name: use lowercase letters, digits, hyphens and dots, such as github.example.com.',
      'https://': '\'https://\' is not an address; type the host, such as github.example.com.',
    });
  });

  it('accepts github.com as a recipe\'s host name, which only checks the name', () => {
    expect(hostNameProblem('github.com')).toBeUndefined();
    expect(hostNameProblem('GitHub.com')).toMatch(/not a host name/);
  });
});

describe('a granted origin pattern', () => {
  it('names an enterprise host only when it is one https host', () => {
    expect(enterpriseHostOf(hostPattern('octo.ghe.com'))).toBe('octo.ghe.com');
    for (const pattern of ['https://github.com/*', 'https://*/*', 'https://*.ghe.com/*', 'http://github.example.com/*', 'https://github.example.com/settings/*', '<all_urls>']) {
      expect([pattern, enterpriseHostOf(pattern)]).toEqual([pattern, undefined]);
    }
  });
});

describe('hosts listed by an organization\'s policy', () => {
  it('are checked one by one: a bad entry is named and the others are kept, once each', () => {
    expect(policyEnterpriseHosts(['github.example.com', 'Octo.ghe.com', 'github.com', 7, 'github.example.com'])).toEqual({
      hosts: ['github.example.com', 'octo.ghe.com'],
      problems: [
        'enterpriseHosts[2]: PAT Pilot works on github.com already; add only GitHub Enterprise hosts.',
        'enterpriseHosts[3]: is not a text; give a host such as github.example.com.',
      ],
    });
    expect(policyEnterpriseHosts(undefined)).toEqual({ hosts: [], problems: [] });
    expect(policyEnterpriseHosts('github.example.com')).toEqual({ hosts: [], problems: ['enterpriseHosts must be a list of hosts.'] });
  });
});
