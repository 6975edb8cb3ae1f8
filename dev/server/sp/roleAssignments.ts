/**
 * Role assignments and permissions of the web and of a list: `roleassignments` (read, add, remove), a list's
 * `breakroleinheritance` / `resetroleinheritance`, and `effectivebasepermissions` / `getusereffectivepermissions`.
 */
import * as E from '../errors';
import { HIGH_ENUMERATE_PERMISSIONS, P } from './accessChecks';
import { withoutMemberClaim } from './claims';
import { basePermissions, entity, many, one, property } from './odataJson';
import { arg0, ISeg, parseArgs } from './pathSegments';
import { groupJson, userJson } from './principalJson';
import { toUser } from './principalStore';
import { toBool } from './requestBody';
import { roleDefById, roleJson } from './roleDefinitions';
import { Scope, WEB_SCOPE } from './roleAssignmentStore';
import type { SiteContext } from './siteContext';
import type { ICtx, IList, ISpRequest, ISpResponse } from './types';

/**
 * `roleassignments` of the web, or of a list when `list` is given. A list that inherits shows the web's
 * assignments and refuses changes until its inheritance is broken, as SharePoint does. Reading them needs
 * EnumeratePermissions and changing them ManagePermissions, in the scope concerned.
 */
export function roleAssignments(
  site: SiteContext,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx,
  list?: IList
): ISpResponse {
  const q = req.query;
  const scope: Scope = list ? site.access.scopeOf(list) : WEB_SCOPE;
  const rights = site.rights.effective(ctx.user, scope);
  const demand = (low: number, high = 0): void => {
    if ((rights.low & low) !== low || (rights.high & high) !== high) {
      throw E.accessDenied();
    }
  };
  const base = list ? `Web/Lists(guid'${list.id}')` : 'Web';
  const roleRows = (pid: number): Record<string, unknown>[] =>
    site.rights.bindings(scope, pid).map((id) => roleDefById(site, id)!);
  const raJson = (pid: number): Record<string, unknown> => {
    const o = entity(ctx, 'SP.RoleAssignment', `${base}/RoleAssignments/GetByPrincipalId(${pid})`, {
      PrincipalId: pid
    });
    const expand = (q.get('$expand') ?? '').toLowerCase();
    if (expand.includes('member')) {
      const p = site.principals.principal(pid);
      if (p) {
        o.Member = p.kind === 'group' ? groupJson(site, p, ctx) : userJson(toUser(p), ctx);
      }
    }
    if (expand.includes('roledefinitionbindings')) {
      const defs = roleRows(pid).map((r) => roleJson(r, ctx));
      o.RoleDefinitionBindings = ctx.level === 'verbose' ? { results: defs } : defs;
    }
    return o;
  };
  if (rest.length === 0 && s.args === undefined && method === 'GET') {
    demand(0, HIGH_ENUMERATE_PERMISSIONS);
    return many(ctx, site.rights.principals(scope).map(raJson), q);
  }
  const f = s.args !== undefined ? { ...s, lname: 'getbyprincipalid' } : rest[0];
  if (f.lname === 'addroleassignment' || f.lname === 'removeroleassignment') {
    if (method !== 'POST') {
      throw E.notSupported(`${f.name} ${method}`);
    }
    demand(P.ManagePermissions);
    if (list && !list.uniquePerms) {
      throw E.inheritsPermissions();
    }
    const { pid, rid } = assignmentArgs(site, f, q);
    if (f.lname === 'addroleassignment') {
      site.rights.add(scope, pid, rid);
    } else {
      site.rights.remove(scope, pid, rid);
    }
    return { status: 200, headers: {} };
  }
  if (f.lname === 'getbyprincipalid') {
    const pid = Number(arg0(f, q));
    if (site.rights.bindings(scope, pid).length === 0) {
      throw E.assignmentNotFound(pid);
    }
    const after = s.args !== undefined ? rest : rest.slice(1);
    if (after.length === 0 && method === 'GET') {
      demand(0, HIGH_ENUMERATE_PERMISSIONS);
      return one(ctx, raJson(pid));
    }
    if (after[0]?.lname === 'roledefinitionbindings' && method === 'GET') {
      demand(0, HIGH_ENUMERATE_PERMISSIONS);
      return many(
        ctx,
        roleRows(pid).map((r) => roleJson(r, ctx)),
        q
      );
    }
    if (after.length === 0 && method === 'DELETE') {
      demand(P.ManagePermissions);
      if (list && !list.uniquePerms) {
        throw E.inheritsPermissions();
      }
      site.rights.remove(scope, pid);
      return { status: 200, headers: {} };
    }
  }
  throw E.notSupported(`roleassignments/${f?.name}`);
}

/** Reads and checks `(principalid=…, roledefid=…)` of add/removeroleassignment. */
function assignmentArgs(site: SiteContext, f: ISeg, q: URLSearchParams): { pid: number; rid: number } {
  const args = parseArgs(f.args, q);
  const pid = Number(args.find((a) => a.name === 'principalid')?.value ?? args[0]?.value);
  const rid = Number(args.find((a) => a.name === 'roledefid')?.value ?? args[1]?.value);
  if (!site.principals.principal(pid)) {
    throw E.principalNotFound(pid);
  }
  if (!roleDefById(site, rid)) {
    throw E.permissionLevelNotFound();
  }
  return { pid, rid };
}

/**
 * `breakroleinheritance(copyroleassignments=…, clearsubscopes=…)` and `resetroleinheritance` on a list. Items have
 * no scopes of their own here, so clearSubscopes has nothing to clear.
 */
export function changeInheritance(site: SiteContext, list: IList, s: ISeg, q: URLSearchParams, ctx: ICtx): ISpResponse {
  site.access.demandOnList(list, ctx.user, P.ManagePermissions);
  if (s.lname === 'resetroleinheritance') {
    site.rights.resetInheritance(list.no);
    return { status: 200, headers: {} };
  }
  const args = parseArgs(s.args, q);
  const copy = args.find((a) => a.name === 'copyroleassignments')?.value ?? args[0]?.value;
  site.rights.breakInheritance(list.no, toBool(copy), ctx.user.id);
  return { status: 200, headers: {} };
}

/**
 * `effectivebasepermissions` (the caller's) or `getusereffectivepermissions('login')` (anyone's; none for an unknown
 * login) on the web, or on a list when `list` is given.
 */
export function effectivePermissions(
  site: SiteContext,
  s: ISeg,
  q: URLSearchParams,
  ctx: ICtx,
  list?: IList
): ISpResponse {
  const scope: Scope = list ? site.access.scopeOf(list) : WEB_SCOPE;
  if (s.lname === 'effectivebasepermissions') {
    const p = site.rights.effective(ctx.user, scope);
    return property(ctx, 'EffectiveBasePermissions', basePermissions(ctx, p.high, p.low), 'SP.BasePermissions');
  }
  const u = site.principals.userByLogin(withoutMemberClaim(arg0(s, q)));
  const p = u ? site.rights.effective(u, scope) : { high: 0, low: 0 };
  return property(ctx, 'GetUserEffectivePermissions', basePermissions(ctx, p.high, p.low), 'SP.BasePermissions');
}
