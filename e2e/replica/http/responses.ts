// Responses with the headers github.com sends, including a Content-Security-Policy modelled on
// GitHub's: no inline or eval'd script, scripts and styles only from github.githubassets.com,
// fetches only to github.com itself.
import { randomBytes } from 'node:crypto';
import type { Html } from '../markup/html.ts';

export interface ReplicaResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Buffer;
}

const contentSecurityPolicy = [
  "default-src 'none'",
  "base-uri 'self'",
  "child-src github.githubassets.com",
  "connect-src 'self'",
  'font-src github.githubassets.com',
  "form-action 'self' github.com",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "img-src 'self' data: github.githubassets.com avatars.githubusercontent.com",
  "manifest-src 'self'",
  "media-src 'self'",
  'script-src github.githubassets.com',
  "style-src 'unsafe-inline' github.githubassets.com",
  'upgrade-insecure-requests',
  'worker-src github.githubassets.com',
].join('; ');

function githubHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': 'max-age=0, private, must-revalidate',
    'content-security-policy': contentSecurityPolicy,
    'strict-transport-security': 'max-age=31536000; includeSubdomains; preload',
    'x-frame-options': 'deny',
    'x-content-type-options': 'nosniff',
    'x-xss-protection': '0',
    'referrer-policy': 'origin-when-cross-origin, strict-origin-when-cross-origin',
    vary: 'X-PJAX, X-PJAX-Container, Turbo-Visit, Turbo-Frame, Accept-Encoding, Accept, X-Requested-With',
    server: 'github.com',
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
  };
}

/** A page, or what the page's Turbo-like submit reads (errors, the confirmation frame). */
export const htmlResponse = (markup: Html, status = 200): ReplicaResponse =>
  ({ status, headers: githubHeaders('text/html; charset=utf-8'), body: markup.text });

/** What include-fragment, remote-input and auto-check ask for (include-fragment checks the type). */
export const htmlFragment = (fragment: Html, status = 200): ReplicaResponse =>
  ({ status, headers: githubHeaders('text/fragment+html; charset=utf-8'), body: fragment.text });

export const redirect = (location: string, status: 302 | 303 = 302): ReplicaResponse =>
  ({ status, headers: { ...githubHeaders('text/html; charset=utf-8'), location }, body: '' });

/** The assets host's answer for a file it does not have. */
export const notFound = (): ReplicaResponse =>
  ({ status: 404, headers: githubHeaders('text/plain; charset=utf-8'), body: 'Not Found' });

/** A file from github.githubassets.com: long-lived and loadable cross-origin, as GitHub's CDN serves it. */
export const asset = (contentType: string, body: Buffer): ReplicaResponse => ({
  status: 200,
  headers: {
    'content-type': contentType,
    'cache-control': 'public, max-age=31536000',
    'access-control-allow-origin': '*',
    'x-content-type-options': 'nosniff',
  },
  body,
});
