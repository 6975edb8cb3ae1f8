/**
 * A list's views as PnPjs reads and changes them: `views`, `views/getbytitle('…')`, `views('id')`,
 * `getview('id')`, `defaultview`, and a view's `viewfields` (GET: `{ Items, SchemaXml }`), `addviewfield('…')`,
 * `removeviewfield('…')`, `removeallviewfields`, `moveviewfieldto`. A new custom list has one view, "All Items"
 * (default), showing LinkTitle only; fields created over REST join no view (SharePoint Online does not add them).
 */
import * as crypto from 'node:crypto';
import * as E from '../errors';
import type { Db } from '../db';
import { P } from './accessChecks';
import { entity, json, many, one } from './odataJson';
import { arg0, ISeg } from './pathSegments';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import type { ICtx, IList, ISpRequest, ISpResponse } from './types';

interface IView {
  id: string;
  title: string;
  isDefault: boolean;
  fields: string[];
}
interface IViewRow {
  id: string;
  title: string;
  is_default: number;
  fields: string;
}

/** Computed fields a view may show besides the list's own (Title as a link to the item, with or without its menu). */
const COMPUTED_VIEW_FIELDS = ['LinkTitle', 'LinkTitleNoMenu'];

/** Gives a new list SharePoint's "All Items" view (the default), showing LinkTitle only. */
export function addDefaultView(db: Db, listNo: number): void {
  db.prepare('INSERT INTO list_views(list_no, id, title, is_default, fields) VALUES (?, ?, ?, 1, ?)').run(
    listNo,
    crypto.randomUUID(),
    'All Items',
    JSON.stringify(['LinkTitle'])
  );
}

function viewsOf(site: SiteContext, list: IList): IView[] {
  const rows = site.db.prepare('SELECT * FROM list_views WHERE list_no = ? ORDER BY rowid').all(list.no) as IViewRow[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    isDefault: r.is_default === 1,
    fields: JSON.parse(r.fields) as string[]
  }));
}

function viewJson(list: IList, v: IView, ctx: ICtx): Record<string, unknown> {
  return entity(ctx, 'SP.View', `Web/Lists(guid'${list.id}')/Views(guid'${v.id}')`, {
    DefaultView: v.isDefault,
    Hidden: false,
    Id: v.id,
    MobileView: false,
    Paged: true,
    PersonalView: false,
    ReadOnlyView: false,
    RowLimit: 30,
    Scope: 0,
    ServerRelativeUrl: `${ctx.sitePath}/Lists/${list.urlName}/${v.title.replace(/\s/g, '')}.aspx`,
    Title: v.title,
    ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    ViewType: 'HTML'
  });
}

/** `views…`, `defaultview…` and `getview('…')…` of one list (the segment that names the view, then what follows). */
export function views(
  site: SiteContext,
  list: IList,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  const all = viewsOf(site, list);
  let view: IView | undefined;
  let after = rest;
  if (s.lname === 'defaultview') {
    view = all.find((v) => v.isDefault);
  } else if (s.lname === 'getview' || (s.lname === 'views' && s.args !== undefined)) {
    const id = arg0(s, q).replace(/[{}]/g, '').toLowerCase();
    view = all.find((v) => v.id === id);
  } else if (rest.length === 0) {
    if (method === 'GET') {
      return many(
        ctx,
        all.map((v) => viewJson(list, v, ctx)),
        q
      );
    }
    throw E.methodNotAllowed(method, 'SP.ViewCollection');
  } else if (rest[0].lname === 'getbytitle' || rest[0].lname === 'getbyid') {
    const a = arg0(rest[0], q).replace(/[{}]/g, '').toLowerCase();
    view = all.find((v) => (rest[0].lname === 'getbyid' ? v.id === a : v.title.toLowerCase() === a));
    after = rest.slice(1);
  } else {
    throw E.notSupported(`views/${rest[0].name}`);
  }
  if (!view) {
    throw E.viewNotFound();
  }
  if (after.length === 0) {
    if (method === 'GET') {
      return one(ctx, viewJson(list, view, ctx), 200, {}, q.get('$select'));
    }
    throw E.methodNotAllowed(method, 'SP.View');
  }
  return viewFields(site, list, view, after, method, req, ctx);
}

