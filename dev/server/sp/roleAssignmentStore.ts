/**
 * Role assignments and effective permissions of the local SharePoint, resolved the way SharePoint Online does it.
 *
 * There are two kinds of securable scope here: the web, and a list whose inheritance was broken. A list that
 * inherits uses the web's role assignments; a list with unique role assignments uses only its own. A user's rights
 * in a scope are the OR of the permission levels bound there to the user or to any group the user is in; a site
 * collection administrator has every right everywhere.
 */
import { Db } from '../db';

/** SharePoint's BasePermissions as two unsigned 32-bit words. */
export interface IBasePerms {
  high: number;
  low: number;
}

/** Where role assignments live: the web, one list that has its own, or one item that has its own. */
export type Scope =
  { kind: 'web' } | { kind: 'list'; listNo: number } | { kind: 'item'; listNo: number; itemId: number };

/** The web's scope. */
export const WEB_SCOPE: Scope = { kind: 'web' };

/** Every right (Full Control, and what a site collection administrator has). */
export const ALL_RIGHTS: IBasePerms = { high: 2147483647, low: 4294967295 };

/** SP.RoleType.Administrator: the built-in Full Control level. */
const FULL_CONTROL_KIND = 5;

/** One binding of a permission level to a principal. */
export interface IBinding {
  principal_id: number;
  roledef_id: number;
}

/** The SQL that addresses one scope's assignments. */
function tableOf(scope: Scope): { table: string; where: string; params: unknown[] } {
  if (scope.kind === 'item') {
    return {
      table: 'item_roleassignments',
      where: 'list_no = ? AND item_id = ?',
      params: [scope.listNo, scope.itemId]
    };
  }
  return scope.kind === 'web'
    ? { table: 'roleassignments', where: '1 = 1', params: [] }
    : { table: 'list_roleassignments', where: 'list_no = ?', params: [scope.listNo] };
}

/** Role assignments of the web and of lists with broken inheritance, over the SQLite store. */
export class RoleAssignmentStore {
  public constructor(private readonly db: Db) {}

  /** Rights of a user in a scope: OR of the levels bound to them or their groups there. */
  public effective(user: { id: number; isSiteAdmin: boolean }, scope: Scope): IBasePerms {
    if (user.isSiteAdmin) {
      return ALL_RIGHTS;
    }
    const t = tableOf(scope);
    const rows = this.db
      .prepare(
        `SELECT r.high, r.low FROM ${t.table} a JOIN roledefs r ON r.id = a.roledef_id
      WHERE ${t.where} AND (a.principal_id = ? OR a.principal_id IN (SELECT group_id FROM group_members WHERE user_id = ?))`
      )
      .all(...t.params, user.id, user.id) as IBasePerms[];
    let high = 0;
    let low = 0;
    for (const r of rows) {
      high = (high | r.high) >>> 0;
      low = (low | r.low) >>> 0;
    }
    return { high, low };
  }

  /** Principals holding at least one level in the scope, by id. */
  public principals(scope: Scope): number[] {
    const t = tableOf(scope);
    return (
      this.db
        .prepare(`SELECT DISTINCT principal_id FROM ${t.table} WHERE ${t.where} ORDER BY principal_id`)
        .all(...t.params) as { principal_id: number }[]
    ).map((r) => r.principal_id);
  }

  /** Role definition ids bound to one principal in the scope. */
  public bindings(scope: Scope, principalId: number): number[] {
    const t = tableOf(scope);
    return (
      this.db
        .prepare(`SELECT roledef_id FROM ${t.table} WHERE ${t.where} AND principal_id = ? ORDER BY roledef_id`)
        .all(...t.params, principalId) as { roledef_id: number }[]
    ).map((r) => r.roledef_id);
  }

  /** Binds a level to a principal (a second add of the same binding changes nothing, as in SharePoint). */
  public add(scope: Scope, principalId: number, roleDefId: number): void {
    if (scope.kind === 'web') {
      this.db
        .prepare('INSERT OR IGNORE INTO roleassignments(principal_id, roledef_id) VALUES (?, ?)')
        .run(principalId, roleDefId);
    } else if (scope.kind === 'item') {
      this.db
        .prepare(
          'INSERT OR IGNORE INTO item_roleassignments(list_no, item_id, principal_id, roledef_id) VALUES (?, ?, ?, ?)'
        )
        .run(scope.listNo, scope.itemId, principalId, roleDefId);
    } else {
      this.db
        .prepare('INSERT OR IGNORE INTO list_roleassignments(list_no, principal_id, roledef_id) VALUES (?, ?, ?)')
        .run(scope.listNo, principalId, roleDefId);
    }
  }

