/**
 * Creating and changing fields: each field is a column of the list's item table, and an indexed (or unique) field
 * is backed by a real (unique) SQLite index, within SharePoint's limits on length, indexable types and index count.
 */
import * as crypto from 'node:crypto';
import * as E from '../errors';
import { P } from './accessChecks';
import { fieldJson } from './fieldJson';
import { encodeInternalName, FIELD_PROPS, KIND_TYPE, sqlTypeOf, TYPE_CLASS, TYPE_KIND } from './fieldTypes';
import { one } from './odataJson';
import { toBool, unwrapResults } from './requestBody';
import type { SiteContext } from './siteContext';
import { colOf, quoteIdent } from './sqlNames';
import type { ICtx, IField, IList, ISpResponse } from './types';

function checkFieldProp(name: string, type: string): void {
  if (!FIELD_PROPS.has(name)) {
    throw E.noSuchProperty(name, TYPE_CLASS[type] ?? 'SP.Field');
  }
}

/** Indexed columns a list may have (SharePoint Online's limit). */
const MAX_INDEXES = 20;

/** Adds a field from REST properties (Title, FieldTypeKind or TypeAsString, …); `__internalName` from a schema's Name. */
export function addField(site: SiteContext, list: IList, b: Record<string, unknown>, ctx: ICtx): ISpResponse {
  site.access.demandOnList(list, ctx.user, P.ManageLists);
  const kind = Number(b.FieldTypeKind ?? TYPE_KIND[String(b.TypeAsString)] ?? 2);
  let type = typeof b.TypeAsString === 'string' && TYPE_KIND[b.TypeAsString] ? b.TypeAsString : KIND_TYPE[kind];
  if (type === 'UserMulti') {
    type = 'User';
  }
  if (!type) {
    throw E.notSupported(`field type kind ${kind}`);
  }
  const title = String(b.Title ?? '').trim();
  if (!title) {
    throw E.valueCannotBeNull('Title');
  }
  const existing = site.lists.fieldsOf(list);
  let internal = typeof b.__internalName === 'string' ? b.__internalName : encodeInternalName(title);
  if (/^\d/.test(internal)) {
    internal = '_x00' + internal.charCodeAt(0).toString(16) + '_' + internal.slice(1);
  }
  if (existing.some((f) => f.title.toLowerCase() === title.toLowerCase())) {
    throw E.duplicateFieldName(internal);
  }
  const taken = (n: string): boolean => existing.some((f) => f.internalName.toLowerCase() === n.toLowerCase());
  if (taken(internal)) {
    let i = 0;
    while (taken(internal + i)) {
      i++;
    }
    internal = internal + i;
  }
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) {
    if (k === '__metadata' || k === '__internalName' || k === 'FieldTypeKind' || k === 'TypeAsString' || k === 'Id') {
      continue;
    }
    checkFieldProp(k, type);
    props[k] = k === 'Choices' ? unwrapResults(v) : v;
  }
  props.Title = title;
  if (type === 'Text') {
    const ml = Number(props.MaxLength ?? 255);
    if (!(ml >= 1 && ml <= 255)) {
      throw E.textLengthOutOfRange();
    }
    props.MaxLength = ml;
  } else {
    delete props.MaxLength;
  }
  if (props.AllowMultipleValues === true && type === 'User') {
    throw E.notSupported('multi-value person fields');
  }
  const id = typeof b.Id === 'string' ? b.Id : crypto.randomUUID();
  const sort = existing.length ? Math.max(...existing.map((f) => f.sort)) + 1 : 0;
  const wantIndex = props.Indexed === true;
  const wantUnique = props.EnforceUniqueValues === true;
  // The column starts unindexed; applyFieldUpdate then adds the index, with the same checks as a later update.
  props.Indexed = false;
  props.EnforceUniqueValues = false;
  const byName = (): IField => site.lists.fieldsOf(list).find((x) => x.internalName === internal)!;
  site.db.transaction(() => {
    site.db.exec(`ALTER TABLE items_${list.no} ADD COLUMN ${quoteIdent('f_' + internal)} ${sqlTypeOf(type)}`);
    site.db
      .prepare('INSERT INTO fields(list_no, internal_name, id, type, props, sort) VALUES (?,?,?,?,?,?)')
      .run(list.no, internal, id, type, JSON.stringify(props), sort);
    if (wantIndex || wantUnique) {
      applyFieldUpdate(site, list, byName(), {
        Indexed: wantIndex || undefined,
        EnforceUniqueValues: wantUnique || undefined
      });
    }
  })();
  return one(ctx, fieldJson(site, byName(), ctx), 201);
}

