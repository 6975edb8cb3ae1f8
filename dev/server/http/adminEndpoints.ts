/**
 * `/_local/*`: control of the local SharePoint for tests, bench and the workbench. GET personas, GET page-context,
 * POST throttle, POST graph-consent, GET stats, POST stats/reset, POST reset, GET outbox. Not part of SharePoint.
 *
 * What changes data or hands out a digest needs an identity like any SharePoint request (X-Local-User or the
 * localUser cookie); reset, throttle and stats/reset only the site owner persona, the one who could wipe a real
 * site. Origin and Host are checked before this (routes.ts).
 */
import type * as http from 'node:http';
import { DIGEST_SECONDS } from '../sp';
import { readBody, sendJson } from './httpIo';
import { outbox } from './mailStore';
import { identify } from './persona';
import type { ServerState } from './serverState';

export async function handleLocal(
  state: ServerState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  lpath: string
): Promise<void> {
  const { site } = state;
  const body = await readBody(req);
  const json = (status: number, o: unknown): void => sendJson(res, status, o);
  const method = req.method ?? 'GET';
  const p = lpath.toLowerCase();
  const user = identify(site, req);
  const ownerOnly =
    method === 'POST' && (p === 'throttle' || p === 'reset' || p === 'stats/reset' || p === 'graph-consent');
  if ((ownerOnly || p === 'page-context') && !user) {
    json(401, { error: 'No user: send the X-Local-User header or the localUser cookie with a persona login.' });
    return;
  }
  if (ownerOnly && !state.personas.some((x) => x.siteOwner && x.login.toLowerCase() === user?.email.toLowerCase())) {
    json(403, { error: 'Only the site owner persona may reset or throttle the local SharePoint.' });
    return;
  }
  if (p === 'personas' && method === 'GET') {
    json(
      200,
      state.personas.map((x) => ({
        ...x,
        id: site.userByLogin(x.login)?.id,
        loginName: site.userByLogin(x.login)?.login
      }))
    );
    return;
  }
  if (p === 'page-context' && method === 'GET' && user) {
    // What a SharePoint page embeds for SPFx (legacyPageContext): PnPjs's SPFx behaviour takes the request digest
    // from it, so a page's first write or $batch costs no contextinfo request. The workbench reads it here.
    json(200, {
      formDigestValue: site.makeDigest(user),
      formDigestTimeoutSeconds: DIGEST_SECONDS,
      webAbsoluteUrl: `http://${req.headers.host ?? '127.0.0.1'}${state.sitePath}`
    });
    return;
  }
  if (p === 'throttle' && method === 'POST') {
    const b = body ? JSON.parse(body) : {};
    const rule =
      b && b.status
        ? {
            status: b.status,
            count: b.count ?? 1,
            retryAfter: b.retryAfter,
            methods: b.methods,
            pathContains: b.pathContains
          }
        : null;
    state.throttle.arm(rule);
    json(200, { ok: true, rule });
    return;
  }
  if (p === 'graph-consent' && method === 'POST') {
    // { "granted": false } withdraws the tenant's Mail.Send approval, { "granted": true } gives it.
    const b = body ? JSON.parse(body) : {};
    state.mailSendConsented = b.granted !== false;
    json(200, { ok: true, granted: state.mailSendConsented });
    return;
  }
  if (p === 'stats' && method === 'GET') {
    json(200, state.stats.current);
    return;
  }
  if (p === 'stats/reset' && method === 'POST') {
    state.stats.reset();
    json(200, { ok: true });
    return;
  }
  if (p === 'reset' && method === 'POST') {
    state.reset();
    json(200, { ok: true });
    return;
  }
  if (p === 'outbox' && method === 'GET') {
    json(200, outbox(state.db));
    return;
  }
  json(404, { error: 'unknown control endpoint ' + lpath });
}