  /** Unbinds one level from a principal, or every level when `roleDefId` is omitted. */
  public remove(scope: Scope, principalId: number, roleDefId?: number): void {
    const t = tableOf(scope);
    if (roleDefId === undefined) {
      this.db.prepare(`DELETE FROM ${t.table} WHERE ${t.where} AND principal_id = ?`).run(...t.params, principalId);
    } else {
      this.db
        .prepare(`DELETE FROM ${t.table} WHERE ${t.where} AND principal_id = ? AND roledef_id = ?`)
        .run(...t.params, principalId, roleDefId);
    }
  }

  /**
   * Gives a list its own role assignments. With `copy` they start as a copy of the web's; without, the caller alone
   * holds Full Control (SharePoint's documented behaviour, so nobody locks themselves out). A list that already has
   * unique assignments is left as it is.
   */
  public breakInheritance(listNo: number, copy: boolean, callerId: number): void {
    this.db.transaction(() => {
      const info = this.db.prepare('UPDATE lists SET unique_perms = 1 WHERE no = ? AND unique_perms = 0').run(listNo);
      if (info.changes === 0) {
        return;
      }
      this.db.prepare('DELETE FROM list_roleassignments WHERE list_no = ?').run(listNo);
      if (copy) {
        this.db
          .prepare(
            'INSERT INTO list_roleassignments(list_no, principal_id, roledef_id) SELECT ?, principal_id, roledef_id FROM roleassignments'
          )
          .run(listNo);
        return;
      }
      const full = this.db.prepare('SELECT id FROM roledefs WHERE role_type_kind = ?').get(FULL_CONTROL_KIND) as {
        id: number;
      };
      this.add({ kind: 'list', listNo }, callerId, full.id);
    })();
  }

