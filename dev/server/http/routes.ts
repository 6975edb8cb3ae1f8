/**
 * Which handler answers a request: `<site>/_api/**` and `/_api/**` (SharePoint), `/graph/v1.0/**` and `/v1.0/**`
 * (Graph stand-in), `/_local/**` (control), `/outbox` (HTML); anything else goes to `fallback` (the workbench) or 404.
 */
import type * as http from 'node:http';
import { handleLocal } from './adminEndpoints';
import { handleGraph } from './graphEndpoint';
import { sendOutboxPage } from './outboxPage';
import type { ServerState } from './serverState';
import { handleSp } from './spEndpoint';

export type Fallback = (req: http.IncomingMessage, res: http.ServerResponse) => void;

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
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': '*' });
        res.end();
        return;
      }
      const lower = pathname.toLowerCase();
      const sp = lower.startsWith(sitePath.toLowerCase() + '/_api/') ? pathname.slice(sitePath.length + 6)
        : lower.startsWith('/_api/') ? pathname.slice(6) : undefined;
      if (sp !== undefined) { await handleSp(state, req, res, sp, search, origin); return; }
      const g = /^\/(?:graph\/)?v1\.0\/(.*)$/i.exec(pathname);
      if (g) { await handleGraph(state, req, res, g[1]); return; }
      if (lower.startsWith('/_local/')) { await handleLocal(state, req, res, pathname.slice(8)); return; }
      if (lower === '/outbox' || lower === '/outbox/') { sendOutboxPage(state.db, res); return; }
      if (fallback) { fallback(req, res); return; }
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
