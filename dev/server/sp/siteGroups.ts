/**
 * Site groups and their membership: `web/sitegroups` (create, get by id or name, remove), `web/associated*group`,
 * one group's properties and `…/users` (list, add, remove, get a member).
 */
import * as E from '../errors';
import { nextPrincipalId } from '../db';
import { P } from './accessChecks';
import { withoutMemberClaim } from './claims';
import { many, one } from './odataJson';
import { arg0, ISeg } from './pathSegments';
import { groupJson, userJson } from './principalJson';
import type { PrincipalRow } from './principalStore';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import { userEndpoint } from './siteUsers';
import type { ICtx, ISpRequest, ISpResponse, IUser } from './types';

/** Ids of the three groups a site is created with (see db.ts seed). */
export const ASSOCIATED_GROUP_IDS: Record<string, number> = {
  associatedownergroup: 3,
  associatedvisitorgroup: 4,
  associatedmembergroup: 5
};

/** `web/associatedownergroup` and the like. */
export function associatedGroup(
  site: SiteContext,
  id: number,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  return groupEndpoint(site, site.principals.groupRow('id = ?', id)!, rest, method, req, ctx);
}

export function siteGroups(
  site: SiteContext,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  const groups = site.principals;
  if (s.args !== undefined) {
    const g = groups.groupRow('id = ?', Number(arg0(s, q)));
    if (!g) {
      throw E.groupNotFound();
    }
    return groupEndpoint(site, g, rest, method, req, ctx);
  }
  if (rest.length === 0) {
    if (method === 'GET') {
      return many(
        ctx,
        groups.groups().map((r) => groupJson(site, r, ctx)),
        q
      );
    }
    if (method === 'POST') {
      return addGroup(site, req, ctx);
    }
  }
  const f = rest[0];
  const after = rest.slice(1);
  if (f.lname === 'getbyid') {
    const g = groups.groupRow('id = ?', Number(arg0(f, q)));
    if (!g) {
      throw E.groupNotFound();
    }
    return groupEndpoint(site, g, after, method, req, ctx);
  }
  if (f.lname === 'getbyname') {
    const g = groups.groupRow('title = ? COLLATE NOCASE', arg0(f, q));
    if (!g) {
      throw E.groupNotFound();
    }
    return groupEndpoint(site, g, after, method, req, ctx);
  }
  if ((f.lname === 'removebyid' || f.lname === 'removebyloginname') && method === 'POST') {
    site.access.demand(ctx.user, P.ManagePermissions);
    const a = arg0(f, q);
    const g =
      f.lname === 'removebyid' ? groups.groupRow('id = ?', Number(a)) : groups.groupRow('title = ? COLLATE NOCASE', a);
    if (!g) {
      throw E.groupNotFound();
    }
    site.db.transaction(() => {
      site.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(g.id);
      site.rights.forgetPrincipal(g.id as number);
      site.db.prepare('DELETE FROM principals WHERE id = ?').run(g.id);
    })();
    return { status: 200, headers: {} };
  }
  throw E.notSupported(`sitegroups/${f.name}`);
}

/** POST `web/sitegroups`: needs CreateGroups or ManagePermissions; the caller owns the new group. */
function addGroup(site: SiteContext, req: ISpRequest, ctx: ICtx): ISpResponse {
  if (!site.access.can(ctx.user, P.CreateGroups) && !site.access.can(ctx.user, P.ManagePermissions)) {
    throw E.accessDenied();
  }
  const b = parseBody(req.body);
  const title = String(b.Title ?? '').trim();
  if (!title) {
    throw E.valueCannotBeNull('Title');
  }
  if (site.db.prepare('SELECT 1 FROM principals WHERE title = ? COLLATE NOCASE').get(title)) {
    throw E.nameInUse();
  }
  const id = site.db.transaction(() => {
    const nid = nextPrincipalId(site.db);
    site.db
      .prepare("INSERT INTO principals(id, kind, title, description, owner_id) VALUES (?, 'group', ?, ?, ?)")
      .run(nid, title, b.Description ?? null, ctx.user.id);
    return nid;
  })();
  return one(ctx, groupJson(site, site.principals.groupRow('id = ?', id)!, ctx), 201);
}

function groupEndpoint(
  site: SiteContext,
  g: PrincipalRow,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  if (rest.length === 0) {
    if (method === 'GET') {
      return one(ctx, groupJson(site, g, ctx), 200, {}, q.get('$select'));
    }
    if (method === 'MERGE') {
      site.access.demand(ctx.user, P.ManagePermissions);
      const b = parseBody(req.body);
      if (typeof b.Title === 'string') {
        site.db.prepare('UPDATE principals SET title = ? WHERE id = ?').run(b.Title, g.id);
      }
      if (typeof b.Description === 'string') {
        site.db.prepare('UPDATE principals SET description = ? WHERE id = ?').run(b.Description, g.id);
      }
      return { status: 204, headers: {} };
    }
  }
  if (rest[0]?.lname === 'users') {
    return groupMembers(site, g, rest, method, req, ctx);
  }
  throw E.notSupported(`group/${rest.map((r) => r.name).join('/')} ${method}`);
}

/** `…/users` of a group: `users` (GET, POST to add), `users(…)`, `users/getby…(…)`, `users/removeby…(…)`. */
function groupMembers(
  site: SiteContext,
  g: PrincipalRow,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  const members = (): IUser[] => site.principals.membersOf(g.id);
  const after = rest.slice(1);
  if (after.length === 0 && rest[0].args === undefined) {
    if (method === 'GET') {
      return many(
        ctx,
        members().map((u) => userJson(u, ctx)),
        q
      );
    }
    if (method === 'POST') {
      demandGroupEdit(site, ctx.user, g);
      const b = parseBody(req.body);
      const u = site.principals.userByLogin(withoutMemberClaim(String(b.LoginName ?? '')));
      if (!u) {
        throw E.userNotUnique(404);
      }
      site.db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)').run(g.id, u.id);
      return one(ctx, userJson(u, ctx), 201);
    }
  }
  const f = rest[0].args !== undefined ? { ...rest[0], lname: 'getbyloginname' } : after[0];
  if (f && (f.lname === 'removebyid' || f.lname === 'removebyloginname') && method === 'POST') {
    demandGroupEdit(site, ctx.user, g);
    const a = arg0(f, q);
    const u =
      f.lname === 'removebyid'
        ? site.principals.userById(Number(a))
        : site.principals.userByLogin(withoutMemberClaim(a));
    if (u) {
      site.db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(g.id, u.id);
    }
    return { status: 200, headers: {} };
  }
  if (f && (f.lname === 'getbyid' || f.lname === 'getbyemail' || f.lname === 'getbyloginname')) {
    const a = arg0(f, q);
    const u = members().find(
      (m) =>
        String(m.id) === a || m.email.toLowerCase() === a.toLowerCase() || m.login.toLowerCase() === a.toLowerCase()
    );
    if (!u) {
      throw E.userNotFound();
    }
    return userEndpoint(site, u, rest[0].args !== undefined ? after : after.slice(1), method, req, ctx);
  }
  throw E.notSupported(`group/${rest.map((r) => r.name).join('/')} ${method}`);
}

/** Membership changes: ManagePermissions on the web, or owning the group. */
function demandGroupEdit(site: SiteContext, user: IUser, g: PrincipalRow): void {
  if (site.access.can(user, P.ManagePermissions) || g.owner_id === user.id) {
    return;
  }
  throw E.accessDenied();
}