  /** Makes a list inherit the web's role assignments again, dropping its own. */
  public resetInheritance(listNo: number): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE lists SET unique_perms = 0 WHERE no = ?').run(listNo);
      this.db.prepare('DELETE FROM list_roleassignments WHERE list_no = ?').run(listNo);
    })();
  }

  /** True when the item has its own role assignments (HasUniqueRoleAssignments on the item). */
  public itemIsUnique(listNo: number, itemId: number): boolean {
    return (
      this.db.prepare('SELECT 1 FROM item_scopes WHERE list_no = ? AND item_id = ?').get(listNo, itemId) !== undefined
    );
  }

  /**
   * Gives one item its own role assignments (a scope of its own). With `copy` they start as a copy of the list's
   * (`parent`: the list's own, or the web's when the list inherits); without, the caller alone holds Full Control.
   */
  public breakItemInheritance(listNo: number, itemId: number, parent: Scope, copy: boolean, callerId: number): void {
    this.db.transaction(() => {
      const info = this.db
        .prepare('INSERT OR IGNORE INTO item_scopes(list_no, item_id) VALUES (?, ?)')
        .run(listNo, itemId);
      if (info.changes === 0) {
        return;
      }
      const item: Scope = { kind: 'item', listNo, itemId };
      if (copy) {
        const t = tableOf(parent);
        const rows = this.db
          .prepare(`SELECT principal_id, roledef_id FROM ${t.table} WHERE ${t.where}`)
          .all(...t.params) as IBinding[];
        for (const r of rows) {
          this.add(item, r.principal_id, r.roledef_id);
        }
        return;
      }
      const full = this.db.prepare('SELECT id FROM roledefs WHERE role_type_kind = ?').get(FULL_CONTROL_KIND) as {
        id: number;
      };
      this.add(item, callerId, full.id);
    })();
  }

  /** Makes an item inherit its list's role assignments again (or forgets a deleted item's). */
  public resetItemInheritance(listNo: number, itemId: number): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM item_scopes WHERE list_no = ? AND item_id = ?').run(listNo, itemId);
      this.db.prepare('DELETE FROM item_roleassignments WHERE list_no = ? AND item_id = ?').run(listNo, itemId);
    })();
  }

  /**
   * SQL (over `items_<n>`) for "items of this list the user may view": items that inherit when the user views the
   * list, plus items with their own scope that grant the user ViewListItems (directly or through a group).
   */
  public viewableItemsSql(listNo: number, user: { id: number }, listView: boolean): { sql: string; params: unknown[] } {
    // The scope an item's permissions come from: its own, else its folder's when the folder has its own (an item
    // in a folder inherits the folder), else none (the list's). One folder level, as the local SharePoint makes.
    const scope = `COALESCE((SELECT s.item_id FROM item_scopes s WHERE s.list_no = ? AND s.item_id = Id),
      (SELECT f.parent_id FROM item_folders f JOIN item_scopes s ON s.list_no = f.list_no AND s.item_id = f.parent_id
       WHERE f.list_no = ? AND f.item_id = Id))`;
    const granted = `IN (SELECT a.item_id FROM item_roleassignments a JOIN roledefs r ON r.id = a.roledef_id
      WHERE a.list_no = ? AND (r.low & 1) = 1 AND (a.principal_id = ? OR a.principal_id IN (SELECT group_id FROM group_members WHERE user_id = ?)))`;
    return listView
      ? {
          sql: `(${scope} IS NULL OR ${scope} ${granted})`,
          params: [listNo, listNo, listNo, listNo, listNo, user.id, user.id]
        }
      : { sql: `${scope} ${granted}`, params: [listNo, listNo, listNo, user.id, user.id] };
  }

  /** The folder (its item id) an item was created in, or undefined for an item at the list's root. */
  public parentFolder(listNo: number, itemId: number): number | undefined {
    const r = this.db
      .prepare('SELECT parent_id FROM item_folders WHERE list_no = ? AND item_id = ? AND parent_id > 0')
      .get(listNo, itemId) as { parent_id: number } | undefined;
    return r ? r.parent_id : undefined;
  }

  /** True when at least one item of the list has its own role assignments. */
  public hasItemScopes(listNo: number): boolean {
    return this.db.prepare('SELECT 1 FROM item_scopes WHERE list_no = ? LIMIT 1').get(listNo) !== undefined;
  }

  /** True when some item of the list grants the user ViewListItems (SharePoint's "Limited Access" to the list). */
  public viewsSomeItem(listNo: number, user: { id: number }): boolean {
    return (
      this.db
        .prepare(
          `SELECT 1 FROM item_roleassignments a JOIN roledefs r ON r.id = a.roledef_id
      WHERE a.list_no = ? AND (r.low & 1) = 1 AND (a.principal_id = ? OR a.principal_id IN (SELECT group_id FROM group_members WHERE user_id = ?)) LIMIT 1`
        )
        .get(listNo, user.id, user.id) !== undefined
    );
  }

  /** Forgets a deleted list's assignments. */
  public forgetList(listNo: number): void {
    this.db.prepare('DELETE FROM list_roleassignments WHERE list_no = ?').run(listNo);
    this.db.prepare('DELETE FROM item_scopes WHERE list_no = ?').run(listNo);
    this.db.prepare('DELETE FROM item_roleassignments WHERE list_no = ?').run(listNo);
    this.db.prepare('DELETE FROM item_folders WHERE list_no = ?').run(listNo);
  }

  /** Forgets a deleted principal everywhere. */
  public forgetPrincipal(principalId: number): void {
    this.db.prepare('DELETE FROM roleassignments WHERE principal_id = ?').run(principalId);
    this.db.prepare('DELETE FROM list_roleassignments WHERE principal_id = ?').run(principalId);
    this.db.prepare('DELETE FROM item_roleassignments WHERE principal_id = ?').run(principalId);
  }

  /** Forgets a deleted permission level everywhere. */
  public forgetRole(roleDefId: number): void {
    this.db.prepare('DELETE FROM roleassignments WHERE roledef_id = ?').run(roleDefId);
    this.db.prepare('DELETE FROM list_roleassignments WHERE roledef_id = ?').run(roleDefId);
    this.db.prepare('DELETE FROM item_roleassignments WHERE roledef_id = ?').run(roleDefId);
  }
}
