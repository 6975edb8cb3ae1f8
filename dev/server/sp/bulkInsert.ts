/** Test and bench hook: rows straight into a list, in one transaction, bypassing REST (and its permission checks). */
import * as crypto from 'node:crypto';
import type { Db } from '../db';
import { nowIso } from './dates';
import { toColumns, writeWithUnique } from './itemValues';
import type { SiteContext } from './siteContext';
import { colOf } from './sqlNames';
import { CHANGE_TYPE, logChange } from './changeLog';

type Statement = ReturnType<Db['prepare']>;

/** Inserts rows straight into a list (tests and bench). Values are REST-style (field internal names; user fields as <Name>Id). */
export function bulkInsert(
  site: SiteContext,
  listTitle: string,
  rows: Record<string, unknown>[],
  authorLogin?: string
): void {
  const db = site.db;
  const list = site.lists.byTitle(listTitle);
  if (!list) {
    throw new Error(`No list ${listTitle}`);
  }
  const fields = site.lists.fieldsOf(list);
  const author = authorLogin ? site.principals.userByLogin(authorLogin) : undefined;
  const authorId =
    author?.id ?? (db.prepare("SELECT min(id) id FROM principals WHERE kind='user'").get() as { id: number }).id;
  const now = nowIso();
  const stmts = new Map<string, Statement>();
  writeWithUnique(fields, () =>
    db.transaction(() => {
      for (const row of rows) {
        // Only this hook may backdate Created/Modified (demo history, as a migration tool would); REST never can.
        const { Created: created, Modified: modified, ...r } = row;
        const cols = toColumns(site, list, fields, r);
        const createdAt = typeof created === 'string' ? new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z') : now;
        const modifiedAt = typeof modified === 'string' ? new Date(modified).toISOString() : createdAt;
        const names = ['version', 'guid', '"f_Created"', '"f_Modified"', '"f_Author"', '"f_Editor"'];
        const values: unknown[] = [1, crypto.randomUUID(), createdAt, modifiedAt, authorId, authorId];
        for (const [f, v] of cols) {
          names.push(colOf(f));
          values.push(v);
        }
        const sql = `INSERT INTO items_${list.no}(${names.join(',')}) VALUES (${names.map(() => '?').join(',')})`;
        let st = stmts.get(sql);
        if (!st) {
          st = db.prepare(sql);
          stmts.set(sql, st);
        }
        const info = (st as unknown as { run(...a: unknown[]): { lastInsertRowid: number | bigint } }).run(...values);
        logChange(db, list.no, Number(info.lastInsertRowid), CHANGE_TYPE.Add, authorId);
      }
    })()
  );
}
