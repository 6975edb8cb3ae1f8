/** Site users: `web/siteusers`, `web/currentuser`, `web/getuserbyid`, `web/ensureuser`, and one user's groups. */
import * as E from '../errors';
import { withoutMemberClaim } from './claims';
import { many, one } from './odataJson';
import { arg0, ISeg } from './pathSegments';
import { groupJson, userJson } from './principalJson';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import type { ICtx, ISpRequest, ISpResponse, IUser } from './types';

/** One user, and `…/groups` of that user. */
export function userEndpoint(
  site: SiteContext,
  u: IUser,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  if (rest.length === 0 && method === 'GET') {
    const o = userJson(u, ctx);
    const expand = (req.query.get('$expand') ?? '')
      .toLowerCase()
      .split(',')
      .map((x) => x.trim());
    if (expand.includes('groups')) {
      const gs = site.principals.groupsOf(u).map((g) => groupJson(site, g, ctx));
      o.Groups = ctx.level === 'verbose' ? { results: gs } : gs;
    }
    return one(ctx, o, 200, {}, req.query.get('$select'));
  }
  if (rest.length === 1 && rest[0].lname === 'groups' && method === 'GET') {
    return many(
      ctx,
      site.principals.groupsOf(u).map((g) => groupJson(site, g, ctx)),
      req.query
    );
  }
  throw E.notSupported(`user/${rest.map((r) => r.name).join('/')} ${method}`);
}

/** `web/getuserbyid(n)/…` */
export function userById(
  site: SiteContext,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const u = site.principals.userById(Number(arg0(s, req.query)));
  if (!u) {
    throw E.userNotFound();
  }
  return userEndpoint(site, u, rest, method, req, ctx);
}

/** POST `web/ensureuser('login')` or with `{ logonName }`: here every user already exists, so it only looks them up. */
export function ensureUser(site: SiteContext, s: ISeg, req: ISpRequest, ctx: ICtx): ISpResponse {
  const b = parseBody(req.body);
  const logon = String(b.logonName ?? arg0(s, req.query));
  const u = site.principals.userByLogin(withoutMemberClaim(logon));
  if (!u) {
    throw E.specifiedUserNotFound(logon);
  }
  return one(ctx, userJson(u, ctx));
}

/** `web/siteusers`, `siteusers(…)`, `siteusers/getbyid|getbyemail|getbyloginname(…)`. */
export function siteUsers(
  site: SiteContext,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  if (s.args !== undefined) {
    const login = arg0(s, q);
    const u = /^\d+$/.test(login) ? site.principals.userById(Number(login)) : site.principals.userByLogin(login);
    if (!u) {
      throw E.userNotFound();
    }
    return userEndpoint(site, u, rest, method, req, ctx);
  }
  if (rest.length === 0) {
    if (method === 'GET') {
      return many(
        ctx,
        site.principals.users().map((u) => userJson(u, ctx)),
        q
      );
    }
    if (method === 'POST') {
      const b = parseBody(req.body);
      const u = site.principals.userByLogin(withoutMemberClaim(String(b.LoginName ?? '')));
      if (!u) {
        throw E.specifiedUserNotFound(String(b.LoginName));
      }
      return one(ctx, userJson(u, ctx), 201);
    }
  }
  const f = rest[0];
  const restAfter = rest.slice(1);
  if (f.lname === 'getbyid') {
    const u = site.principals.userById(Number(arg0(f, q)));
    if (!u) {
      throw E.userNotFound();
    }
    return userEndpoint(site, u, restAfter, method, req, ctx);
  }
  if (f.lname === 'getbyemail' || f.lname === 'getbyloginname') {
    const u = site.principals.userByLogin(withoutMemberClaim(arg0(f, q)));
    if (!u) {
      throw E.userNotFound();
    }
    return userEndpoint(site, u, restAfter, method, req, ctx);
  }
  throw E.notSupported(`siteusers/${f.name}`);
}
