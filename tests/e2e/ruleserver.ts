/**
 * A rule-set server on this machine for the subscription tests: serves one
 * JSON body with an ETag, answers conditional requests with 304, and records
 * what it was asked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RuleServer {
  url: string;
  /** What the next requests get. */
  serve(body: string, opts?: { status?: number }): void;
  /** Requests seen so far, with their If-None-Match header. */
  requests: Array<{ path: string; ifNoneMatch?: string; status: number }>;
  close(): Promise<void>;
}

export async function startRuleServer(path = '/team.json'): Promise<RuleServer> {
  let body = '{}';
  let status = 200;
  let version = 0;
  const requests: RuleServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const etag = `"v${version}"`;
    const ifNoneMatch = req.headers['if-none-match'];
    const code = req.url !== path ? 404 : status !== 200 ? status : ifNoneMatch === etag ? 304 : 200;
    requests.push({ path: req.url ?? '', ifNoneMatch, status: code });
    res.writeHead(code, { 'content-type': 'application/json', etag, 'cache-control': 'no-cache' });
    res.end(code === 200 ? body : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    serve(next, opts = {}) {
      body = next;
      status = opts.status ?? 200;
      version++;
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
