/**
 * GET `items`: $filter, $orderby, $top (at most 5,000) and `$skiptoken` paging (`Paged=TRUE&p_<orderby>=…&p_ID=…`,
 * the way SharePoint writes its `odata.nextLink`), within item-level security and the list view threshold.
 */
import * as E from '../errors';
import { filterSql, member } from './filterSql';
import { itemJson } from './itemJson';
import { checkThreshold, LIST_VIEW_THRESHOLD } from './listViewThreshold';
import type { FilterNode } from './odataFilter';
import { many, parseFilterQuery } from './odataJson';
import type { SiteContext } from './siteContext';
import type { ICtx, IField, IList, ISpRequest, ISpResponse } from './types';

interface IOrder {
  sql: string;
  desc: boolean;
  name: string;
  field?: IField;
  type: string;
}

export function queryItems(site: SiteContext, list: IList, req: ISpRequest, ctx: ICtx): ISpResponse {
  if (!site.access.canViewSomething(list, ctx.user)) {
    throw E.accessDenied();
  }
  const q = req.query;
  const fields = site.lists.fieldsOf(list);
  const count = site.lists.itemCount(list);
  const big = count > LIST_VIEW_THRESHOLD;
  const where: string[] = [];
  const params: unknown[] = [];
  const filter = q.get('$filter');
  let node: FilterNode | undefined;
  if (filter && filter.trim()) {
    node = parseFilterQuery(filter);
    const fp: unknown[] = [];
    where.push(filterSql(fields, node, fp));
    params.push(...fp);
  }
  const order = orderOf(fields, q.get('$orderby'));
  if (big) {
    checkThreshold(site, list, fields, node, order);
  }
  const sec = site.access.readFilterSql(list, ctx.user);
  if (sec) {
    where.push(sec.sql);
    params.push(...sec.params);
  }
  const skiptoken = q.get('$skiptoken');
  if (skiptoken) {
    afterSkipToken(skiptoken, order, where, params);
  }
  let top = Number(q.get('$top') ?? 100);
  if (!Number.isFinite(top) || top < 0) {
    top = 100;
  }
  top = Math.min(Math.floor(top), LIST_VIEW_THRESHOLD);
  const sql = `SELECT * FROM items_${list.no}${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY ${order.map((o) => `${o.sql} ${o.desc ? 'DESC' : 'ASC'}`).join(', ')} LIMIT ${top + 1}`;
  const rows = site.db.prepare(sql).all(...params) as Record<string, unknown>[];
  let nextLink: string | undefined;
  if (rows.length > top) {
    rows.length = top;
    const last = rows[rows.length - 1];
    if (last) {
      nextLink = nextLinkAfter(last, order, top, req, ctx);
    }
  }
  const select = q.get('$select');
  const expand = q.get('$expand');
  const out = rows.map((r) => itemJson(site, list, fields, r, ctx, select, expand));
  return many(ctx, out, new URLSearchParams(), nextLink);
}

/** The $orderby columns, then ID (SharePoint always breaks ties by ID, and pages by it). */
function orderOf(fields: IField[], orderby: string | null): IOrder[] {
  const order: IOrder[] = [];
  if (orderby && orderby.trim()) {
    for (const part of orderby.split(',')) {
      const [name, dir] = part.trim().split(/\s+/);
      if (!name) {
        continue;
      }
      const m = member(fields, name);
      if (m.type === 'Note' || m.type === 'MultiChoice') {
        throw E.cannotOrderBy(name, m.type);
      }
      order.push({
        sql: m.sql,
        desc: (dir ?? '').toLowerCase() === 'desc',
        name: m.field?.internalName ?? name,
        field: m.field,
        type: m.type
      });
    }
  }
  if (!order.some((o) => o.sql === 'Id')) {
    order.push({ sql: 'Id', desc: false, name: 'ID', type: 'Counter' });
  }
  return order;
}

/** Adds the keyset condition "after the row the skiptoken names" to `where` (nulls sort first, as in SQLite). */
function afterSkipToken(skiptoken: string, order: IOrder[], where: string[], params: unknown[]): void {
  const tok = new URLSearchParams(skiptoken);
  const lastId = tok.get('p_ID');
  if (lastId === null) {
    return;
  }
  const values = order.map((o) => (o.sql === 'Id' ? Number(lastId) : tokenValue(tok.get('p_' + o.name), o.type)));
  const ors: string[] = [];
  const kp: unknown[] = [];
  for (let i = 0; i < order.length; i++) {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      if (values[j] === null) {
        parts.push(`${order[j].sql} IS NULL`);
      } else {
        parts.push(`${order[j].sql} = ?`);
        kp.push(values[j]);
      }
    }
    const o = order[i];
    const v = values[i];
    if (v === null) {
      if (o.desc) {
        continue;
      }
      parts.push(`${o.sql} IS NOT NULL`);
    } else if (o.desc) {
      parts.push(`(${o.sql} < ? OR ${o.sql} IS NULL)`);
      kp.push(v);
    } else {
      parts.push(`${o.sql} > ?`);
      kp.push(v);
    }
    ors.push('(' + parts.join(' AND ') + ')');
  }
  where.push(ors.length ? '(' + ors.join(' OR ') + ')' : '0');
  params.push(...kp);
}

function tokenValue(v: string | null, type: string): unknown {
  if (v === null || v === '') {
    return null;
  }
  if (
    type === 'Number' ||
    type === 'Integer' ||
    type === 'Currency' ||
    type === 'UserId' ||
    type === 'Boolean' ||
    type === 'Counter'
  ) {
    return Number(v);
  }
  return v;
}

/** The `odata.nextLink` of a page that ends at `last`: the same query with a `$skiptoken` after it. */
function nextLinkAfter(
  last: Record<string, unknown>,
  order: IOrder[],
  top: number,
  req: ISpRequest,
  ctx: ICtx
): string {
  const q = req.query;
  const tok = new URLSearchParams();
  tok.set('Paged', 'TRUE');
  for (const o of order) {
    if (o.sql === 'Id') {
      continue;
    }
    const v = last[`f_${o.field?.internalName}`];
    tok.set('p_' + o.name, v === null || v === undefined ? '' : String(v));
  }
  tok.set('p_ID', String(last.Id));
  const nq = new URLSearchParams();
  for (const k of ['$filter', '$select', '$expand', '$orderby']) {
    const v = q.get(k);
    if (v) {
      nq.set(k, v);
    }
  }
  nq.set('$skiptoken', tok.toString());
  nq.set('$top', String(top));
  return `${ctx.origin}${ctx.sitePath}/_api/${req.path.split('?')[0]}?${nq.toString()}`;
}
