// The replica of GitHub's "New fine-grained personal access token" page, its classic sibling
// (settings/tokens/new) and the endpoints around them, as a transport-agnostic request handler:
// Playwright routes (Chromium) and the TLS proxy (Firefox) both feed it requests for
// https://github.com and https://github.githubassets.com, and for the GitHub Enterprise Server
// host a test configures (the same pages at another origin).
import { replicaConfig, type ReplicaConfig, type ReplicaDrift, type ReplicaLatency, type ReplicaOptions } from './config.ts';
import { ReplicaState, type Handler, type ReplicaRequest } from './handlers/context.ts';
import { confirmSudo, showClassicTokenForm, showNewTokenForm } from './handlers/form-page.ts';
import { createClassicToken, listClassicTokens } from './handlers/classic-tokens.ts';
import { checkName, repositorySuggestions, resourceOwners, selectAccess } from './handlers/fragments.ts';
import { createToken, listTokens } from './handlers/tokens.ts';
import {
  decisionPathPattern, listRequests, recordDecision, regeneratePathPattern, requestListPathPattern, requestPathPattern,
  showRegeneratePage, showRequest, showTokenPage, tokenPathPattern,
} from './handlers/token-pages.ts';
import type { RecordedDecision } from './handlers/context.ts';
import type { CreatedToken } from './domain/tokens.ts';
import { assetsOrigin, serveAsset } from './http/assets.ts';
import { fieldMap, fieldMultiMap, parseFormBody, type FormPairs } from './http/form-fields.ts';
import { asset, htmlResponse, notFound, type ReplicaResponse } from './http/responses.ts';
import { gitHubAppsPage, notFoundPage, profilePage } from './pages/simple-pages.ts';
import { applyDrift } from './drift.ts';

export type { ReplicaRequest } from './handlers/context.ts';
export type { ReplicaResponse } from './http/responses.ts';
export type { FormPairs } from './http/form-fields.ts';
export type { CreatedToken } from './domain/tokens.ts';
export type { RecordedDecision } from './handlers/context.ts';

export interface LoggedRequest {
  readonly method: string;
  readonly url: string;
  /** Date.now() when the request arrived. */
  readonly time: number;
}

/** One recorded submission, read three ways. */
export interface SubmissionView {
  readonly pairs: FormPairs;
  /** Last value per name. */
  readonly fields: Record<string, string>;
  /** Every value per name (repository_ids[] repeats). */
  readonly values: Record<string, string[]>;
}

export interface Replica {
  readonly config: ReplicaConfig;
  handle(request: ReplicaRequest): Promise<ReplicaResponse>;
  /** Every POST that creates a token (/settings/personal-access-tokens, /settings/tokens), as ordered [name, value] pairs. */
  readonly submissions: readonly FormPairs[];
  /** The index-th submission (default: the last one) as maps. */
  submission(index?: number): SubmissionView | undefined;
  /** Every request, in arrival order. */
  readonly requests: readonly LoggedRequest[];
  /** Tokens created so far (not counting config.existingTokenNames). */
  readonly createdTokens: readonly CreatedToken[];
  /** Every Approve, Deny and Regenerate submitted, in order. */
  readonly decisions: readonly RecordedDecision[];
}

interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: string | RegExp;
  readonly latency: keyof ReplicaLatency;
  readonly handle: Handler;
}

const tokens = '/settings/personal-access-tokens';

