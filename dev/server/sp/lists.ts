/**
 * Lists: `web/lists` (read the ones the caller may see, create), `lists(guid'…')`, `lists/getbytitle('…')`,
 * `web/getlist('…')`, one list (read, update, delete, recycle) and the routes below it (fields, items, permissions).
 *
 * Just over 300 lines: the list resource's routes and their permission checks, kept in one module.
 */
import * as crypto from 'node:crypto';
import * as E from '../errors';
import { addValidateUpdateItemUsingPath, rootFolder } from './folders';
import type { SpError } from '../errors';
import { P } from './accessChecks';
import { nowIso } from './dates';
import { BUILTIN_FIELDS } from './builtinFields';
import { currentChangeToken, getChanges } from './changeLog';
import { fields } from './fields';
import { addDefaultView, views } from './views';
import { readsOwnItemsOnly } from './fieldWrites';
import { item, items } from './items';
import { itemTypeOf } from './listStore';
import { entity, many, one, property } from './odataJson';
import { arg0, ISeg } from './pathSegments';
import { parseBody } from './requestBody';
import { changeInheritance, effectivePermissions, roleAssignments } from './roleAssignments';
import type { SiteContext } from './siteContext';
import type { ICtx, IList, ISpRequest, ISpResponse } from './types';

/** A list's JSON. HasUniqueRoleAssignments is only sent when `$select` names it, as SharePoint does. */
function listJson(site: SiteContext, list: IList, ctx: ICtx, select?: string | null): Record<string, unknown> {
  const p = list.props;
  const extra: Record<string, unknown> = /(^|,)\s*hasuniqueroleassignments\s*(,|$)/i.test(select ?? '')
    ? { HasUniqueRoleAssignments: list.uniquePerms }
    : {};
  return entity(
    ctx,
    'SP.List',
    `Web/Lists(guid'${list.id}')`,
    {
      ...extra,
      AllowContentTypes: p.AllowContentTypes ?? false,
      BaseTemplate: p.BaseTemplate ?? 100,
      BaseType: 0,
      ContentTypesEnabled: p.ContentTypesEnabled ?? false,
      Created: list.created,
      CurrentChangeToken: currentChangeToken(site, list),
      Description: p.Description ?? '',
      EnableAttachments: p.EnableAttachments ?? true,
      EnableFolderCreation: p.EnableFolderCreation ?? false,
      EnableMinorVersions: false,
      EnableModeration: false,
      EnableVersioning: p.EnableVersioning ?? true,
      EntityTypeName: itemTypeOf(list)
        .replace(/^SP\.Data\./, '')
        .replace(/Item$/, ''),
      Hidden: p.Hidden ?? false,
      Id: list.id,
      ItemCount: site.lists.itemCount(list),
      LastItemModifiedDate: list.modified,
      ListItemEntityTypeFullName: itemTypeOf(list),
      MajorVersionLimit: p.MajorVersionLimit ?? 500,
      NoCrawl: p.NoCrawl ?? false,
      ParentWebUrl: ctx.sitePath,
      ReadSecurity: p.ReadSecurity ?? 1,
      WriteSecurity: p.WriteSecurity ?? 1,
      Title: list.title,
      DefaultViewUrl: `${ctx.sitePath}/Lists/${list.urlName}/AllItems.aspx`
    },
    '"1"'
  );
}

/** `lists`, `lists(guid'…')/…`, `lists/getbyid(…)/…`, `lists/getbytitle(…)/…` (segments after `lists`). */
export function routeLists(site: SiteContext, segs: ISeg[], method: string, req: ISpRequest, ctx: ICtx): ISpResponse {
  const q = req.query;
  const webUrl = ctx.origin + ctx.sitePath;
  if (segs.length === 0) {
    if (method === 'GET') {
      const visible = site.lists.all().filter((l) => site.access.canOnList(l, ctx.user, P.ViewListItems));
      return many(
        ctx,
        visible.map((l) => listJson(site, l, ctx, q.get('$select'))),
        q
      );
    }
    if (method === 'POST') {
      return addList(site, parseBody(req.body), ctx);
    }
    throw E.methodNotAllowed(method, 'SP.ListCollection');
  }
  const s = segs[0];
  const rest = segs.slice(1);
  let list: IList | undefined;
  let notFound: () => SpError;
  if (s.lname === '' || (s.lname === 'lists' && s.args !== undefined) || s.lname === 'getbyid') {
    list = site.lists.byId(arg0(s, q));
    notFound = E.listIdNotFound;
  } else if (s.lname === 'getbytitle') {
    const title = arg0(s, q);
    list = site.lists.byTitle(title);
    notFound = () => E.listNotFound(title, webUrl);
  } else if (s.lname === 'ensuresiteassetslibrary' || s.lname === 'ensuresitepageslibrary') {
    throw E.notSupported(s.name);
  } else {
    throw E.notSupported(`lists/${s.name}`);
  }
  if (!list) {
    throw notFound();
  }
  return listEndpoint(site, site.access.visibleOr(list, ctx.user, notFound), rest, method, req, ctx);
}

