// Host permissions and registered content scripts for unit tests (@webext-core/fake-browser
// leaves both unimplemented), in memory and as strict as the browsers where the code relies on
// it: registering an id twice or unregistering an unknown one is an error, and the permission
// events fire after each change.
import type { Permissions, Scripting } from 'webextension-polyfill';

type Listener<T> = (value: T) => void;

function event<T>() {
  const listeners: Listener<T>[] = [];
  return {
    addListener: (listener: Listener<T>) => void listeners.push(listener),
    removeListener: (listener: Listener<T>) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: Listener<T>) => listeners.includes(listener),
    trigger: (value: T) => listeners.forEach((listener) => listener(value)),
  };
}

export interface FakeHostAccess {
  readonly permissions: {
    getAll(): Promise<Permissions.AnyPermissions>;
    request(permissions: Permissions.Permissions): Promise<boolean>;
    remove(permissions: Permissions.Permissions): Promise<boolean>;
    readonly onAdded: ReturnType<typeof event<Permissions.Permissions>>;
    readonly onRemoved: ReturnType<typeof event<Permissions.Permissions>>;
  };
  readonly scripting: {
    registerContentScripts(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
    getRegisteredContentScripts(): Promise<Scripting.RegisteredContentScript[]>;
    unregisterContentScripts(filter: Scripting.ContentScriptFilter): Promise<void>;
  };
  /** Every script registered now, as the browser keeps it. */
  registered(): Scripting.RegisteredContentScript[];
}

export function fakeHostAccess(granted: readonly string[], registered: readonly Scripting.RegisteredContentScript[] = []): FakeHostAccess {
  const origins = new Set(granted);
  const scripts = new Map(registered.map((script) => [script.id, structuredClone(script)]));
  const onAdded = event<Permissions.Permissions>();
  const onRemoved = event<Permissions.Permissions>();
  return {
    permissions: {
      getAll: async () => ({ origins: [...origins], permissions: ['storage', 'scripting'] }),
      async request({ origins: wanted = [] }) {
        const added = wanted.filter((origin) => !origins.has(origin));
        added.forEach((origin) => origins.add(origin));
        if (added.length > 0) onAdded.trigger({ origins: added, permissions: [] });
        return true;
      },
      async remove({ origins: unwanted = [] }) {
        const removed = unwanted.filter((origin) => origins.delete(origin));
        if (removed.length > 0) onRemoved.trigger({ origins: removed, permissions: [] });
        return removed.length > 0;
      },
      onAdded,
      onRemoved,
    },
    scripting: {
      async registerContentScripts(list) {
        for (const script of list) if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        for (const script of list) scripts.set(script.id, structuredClone(script));
      },
      getRegisteredContentScripts: async () => [...scripts.values()].map((script) => structuredClone(script)),
      async unregisterContentScripts({ ids = [] }) {
        for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) scripts.delete(id);
      },
    },
    registered: () => [...scripts.values()],
  };
}
