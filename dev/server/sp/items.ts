/**
 * A list's items: `items` (query, create), `items(n)` / `items/getbyid(n)` / `getitembyid(n)` (read, update with
 * If-Match, delete, recycle, effective permissions), within item-level security (ReadSecurity / WriteSecurity).
 */
import * as crypto from 'node:crypto';
import * as E from '../errors';
import { P } from './accessChecks';
import { nowIso } from './dates';
import { itemJson } from './itemJson';
import { queryItems } from './itemQuery';
import { itemScope, ITEM_SCOPE_ENDPOINTS } from './itemScopes';
import { toColumns, writeWithUnique } from './itemValues';
import { CHANGE_TYPE, logChange } from './changeLog';
import { basePermissions, one, property } from './odataJson';
import { arg0, ISeg } from './pathSegments';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import { colOf } from './sqlNames';
import type { ICtx, IList, ISpRequest, ISpResponse } from './types';

export function items(
  site: SiteContext,
  list: IList,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  if (s.args !== undefined) {
    return item(site, list, Number(arg0(s, q)), rest, method, req, ctx);
  }
  if (rest.length > 0) {
    if (rest[0].lname === 'getbyid') {
      return item(site, list, Number(arg0(rest[0], q)), rest.slice(1), method, req, ctx);
    }
    throw E.notSupported(`items/${rest[0].name}`);
  }
  if (method === 'GET') {
    return queryItems(site, list, req, ctx);
  }
  if (method === 'POST') {
    return addItem(site, list, parseBody(req.body), ctx);
  }
  throw E.notSupported(`items ${method}`);
}

function addItem(site: SiteContext, list: IList, b: Record<string, unknown>, ctx: ICtx): ISpResponse {
  const db = site.db;
  site.access.demandOnList(list, ctx.user, P.AddListItems);
  const fields = site.lists.fieldsOf(list);
  const cols = toColumns(site, list, fields, b);
  const now = nowIso();
  const names = ['version', 'guid', '"f_Created"', '"f_Modified"', '"f_Author"', '"f_Editor"'];
  const values: unknown[] = [1, crypto.randomUUID(), now, now, ctx.user.id, ctx.user.id];
  for (const [f, v] of cols) {
    names.push(colOf(f));
    values.push(v);
  }
  const id = writeWithUnique(fields, () =>
    db.transaction(() => {
      const info = db
        .prepare(`INSERT INTO items_${list.no}(${names.join(',')}) VALUES (${names.map(() => '?').join(',')})`)
        .run(...values);
      db.prepare('UPDATE lists SET modified = ? WHERE no = ?').run(now, list.no);
      logChange(db, list.no, Number(info.lastInsertRowid), CHANGE_TYPE.Add, ctx.user.id);
      return Number(info.lastInsertRowid);
    })()
  );
  const row = db.prepare(`SELECT * FROM items_${list.no} WHERE Id = ?`).get(id) as Record<string, unknown>;
  return one(ctx, itemJson(site, list, fields, row, ctx, null, null), 201, { ETag: '"1"' });
}

/**
 * One item. An item the caller may not read (ReadSecurity = 2, not theirs) does not exist for them; writes need the
 * list permission, and under WriteSecurity 2 (own items) or 4 (none) Override List Behaviors or ManageLists.
 */
