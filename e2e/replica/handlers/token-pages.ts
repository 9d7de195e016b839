// A token's own page, its regenerate page (and that form's POST), and the organization owner's
// pending requests with their Approve and Deny. Every POST here is recorded and answered with
// the list, as GitHub redirects after a decision.
import type { ReplicaToken, ReplicaTokenRequest } from '../config.ts';
import { htmlResponse, redirect } from '../http/responses.ts';
import { notFoundPage } from '../pages/simple-pages.ts';
import { regeneratePage, tokenPage } from '../pages/token-page.ts';
import { requestListPage, requestPage, requestsPath } from '../pages/request-pages.ts';
import type { Handler, RequestContext } from './context.ts';

export const tokenPathPattern = /^\/settings\/personal-access-tokens\/(\d+)$/;
export const regeneratePathPattern = /^\/settings\/personal-access-tokens\/(\d+)\/regenerate$/;
export const requestListPathPattern = /^\/organizations\/([A-Za-z0-9-]+)\/settings\/personal-access-token-requests$/;
export const requestPathPattern = /^\/organizations\/([A-Za-z0-9-]+)\/settings\/personal-access-token-requests\/(\d+)$/;
export const decisionPathPattern = /^\/organizations\/([A-Za-z0-9-]+)\/settings\/personal-access-token-requests\/(\d+)\/(approve|deny)$/;

const pathOf = (context: RequestContext): string => context.url.pathname.replace(/\/$/, '');
const notFound = () => htmlResponse(notFoundPage(), 404);

function tokenFor(context: RequestContext, pattern: RegExp): ReplicaToken | undefined {
  const id = Number(pattern.exec(pathOf(context))?.[1]);
  return context.state.config.tokens.find((token) => token.id === id);
}

function requestFor(context: RequestContext, pattern: RegExp): ReplicaTokenRequest | undefined {
  const [, org, id] = pattern.exec(pathOf(context)) ?? [];
  return context.state.config.tokenRequests.find((request) => request.owner === org && request.id === Number(id));
}

export const showTokenPage: Handler = (context) => {
  const token = tokenFor(context, tokenPathPattern);
  return token ? htmlResponse(tokenPage(context.state.config, token, context.today)) : notFound();
};

export const showRegeneratePage: Handler = (context) => {
  const token = tokenFor(context, regeneratePathPattern);
  return token ? htmlResponse(regeneratePage(context.state.config, token, context.today, context.state.csrfToken)) : notFound();
};

export const listRequests: Handler = (context) => {
  const org = requestListPathPattern.exec(pathOf(context))?.[1] ?? '';
  return htmlResponse(requestListPage(context.state.config, org));
};

export const showRequest: Handler = (context) => {
  const request = requestFor(context, requestPathPattern);
  return request ? htmlResponse(requestPage(context.state.config, request, context.today, context.state.csrfToken)) : notFound();
};

/** Approve, Deny and Regenerate: recorded, then back to where GitHub would go. */
export const recordDecision: Handler = (context) => {
  const path = pathOf(context);
  context.state.decisions.push({ path, pairs: context.form });
  const org = decisionPathPattern.exec(path)?.[1];
  return redirect(org ? requestsPath(org) : '/settings/personal-access-tokens', 303);
};