/** `web/getlist('/sites/boutique/Lists/Name')/…`: by the last segment of the URL. */
export function getList(
  site: SiteContext,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const url = arg0(s, req.query).replace(/\/$/, '');
  const name = url.split('/').pop() ?? '';
  const list = site.lists.byUrlName(name);
  if (!list) {
    throw E.fileNotFound();
  }
  return listEndpoint(site, site.access.visibleOr(list, ctx.user, E.fileNotFound), rest, method, req, ctx);
}

/** The Custom List template (100): the only list template the local SharePoint models. */
const CUSTOM_LIST_TEMPLATE = 100;
/** SharePoint's limit on a list title (SPList.Title: 255 characters). */
const MAX_LIST_TITLE = 255;

/**
 * SP.List properties a REST create or update may set (what listJson shows, less the read-only ones). Anything else
 * is SharePoint's 400 "The property 'X' does not exist on type 'SP.List'", never quietly stored.
 */
const WRITABLE_LIST_PROPS = new Set([
  'Title',
  'Description',
  'BaseTemplate',
  'AllowContentTypes',
  'ContentTypesEnabled',
  'EnableAttachments',
  'EnableFolderCreation',
  'EnableVersioning',
  'EnableMinorVersions',
  'EnableModeration',
  'Hidden',
  'MajorVersionLimit',
  'NoCrawl',
  'OnQuickLaunch',
  'ReadSecurity',
  'WriteSecurity'
]);

/** The properties of a create or update body, checked against SP.List. */
function listPropsOf(b: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) {
    if (k === '__metadata') {
      continue;
    }
    if (!WRITABLE_LIST_PROPS.has(k)) {
      throw E.noSuchProperty(k, 'SP.List');
    }
    props[k] = v;
  }
  if (typeof props.Title === 'string' && props.Title.length > MAX_LIST_TITLE) {
    throw E.listTitleTooLong(MAX_LIST_TITLE);
  }
  return props;
}

/** POST `web/lists`: needs ManageLists on the web; the URL name comes from the title. */
function addList(site: SiteContext, b: Record<string, unknown>, ctx: ICtx): ISpResponse {
  const db = site.db;
  site.access.demand(ctx.user, P.ManageLists);
  const props = listPropsOf(b);
  const title = String(b.Title ?? '').trim();
  if (!title) {
    throw E.valueCannotBeNull('Title');
  }
  // Only the custom list is modelled: a document library (101) or any other template is refused, not faked.
  const template = Number(props.BaseTemplate ?? CUSTOM_LIST_TEMPLATE);
  if (template !== CUSTOM_LIST_TEMPLATE) {
    throw E.notSupported(`list template ${template} (only the custom list, 100)`);
  }
  if (site.lists.byTitle(title)) {
    throw E.listTitleInUse();
  }
  delete props.Title;
  const id = crypto.randomUUID();
  let urlName = title.replace(/[^A-Za-z0-9 _-]/g, '').trim();
  if (!urlName) {
    urlName = 'List';
  }
  let n = 1;
  const base = urlName;
  while (db.prepare('SELECT 1 FROM lists WHERE url_name = ? COLLATE NOCASE').get(urlName)) {
    urlName = base + n++;
  }
  const now = nowIso();
  let no = 0;
  db.transaction(() => {
    const info = db
      .prepare('INSERT INTO lists(id, title, url_name, props, created, modified) VALUES (?,?,?,?,?,?)')
      .run(
        id,
        title,
        urlName,
        JSON.stringify({ ReadSecurity: 1, WriteSecurity: 1, EnableVersioning: false, ...props }),
        now,
        now
      );
    no = Number(info.lastInsertRowid);
    db.exec(`CREATE TABLE items_${no} (Id INTEGER PRIMARY KEY AUTOINCREMENT, version INTEGER NOT NULL DEFAULT 1, guid TEXT NOT NULL,
      "f_Title" TEXT COLLATE NOCASE, "f_Created" TEXT, "f_Modified" TEXT, "f_Author" INTEGER, "f_Editor" INTEGER)`);
    const ins = db.prepare('INSERT INTO fields(list_no, internal_name, id, type, props, sort) VALUES (?,?,?,?,?,?)');
    addDefaultView(db, no);
    BUILTIN_FIELDS.forEach(([name, type, p, fieldId], i) =>
      ins.run(no, name, fieldId, type, JSON.stringify({ ...p, builtin: true, Indexed: name === 'ID' }), i)
    );
  })();
  return one(ctx, listJson(site, site.lists.byId(id)!, ctx), 201);
}

