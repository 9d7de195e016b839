// "GitHub hosts": where PAT Pilot runs besides github.com. A person adds a GitHub Enterprise host
// (Server at the organization's own name, or <subdomain>.ghe.com); the browser asks them to allow
// PAT Pilot there (an optional host permission, asked for from this tab, as Firefox shows no
// prompt opened from a popup), and the background then runs PAT Pilot's scripts on that host.
// Hosts an organization lists by policy are offered with a Grant button: each person allows each
// host once. The list shows which hosts are allowed, as the background reports them.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sender, type BackgroundProtocol } from '../messaging/messages.ts';
import { hostPattern, parseEnterpriseHost, policyEnterpriseHosts, type PolicyHosts } from '../model/github-host.ts';
import { words } from '../model/i18n.ts';
import { FieldErrors } from './field.tsx';

const toBackground = sender<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const noPolicy: PolicyHosts = { hosts: [], problems: [] };

async function readPolicy(): Promise<PolicyHosts> {
  const stored = await browser.storage.managed.get(['enterpriseHosts']).catch(() => ({} as Record<string, unknown>));
  return policyEnterpriseHosts(stored.enterpriseHosts);
}

export function GithubHosts({ onStatus }: { readonly onStatus: (message: string) => void }) {
  const [active, setActive] = useState<readonly string[]>();
  const [policy, setPolicy] = useState(noPolicy);
  const [typed, setTyped] = useState('');
  const [inputError, setInputError] = useState<string>();

  const refresh = useCallback(async (): Promise<readonly string[]> => {
    const [hosts, listed] = await Promise.all([toBackground('enterprise-hosts'), readPolicy()]);
    setActive(hosts);
    setPolicy(listed);
    return hosts;
  }, []);
  useEffect(() => {
    const show = (): void => {
      refresh().catch((error: unknown) => onStatus(words('hosts_listFailed', messageOf(error))));
    };
    show();
    // A host may also be allowed or revoked in the browser's own settings, or a policy reloaded.
    const onPermissions = (): void => show();
    const onStorage = (_changes: unknown, area: string): void => {
      if (area === 'managed') show();
    };
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      browser.permissions.onAdded.removeListener(onPermissions);
      browser.permissions.onRemoved.removeListener(onPermissions);
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, [refresh, onStatus]);

  /** Called straight from the click: the browser shows its prompt only for a person's own action. */
  const grant = (host: string): void => {
    browser.permissions.request({ origins: [hostPattern(host)] }).then(
      async (granted) => {
        const hosts = await refresh();
        if (!granted) onStatus(words('hosts_notAllowed', host));
        else if (hosts.includes(host)) onStatus(words('hosts_added', host));
        else onStatus(words('hosts_allowedNotStarted', host));
      },
      (error: unknown) => onStatus(words('hosts_requestRefused', host, messageOf(error))),
    ).catch((error: unknown) => onStatus(words('hosts_startFailed', host, messageOf(error))));
  };
  const add = (event: Event): void => {
    event.preventDefault();
    const parsed = parseEnterpriseHost(typed);
    if (!parsed.ok) {
      setInputError(parsed.message);
      return;
    }
    setInputError(undefined);
    setTyped('');
    grant(parsed.host);
  };
  const remove = async (host: string): Promise<void> => {
    try {
      await browser.permissions.remove({ origins: [hostPattern(host)] });
      const hosts = await refresh();
      onStatus(words(hosts.includes(host) ? 'hosts_stillAllowed' : 'hosts_removed', host));
    } catch (error) {
      onStatus(words('hosts_removeFailed', host, messageOf(error)));
    }
  };

  if (!active) return null;
  const listed = [...active, ...policy.hosts.filter((host) => !active.includes(host))];
  return (
    <section aria-labelledby="hosts-heading">
      <h2 id="hosts-heading" tabIndex={-1}>{words('hosts_heading')}</h2>
      <p class="muted">{words('hosts_intro')}</p>
      {policy.problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{words('hosts_policyProblems')}</p>
          <ul>{policy.problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
      {listed.length > 0 && (
        <ul class="box" aria-label={words('hosts_list')}>
          {listed.map((host) => {
            const allowed = active.includes(host);
            const nameId = `host-${host}`;
            return (
              <li key={host} class="box-row row-head" data-host={host}>
                <code id={nameId}>{host}</code>
                {allowed ? <span class="badge badge-active">{words('hosts_allowed')}</span> : <span class="badge">{words('hosts_notAllowedYet')}</span>}
                {policy.hosts.includes(host) && <span class="badge badge-managed">{words('hosts_listedByOrganization')}</span>}
                {allowed
                  ? <button type="button" class="btn btn-danger" aria-describedby={nameId} onClick={() => void remove(host)}>{words('hosts_remove')}</button>
                  : <button type="button" class="btn btn-primary" aria-describedby={nameId} onClick={() => grant(host)}>{words('hosts_grant')}</button>}
              </li>
            );
          })}
        </ul>
      )}
      <form class="field host-form" onSubmit={add} noValidate>
        <label for="host-input">{words('hosts_addLabel')}</label>
        <div class="row-head">
          <input
            id="host-input"
            type="text"
            class="mono"
            value={typed}
            spellcheck={false}
            placeholder="github.example.com"
            aria-describedby={inputError ? 'host-input-hint host-input-errors' : 'host-input-hint'}
            aria-invalid={inputError ? 'true' : undefined}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <button type="submit" class="btn">{words('hosts_add')}</button>
        </div>
        <p id="host-input-hint" class="hint">{words('hosts_addHint')}</p>
        <FieldErrors id="host-input-errors" errors={inputError ? [inputError] : []} />
      </form>
    </section>
  );
}
