/** Permission levels: `web/roledefinitions` (list, create, get by id, name or type, update, delete). */
import * as E from '../errors';
import { P } from './accessChecks';
import { basePermissions, entity, many, one } from './odataJson';
import { arg0, ISeg } from './pathSegments';
import { parseBody } from './requestBody';
import type { SiteContext } from './siteContext';
import type { ICtx, ISpRequest, ISpResponse } from './types';

type RoleDefRow = Record<string, unknown>;

/** Custom permission levels get ids from here up, above the built-in ones (db.ts BUILTIN_ROLES). */
const FIRST_CUSTOM_ROLE_ID = 1073741924;

export function roleJson(r: RoleDefRow, ctx: ICtx): Record<string, unknown> {
  return entity(ctx, 'SP.RoleDefinition', `Web/RoleDefinitions(${r.id})`, {
    BasePermissions: basePermissions(ctx, r.high as number, r.low as number),
    Description: r.description,
    Hidden: false,
    Id: r.id,
    Name: r.name,
    Order: r.sort,
    RoleTypeKind: r.role_type_kind
  });
}

/** A permission level by id (undefined when there is none). */
export function roleDefById(site: SiteContext, id: number): RoleDefRow | undefined {
  return site.db.prepare('SELECT * FROM roledefs WHERE id = ?').get(id) as RoleDefRow | undefined;
}

export function roleDefinitions(
  site: SiteContext,
  s: ISeg,
  rest: ISeg[],
  method: string,
  req: ISpRequest,
  ctx: ICtx
): ISpResponse {
  const q = req.query;
  let row: RoleDefRow | undefined;
  let after = rest;
  if (s.args !== undefined) {
    row = roleDefById(site, Number(arg0(s, q)));
    if (!row) {
      throw E.permissionLevelNotFound();
    }
  } else if (rest.length === 0) {
    if (method === 'GET') {
      const rows = site.db.prepare('SELECT * FROM roledefs ORDER BY sort, id').all() as RoleDefRow[];
      return many(
        ctx,
        rows.map((r) => roleJson(r, ctx)),
        q
      );
    }
    if (method === 'POST') {
      return addRoleDefinition(site, req, ctx);
    }
  } else {
    const f = rest[0];
    after = rest.slice(1);
    if (f.lname === 'getbyid') {
      row = roleDefById(site, Number(arg0(f, q)));
    } else if (f.lname === 'getbyname') {
      row = site.db.prepare('SELECT * FROM roledefs WHERE name = ? COLLATE NOCASE').get(arg0(f, q)) as
        RoleDefRow | undefined;
    } else if (f.lname === 'getbytype') {
      row = site.db.prepare('SELECT * FROM roledefs WHERE role_type_kind = ?').get(Number(arg0(f, q))) as
        RoleDefRow | undefined;
    } else {
      throw E.notSupported(`roledefinitions/${f.name}`);
    }
    if (!row) {
      throw E.permissionLevelNotFound();
    }
  }
  if (after.length === 0 && row) {
    if (method === 'GET') {
      return one(ctx, roleJson(row, ctx), 200, {}, q.get('$select'));
    }
    if (method === 'MERGE') {
      site.access.demand(ctx.user, P.ManagePermissions);
      const b = parseBody(req.body);
      const bp = b.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
      if (bp) {
        site.db
          .prepare('UPDATE roledefs SET high = ?, low = ? WHERE id = ?')
          .run(Number(bp.High) >>> 0, Number(bp.Low) >>> 0, row.id);
      }
      if (typeof b.Name === 'string') {
        site.db.prepare('UPDATE roledefs SET name = ? WHERE id = ?').run(b.Name, row.id);
      }
      if (typeof b.Description === 'string') {
        site.db.prepare('UPDATE roledefs SET description = ? WHERE id = ?').run(b.Description, row.id);
      }
      return { status: 204, headers: {} };
    }
    if (method === 'DELETE') {
      site.access.demand(ctx.user, P.ManagePermissions);
      site.db.prepare('DELETE FROM roledefs WHERE id = ?').run(row.id);
      site.rights.forgetRole(row.id as number);
      return { status: 200, headers: {} };
    }
  }
  throw E.notSupported(`roledefinitions ${method}`);
}

function addRoleDefinition(site: SiteContext, req: ISpRequest, ctx: ICtx): ISpResponse {
  site.access.demand(ctx.user, P.ManagePermissions);
  const b = parseBody(req.body);
  const name = String(b.Name ?? '').trim();
  if (site.db.prepare('SELECT 1 FROM roledefs WHERE name = ? COLLATE NOCASE').get(name)) {
    throw E.nameInUse();
  }
  const bp = (b.BasePermissions ?? {}) as { High?: unknown; Low?: unknown };
  const max = (site.db.prepare('SELECT max(id) m FROM roledefs').get() as { m: number }).m;
  const id = Math.max(max + 1, FIRST_CUSTOM_ROLE_ID);
  site.db
    .prepare('INSERT INTO roledefs(id, name, description, sort, high, low, role_type_kind) VALUES (?,?,?,?,?,?,0)')
    .run(id, name, b.Description ?? '', Number(b.Order ?? 1000), Number(bp.High ?? 0) >>> 0, Number(bp.Low ?? 0) >>> 0);
  return one(ctx, roleJson(roleDefById(site, id)!, ctx), 201);
}
