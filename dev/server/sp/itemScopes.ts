/**
 * An item's own permissions: `items(n)/breakroleinheritance(copyroleassignments, clearsubscopes)`,
 * `resetroleinheritance`, `hasuniqueroleassignments` and `roleassignments` (read, `addroleassignment`,
 * `removeroleassignment`). As in SharePoint Online, changing them needs ManagePermissions in the item's current
 * scope and reading them EnumeratePermissions; a principal granted an item gets "Limited Access" to its list
 * (see AccessChecks.visibleOr). Each item with its own permissions is one unique scope; SharePoint Online caps
 * them at 50,000 per list (https://learn.microsoft.com/en-us/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits).
 */
import * as E from '../errors';
import { HIGH_ENUMERATE_PERMISSIONS, P } from './accessChecks';
import { entity, many, property } from './odataJson';
import { ISeg, parseArgs } from './pathSegments';
import { toBool } from './requestBody';
import { roleDefById } from './roleDefinitions';
import type { SiteContext } from './siteContext';
import type { ICtx, IList, ISpRequest, ISpResponse } from './types';

/** Endpoint names (lower case) handled here. */
export const ITEM_SCOPE_ENDPOINTS: ReadonlySet<string> = new Set([
  'breakroleinheritance',
  'resetroleinheritance',
  'hasuniqueroleassignments',
  'roleassignments'
]);

/** SharePoint Online's hard limit on unique permission scopes in one list. */
export const MAX_UNIQUE_SCOPES_PER_LIST = 50000;

export function itemScope(
  site: SiteContext,
  list: IList,
  id: number,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  const scope = site.access.scopeOfItem(list, id);
  const rights = site.rights.effective(ctx.user, scope);
  const demand = (low: number, high = 0): void => {
    if ((rights.low & low) !== low || (rights.high & high) !== high) {
      throw E.accessDenied();
    }
  };
  // Its own, not its folder's: an item in a folder with its own permissions still inherits.
  const unique = site.rights.itemIsUnique(list.no, id);
  if (s.lname === 'hasuniqueroleassignments' && method === 'GET') {
    return property(ctx, 'HasUniqueRoleAssignments', unique, 'Edm.Boolean');
  }
  if (s.lname === 'breakroleinheritance' && method === 'POST') {
    demand(P.ManagePermissions);
    if (!unique) {
      const count = site.db.prepare('SELECT COUNT(*) AS n FROM item_scopes WHERE list_no = ?').get(list.no) as {
        n: number;
      };
      if (count.n >= MAX_UNIQUE_SCOPES_PER_LIST) {
        throw E.notSupported('more than 50,000 unique permission scopes in one list');
      }
    }
    const args = parseArgs(s.args, q);
    const copy = args.find((a) => a.name === 'copyroleassignments')?.value ?? args[0]?.value;
    site.rights.breakItemInheritance(list.no, id, site.access.parentScopeOfItem(list, id), toBool(copy), ctx.user.id);
    return { status: 200, headers: {} };
  }
  if (s.lname === 'resetroleinheritance' && method === 'POST') {
    demand(P.ManagePermissions);
    site.rights.resetItemInheritance(list.no, id);
    return { status: 200, headers: {} };
  }
  if (s.lname === 'roleassignments') {
    const f = rest[0];
    if (!f && method === 'GET') {
      demand(0, HIGH_ENUMERATE_PERMISSIONS);
      const base = `Web/Lists(guid'${list.id}')/Items(${id})`;
      return many(
        ctx,
        site.rights
          .principals(scope)
          .map((pid) =>
            entity(ctx, 'SP.RoleAssignment', `${base}/RoleAssignments/GetByPrincipalId(${pid})`, { PrincipalId: pid })
          ),
        q
      );
    }
    if (f && (f.lname === 'addroleassignment' || f.lname === 'removeroleassignment') && method === 'POST') {
      demand(P.ManagePermissions);
      if (!unique) {
        throw E.inheritsPermissions();
      }
      const args = parseArgs(f.args, q);
      const pid = Number(args.find((a) => a.name === 'principalid')?.value ?? args[0]?.value);
      const rid = Number(args.find((a) => a.name === 'roledefid')?.value ?? args[1]?.value);
      if (!site.principals.principal(pid)) {
        throw E.principalNotFound(pid);
      }
      if (!roleDefById(site, rid)) {
        throw E.permissionLevelNotFound();
      }
      if (f.lname === 'addroleassignment') {
        site.rights.add(scope, pid, rid);
      } else {
        site.rights.remove(scope, pid, rid);
      }
      return { status: 200, headers: {} };
    }
  }
  throw E.notSupported(`item/${s.name} ${method}`);
}