/** `…/viewfields` and the view's field methods. */
function viewFields(
  site: SiteContext,
  list: IList,
  view: IView,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const s = rest[0];
  const q = req.query;
  if (s.lname === 'viewfields' && rest.length === 1 && method === 'GET') {
    return viewFieldsJson(view, ctx);
  }
  if (s.lname === 'viewfields' && rest[1]?.lname === 'schemaxml' && method === 'GET') {
    return json(ctx, 200, ctx.level === 'verbose' ? { d: { SchemaXml: schemaOf(view) } } : { value: schemaOf(view) });
  }
  const op = s.lname === 'viewfields' ? rest[1] : undefined;
  if (!op || method !== 'POST') {
    throw E.notSupported(`view/${rest.map((r) => r.name).join('/')} ${method}`);
  }
  site.access.demandOnList(list, ctx.user, P.ManageLists);
  let fields = [...view.fields];
  switch (op.lname) {
    case 'addviewfield': {
      const name = fieldName(site, list, arg0(op, q));
      if (!fields.includes(name)) {
        fields.push(name);
      }
      break;
    }
    case 'removeviewfield': {
      const name = fieldName(site, list, arg0(op, q));
      fields = fields.filter((f) => f !== name);
      break;
    }
    case 'removeallviewfields':
      fields = [];
      break;
    case 'moveviewfieldto': {
      const b = parseBody(req.body);
      const name = fieldName(site, list, String(b.field ?? ''));
      const index = Number(b.index);
      if (!fields.includes(name) || !Number.isInteger(index) || index < 0 || index >= fields.length) {
        throw E.invalidArgument('index');
      }
      fields = fields.filter((f) => f !== name);
      fields.splice(index, 0, name);
      break;
    }
    default:
      throw E.notSupported(`viewfields/${op.name}`);
  }
  site.db
    .prepare('UPDATE list_views SET fields = ? WHERE list_no = ? AND id = ?')
    .run(JSON.stringify(fields), list.no, view.id);
  return { status: 200, headers: {} };
}

/** The internal name a view field call names (by internal name or title), or SharePoint's "Column … does not exist". */
function fieldName(site: SiteContext, list: IList, nameOrTitle: string): string {
  const ln = nameOrTitle.toLowerCase();
  const computed = COMPUTED_VIEW_FIELDS.find((c) => c.toLowerCase() === ln);
  if (computed) {
    return computed;
  }
  const all = site.lists.fieldsOf(list);
  const f = all.find((x) => x.internalName.toLowerCase() === ln) ?? all.find((x) => x.title.toLowerCase() === ln);
  if (!f) {
    throw E.fieldNotFound(nameOrTitle, list.urlName);
  }
  return f.internalName;
}

function schemaOf(view: IView): string {
  return `<FieldRefs>${view.fields.map((f) => `<FieldRef Name="${f}" />`).join('')}</FieldRefs>`;
}

/** SP.ViewFieldCollection: `{ Items: [internal names], SchemaXml }`. */
function viewFieldsJson(view: IView, ctx: ICtx): ISpResponse {
  const items =
    ctx.level === 'verbose' ? { __metadata: { type: 'Collection(Edm.String)' }, results: view.fields } : view.fields;
  return one(
    ctx,
    entity(ctx, 'SP.ViewFieldCollection', `Web/Views(guid'${view.id}')/ViewFields`, {
      Items: items,
      SchemaXml: schemaOf(view)
    })
  );
}

/** Shows a field in the list's default view (createFieldAsXml with AddFieldToDefaultView). */
export function addToDefaultView(db: Db, listNo: number, internalName: string): void {
  const r = db.prepare('SELECT id, fields FROM list_views WHERE list_no = ? AND is_default = 1').get(listNo) as
    { id: string; fields: string } | undefined;
  if (!r) {
    return;
  }
  const fields = JSON.parse(r.fields) as string[];
  if (!fields.includes(internalName)) {
    fields.push(internalName);
  }
  db.prepare('UPDATE list_views SET fields = ? WHERE list_no = ? AND id = ?').run(JSON.stringify(fields), listNo, r.id);
}

/** A deleted field leaves every view of its list. */
export function dropFromViews(db: Db, listNo: number, internalName: string): void {
  const rows = db.prepare('SELECT id, fields FROM list_views WHERE list_no = ?').all(listNo) as {
    id: string;
    fields: string;
  }[];
  for (const r of rows) {
    const fields = (JSON.parse(r.fields) as string[]).filter((f) => f !== internalName);
    db.prepare('UPDATE list_views SET fields = ? WHERE list_no = ? AND id = ?').run(
      JSON.stringify(fields),
      listNo,
      r.id
    );
  }
}
