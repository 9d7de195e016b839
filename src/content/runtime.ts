// The content script needs only runtime messaging and a read of storage.local, which both
// browsers offer natively with promises in Manifest V3 (Firefox as `browser`, Chrome as
// `chrome`). Leaving the polyfill out keeps what every github.com page loads smaller.

/** Answers through sendResponse, which both browsers support; `true` keeps it open for a later answer. */
export type MessageListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => true | undefined;

interface NativeRuntime {
  readonly id: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  readonly onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}

interface NativeStorage {
  readonly local: { get(key: string): Promise<Record<string, unknown>> };
}

type WithRuntime = { readonly runtime: NativeRuntime; readonly storage: NativeStorage } | undefined;

const scope = globalThis as unknown as { readonly browser?: WithRuntime; readonly chrome?: WithRuntime };

const native = (scope.browser ?? scope.chrome)!;

export const runtime: NativeRuntime = native.runtime;

export const storageLocal: NativeStorage['local'] = native.storage.local;
