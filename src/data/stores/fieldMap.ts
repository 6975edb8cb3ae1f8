/**
 * Mapping between typed item properties and SharePoint field values, declared once per list.
 *
 * Reading: Text/Note/Choice → string (`undefined` when empty), MultiChoice → string[], DateTime → Date,
 * Boolean → boolean, Number → number. Writing: the reverse; `''` or an empty array clears a value, and a
 * property listed in `clear` is written as empty (SharePoint's null).
 */

/** How one property is stored. */
export type FieldKind = 'text' | 'multi' | 'date' | 'bool' | 'number';

/** One property ↔ one SharePoint column. */
export interface IFieldMapping {
  /** Property on the typed item. */
  prop: string;
  /** SharePoint internal name. */
  field: string;
  /** Value conversion. */
  kind: FieldKind;
}

/** A raw item as SharePoint returns it (JSON light). */
export interface IRawItem {
  /** Item id. */
  Id: number;
  /** Other columns. */
  [field: string]: unknown;
}

function toDate(v: unknown): Date | undefined {
  if (typeof v !== 'string' || !v) {
    return undefined;
  }
  const d: Date = new Date(v);
  return isNaN(d.getTime()) ? undefined : d;
}

function toStringArray(v: unknown): string[] {
  if (Array.isArray(v)) {
    return v.map(String);
  }
  if (v && typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results)) {
    return (v as { results: unknown[] }).results.map(String);
  }
  if (typeof v === 'string' && v) {
    // SharePoint's ;#a;#b;# form
    return v.split(';#').filter((s) => !!s);
  }
  return [];
}

/** Reads the mapped properties of a raw item into a plain object. */
export function readFields(raw: IRawItem, map: ReadonlyArray<IFieldMapping>): { [prop: string]: unknown } {
  const out: { [prop: string]: unknown } = {};
  for (const m of map) {
    const v: unknown = raw[m.field];
    switch (m.kind) {
      case 'text':
        out[m.prop] = typeof v === 'string' && v !== '' ? v : undefined;
        break;
      case 'multi':
        out[m.prop] = toStringArray(v);
        break;
      case 'date':
        out[m.prop] = toDate(v);
        break;
      case 'bool':
        out[m.prop] = v === true || v === 1 || v === '1' || v === 'true';
        break;
      case 'number':
        out[m.prop] = typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : undefined;
        break;
    }
  }
  return out;
}

/**
 * Turns the properties present in `values` into a SharePoint body. Properties that are `undefined` are left out
 * (not touched); properties named in `clear` are written as empty.
 */
export function writeFields(
  values: { [prop: string]: unknown },
  map: ReadonlyArray<IFieldMapping>,
  clear: ReadonlyArray<string> = []
): { [field: string]: unknown } {
  const body: { [field: string]: unknown } = {};
  for (const m of map) {
    const cleared: boolean = clear.indexOf(m.prop) >= 0;
    const v: unknown = values[m.prop];
    if (!cleared && v === undefined) {
      continue;
    }
    switch (m.kind) {
      case 'text':
        body[m.field] = cleared || v === '' ? '' : String(v);
        break;
      case 'multi':
        body[m.field] = cleared ? [] : (v as string[]).slice();
        break;
      case 'date':
        body[m.field] = cleared ? null : (v as Date).toISOString();
        break;
      case 'bool':
        body[m.field] = cleared ? false : !!v;
        break;
      case 'number':
        body[m.field] = cleared ? null : Number(v);
        break;
    }
  }
  return body;
}

/** The internal names of a mapping, for `$select`. */
export function selectOf(map: ReadonlyArray<IFieldMapping>): string[] {
  return map.map((m) => m.field);
}

/** Quotes a value for an OData `$filter` (doubling single quotes). */
export function odataString(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}

/** `$filter` clause: Modified at or after `since` (server time, as SharePoint stores it). */
export function modifiedSince(since: Date): string {
  return "Modified ge datetime'" + since.toISOString() + "'";
}
