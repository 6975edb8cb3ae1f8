/**
 * OData JSON shaping for the three metadata levels SharePoint answers in (Accept: odata=verbose, minimalmetadata,
 * nometadata): one entity, a collection (with $filter/$top/$select on small collections), a single property.
 */
import * as E from '../errors';
import { FIELD_PROPS } from './fieldTypes';
import { evalFilter, FilterNode, ODataSyntaxError, parseFilter } from './odataFilter';
import type { ICtx, ISpResponse } from './types';

/** Where entity() keeps the type name (not serialised), for the error of an unknown `$select`. */
const ENTITY_TYPE = Symbol('entityType');

/** An entity's JSON: its properties plus `__metadata` (verbose) or `odata.*` annotations (minimal). */
export function entity(
  ctx: ICtx,
  type: string,
  idPath: string,
  props: Record<string, unknown>,
  etag?: string
): Record<string, unknown> {
  const uri = `${ctx.origin}${ctx.sitePath}/_api/${idPath}`;
  let out: Record<string, unknown>;
  if (ctx.level === 'verbose') {
    const md: Record<string, unknown> = { id: uri, uri, type };
    if (etag) {
      md.etag = etag;
    }
    out = { __metadata: md, ...props };
  } else if (ctx.level === 'nometadata') {
    out = { ...props };
  } else {
    const o: Record<string, unknown> = { 'odata.type': type, 'odata.id': uri };
    if (etag) {
      o['odata.etag'] = etag;
    }
    o['odata.editLink'] = idPath;
    out = { ...o, ...props };
  }
  // Not serialised: the type name an unknown `$select` is reported against.
  Object.defineProperty(out, ENTITY_TYPE, { value: type, enumerable: false });
  return out;
}

/** A JSON response with the content type of the metadata level. */
export function json(ctx: ICtx, status: number, payload: unknown, headers: Record<string, string> = {}): ISpResponse {
  const ct =
    ctx.level === 'verbose'
      ? 'application/json;odata=verbose;charset=utf-8'
      : `application/json;odata=${ctx.level === 'minimal' ? 'minimalmetadata' : 'nometadata'};streaming=true;charset=utf-8`;
  return { status, headers: { 'Content-Type': ct, ...headers }, body: JSON.stringify(payload) };
}

/** One entity as a response (`d` in verbose, `odata.metadata` …/@Element in minimal). */
export function one(
  ctx: ICtx,
  o: Record<string, unknown>,
  status = 200,
  headers: Record<string, string> = {},
  select?: string | null
): ISpResponse {
  const obj = select ? applySelect(o, select) : o;
  if (ctx.level === 'verbose') {
    return json(ctx, status, { d: obj }, headers);
  }
  if (ctx.level === 'minimal') {
    return json(
      ctx,
      status,
      {
        'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#${String(o['odata.type'] ?? 'Edm.Object')}/@Element`,
        ...obj
      },
      headers
    );
  }
  return json(ctx, status, obj, headers);
}

/** A collection as a response, after $filter, $top and $select from `q`; `nextLink` for the next page. */
export function many(ctx: ICtx, rows: Record<string, unknown>[], q: URLSearchParams, nextLink?: string): ISpResponse {
  let out = rows;
  const filter = q.get('$filter');
  if (filter) {
    const node = parseFilterQuery(filter);
    out = out.filter((r) => evalFilter(node, r));
  }
  const top = q.get('$top');
  if (top) {
    out = out.slice(0, Number(top));
  }
  const select = q.get('$select');
  if (select) {
    // A collection can mix subtypes (SP.FieldText and SP.FieldChoice in `fields`): a name is unknown when no member
    // has it and (for fields) no SP.Field subtype has it; members without it leave it out, as SharePoint serialises
    // only what each entity has.
    for (const n of selectNames(select)) {
      const any = out.find((r) => Object.keys(r).some((k) => k.toLowerCase() === n.toLowerCase()));
      if (out.length > 0 && !any) {
        applySelect(out[0], n);
      }
    }
    out = out.map((r) => applySelect(r, select, false));
  }
  if (ctx.level === 'verbose') {
    const d: Record<string, unknown> = { results: out };
    if (nextLink) {
      d.__next = nextLink;
    }
    return json(ctx, 200, { d });
  }
  const body: Record<string, unknown> = {};
  if (ctx.level === 'minimal') {
    body['odata.metadata'] = `${ctx.origin}${ctx.sitePath}/_api/$metadata`;
  }
  body.value = out;
  if (nextLink) {
    body['odata.nextLink'] = nextLink;
  }
  return json(ctx, 200, body);
}

/**
 * Keeps the annotations and the properties `$select` names (case-insensitive; `A/B` keeps A). A name the entity
 * does not have is SharePoint's 400 "The property 'X' does not exist on type 'SP.List'…", never a silent drop.
 */
export function applySelect(o: Record<string, unknown>, select: string, strict = true): Record<string, unknown> {
  const names = selectNames(select);
  if (names.includes('*')) {
    return o;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) {
    if (k.startsWith('odata.') || k === '__metadata') {
      out[k] = o[k];
    }
  }
  for (const n of names) {
    const key = Object.keys(o).find((k) => k.toLowerCase() === n.toLowerCase());
    if (!key && (!strict || isFieldProperty(o, n))) {
      continue;
    }
    if (!key) {
      throw E.noSuchProperty(n, String((o as Record<symbol, unknown>)[ENTITY_TYPE] ?? 'SP.Object'));
    }
    out[key] = o[key];
  }
  return out;
}

/** A property of some SP.Field subtype, asked of a field (`Choices` of a text field): left out, not an error. */
function isFieldProperty(o: Record<string, unknown>, name: string): boolean {
  return (
    String((o as Record<symbol, unknown>)[ENTITY_TYPE] ?? '').startsWith('SP.Field') &&
    [...FIELD_PROPS].some((k) => k.toLowerCase() === name.toLowerCase())
  );
}

/** The distinct top-level names of a `$select` (`A/B` names A). */
function selectNames(select: string): string[] {
  return [
    ...new Set(
      select
        .split(',')
        .map((s) => s.trim().split('/')[0])
        .filter(Boolean)
    )
  ];
}

/** A single property as a response, e.g. `web/title` or `items(1)/effectivebasepermissions`. */
export function property(ctx: ICtx, name: string, value: unknown, type: string): ISpResponse {
  if (ctx.level === 'verbose') {
    return json(ctx, 200, { d: { [name]: value } });
  }
  if (value && typeof value === 'object') {
    return json(
      ctx,
      200,
      ctx.level === 'minimal'
        ? { 'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#${type}`, ...(value as object) }
        : value
    );
  }
  return json(
    ctx,
    200,
    ctx.level === 'minimal'
      ? { 'odata.metadata': `${ctx.origin}${ctx.sitePath}/_api/$metadata#${type}`, value }
      : { value }
  );
}

/** SP.BasePermissions: the two 32-bit words as unsigned decimal strings. */
export function basePermissions(ctx: ICtx, high: number, low: number): Record<string, unknown> {
  const o: Record<string, unknown> = { High: String(high >>> 0), Low: String(low >>> 0) };
  if (ctx.level === 'verbose') {
    o.__metadata = { type: 'SP.BasePermissions' };
  }
  return o;
}

/** Parses a $filter, answering a syntax error the way SharePoint does (400). */
export function parseFilterQuery(filter: string): FilterNode {
  try {
    return parseFilter(filter);
  } catch (e) {
    if (e instanceof ODataSyntaxError) {
      throw E.filterSyntax(e.message);
    }
    throw e;
  }
}