export function item(
  site: SiteContext,
  list: IList,
  id: number,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const db = site.db;
  const q = req.query;
  const fields = site.lists.fieldsOf(list);
  if (!site.access.canViewSomething(list, ctx.user)) {
    throw E.accessDenied();
  }
  const row = db.prepare(`SELECT * FROM items_${list.no} WHERE Id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) {
    throw E.itemNotFound();
  }
  // An item with its own permissions is judged by them alone; others by the list's (or the web's).
  const perms = site.access.itemPermissions(list, id, ctx.user);
  if ((perms.low & P.ViewListItems) === 0) {
    throw E.itemNotFound();
  }
  // Override List Behaviors or Manage Lists (sp-dev-docs listtemplate-element-site.md) set item-level security aside.
  const override = (perms.low & (P.CancelCheckout | P.ManageLists)) !== 0;
  const own = row.f_Author === ctx.user.id;
  if (Number(list.props.ReadSecurity ?? 1) === 2 && !override && !own) {
    throw E.itemNotFound();
  }
  const etag = `"${row.version}"`;
  const checkWrite = (bit: number): void => {
    if ((perms.low & bit) !== bit) {
      throw E.accessDenied();
    }
    if (Number(list.props.WriteSecurity ?? 1) === 2 && !override && !own) {
      throw E.accessDenied();
    }
    if (Number(list.props.WriteSecurity ?? 1) === 4 && !override) {
      throw E.accessDenied();
    }
    const m = req.headers['if-match'];
    if (m && m !== '*' && m !== etag) {
      throw E.etagMismatch(m, etag);
    }
  };
  if (rest.length === 0) {
    if (method === 'GET') {
      return one(ctx, itemJson(site, list, fields, row, ctx, q.get('$select'), q.get('$expand')), 200, { ETag: etag });
    }
    if (method === 'MERGE') {
      checkWrite(P.EditListItems);
      const cols = toColumns(site, list, fields, parseBody(req.body));
      const now = nowIso();
      const sets = ['version = version + 1', '"f_Modified" = ?', '"f_Editor" = ?'];
      const values: unknown[] = [now, ctx.user.id];
      for (const [f, v] of cols) {
        sets.push(`${colOf(f)} = ?`);
        values.push(v);
      }
      const version = writeWithUnique(fields, () =>
        db.transaction(() => {
          const info = db
            .prepare(`UPDATE items_${list.no} SET ${sets.join(', ')} WHERE Id = ? AND version = ?`)
            .run(...values, id, row.version);
          if (info.changes !== 1) {
            throw E.etagMismatch(req.headers['if-match'] ?? '*', etag);
          }
          db.prepare('UPDATE lists SET modified = ? WHERE no = ?').run(now, list.no);
          logChange(db, list.no, id, CHANGE_TYPE.Update, row.f_Author);
          return (row.version as number) + 1;
        })()
      );
      return { status: 204, headers: { ETag: `"${version}"` } };
    }
    if (method === 'DELETE') {
      checkWrite(P.DeleteListItems);
      deleteItem(site, list, id, row.f_Author);
      db.prepare('DELETE FROM item_folders WHERE list_no = ? AND item_id = ?').run(list.no, id);
      return { status: 200, headers: {} };
    }
  }
  const s = rest[0];
  if (s.lname === 'recycle' && method === 'POST') {
    checkWrite(P.DeleteListItems);
    deleteItem(site, list, id, row.f_Author);
    db.prepare('DELETE FROM item_folders WHERE list_no = ? AND item_id = ?').run(list.no, id);
    return property(ctx, 'Recycle', crypto.randomUUID(), 'Edm.Guid');
  }
  if (ITEM_SCOPE_ENDPOINTS.has(s.lname)) {
    return itemScope(site, list, id, s, rest.slice(1), method, req, ctx);
  }
  if ((s.lname === 'effectivebasepermissions' || s.lname === 'effectivebasepermissionsforui') && method === 'GET') {
    const p = perms;
    let low = p.low;
    if (!override && !own && Number(list.props.WriteSecurity ?? 1) === 2) {
      low = low & ~(P.EditListItems | P.DeleteListItems);
    }
    return property(ctx, 'EffectiveBasePermissions', basePermissions(ctx, p.high, low >>> 0), 'SP.BasePermissions');
  }
  throw E.notSupported(`item/${s.name} ${method}`);
}

/** Deletes (or recycles) an item, forgetting its permissions and logging the delete, in one transaction. */
function deleteItem(site: SiteContext, list: IList, id: number, author: unknown): void {
  site.db.transaction(() => {
    site.db.prepare(`DELETE FROM items_${list.no} WHERE Id = ?`).run(id);
    site.rights.resetItemInheritance(list.no, id);
    logChange(site.db, list.no, id, CHANGE_TYPE.DeleteObject, author);
  })();
}
