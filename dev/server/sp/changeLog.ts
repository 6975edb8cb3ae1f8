/**
 * The change log of list items, as SharePoint keeps it: every add, update and delete of an item gets a change number
 * (one sequence for the whole site collection); `list/CurrentChangeToken` names the latest, and POST
 * `list/getchanges` with an SP.ChangeQuery returns the SP.ChangeItem entries after a token.
 *
 * Token format "1;3;<listId>;<ticks>;<changeNumber>" (version 1, scope 3 = list, .NET ticks of the change time):
 * https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.changetoken and the SPChangeToken docs.
 * Changes are kept 60 days in SharePoint Online (https://learn.microsoft.com/previous-versions/office/developer/
 * sharepoint-2010/bb417456(v=office.14)). An older token gets NO changes and no error: what SharePoint Online does
 * today (sp-dev-docs issue #10389, "getChanges API does not throw exception for expired changeToken"), so a client
 * must itself never trust a token that old. A token of another list or one that does not parse is refused.
 *
 * Stricter than SharePoint (whose change log names items whatever the caller may read): only adds and updates of
 * items the caller may read now are returned, and deletes only to callers who may read the list's items (their own
 * under ReadSecurity = 2).
 */
import type { Db } from '../db';
import * as E from '../errors';
import { P } from './accessChecks';
import { entity, many } from './odataJson';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import type { ICtx, IList, ISpResponse } from './types';

/** SP.ChangeType values the local SharePoint logs. */
export const CHANGE_TYPE = { Add: 1, Update: 2, DeleteObject: 3 } as const;

/** How long SharePoint Online keeps changes. */
export const CHANGE_RETENTION_DAYS = 60;

/**
 * Most changes one getChanges call returns (SP.ChangeQuery.FetchLimit may ask for fewer). SharePoint Online pages its
 * change collections; a client that gets a full page must ask again from the last token or re-read the list.
 */
export const CHANGE_FETCH_LIMIT = 1000;

/** .NET ticks (100 ns since 0001-01-01) of a JavaScript time. */
const TICKS_AT_EPOCH = 621355968000000000n;
function ticksOf(ms: number): string {
  return (BigInt(ms) * 10000n + TICKS_AT_EPOCH).toString();
}
function msOfTicks(ticks: string): number {
  return Number((BigInt(ticks) - TICKS_AT_EPOCH) / 10000n);
}

/** The table (migration 5 of db.ts). */
export function createChangeLog(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS changes (number INTEGER PRIMARY KEY AUTOINCREMENT, list_no INTEGER NOT NULL,
    item_id INTEGER NOT NULL, change_type INTEGER NOT NULL, time TEXT NOT NULL, author INTEGER);
    CREATE INDEX IF NOT EXISTS changes_list ON changes(list_no, number);`);
}

/** Logs one change; call it inside the transaction that made it, so a change and its log entry land together. */
export function logChange(db: Db, listNo: number, itemId: number, type: number, author: unknown): void {
  db.prepare('INSERT INTO changes(list_no, item_id, change_type, time, author) VALUES (?,?,?,?,?)').run(
    listNo,
    itemId,
    type,
    new Date().toISOString(),
    typeof author === 'number' ? author : null
  );
}

function tokenString(list: IList, ms: number, number: number): string {
  return `1;3;${list.id};${ticksOf(ms)};${number}`;
}

/** The list's CurrentChangeToken: the latest change of the site collection, now. */
export function currentChangeToken(site: SiteContext, list: IList): { StringValue: string } {
  const row = site.db.prepare('SELECT max(number) n FROM changes').get() as { n: number | null };
  return { StringValue: tokenString(list, Date.now(), row.n ?? 0) };
}

/** A token of this list, or the refusal SharePoint gives. */
function parseToken(list: IList, value: unknown): { ms: number; number: number } {
  const s = value && typeof value === 'object' ? (value as { StringValue?: unknown }).StringValue : undefined;
  const m = typeof s === 'string' ? /^1;3;\{?([0-9a-f-]{36})\}?;(\d{1,20});(\d{1,18})$/i.exec(s) : null;
  if (!m || m[1].toLowerCase() !== list.id.toLowerCase()) {
    throw E.invalidChangeToken();
  }
  return { ms: msOfTicks(m[2]), number: Number(m[3]) };
}

interface IChangeRow {
  number: number;
  item_id: number;
  change_type: number;
  time: string;
}

/** POST `list/getchanges` with `{ query: SP.ChangeQuery }`: item changes after ChangeTokenStart. */
export function getChanges(site: SiteContext, list: IList, body: string, ctx: ICtx): ISpResponse {
  const query = (parseBody(body).query ?? {}) as Record<string, unknown>;
  const types: number[] = [];
  if (query.Item === true) {
    if (query.Add === true) types.push(CHANGE_TYPE.Add);
    if (query.Update === true) types.push(CHANGE_TYPE.Update);
    if (query.DeleteObject === true) types.push(CHANGE_TYPE.DeleteObject);
  }
  const start = query.ChangeTokenStart !== undefined ? parseToken(list, query.ChangeTokenStart) : undefined;
  const limit = Math.min(CHANGE_FETCH_LIMIT, Number(query.FetchLimit) > 0 ? Number(query.FetchLimit) : Infinity);
  const expired = start !== undefined && start.ms < Date.now() - CHANGE_RETENTION_DAYS * 86400000;
  if (types.length === 0 || expired) {
    return many(ctx, [], new URLSearchParams());
  }
  const readsList = site.access.canOnList(list, ctx.user, P.ViewListItems);
  const ownOnly = Number(list.props.ReadSecurity ?? 1) === 2 && !site.access.overridesItemSecurity(list, ctx.user);
  const readable = site.access.readFilterSql(list, ctx.user);
  // Adds and updates: of items that still exist and the caller may read now (their read filter, as items queries).
  const live = `change_type IN (1, 2) AND item_id IN (SELECT Id FROM items_${list.no}${readable ? ' WHERE ' + readable.sql : ''})`;
  const gone = readsList ? `change_type = 3${ownOnly ? ' AND author = ?' : ''}` : '0';
  const params: unknown[] = [
    list.no,
    start?.number ?? 0,
    ...(readable?.params ?? []),
    ...(ownOnly && readsList ? [ctx.user.id] : [])
  ];
  const rows = site.db
    .prepare(
      `SELECT number, item_id, change_type, time FROM changes WHERE list_no = ? AND number > ?
       AND change_type IN (${types.join(',')}) AND ((${live}) OR (${gone})) ORDER BY number LIMIT ${limit}`
    )
    .all(...params) as IChangeRow[];
  const webId = site.meta('webId');
  const siteId = site.meta('siteId');
  return many(
    ctx,
    rows.map((r) =>
      entity(ctx, 'SP.ChangeItem', `Web/Lists(guid'${list.id}')/Changes`, {
        ChangeToken: { StringValue: tokenString(list, Date.parse(r.time), r.number) },
        ChangeType: r.change_type,
        SiteId: siteId,
        Time: r.time.replace(/\.\d{3}Z$/, 'Z'),
        ItemId: r.item_id,
        ListId: list.id,
        WebId: webId
      })
    ),
    new URLSearchParams()
  );
}
