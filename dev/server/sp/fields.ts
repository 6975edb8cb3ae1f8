/**
 * A list's fields: `fields` (read, create), `fields(guid'…')`, `fields/getby{internalnameortitle,title,id}(…)`,
 * `fields/createfieldasxml`, `fields/addfield`, and one field (read, update, delete).
 */
import * as E from '../errors';
import { P } from './accessChecks';
import { fieldJson } from './fieldJson';
import { addToDefaultView, dropFromViews } from './views';

/** SP.AddFieldOptions.AddFieldToDefaultView. */
const ADD_FIELD_TO_DEFAULT_VIEW = 16;
import { fromSchemaXml } from './fieldSchemaXml';
import { addField, updateField } from './fieldWrites';
import { many, one } from './odataJson';
import { arg0, ISeg } from './pathSegments';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import { colOf, quoteIdent } from './sqlNames';
import type { ICtx, IField, IList, ISpRequest, ISpResponse } from './types';

export function fields(
  site: SiteContext,
  list: IList,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  const all = site.lists.fieldsOf(list);
  let field: IField | undefined;
  let after = rest;
  if (s.args !== undefined) {
    const id = arg0(s, q).toLowerCase();
    field = all.find((f) => f.id.toLowerCase() === id.replace(/[{}]/g, ''));
    if (!field) {
      throw E.fieldNotFound(id, list.urlName);
    }
  } else if (rest.length === 0) {
    if (method === 'GET') {
      return many(
        ctx,
        all.map((f) => fieldJson(site, f, ctx)),
        q
      );
    }
    if (method === 'POST') {
      const b = parseBody(req.body);
      return addField(site, list, b, ctx);
    }
  } else {
    const f = rest[0];
    after = rest.slice(1);
    if (f.lname === 'getbyinternalnameortitle' || f.lname === 'getbytitle' || f.lname === 'getbyid') {
      const name = arg0(f, q);
      const ln = name.toLowerCase();
      field =
        f.lname === 'getbyid'
          ? all.find((x) => x.id.toLowerCase() === ln.replace(/[{}]/g, ''))
          : f.lname === 'getbytitle'
            ? all.find((x) => x.title.toLowerCase() === ln)
            : (all.find((x) => x.internalName.toLowerCase() === ln) ?? all.find((x) => x.title.toLowerCase() === ln));
      if (!field) {
        throw E.fieldNotFound(name, list.urlName);
      }
    } else if (f.lname === 'createfieldasxml' && method === 'POST') {
      const b = parseBody(req.body);
      const params = (b.parameters ?? {}) as { SchemaXml?: string; Options?: number };
      const options = Number(params.Options ?? 0);
      const added = addField(site, list, fromSchemaXml(String(params.SchemaXml ?? ''), options), ctx);
      // SP.AddFieldOptions.AddFieldToDefaultView (16): the only way a field made over REST joins a view.
      const made = site.lists.fieldsOf(list).find((x) => !all.some((y) => y.internalName === x.internalName));
      if (options & ADD_FIELD_TO_DEFAULT_VIEW && made) {
        addToDefaultView(site.db, list.no, made.internalName);
      }
      return added;
    } else if (f.lname === 'addfield' && method === 'POST') {
      const b = parseBody(req.body);
      return addField(site, list, (b.parameters ?? {}) as Record<string, unknown>, ctx);
    } else {
      throw E.notSupported(`fields/${f.name}`);
    }
  }
  if (!field) {
    throw E.notSupported(`fields ${method}`);
  }
  if (after.length === 0) {
    if (method === 'GET') {
      return one(ctx, fieldJson(site, field, ctx), 200, {}, q.get('$select'));
    }
    if (method === 'MERGE') {
      updateField(site, list, field, parseBody(req.body), ctx);
      return { status: 204, headers: {} };
    }
    if (method === 'DELETE') {
      return deleteField(site, list, field, ctx);
    }
  }
  throw E.notSupported(`field ${method}`);
}

/** Drops a field's column (and its index); built-in fields cannot be deleted. */
function deleteField(site: SiteContext, list: IList, field: IField, ctx: ICtx): ISpResponse {
  site.access.demandOnList(list, ctx.user, P.ManageLists);
  if (field.builtin) {
    throw E.cannotDeleteBuiltinField();
  }
  site.db.transaction(() => {
    site.db.exec(`DROP INDEX IF EXISTS ${quoteIdent(`ix_${list.no}_${field.internalName}`)}`);
    site.db.exec(`ALTER TABLE items_${list.no} DROP COLUMN ${colOf(field)}`);
    site.db.prepare('DELETE FROM fields WHERE list_no = ? AND internal_name = ?').run(list.no, field.internalName);
    dropFromViews(site.db, list.no, field.internalName);
  })();
  return { status: 200, headers: {} };
}
