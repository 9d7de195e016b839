// Every message between the extension's parts, as one request → response map per receiver. The
// background owns storage: it validates recipes (so zod stays out of the content script), keeps
// each tab's run state and loads the guide into a tab. Senders and receivers are typed from these
// maps, so a message and its answer cannot drift apart.
import type { Recipe } from '../recipe/schema.ts';
import type { RunState } from './run-state.ts';

export interface ActiveRecipe {
  readonly recipe: Recipe;
  /** Set when the chosen recipe could not be used and the built-in one stands in. */
  readonly problem: string | undefined;
}

export interface FormProbe {
  readonly onForm: boolean;
}

/** What the background answers. */
export type BackgroundProtocol = {
  'active-recipe': { request: object; response: ActiveRecipe };
  'run-state:get': { request: object; response: RunState | undefined };
  'run-state:set': { request: { readonly state: RunState | undefined }; response: void };
  /** From the popup: open the form in a new tab that fills as soon as it shows. */
  'create-token': { request: object; response: void };
  /** From the router: GitHub navigated in-page to one of PAT Pilot's pages; load the guide into this frame. */
  'guide:load': { request: object; response: void };
  /** From the options page, after a host was granted or removed: PAT Pilot's scripts follow the granted hosts; answers the GitHub Enterprise hosts where it runs. */
  'enterprise-hosts': { request: object; response: readonly string[] };
};

/** What the content script of a tab answers (the popup asks). */
export type TabProtocol = {
  'form:probe': { request: object; response: FormProbe };
  'form:fill': { request: object; response: FormProbe };
};

type Protocol = Record<string, { request: object; response: unknown }>;

export type MessageOf<P extends Protocol> = { [K in keyof P]: { readonly type: K } & P[K]['request'] }[keyof P];

export type Sender<P extends Protocol> = <K extends keyof P & string>(
  type: K, ...request: keyof P[K]['request'] extends never ? [] : [P[K]['request']]
) => Promise<P[K]['response']>;

/**
 * A typed sender over a browser's sendMessage. The browser answers with whatever the receiver
 * returned; the receivers are typed from the same map (see `answering`), which is what makes the
 * answer's type true.
 */
export const sender = <P extends Protocol>(send: (message: unknown) => Promise<unknown>): Sender<P> =>
  (type, ...request) => send({ type, ...request[0] }) as never;

export type Handlers<P extends Protocol, Context> = {
  readonly [K in keyof P]: (message: MessageOf<P> & { readonly type: K }, context: Context) => P[K]['response'] | Promise<P[K]['response']>;
};

/** Answers the messages of one protocol, ignoring everything else. */
export function answering<P extends Protocol, Context>(handlers: Handlers<P, Context>) {
  return (message: unknown, context: Context): Promise<unknown> | undefined => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type] as (message: unknown, context: Context) => unknown;
    return Promise.resolve(handler(message, context));
  };
}
