/**
 * Routing of one `_api/` request to the resource module that answers it: `contextinfo`, `site`, `site/rootweb`,
 * `web/…` and `lists/…`. X-HTTP-Method overrides POST; PATCH and PUT are handled as MERGE.
 */
import * as E from '../errors';
import { getList, routeLists } from './lists';
import { ISeg, splitPath } from './pathSegments';
import { effectivePermissions, roleAssignments } from './roleAssignments';
import { roleDefinitions } from './roleDefinitions';
import { associatedGroup, ASSOCIATED_GROUP_IDS, siteGroups } from './siteGroups';
import type { SiteContext } from './siteContext';
import { ensureUser, siteUsers, userById, userEndpoint } from './siteUsers';
import type { ICtx, ISpRequest, ISpResponse } from './types';
import { contextInfo, siteResponse, webProperty, webRoot } from './web';

export function dispatch(site: SiteContext, req: ISpRequest, ctx: ICtx): ISpResponse {
  let method = req.method.toUpperCase();
  const xm = req.headers['x-http-method'];
  if (method === 'POST' && xm) {
    method = xm.toUpperCase();
  }
  if (method === 'PATCH' || method === 'PUT') {
    method = 'MERGE';
  }
  const segs = splitPath(req.path);
  if (segs.length === 0) {
    throw E.notSupported('this endpoint');
  }
  const head = segs[0].lname;
  if (head === 'contextinfo' && method === 'POST') {
    return contextInfo(site, ctx);
  }
  if (head === 'web') {
    return routeWeb(site, segs.slice(1), method, req, ctx);
  }
  if (head === 'site') {
    if (segs.length === 1 && method === 'GET') {
      return siteResponse(site, req, ctx);
    }
    if (segs[1]?.lname === 'rootweb') {
      return routeWeb(site, segs.slice(2), method, req, ctx);
    }
  }
  if (head === 'lists') {
    return routeLists(site, segs.slice(1), method, req, ctx);
  }
  throw E.notSupported(`'${req.path}'`);
}

/** The segments after `web`. */
function routeWeb(site: SiteContext, segs: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
  if (segs.length === 0) {
    const r = webRoot(site, method, req, ctx);
    if (r) {
      return r;
    }
    throw E.methodNotAllowed(method, 'SP.Web');
  }
  const s = segs[0];
  const rest = segs.slice(1);
  switch (s.lname) {
    case 'currentuser':
      return userEndpoint(site, ctx.user, rest, method, req, ctx);
    case 'getuserbyid':
      return userById(site, s, rest, method, req, ctx);
    case 'siteusers':
      return siteUsers(site, s, rest, method, req, ctx);
    case 'ensureuser':
      if (method === 'POST') {
        return ensureUser(site, s, req, ctx);
      }
      break;
    case 'sitegroups':
      return siteGroups(site, s, rest, method, req, ctx);
    case 'associatedownergroup':
    case 'associatedvisitorgroup':
    case 'associatedmembergroup':
      return associatedGroup(site, ASSOCIATED_GROUP_IDS[s.lname], rest, method, req, ctx);
    case 'roledefinitions':
      return roleDefinitions(site, s, rest, method, req, ctx);
    case 'roleassignments':
      return roleAssignments(site, s, rest, method, req, ctx);
    case 'effectivebasepermissions':
    case 'getusereffectivepermissions':
      return effectivePermissions(site, s, req.query, ctx);
    case 'lists':
      return routeLists(
        site,
        [...(s.args !== undefined ? [{ ...s, name: '', lname: '' }] : []), ...rest],
        method,
        req,
        ctx
      );
    case 'getlist':
      return getList(site, s, rest, method, req, ctx);
    case 'allproperties':
    case 'title':
      return webProperty(site, s.lname, ctx);
    default:
      break;
  }
  throw E.notSupported(`web/${s.name}`);
}
