/**
 * The local SharePoint: a node:http server speaking the SharePoint REST dialect @pnp/sp v4 uses, backed by SQLite.
 *
 * Routes: /sites/boutique/_api/** and /_api/** (SharePoint), /graph/v1.0/me/sendMail and /v1.0/me/sendMail (Graph
 * stand-in), /outbox (HTML), /_local/** (control: personas, throttle, stats, reset, outbox JSON). Anything else goes
 * to `fallback` (the workbench) or 404.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { parseBatch, statusText, writeBatch } from './batch';
import { Db, IPersona, openDb, resetDb } from './db';
import { errorBody, notAuthenticated, badDigest, SpError } from './errors';
import { DIGEST_SECONDS, ICtx, ISpRequest, ISpResponse, IUser, MetadataLevel, SpSite } from './sp';

export { SpSite } from './sp';
export type { IPersona } from './db';

export interface ILocalSharePointOptions {
  /** SQLite file (created when missing). */
  dbPath: string;
  /** 0 or undefined = random free port. */
  port?: number;
  host?: string;
  /** Defaults to dev/personas.json next to this folder. */
  personasPath?: string;
  /** Handles anything that is not SharePoint, Graph, /outbox or /_local (the workbench). */
  fallback?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /** Server-relative site path; default /sites/boutique. */
  sitePath?: string;
}

export interface IThrottleRule {
  status: 429 | 503 | 504;
  count: number;
  retryAfter?: number;
  methods?: string[];
  pathContains?: string;
}

export interface IStats {
  requests: number;
  batches: number;
  batchInner: number;
  byUser: Record<string, number>;
  byPageLoad: Record<string, { requests: number; batchInner: number; byUser: Record<string, number> }>;
}

export interface ILocalSharePoint {
  url: string;
  siteUrl: string;
  db: Db;
  site: SpSite;
  personas: IPersona[];
  close(): Promise<void>;
  /** Test hook: insert rows straight into a list (REST-style values). */
  bulkInsert(listTitle: string, rows: Record<string, unknown>[], authorLogin?: string): void;
  /** Test hook: set a throttle rule (same as POST /_local/throttle). */
  throttle(rule: IThrottleRule | null): void;
  stats(): IStats;
  resetStats(): void;
  reset(): void;
}

function emptyStats(): IStats {
  return { requests: 0, batches: 0, batchInner: 0, byUser: {}, byPageLoad: {} };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function cookies(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) { out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim()); }
  }
  return out;
}

function levelOf(accept: string | undefined): MetadataLevel {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) { return 'verbose'; }
  if (a.includes('odata=nometadata')) { return 'nometadata'; }
  return 'minimal';
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function lowerHeaders(h: http.IncomingHttpHeaders | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v !== undefined) { out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v); }
  }
  return out;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'MERGE', 'DELETE']);

