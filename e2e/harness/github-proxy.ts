// Firefox cannot be routed like Chromium, so it reaches "github.com" through this test-only
// proxy: CONNECT to github.com, github.githubassets.com or the replica's GitHub Enterprise host is
// piped into a local TLS server with a self-signed certificate for those hosts, which answers
// from the replica. Every other host is refused.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Replica } from '../replica/server.ts';

const githubHosts = ['github.com', 'github.githubassets.com'];
const certificateDir = new URL('../../.cache/github-proxy/', import.meta.url).pathname;

/** One certificate per set of extra hosts, made once and kept: its names are in its file name's hash. */
function certificate(extraHosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const names = ['github.com', '*.github.com', 'github.githubassets.com', ...extraHosts];
  const suffix = extraHosts.length === 0 ? '' : `-${createHash('sha256').update(names.join(',')).digest('hex').slice(0, 12)}`;
  const key = `${certificateDir}key${suffix}.pem`;
  const cert = `${certificateDir}cert${suffix}.pem`;
  if (!existsSync(cert)) {
    mkdirSync(certificateDir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '3650',
      '-subj', '/CN=github.com', '-addext', `subjectAltName=${names.map((name) => `DNS:${name}`).join(',')}`,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface GithubProxy {
  readonly port: number;
  close(): Promise<void>;
}

export async function startGithubProxy(replica: Replica): Promise<GithubProxy> {
  const enterpriseHosts = replica.config.enterprise ? [replica.config.enterprise.host] : [];
  const servedHosts = new Set([...githubHosts, ...enterpriseHosts]);
  const tls = createHttpsServer(certificate(enterpriseHosts), async (request, response) => {
    // A browser drops a request half-way when the page it was for goes (read ECONNRESET): it
    // needs no answer, and is no failure of the test that navigated. The replica's own errors still are.
    const body = await readBody(request).catch(() => undefined);
    if (body === undefined) return void response.destroy();
    const url = `https://${request.headers.host ?? 'github.com'}${request.url ?? '/'}`;
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
    const answer = await replica.handle({ method: request.method ?? 'GET', url, headers, body });
    response.on('error', () => response.destroy());
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  });
  const proxy: Server = createHttpServer((_request, response) => {
    response.writeHead(403).end('PAT Pilot test proxy: plain HTTP is refused');
  });
  // Tunnels leave the HTTP servers' books once established; they are ended here on close.
  const tunnels = new Set<Socket>();
  const track = (socket: Socket): void => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
  };
  // The TLS server's own sockets too: one still in its handshake is no HTTP connection that
  // closeAllConnections() ends, and would hold close() open.
  tls.on('connection', track);
  proxy.on('connect', (request, client: Socket) => {
    // The browser may reset any tunnel, a refused one too (read ECONNRESET as a page goes): that
    // is no error of the test's, and unheard it would be thrown into whichever test runs.
    client.on('error', () => client.destroy());
    const host = (request.url ?? '').split(':')[0] ?? '';
    if (!servedHosts.has(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    track(client);
    const upstream = connect((tls.address() as AddressInfo).port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    close: async () => {
      for (const socket of tunnels) socket.destroy();
      tls.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([new Promise((resolve) => tls.close(resolve)), new Promise((resolve) => proxy.close(resolve))]);
    },
  };
}
