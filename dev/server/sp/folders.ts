/**
 * Folders in a custom list, as SharePoint Online makes them: a folder is a list item (FileSystemObjectType 1) whose
 * leaf name is its URL below the list's root folder (`/sites/x/Lists/Name/<leaf>`).
 *
 * - `rootfolder` (GET), `rootfolder/folders/addusingpath(decodedurl='leaf',overwrite=false)` (POST) and
 *   `rootfolder/folders('leaf')` / `…/listitemallfields` (GET, and the item endpoints below it:
 *   breakroleinheritance, roleassignments/addroleassignment…), which is how PnPjs gives a folder its own permissions.
 * - `AddValidateUpdateItemUsingPath` (POST) with `listItemCreateInfo.FolderPath`: the way SharePoint's REST API
 *   creates an item inside a folder (the items endpoint only adds at the root; PnPjs docs, "Add item to folder":
 *   list.addValidateUpdateItemUsingPath). An item created in a folder inherits the folder's permissions.
 * - The list's `items` endpoint returns items and folders of every folder (Rob Windsor, "SharePoint REST API and
 *   Lists with Folders": "Requesting the Items collection for the list will bring back all items and folders
 *   regardless of what folder they are in"), so an indexed `$filter` works across folders as before.
 *
 * Not modelled (refused, never faked): folders inside folders, renaming or moving, `FileRef`/`FileDirRef` in
 * `$select`/`$filter`.
 */
import * as crypto from 'node:crypto';
import * as E from '../errors';
import { P } from './accessChecks';
import { nowIso } from './dates';
import { item } from './items';
import { toColumns, writeWithUnique } from './itemValues';
import { entity, json, one } from './odataJson';
import { arg0, ISeg, parseArgs } from './pathSegments';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import { colOf } from './sqlNames';
import type { ICtx, IField, IList, ISpRequest, ISpResponse } from './types';

