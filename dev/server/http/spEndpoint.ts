/**
 * `/_api/**` over HTTP: who is asking, the request digest on writes, throttling, `$batch` (each part answered by the
 * same SpSite.handle as a lone request), and errors in SharePoint's JSON shape for the Accept header's metadata level.
 */
import type * as http from 'node:http';
import { IBatchPart, parseBatch, statusText, writeBatch } from './batch';
import * as E from '../errors';
import { errorBody, SpError } from '../errors';
import type { ICtx, ISpRequest, ISpResponse, MetadataLevel, SpSite } from '../sp';
import { lowerHeaders, readBody } from './httpIo';
import { identify, pageLoadOf } from './persona';
import type { ServerState } from './serverState';
import { throttledResponse } from './throttle';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'MERGE', 'DELETE']);

function levelOf(accept: string | undefined): MetadataLevel {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) {
    return 'verbose';
  }
  if (a.includes('odata=nometadata')) {
    return 'nometadata';
  }
  return 'minimal';
}

function send(res: http.ServerResponse, r: ISpResponse): void {
  const headers: Record<string, string | number> = { ...r.headers, 'Cache-Control': 'private, max-age=0' };
  const body = r.status === 204 ? '' : (r.body ?? '');
  headers['Content-Length'] = Buffer.byteLength(body);
  res.writeHead(r.status, statusText(r.status), headers);
  res.end(body);
}

function errorResponse(e: unknown, level: MetadataLevel): ISpResponse {
  if (e instanceof SpError) {
    return {
      status: e.status,
      headers: {
        'Content-Type':
          level === 'verbose'
            ? 'application/json;odata=verbose;charset=utf-8'
            : 'application/json;odata=minimalmetadata;charset=utf-8',
        ...e.headers
      },
      body: errorBody(e, level === 'verbose')
    };
  }
  const err = E.unexpected((e as Error)?.message ?? String(e));
  return {
    status: 500,
    headers: { 'Content-Type': 'application/json;charset=utf-8' },
    body: errorBody(err, level === 'verbose')
  };
}

/** Answers each part of a $batch in order; a failing part gets its own error answer and the others still run. */
function answerBatch(site: SpSite, parts: IBatchPart[], ctx: ICtx): ISpResponse {
  const answers = parts.map((p) => {
    const innerLevel = levelOf(p.headers.accept);
    const u = new URL(p.url, ctx.origin);
    const m = /\/_api\/(.*)$/i.exec(u.pathname);
    try {
      if (!m) {
        throw E.invalidBatchPart();
      }
      const r: ISpRequest = { method: p.method, path: m[1], query: u.searchParams, headers: p.headers, body: p.body };
      return site.handle(r, { ...ctx, level: innerLevel });
    } catch (e) {
      return errorResponse(e, innerLevel);
    }
  });
  const [ct, text] = writeBatch(answers);
  return { status: 200, headers: { 'Content-Type': ct }, body: text };
}

/** One request to `<site>/_api/<apiPath><search>`. */
export async function handleSp(
  state: ServerState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  apiPath: string,
  search: string,
  origin: string
): Promise<void> {
  const { site } = state;
  const headers = lowerHeaders(req.headers);
  const level = levelOf(headers.accept);
  const method = (req.method ?? 'GET').toUpperCase();
  const body = await readBody(req);
  const user = identify(site, req);
  if (!user) {
    send(res, errorResponse(E.notAuthenticated(), level));
    return;
  }
  const pageLoad = pageLoadOf(req);
  const isBatch = apiPath.toLowerCase() === '$batch';
  const effMethod = method === 'POST' && headers['x-http-method'] ? headers['x-http-method'].toUpperCase() : method;
  const isContextInfo = apiPath.toLowerCase() === 'contextinfo';
  const t = state.throttle.take(effMethod, req.url ?? '');
  if (t && t.status !== 504) {
    state.stats.count(user.email, pageLoad, 0);
    send(res, throttledResponse(t));
    return;
  }
  const ctx: ICtx = { user, level, origin, sitePath: state.sitePath };
  let result: ISpResponse;
  let inner = 0;
  try {
    if (WRITE_METHODS.has(method) && !isContextInfo && !site.checkDigest(headers['x-requestdigest'], user)) {
      throw E.badDigest();
    }
    if (isBatch) {
      const parts = parseBatch(body, headers['content-type'] ?? '');
      inner = parts.length;
      result = answerBatch(site, parts, ctx);
    } else {
      const u = new URL('http://x/' + search);
      result = site.handle({ method, path: apiPath, query: u.searchParams, headers, body }, ctx);
    }
  } catch (e) {
    result = errorResponse(e, level);
  }
  state.stats.count(user.email, pageLoad, inner);
  // A 504 rule lets the request run (and commit) first: the caller sees a timeout for work that was done.
  if (t && t.status === 504) {
    result = throttledResponse(t);
  }
  send(res, result);
}
