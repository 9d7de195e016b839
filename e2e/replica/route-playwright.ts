// Chromium through Playwright: https://github.com/** and https://github.githubassets.com/** (and
// a configured GitHub Enterprise host) are answered by the replica at their real URLs; every
// other external request is aborted, so a test never reaches the network.
import type { BrowserContext, Request, Route } from '@playwright/test';
import { assetsOrigin } from './http/assets.ts';
import { githubOrigins, type Replica, type ReplicaResponse } from './server.ts';
const maximumRedirects = 5;

const isRedirect = (response: ReplicaResponse): boolean => response.status >= 300 && response.status < 400 && Boolean(response.headers.location);

const withoutBodyHeaders = (headers: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'content-type' && name !== 'content-length'));

/**
 * Playwright does not route the request that follows a fulfilled redirect (microsoft/playwright
 * #23301): a fetch() would go to the real network. So a sub-resource's redirects are followed
 * here, as the browser would (GET, same headers, no body), and the page gets the final answer.
 * Navigations keep the real redirect, which Chromium does route.
 */
async function replicaAnswer(replica: Replica, request: Request): Promise<ReplicaResponse> {
  const headers = await request.allHeaders();
  let answer = await replica.handle({ method: request.method(), url: request.url(), headers, body: request.postData() ?? undefined });
  let url = request.url();
  for (let hop = 0; hop < maximumRedirects && !request.isNavigationRequest() && isRedirect(answer); hop += 1) {
    url = new URL(answer.headers.location ?? '', url).href;
    answer = await replica.handle({ method: 'GET', url, headers: withoutBodyHeaders(headers) });
  }
  return answer;
}

async function answer(route: Route, replica: Replica, servedOrigins: ReadonlySet<string>): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
  if (!servedOrigins.has(url.origin)) return route.abort('blockedbyclient');
  const response = await replicaAnswer(replica, request);
  await route.fulfill({ status: response.status, headers: response.headers, body: response.body });
}

export async function routeReplica(context: BrowserContext, replica: Replica): Promise<void> {
  const servedOrigins = new Set([...githubOrigins(replica.config).keys(), assetsOrigin]);
  await context.route('**/*', (route) => answer(route, replica, servedOrigins));
}