/** Characters SharePoint Online refuses in a file or folder name (support.microsoft.com "Invalid file names"). */
const INVALID_NAME = /["*:<>?/\\|]/;

/** The list's root folder URL, e.g. `/sites/boutique/Lists/QOLResults`. */
function rootUrl(list: IList, ctx: ICtx): string {
  return `${ctx.sitePath}/Lists/${list.urlName}`;
}

/** The item id of a top-level folder, by its leaf name (case-insensitive, as SharePoint's URLs are). */
export function folderId(site: SiteContext, list: IList, leaf: string): number | undefined {
  const r = site.db
    .prepare('SELECT item_id FROM item_folders WHERE list_no = ? AND is_folder = 1 AND leaf = ? COLLATE NOCASE')
    .get(list.no, leaf) as { item_id: number } | undefined;
  return r ? r.item_id : undefined;
}

/** True when the item is a folder. */
export function isFolder(site: SiteContext, list: IList, itemId: number): boolean {
  return (
    site.db
      .prepare('SELECT 1 FROM item_folders WHERE list_no = ? AND item_id = ? AND is_folder = 1')
      .get(list.no, itemId) !== undefined
  );
}

function folderJson(site: SiteContext, list: IList, ctx: ICtx, leaf: string | undefined): ISpResponse {
  const url = leaf === undefined ? rootUrl(list, ctx) : `${rootUrl(list, ctx)}/${leaf}`;
  const count =
    leaf === undefined
      ? (site.db.prepare(`SELECT COUNT(*) AS n FROM items_${list.no}`).get() as { n: number }).n
      : (
          site.db
            .prepare('SELECT COUNT(*) AS n FROM item_folders WHERE list_no = ? AND parent_id = ?')
            .get(list.no, folderId(site, list, leaf)) as { n: number }
        ).n;
  return one(
    ctx,
    entity(ctx, 'SP.Folder', `Web/GetFolderByServerRelativePath(decodedurl='${url}')`, {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: count,
      Name: leaf ?? list.urlName,
      ProgID: null,
      ServerRelativeUrl: url,
      TimeCreated: list.created,
      TimeLastModified: list.modified,
      UniqueId: crypto.randomUUID(),
      WelcomePage: ''
    })
  );
}

/** Checks a new folder's leaf name the way SharePoint Online does. */
function checkLeaf(leaf: string): void {
  if (!leaf.trim() || leaf !== leaf.trim() || INVALID_NAME.test(leaf) || leaf.endsWith('.') || leaf.includes('..')) {
    throw E.invalidArgument('DecodedUrl');
  }
}

/** Inserts one item row (a folder's or an item's) and its place among folders. */
function insertRow(
  site: SiteContext,
  list: IList,
  cols: Map<IField, unknown>,
  ctx: ICtx,
  place: { parent: number; folder: boolean; leaf: string | null }
): number {
  const now = nowIso();
  const names = ['version', 'guid', '"f_Created"', '"f_Modified"', '"f_Author"', '"f_Editor"'];
  const values: unknown[] = [1, crypto.randomUUID(), now, now, ctx.user.id, ctx.user.id];
  for (const [f, v] of cols) {
    names.push(colOf(f));
    values.push(v);
  }
  const fields = site.lists.fieldsOf(list);
  return writeWithUnique(fields, () =>
    site.db.transaction(() => {
      const info = site.db
        .prepare(`INSERT INTO items_${list.no}(${names.join(',')}) VALUES (${names.map(() => '?').join(',')})`)
        .run(...values);
      const id = Number(info.lastInsertRowid);
      site.db
        .prepare('INSERT INTO item_folders(list_no, item_id, parent_id, is_folder, leaf) VALUES (?, ?, ?, ?, ?)')
        .run(list.no, id, place.parent, place.folder ? 1 : 0, place.leaf);
      site.db.prepare('UPDATE lists SET modified = ? WHERE no = ?').run(now, list.no);
      return id;
    })()
  );
}

/** `list/rootfolder…`. */
export function rootFolder(
  site: SiteContext,
  list: IList,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  if (rest.length === 0 && method === 'GET') {
    return folderJson(site, list, ctx, undefined);
  }
  const s = rest[0];
  if (s.lname !== 'folders') {
    throw E.notSupported(`rootfolder/${s.name}`);
  }
  const next = rest[1];
  if (next && next.lname === 'addusingpath' && method === 'POST') {
    site.access.demandOnList(list, ctx.user, P.AddListItems);
    const args = parseArgs(next.args, q);
    const leaf = args.find((a) => a.name === 'decodedurl')?.value ?? args[0]?.value ?? '';
    const overwrite = (args.find((a) => a.name === 'overwrite')?.value ?? 'false').toLowerCase() === 'true';
    if (leaf.includes('/')) {
      throw E.notSupported('folders inside folders');
    }
    checkLeaf(leaf);
    if (folderId(site, list, leaf) === undefined) {
      insertRow(site, list, new Map(), ctx, { parent: 0, folder: true, leaf });
    } else if (!overwrite) {
      throw E.folderExists(`${rootUrl(list, ctx)}/${leaf}`);
    }
    return folderJson(site, list, ctx, leaf);
  }
  // folders('leaf') and folders/getbyurl('leaf')
  let leaf: string | undefined;
  let after: ISeg[];
  if (s.args !== undefined) {
    leaf = arg0(s, q);
    after = rest.slice(1);
  } else if (next && next.lname === 'getbyurl') {
    leaf = arg0(next, q);
    after = rest.slice(2);
  } else {
    throw E.notSupported(`rootfolder/folders ${method}`);
  }
  const id = folderId(site, list, leaf);
  // A folder the caller may not view does not exist for them, as an item does not.
  if (id === undefined || (site.access.itemPermissions(list, id, ctx.user).low & P.ViewListItems) === 0) {
    throw E.fileNotFound();
  }
  if (after.length === 0 && method === 'GET') {
    // The name as it was made (URLs match case-insensitively, the answer keeps the folder's own spelling).
    const stored = site.db
      .prepare('SELECT leaf FROM item_folders WHERE list_no = ? AND item_id = ?')
      .get(list.no, id) as { leaf: string };
    return folderJson(site, list, ctx, stored.leaf);
  }
  if (after[0].lname === 'listitemallfields') {
    return item(site, list, id, after.slice(1), method, req, ctx);
  }
  throw E.notSupported(`folder/${after[0].name}`);
}

/** Turns validate-update form values (strings) into a REST body for the column types the local SharePoint reads. */
function formBody(list: IList, fields: IField[], values: Array<{ FieldName: string; FieldValue: string }>) {
  const b: Record<string, unknown> = {};
  for (const v of values) {
    const f = fields.find((x) => x.internalName === v.FieldName);
    if (!f) {
      throw E.noSuchFieldOrProperty(v.FieldName);
    }
    const raw = v.FieldValue;
    switch (f.type) {
      case 'Text':
      case 'Note':
      case 'Choice':
        b[f.internalName] = raw === '' ? null : raw;
        break;
      case 'Number':
        b[f.internalName] = raw === '' ? null : Number(raw);
        break;
      case 'Boolean':
        b[f.internalName] = raw === '1' || raw.toLowerCase() === 'true' || raw.toLowerCase() === 'yes';
        break;
      default:
        // Dates, people and multiple choices have their own string forms there: write them with a MERGE after.
        throw E.notSupported(`AddValidateUpdateItemUsingPath on a ${f.type} column (${list.title})`);
    }
  }
  return b;
}

/**
 * `list/AddValidateUpdateItemUsingPath()`: creates an item in `listItemCreateInfo.FolderPath` (the root when it is the
 * list's URL). Needs AddListItems where the item lands: the folder's permissions when it has its own.
 */
export function addValidateUpdateItemUsingPath(
  site: SiteContext,
  list: IList,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const b = parseBody(req.body) as {
    listItemCreateInfo?: { FolderPath?: { DecodedUrl?: string }; UnderlyingObjectType?: number };
    formValues?: Array<{ FieldName: string; FieldValue: string }> | { results: [] };
  };
  if (!site.access.canViewSomething(list, ctx.user)) {
    throw E.accessDenied();
  }
  const info = b.listItemCreateInfo ?? {};
  if (info.UnderlyingObjectType === 1) {
    throw E.notSupported('AddValidateUpdateItemUsingPath creating a folder (use rootfolder/folders/addusingpath)');
  }
  const root = rootUrl(list, ctx).toLowerCase();
  let path = decodeURIComponent(info.FolderPath?.DecodedUrl ?? root).replace(/\/+$/, '');
  if (/^https?:\/\//i.test(path)) {
    path = new URL(path).pathname;
  }
  let parent = 0;
  if (path.toLowerCase() !== root) {
    if (!path.toLowerCase().startsWith(root + '/')) {
      throw E.fileNotFound();
    }
    const id = folderId(site, list, path.slice(root.length + 1));
    if (id === undefined || (site.access.itemPermissions(list, id, ctx.user).low & P.ViewListItems) === 0) {
      throw E.fileNotFound();
    }
    parent = id;
  }
  const perms = parent
    ? site.access.itemPermissions(list, parent, ctx.user)
    : site.access.listPermissions(list, ctx.user);
  if ((perms.low & P.AddListItems) === 0) {
    throw E.accessDenied();
  }
  const values = Array.isArray(b.formValues) ? b.formValues : [];
  const fields = site.lists.fieldsOf(list);
  const cols = toColumns(site, list, fields, formBody(list, fields, values));
  const id = insertRow(site, list, cols, ctx, { parent, folder: false, leaf: null });
  const results = values.map((v) => ({
    ErrorCode: 0,
    ErrorMessage: null,
    FieldName: v.FieldName,
    FieldValue: v.FieldValue,
    HasException: false,
    ItemId: id
  }));
  return json(
    ctx,
    200,
    ctx.level === 'verbose' ? { d: { AddValidateUpdateItemUsingPath: { results } } } : { value: results }
  );
}
