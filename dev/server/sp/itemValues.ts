/**
 * Item values in: a REST body turned into column values, each coerced and validated like SharePoint (text length,
 * numbers, booleans, dates, choices, person ids), and writes that turn a unique-index clash into SharePoint's error.
 */
import * as E from '../errors';
import type { SpError } from '../errors';
import { normDate } from './dates';
import { itemTypeOf } from './listStore';
import { unwrapResults } from './requestBody';
import type { SiteContext } from './siteContext';
import type { IField, IList } from './types';

/**
 * Most characters a multiple lines of text (Note) value holds in a SharePoint Online list: 63,999 (Microsoft's
 * column type documentation for lists; see README for how sure this is).
 */
export const NOTE_MAX_LENGTH = 63999;

/** Converts a REST body into column values, validating like SharePoint. */
export function toColumns(
  site: SiteContext,
  list: IList,
  fields: IField[],
  b: Record<string, unknown>
): Map<IField, unknown> {
  const out = new Map<IField, unknown>();
  const type = itemTypeOf(list);
  for (const [k, raw] of Object.entries(b)) {
    if (k === '__metadata' || k.startsWith('odata.')) {
      continue;
    }
    let f =
      fields.find((x) => x.internalName === k && !x.builtin) ??
      (k === 'Title' ? fields.find((x) => x.internalName === 'Title') : undefined);
    let v = unwrapResults(raw);
    if (!f && k.endsWith('Id')) {
      f = fields.find((x) => x.type === 'User' && !x.builtin && x.internalName === k.slice(0, -2));
      if (f) {
        if (Array.isArray(v)) {
          v = v[0] ?? null;
        }
        if (v !== null && v !== undefined && v !== '' && !site.principals.userById(Number(v))) {
          throw E.userNotUnique(400);
        }
        out.set(f, v === null || v === undefined || v === '' || Number(v) <= 0 ? null : Number(v));
        continue;
      }
    }
    if (k.endsWith('StringId') && fields.some((x) => x.type === 'User' && x.internalName === k.slice(0, -8))) {
      f = fields.find((x) => x.internalName === k.slice(0, -8))!;
      out.set(f, v === null || v === '' ? null : Number(v));
      continue;
    }
    if (!f || f.type === 'User') {
      throw E.noSuchProperty(k, type);
    }
    out.set(f, coerce(f, v));
  }
  return out;
}

function coerce(f: IField, v: unknown): unknown {
  const bad = (): SpError => E.unresolvedType(typeof v);
  if (v === null || v === undefined) {
    return null;
  }
  switch (f.type) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof v === 'object') {
        throw bad();
      }
      const s = String(v);
      if (f.type === 'Text' && s.length > (f.maxLength ?? 255)) {
        throw E.tooLong(f.internalName, f.maxLength ?? 255);
      }
      if (f.type === 'Note' && s.length > NOTE_MAX_LENGTH) {
        throw E.tooLong(f.internalName, NOTE_MAX_LENGTH);
      }
      return s === '' ? null : s;
    }
    case 'MultiChoice': {
      let arr: unknown[];
      if (Array.isArray(v)) {
        arr = v;
      } else if (typeof v === 'string') {
        arr = v.split(';#').filter(Boolean);
      } else {
        throw bad();
      }
      return arr.length ? JSON.stringify(arr.map(String)) : null;
    }
    case 'Number':
    case 'Integer':
    case 'Currency': {
      if (v === '') {
        return null;
      }
      const n = Number(v);
      if (typeof v === 'boolean' || isNaN(n)) {
        throw E.cannotConvert('Edm.Double');
      }
      return f.type === 'Integer' ? Math.trunc(n) : n;
    }
    case 'Boolean':
      if (typeof v === 'boolean') {
        return v ? 1 : 0;
      }
      if (v === 1 || v === 0) {
        return v;
      }
      if (v === 'true' || v === '1') {
        return 1;
      }
      if (v === 'false' || v === '0') {
        return 0;
      }
      throw E.cannotConvert('Edm.Boolean');
    case 'DateTime': {
      const d = normDate(v);
      if (d === undefined) {
        throw E.cannotConvert('Edm.DateTime');
      }
      return d;
    }
    default:
      return v;
  }
}

/** Runs a write; a clash on a unique column's index becomes SPDuplicateValuesFoundException naming the field. */
export function writeWithUnique<T>(fields: IField[], fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err && err.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const m = /items_\d+\.f_(\w+)/.exec(err.message ?? '');
      const dupField = fields.find((f) => f.internalName === m?.[1]);
      throw E.duplicateValues([dupField ? dupField.internalName : (m?.[1] ?? '?')]);
    }
    throw e;
  }
}
