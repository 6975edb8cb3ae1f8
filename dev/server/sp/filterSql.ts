/**
 * The query translator: a parsed $filter (and $orderby members) over a list's fields, as SQL on its item table.
 * Person fields are stored as the user's id; `Author/Title`, `Editor/EMail` and the like look the user up.
 */
import * as E from '../errors';
import { normDate } from './dates';
import type { FilterNode, Literal } from './odataFilter';
import { colOf } from './sqlNames';
import type { IField } from './types';

/** A $filter/$orderby member resolved: its SQL, field and type ('UserId' for a person's id, 'UserSub' for a person's property). */
export interface IMember {
  sql: string;
  field?: IField;
  type: string;
  sub?: string;
}

/** Resolves a $filter/$orderby member to SQL. */
export function member(fields: IField[], name: string): IMember {
  const [head, sub] = name.split('/');
  const lh = head.toLowerCase();
  if (lh === 'id') {
    return { sql: 'Id', type: 'Counter', field: fields.find((f) => f.internalName === 'ID') };
  }
  let f = fields.find((x) => x.internalName.toLowerCase() === lh);
  if (!f && lh.endsWith('id')) {
    const base = fields.find((x) => x.type === 'User' && x.internalName.toLowerCase() === lh.slice(0, -2));
    if (base) {
      return { sql: colOf(base), type: 'UserId', field: base };
    }
  }
  if (!f) {
    f = fields.find((x) => x.title.toLowerCase() === lh && x.internalName !== 'ID');
  }
  if (!f) {
    throw E.noSuchColumn(head);
  }
  if (f.type === 'User') {
    if (!sub || sub.toLowerCase() === 'id') {
      return { sql: colOf(f), type: 'UserId', field: f };
    }
    const ls = sub.toLowerCase();
    const col =
      ls === 'email' ? 'email' : ls === 'title' ? 'title' : ls === 'name' || ls === 'loginname' ? 'login' : undefined;
    if (!col) {
      throw E.noSuchFieldOrProperty(sub);
    }
    return { sql: colOf(f), type: 'UserSub', field: f, sub: col };
  }
  if (sub) {
    throw E.noSuchFieldOrProperty(name);
  }
  return { sql: colOf(f), type: f.type, field: f };
}

function sqlLiteral(type: string, v: Literal, fieldName: string): unknown {
  if (v === null) {
    return null;
  }
  switch (type) {
    case 'DateTime': {
      const d = normDate(v);
      if (d === undefined) {
        throw E.notADate(fieldName, String(v));
      }
      return d;
    }
    case 'Boolean':
      return v === true || v === 1 || v === '1' || v === 'true' ? 1 : 0;
    case 'Number':
    case 'Integer':
    case 'Currency':
    case 'Counter':
    case 'UserId': {
      const n = Number(v);
      if (isNaN(n)) {
        throw E.invalidExpression(fieldName);
      }
      return n;
    }
    default:
      return typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  }
}

/** The SQL condition of a filter; its parameters are pushed onto `params` in order. */
export function filterSql(fields: IField[], n: FilterNode, params: unknown[]): string {
  switch (n.k) {
    case 'and':
      return `(${filterSql(fields, n.a, params)} AND ${filterSql(fields, n.b, params)})`;
    case 'or':
      return `(${filterSql(fields, n.a, params)} OR ${filterSql(fields, n.b, params)})`;
    case 'not':
      return `(NOT ${filterSql(fields, n.a, params)})`;
    case 'fn': {
      const m = member(fields, n.field);
      const pat = n.value.replace(/[\\%_]/g, (c) => '\\' + c);
      params.push(n.fn === 'substringof' ? `%${pat}%` : `${pat}%`);
      let col = m.sql;
      if (m.type === 'UserSub') {
        col = `(SELECT ${m.sub} FROM principals WHERE id = ${m.sql})`;
      }
      return `(${n.negate ? 'NOT ' : ''}coalesce(${col} LIKE ? ESCAPE '\\', 0))`;
    }
    case 'cmp': {
      const m = member(fields, n.field);
      const ops: Record<string, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
      if (m.type === 'UserSub') {
        if (n.value === null) {
          return n.op === 'eq' ? `${m.sql} IS NULL` : `${m.sql} IS NOT NULL`;
        }
        params.push(String(n.value));
        const inner = `${m.sql} IN (SELECT id FROM principals WHERE ${m.sub} ${ops[n.op]} ? COLLATE NOCASE)`;
        return n.op === 'ne' ? `(${m.sql} IS NULL OR NOT (${inner}))` : inner;
      }
      if (n.value === null) {
        if (n.op === 'eq') {
          return `${m.sql} IS NULL`;
        }
        if (n.op === 'ne') {
          return `${m.sql} IS NOT NULL`;
        }
        return '0';
      }
      if (m.type === 'MultiChoice') {
        params.push(String(n.value));
        const ex = `EXISTS (SELECT 1 FROM json_each(${m.sql}) WHERE value = ? COLLATE NOCASE)`;
        if (n.op === 'eq') {
          return `(${m.sql} IS NOT NULL AND ${ex})`;
        }
        if (n.op === 'ne') {
          return `(${m.sql} IS NULL OR NOT ${ex})`;
        }
        throw E.multiChoiceOperator(n.op);
      }
      params.push(sqlLiteral(m.type, n.value, n.field));
      if (n.op === 'ne') {
        return `(${m.sql} IS NULL OR ${m.sql} <> ?)`;
      }
      return `${m.sql} ${ops[n.op]} ?`;
    }
  }
}