/** ReadSecurity 2: people read only the items they created (item-level permissions). */
export function readsOwnItemsOnly(listProps: Record<string, unknown>): boolean {
  return Number(listProps.ReadSecurity ?? 1) === 2;
}

/** MERGE of a field (ManageLists). */
export function updateField(site: SiteContext, list: IList, f: IField, b: Record<string, unknown>, ctx: ICtx): void {
  site.access.demandOnList(list, ctx.user, P.ManageLists);
  site.db.transaction(() => applyFieldUpdate(site, list, f, b))();
}

function applyFieldUpdate(site: SiteContext, list: IList, f: IField, b: Record<string, unknown>): void {
  const db = site.db;
  const props = { ...f.props };
  for (const [k, v] of Object.entries(b)) {
    if (k === '__metadata' || v === undefined) {
      continue;
    }
    checkFieldProp(k, f.type);
    if (k === 'Indexed' || k === 'EnforceUniqueValues') {
      continue;
    }
    if (k === 'MaxLength' && f.type === 'Text') {
      const ml = Number(v);
      if (!(ml >= 1 && ml <= 255)) {
        throw E.textLengthOutOfRange();
      }
    }
    props[k] = k === 'Choices' ? unwrapResults(v) : v;
  }
  let indexed = f.indexed;
  let unique = f.unique;
  if (b.Indexed !== undefined) {
    indexed = toBool(b.Indexed);
  }
  if (b.EnforceUniqueValues !== undefined) {
    unique = toBool(b.EnforceUniqueValues);
  }
  const ixName = quoteIdent(`ix_${list.no}_${f.internalName}`);
  const isId = f.internalName === 'ID';
  if (isId) {
    indexed = true;
  }
  if (unique && !indexed) {
    throw E.uniqueNeedsIndex();
  }
  if (unique && (f.type === 'Note' || f.type === 'MultiChoice')) {
    throw E.uniqueNotSupported();
  }
  // "Enforcing Uniqueness in Column Values": no unique column where people read only their own items.
  if (unique && !f.unique && readsOwnItemsOnly(list.props)) {
    throw E.uniqueWithItemLevelPermissions();
  }
  if (indexed && !f.indexed && !isId) {
    if (f.type === 'Note' || f.type === 'MultiChoice') {
      throw E.indexNotSupported(f.internalName);
    }
    const count = site.lists.fieldsOf(list).filter((x) => x.indexed && x.internalName !== 'ID').length;
    if (count >= MAX_INDEXES) {
      throw E.tooManyIndexes(f.internalName, MAX_INDEXES);
    }
  }
  if (!isId && (indexed !== f.indexed || unique !== f.unique)) {
    db.exec(`DROP INDEX IF EXISTS ${ixName}`);
    if (indexed) {
      if (unique) {
        const dup = db
          .prepare(
            `SELECT ${colOf(f)} v FROM items_${list.no} WHERE ${colOf(f)} IS NOT NULL GROUP BY ${colOf(f)} HAVING count(*) > 1 LIMIT 1`
          )
          .get();
        if (dup) {
          throw E.fieldHasDuplicates();
        }
        db.exec(`CREATE UNIQUE INDEX ${ixName} ON items_${list.no}(${colOf(f)}) WHERE ${colOf(f)} IS NOT NULL`);
      } else {
        db.exec(`CREATE INDEX ${ixName} ON items_${list.no}(${colOf(f)})`);
      }
    }
  }
  props.Indexed = indexed;
  props.EnforceUniqueValues = unique;
  db.prepare('UPDATE fields SET props = ? WHERE list_no = ? AND internal_name = ?').run(
    JSON.stringify(props),
    list.no,
    f.internalName
  );
}
