/**
 * Which handler answers a request: `<site>/_api/**` and `/_api/**` (SharePoint), `/graph/v1.0/**` and `/v1.0/**`
 * (Graph stand-in), `/_local/**` (control), `/outbox` (HTML); anything else goes to `fallback` (the workbench) or 404.
 *
 * Only its own origin is served. A Host that is not this server on a loopback name (DNS rebinding: evil.example
 * resolving to 127.0.0.1) gets 421; a request or pre-flight whose Origin is another site (a page on another port
 * or host driving the developer's browser) gets 403 and no CORS headers, so the browser keeps its answer too.
 */
import type * as http from 'node:http';
import { handleLocal } from './adminEndpoints';
import { handleGraph } from './graphEndpoint';
import { sendOutboxPage } from './outboxPage';
import type { ServerState } from './serverState';
import { handleSp } from './spEndpoint';

export type Fallback = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** Host names that mean this machine; with this server's own port, the only Host values it answers. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the Host header names this server (loopback name, this server's port). */
function isOwnHost(host: string | undefined, port: number | undefined): boolean {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec((host ?? '').toLowerCase());
  return !!m && LOOPBACK_NAMES.has(m[1]) && Number(m[2] ?? 80) === port;
}

function refuse(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}

export function requestListener(state: ServerState, fallback: Fallback | undefined): http.RequestListener {
  const sitePath = state.sitePath;
  return (req, res) => {
    const host = req.headers.host ?? '127.0.0.1';
    const origin = `http://${host}`;
    const rawUrl = req.url ?? '/';
    const qi = rawUrl.indexOf('?');
    const pathname = qi >= 0 ? rawUrl.slice(0, qi) : rawUrl;
    const search = qi >= 0 ? rawUrl.slice(qi) : '';
    const run = async (): Promise<void> => {
      if (!isOwnHost(req.headers.host, req.socket.localPort)) {
        refuse(res, 421, 'Misdirected request: this server answers only for its own host.');
        return;
      }
      const from = req.headers.origin;
      if (from !== undefined && from.toLowerCase() !== origin.toLowerCase()) {
        refuse(res, 403, 'Cross-origin requests are refused.');
        return;
      }
      if (req.method === 'OPTIONS') {
        // Same-origin pages never need a pre-flight: no CORS headers are ever sent.
        res.writeHead(204, { Allow: 'GET, POST, PUT, PATCH, MERGE, DELETE' });
        res.end();
        return;
      }
      const lower = pathname.toLowerCase();
      const sp = lower.startsWith(sitePath.toLowerCase() + '/_api/')
        ? pathname.slice(sitePath.length + 6)
        : lower.startsWith('/_api/')
          ? pathname.slice(6)
          : undefined;
      if (sp !== undefined) {
        await handleSp(state, req, res, sp, search, origin);
        return;
      }
      const g = /^\/(?:graph\/)?v1\.0\/(.*)$/i.exec(pathname);
      if (g) {
        await handleGraph(state, req, res, g[1]);
        return;
      }
      if (lower.startsWith('/_local/')) {
        await handleLocal(state, req, res, pathname.slice(8));
        return;
      }
      if (lower === '/outbox' || lower === '/outbox/') {
        sendOutboxPage(state.db, res);
        return;
      }
      if (fallback) {
        fallback(req, res);
        return;
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    };
    // A bug in the local SharePoint: say so plainly rather than hang the client.
    run().catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
      }
      res.end(String((e as Error)?.stack ?? e));
    });
  };
}