const githubRoutes: readonly Route[] = [
  { method: 'GET', path: `${tokens}/new`, latency: 'page', handle: showNewTokenForm },
  { method: 'POST', path: '/sessions/sudo', latency: 'page', handle: confirmSudo },
  { method: 'GET', path: `${tokens}/resource_owners`, latency: 'resourceOwners', handle: resourceOwners },
  { method: 'GET', path: `${tokens}/select-access`, latency: 'selectAccess', handle: selectAccess },
  { method: 'GET', path: `${tokens}/suggestions`, latency: 'suggestions', handle: repositorySuggestions },
  { method: 'POST', path: `${tokens}/check-name`, latency: 'checkName', handle: checkName },
  { method: 'POST', path: tokens, latency: 'submit', handle: createToken },
  { method: 'GET', path: tokens, latency: 'page', handle: listTokens },
  { method: 'GET', path: '/settings/tokens/new', latency: 'page', handle: showClassicTokenForm },
  { method: 'POST', path: '/settings/tokens', latency: 'submit', handle: createClassicToken },
  { method: 'GET', path: '/settings/tokens', latency: 'page', handle: listClassicTokens },
  { method: 'GET', path: '/settings/profile', latency: 'page', handle: ({ state }) => htmlResponse(profilePage(state.config)) },
  { method: 'GET', path: '/settings/apps', latency: 'page', handle: ({ state }) => htmlResponse(gitHubAppsPage(state.config)) },
  { method: 'GET', path: tokenPathPattern, latency: 'page', handle: showTokenPage },
  { method: 'GET', path: regeneratePathPattern, latency: 'page', handle: showRegeneratePage },
  { method: 'POST', path: regeneratePathPattern, latency: 'submit', handle: recordDecision },
  { method: 'GET', path: requestListPathPattern, latency: 'page', handle: listRequests },
  { method: 'GET', path: requestPathPattern, latency: 'page', handle: showRequest },
  { method: 'POST', path: decisionPathPattern, latency: 'submit', handle: recordDecision },
  // github.com answers /favicon.ico, which a browser asks for when a page names no icon.
  { method: 'GET', path: '/favicon.ico', latency: 'page', handle: () => asset('image/x-icon', Buffer.alloc(0)) },
];

const routeMatches = (route: Route, method: string, path: string): boolean =>
  route.method === method && (typeof route.path === 'string' ? route.path === path : route.path.test(path));

const sleep = (milliseconds: number): Promise<void> =>
  milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : Promise.resolve();

const lowerCaseKeys = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** The origins the replica answers as GitHub itself, with how each one's pages differ. */
export function githubOrigins(config: ReplicaConfig): Map<string, ReplicaDrift> {
  const origins = new Map([['https://github.com', config.drift]]);
  if (config.enterprise) origins.set(`https://${config.enterprise.host}`, config.enterprise.drift);
  return origins;
}

export function createReplica(options: ReplicaOptions = {}): Replica {
  const config = replicaConfig(options);
  const state = new ReplicaState(config);
  const requests: LoggedRequest[] = [];
  const githubs = githubOrigins(config);

  async function handle(request: ReplicaRequest): Promise<ReplicaResponse> {
    return applyDrift(githubs.get(new URL(request.url).origin) ?? config.drift, await answer(request));
  }

  async function answer(request: ReplicaRequest): Promise<ReplicaResponse> {
    requests.push({ method: request.method, url: request.url, time: Date.now() });
    const url = new URL(request.url);
    if (url.origin === assetsOrigin && request.method === 'GET' && url.pathname.startsWith('/assets/')) {
      return serveAsset(url.pathname.slice('/assets/'.length));
    }
    const drift = githubs.get(url.origin);
    const route = drift && githubRoutes.find((candidate) => routeMatches(candidate, request.method, url.pathname.replace(/\/$/, '')));
    if (!route) return drift ? htmlResponse(notFoundPage(), 404) : notFound();
    const headers = lowerCaseKeys(request.headers);
    const form = request.method === 'POST' ? parseFormBody(headers['content-type'] ?? '', request.body ?? '') : [];
    await sleep(config.latency[route.latency]);
    return route.handle({ state, url, headers, form, today: new Date(), drift });
  }

  return {
    config,
    handle,
    submissions: state.submissions,
    submission(index = state.submissions.length - 1) {
      const pairs = state.submissions[index];
      return pairs && { pairs, fields: fieldMap(pairs), values: fieldMultiMap(pairs) };
    },
    requests,
    createdTokens: state.tokens.created,
    decisions: state.decisions,
  };
}