/** One list: GET, MERGE (ManageLists), DELETE, and everything below it. */
function listEndpoint(
  site: SiteContext,
  list: IList,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  if (rest.length === 0) {
    if (method === 'GET') {
      return one(ctx, listJson(site, list, ctx, q.get('$select')), 200, {}, q.get('$select'));
    }
    if (method === 'MERGE') {
      return updateList(site, list, req, ctx);
    }
    if (method === 'DELETE') {
      return deleteList(site, list, ctx);
    }
    throw E.methodNotAllowed(method, 'SP.List');
  }
  const s = rest[0];
  const after = rest.slice(1);
  switch (s.lname) {
    case 'fields':
      return fields(site, list, s, after, method, req, ctx);
    case 'items':
      return items(site, list, s, after, method, req, ctx);
    case 'views':
    case 'defaultview':
    case 'getview':
      return views(site, list, s, after, method, req, ctx);
    case 'rootfolder':
      return rootFolder(site, list, after, method, req, ctx);
    case 'addvalidateupdateitemusingpath':
      if (method === 'POST') {
        return addValidateUpdateItemUsingPath(site, list, req, ctx);
      }
      break;
    case 'getitembyid':
      return item(site, list, Number(arg0(s, q)), after, method, req, ctx);
    case 'effectivebasepermissions':
    case 'getusereffectivepermissions':
      return effectivePermissions(site, s, q, ctx, list);
    case 'hasuniqueroleassignments':
      return property(ctx, 'HasUniqueRoleAssignments', list.uniquePerms, 'Edm.Boolean');
    case 'roleassignments':
      return roleAssignments(site, s, after, method, req, ctx, list);
    case 'breakroleinheritance':
    case 'resetroleinheritance':
      if (method === 'POST') {
        return changeInheritance(site, list, s, q, ctx);
      }
      break;
    case 'currentchangetoken':
      return one(ctx, currentChangeToken(site, list));
    case 'getchanges':
      if (method === 'POST') {
        site.access.demandOnList(list, ctx.user, P.ViewListItems);
        return getChanges(site, list, req.body, ctx);
      }
      break;
    case 'itemcount':
      return property(ctx, 'ItemCount', site.lists.itemCount(list), 'Edm.Int32');
    case 'recycle':
      if (method === 'POST') {
        return deleteList(site, list, ctx).status === 200
          ? property(ctx, 'Recycle', crypto.randomUUID(), 'Edm.Guid')
          : { status: 500, headers: {} };
      }
      break;
    default:
      break;
  }
  throw E.notSupported(`list/${s.name} ${method}`);
}

function updateList(site: SiteContext, list: IList, req: ISpRequest, ctx: ICtx): ISpResponse {
  site.access.demandOnList(list, ctx.user, P.ManageLists);
  const b = listPropsOf(parseBody(req.body));
  const props = { ...list.props };
  let title = list.title;
  for (const [k, v] of Object.entries(b)) {
    if (k === 'Title') {
      title = String(v);
      continue;
    }
    props[k] = v;
  }
  if (title.toLowerCase() !== list.title.toLowerCase() && site.lists.byTitle(title)) {
    throw E.listTitleInUse();
  }
  // "Enforcing Uniqueness in Column Values": item-level permissions are refused on a list with a unique column.
  if (readsOwnItemsOnly(props) && !readsOwnItemsOnly(list.props) && site.lists.fieldsOf(list).some((f) => f.unique)) {
    throw E.uniqueWithItemLevelPermissions();
  }
  site.db
    .prepare('UPDATE lists SET title = ?, props = ?, modified = ? WHERE no = ?')
    .run(title, JSON.stringify(props), nowIso(), list.no);
  return { status: 204, headers: { ETag: '"1"' } };
}

function deleteList(site: SiteContext, list: IList, ctx: ICtx): ISpResponse {
  site.access.demandOnList(list, ctx.user, P.ManageLists);
  site.db.transaction(() => {
    site.db.exec(`DROP TABLE IF EXISTS items_${list.no}`);
    site.db.prepare('DELETE FROM fields WHERE list_no = ?').run(list.no);
    site.db.prepare('DELETE FROM list_views WHERE list_no = ?').run(list.no);
    site.rights.forgetList(list.no);
    site.db.prepare('DELETE FROM lists WHERE no = ?').run(list.no);
  })();
  return { status: 200, headers: {} };
}