/** Starts the local SharePoint. */
export async function createLocalSharePoint(opts: ILocalSharePointOptions): Promise<ILocalSharePoint> {
  const personasPath = opts.personasPath ?? path.resolve(__dirname, '..', 'personas.json');
  const personaFile = JSON.parse(fs.readFileSync(personasPath, 'utf8')) as { siteUrl?: string; personas: IPersona[] };
  const personas = personaFile.personas;
  const sitePath = opts.sitePath ?? personaFile.siteUrl ?? '/sites/boutique';
  const db = openDb(opts.dbPath, personas);
  const site = new SpSite(db);
  let rule: IThrottleRule | null = null;
  let stats = emptyStats();

  const count = (login: string, pageLoad: string | undefined, inner: number): void => {
    stats.requests++;
    stats.byUser[login] = (stats.byUser[login] ?? 0) + 1;
    if (inner > 0) { stats.batches++; stats.batchInner += inner; }
    if (pageLoad) {
      const p = stats.byPageLoad[pageLoad] ?? (stats.byPageLoad[pageLoad] = { requests: 0, batchInner: 0, byUser: {} });
      p.requests++;
      p.batchInner += inner;
      p.byUser[login] = (p.byUser[login] ?? 0) + 1;
    }
  };

  const send = (res: http.ServerResponse, r: ISpResponse): void => {
    const headers: Record<string, string | number> = { ...r.headers, 'Cache-Control': 'private, max-age=0' };
    const body = r.status === 204 ? '' : (r.body ?? '');
    headers['Content-Length'] = Buffer.byteLength(body);
    res.writeHead(r.status, statusText(r.status), headers);
    res.end(body);
  };

  const errorResponse = (e: unknown, level: MetadataLevel): ISpResponse => {
    if (e instanceof SpError) {
      return {
        status: e.status,
        headers: { 'Content-Type': level === 'verbose' ? 'application/json;odata=verbose;charset=utf-8' : 'application/json;odata=minimalmetadata;charset=utf-8', ...e.headers },
        body: errorBody(e, level === 'verbose'),
      };
    }
    const err = new SpError(500, '-2146233088, System.InvalidOperationException', (e as Error)?.message ?? String(e));
    return { status: 500, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: errorBody(err, level === 'verbose') };
  };

  const identify = (req: http.IncomingMessage): IUser | undefined => {
    const h = req.headers['x-local-user'];
    const login = (Array.isArray(h) ? h[0] : h) ?? cookies(req).localUser;
    return login ? site.userByLogin(login.trim()) : undefined;
  };

  /** Applies an armed throttle rule: returns a response to send now, or 'after' for 504 (commit then fail). */
  const throttleFor = (method: string, url: string): IThrottleRule | undefined => {
    if (!rule || rule.count <= 0) { return undefined; }
    if (rule.methods && !rule.methods.map((m) => m.toUpperCase()).includes(method.toUpperCase())) { return undefined; }
    if (rule.pathContains && !decodeURIComponent(url).toLowerCase().includes(rule.pathContains.toLowerCase())) { return undefined; }
    const r = rule;
    r.count--;
    if (r.count <= 0) { rule = null; }
    return r;
  };

  const throttledResponse = (r: IThrottleRule): ISpResponse => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' };
    if (r.status !== 504) { headers['Retry-After'] = String(r.retryAfter ?? 1); }
    const msg = r.status === 429
      ? 'The request has been throttled. Please retry after the time in the Retry-After header.'
      : r.status === 503 ? 'The service is temporarily unavailable. Please retry after the time in the Retry-After header.'
        : 'The gateway timed out.';
    return { status: r.status, headers, body: errorBody(new SpError(r.status, r.status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, System.Web.HttpException', msg), false) };
  };

  const handleSp = async (req: http.IncomingMessage, res: http.ServerResponse, apiPath: string, search: string, origin: string): Promise<void> => {
    const headers = lowerHeaders(req.headers);
    const level = levelOf(headers.accept);
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const user = identify(req);
    if (!user) { send(res, errorResponse(notAuthenticated(), level)); return; }
    const pageLoad = headers['x-local-page-load'] ?? cookies(req).localPageLoad;
    const isBatch = apiPath.toLowerCase() === '$batch';
    const effMethod = method === 'POST' && headers['x-http-method'] ? headers['x-http-method'].toUpperCase() : method;
    const isContextInfo = apiPath.toLowerCase() === 'contextinfo';
    const t = throttleFor(effMethod, req.url ?? '');
    if (t && t.status !== 504) {
      count(user.email, pageLoad, 0);
      send(res, throttledResponse(t));
      return;
    }
    const ctx: ICtx = { user, level, origin, sitePath };
    let result: ISpResponse;
    let inner = 0;
    try {
      if (WRITE_METHODS.has(method) && !isContextInfo && !site.checkDigest(headers['x-requestdigest'])) {
        throw badDigest();
      }
      if (isBatch) {
        const parts = parseBatch(body, headers['content-type'] ?? '');
        inner = parts.length;
        const answers = parts.map((p) => {
          const innerLevel = levelOf(p.headers.accept);
          const u = new URL(p.url, origin);
          const m = /\/_api\/(.*)$/i.exec(u.pathname);
          try {
            if (!m) { throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid request in batch.'); }
            const r: ISpRequest = { method: p.method, path: m[1], query: u.searchParams, headers: p.headers, body: p.body };
            return site.handle(r, { ...ctx, level: innerLevel });
          } catch (e) {
            return errorResponse(e, innerLevel);
          }
        });
        const [ct, text] = writeBatch(answers);
        result = { status: 200, headers: { 'Content-Type': ct }, body: text };
      } else {
        const u = new URL('http://x/' + search);
        result = site.handle({ method, path: apiPath, query: u.searchParams, headers, body }, ctx);
      }
    } catch (e) {
      result = errorResponse(e, level);
    }
    count(user.email, pageLoad, inner);
    if (t && t.status === 504) { result = throttledResponse(t); }
    send(res, result);
  };

  const handleGraph = async (req: http.IncomingMessage, res: http.ServerResponse, gpath: string): Promise<void> => {
    const body = await readBody(req);
    const user = identify(req);
    const json = (status: number, o: unknown): void => {
      const text = o === undefined ? '' : JSON.stringify(o);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (!user) { json(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } }); return; }
    const headers = lowerHeaders(req.headers);
    const t = throttleFor(req.method ?? 'GET', req.url ?? '');
    count(user.email, headers['x-local-page-load'] ?? cookies(req).localPageLoad, 0);
    if (t && t.status !== 504) {
      res.writeHead(t.status, { 'Retry-After': String(t.retryAfter ?? 1), 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: t.status === 429 ? 'TooManyRequests' : 'ServiceNotAvailable', message: 'Please retry later.' } }));
      return;
    }
    if (/^me\/sendmail$/i.test(gpath) && req.method === 'POST') {
      let b: { message?: { subject?: string; body?: { contentType?: string; content?: string }; toRecipients?: { emailAddress?: { address?: string } }[]; ccRecipients?: { emailAddress?: { address?: string } }[] } };
      try { b = JSON.parse(body || '{}'); } catch { json(400, { error: { code: 'BadRequest', message: 'Unable to read JSON request payload.' } }); return; }
      const msg = b.message;
      const to = (msg?.toRecipients ?? []).map((r) => r.emailAddress?.address).filter((a): a is string => !!a);
      if (!msg || to.length === 0) {
        json(400, { error: { code: 'ErrorInvalidRecipients', message: 'At least one recipient is not valid., Recipient is missing.' } });
        return;
      }
      const cc = (msg.ccRecipients ?? []).map((r) => r.emailAddress?.address).filter((a): a is string => !!a);
      db.prepare('INSERT INTO mail(sender, recipients, subject, body, content_type, sent, raw) VALUES (?,?,?,?,?,?,?)')
        .run(user.email, JSON.stringify({ to, cc }), msg.subject ?? '', msg.body?.content ?? '', msg.body?.contentType ?? 'Text', new Date().toISOString(), body);
      if (t) { json(504, { error: { code: 'GatewayTimeout', message: 'The gateway timed out.' } }); return; }
      res.writeHead(202, { 'Content-Length': 0 });
      res.end();
      return;
    }
    if (/^me$/i.test(gpath) && req.method === 'GET') {
      json(200, { id: String(user.id), displayName: user.title, mail: user.email, userPrincipalName: user.email });
      return;
    }
    json(400, { error: { code: 'BadRequest', message: `Resource not found for the segment '${gpath}'.` } });
  };

  const outbox = (): unknown[] => (db.prepare('SELECT * FROM mail ORDER BY id').all() as Record<string, unknown>[]).map((m) => {
    const r = JSON.parse(String(m.recipients)) as { to: string[]; cc: string[] };
    return { id: m.id, from: m.sender, to: r.to, cc: r.cc, subject: m.subject, body: m.body, contentType: m.content_type, sent: m.sent };
  });

  const handleLocal = async (req: http.IncomingMessage, res: http.ServerResponse, lpath: string): Promise<void> => {
    const body = await readBody(req);
    const json = (status: number, o: unknown): void => {
      const text = JSON.stringify(o);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    const method = req.method ?? 'GET';
    const p = lpath.toLowerCase();
    if (p === 'personas' && method === 'GET') {
      json(200, personas.map((x) => ({ ...x, id: site.userByLogin(x.login)?.id, loginName: site.userByLogin(x.login)?.login })));
      return;
    }
    if (p === 'page-context' && method === 'GET') {
      // What a SharePoint page embeds for SPFx (legacyPageContext): PnPjs's SPFx behaviour takes the request digest
      // from it, so a page's first write or $batch costs no contextinfo request. The workbench reads it here.
      json(200, { formDigestValue: site.makeDigest(), formDigestTimeoutSeconds: DIGEST_SECONDS, webAbsoluteUrl: `http://${req.headers.host ?? '127.0.0.1'}${sitePath}` });
      return;
    }
    if (p === 'throttle' && method === 'POST') {
      const b = body ? JSON.parse(body) : {};
      rule = b && b.status ? { status: b.status, count: b.count ?? 1, retryAfter: b.retryAfter, methods: b.methods, pathContains: b.pathContains } : null;
      json(200, { ok: true, rule });
      return;
    }
    if (p === 'stats' && method === 'GET') { json(200, stats); return; }
    if (p === 'stats/reset' && method === 'POST') { stats = emptyStats(); json(200, { ok: true }); return; }
    if (p === 'reset' && method === 'POST') { resetDb(db, personas); rule = null; stats = emptyStats(); json(200, { ok: true }); return; }
    if (p === 'outbox' && method === 'GET') { json(200, outbox()); return; }
    json(404, { error: 'unknown control endpoint ' + lpath });
  };

  const server = http.createServer((req, res) => {
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
      if (sp !== undefined) { await handleSp(req, res, sp, search, origin); return; }
      const g = /^\/(?:graph\/)?v1\.0\/(.*)$/i.exec(pathname);
      if (g) { await handleGraph(req, res, g[1]); return; }
      if (lower.startsWith('/_local/')) { await handleLocal(req, res, pathname.slice(8)); return; }
      if (lower === '/outbox' || lower === '/outbox/') {
        const rows = outbox() as { from: string; to: string[]; subject: string; body: string; sent: string; contentType: string }[];
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local outbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>Local outbox (${rows.length})</h1>${rows.slice().reverse().map((m) => `<article><h2>${escapeHtml(m.subject)}</h2>
<p><strong>From:</strong> ${escapeHtml(m.from)} · <strong>To:</strong> ${escapeHtml(m.to.join(', '))} · <time>${escapeHtml(m.sent)}</time></p>
<pre>${escapeHtml(m.body)}</pre></article>`).join('')}</body></html>`;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
        res.end(html);
        return;
      }
      if (opts.fallback) { opts.fallback(req, res); return; }
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    };
    run().catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
      }
      res.end(String((e as Error)?.stack ?? e));
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const url = `http://${opts.host ?? '127.0.0.1'}:${addr.port}`;

  return {
    url,
    siteUrl: url + sitePath,
    db,
    site,
    personas,
    close: () => new Promise<void>((resolve) => {
      server.close(() => {
        try { db.close(); } catch { /* already closed */ }
        resolve();
      });
      server.closeAllConnections();
    }),
    bulkInsert: (listTitle, rows, authorLogin) => site.bulkInsert(listTitle, rows, authorLogin),
    throttle: (r) => { rule = r; },
    stats: () => stats,
    resetStats: () => { stats = emptyStats(); },
    reset: () => { resetDb(db, personas); rule = null; stats = emptyStats(); },
  };
}
