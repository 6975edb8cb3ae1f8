/**
 * Permission checks on the web and on lists, from the role assignments of the scope concerned, and item-level
 * security (a list's ReadSecurity / WriteSecurity: "read / edit only their own items").
 */
import * as E from '../errors';
import type { SpError } from '../errors';
import { IBasePerms, RoleAssignmentStore, Scope, WEB_SCOPE } from './roleAssignmentStore';
import type { IList, IUser } from './types';

/** Permission bits (PermissionKind - 1) in the Low word. */
export const P = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 4,
  DeleteListItems: 8,
  CancelCheckout: 256,
  ManageLists: 2048,
  CreateGroups: 1 << 24,
  ManagePermissions: 1 << 25
};
/** EnumeratePermissions (PermissionKind 63) in the High word: needed to read role assignments. */
export const HIGH_ENUMERATE_PERMISSIONS = 1 << 30;

export class AccessChecks {
  public constructor(private readonly rights: RoleAssignmentStore) {}

  /** Effective permissions of a user on the web: OR of the role definitions bound to them or their groups. */
  public permissions(user: IUser): IBasePerms {
    return this.rights.effective(user, WEB_SCOPE);
  }

  public can(user: IUser, bit: number): boolean {
    return (this.permissions(user).low & bit) !== 0;
  }

  public demand(user: IUser, bit: number): void {
    if (!this.can(user, bit)) {
      throw E.accessDenied();
    }
  }

  /** Where a list's role assignments live: its own when inheritance is broken, else the web's. */
  public scopeOf(list: IList): Scope {
    return list.uniquePerms ? { kind: 'list', listNo: list.no } : WEB_SCOPE;
  }

  /** Effective permissions of a user on a list (what SharePoint checks for the list and its items). */
  public listPermissions(list: IList, user: IUser): IBasePerms {
    return this.rights.effective(user, this.scopeOf(list));
  }

  public canOnList(list: IList, user: IUser, bit: number): boolean {
    return (this.listPermissions(list, user).low & bit) !== 0;
  }

  public demandOnList(list: IList, user: IUser, bit: number): void {
    if (!this.canOnList(list, user, bit)) {
      throw E.accessDenied();
    }
  }

  /**
   * A list the user may not view does not exist for them: SharePoint answers with its usual "not found". Someone
   * granted one item of it (an item with its own permissions) has "Limited Access" to the list: they reach it, and
   * see only those items.
   */
  public visibleOr(list: IList, user: IUser, notFound: () => SpError): IList {
    if (!this.canViewSomething(list, user)) {
      throw notFound();
    }
    return list;
  }

  /** The user views the list's items, or at least one item with its own permissions. */
  public canViewSomething(list: IList, user: IUser): boolean {
    return this.canOnList(list, user, P.ViewListItems) || this.rights.viewsSomeItem(list.no, user);
  }

  /** Where one item's role assignments live: its own when its inheritance was broken, else its list's. */
  public scopeOfItem(list: IList, itemId: number): Scope {
    return this.rights.itemIsUnique(list.no, itemId)
      ? { kind: 'item', listNo: list.no, itemId }
      : this.parentScopeOfItem(list, itemId);
  }

  /**
   * Where an item would inherit from: its folder's scope when it was created in a folder (an item in a folder
   * inherits the folder's permissions, which may be the folder's own), else its list's.
   */
  public parentScopeOfItem(list: IList, itemId: number): Scope {
    const folder: number | undefined = this.rights.parentFolder(list.no, itemId);
    return folder !== undefined ? this.scopeOfItem(list, folder) : this.scopeOf(list);
  }

  /** Effective permissions of a user on one item. */
  public itemPermissions(list: IList, itemId: number, user: IUser): IBasePerms {
    return this.rights.effective(user, this.scopeOfItem(list, itemId));
  }

  /**
   * Whether item-level security (ReadSecurity / WriteSecurity) does not apply to the user on this list: Override List
   * Behaviors (CancelCheckout), or ManageLists — sp-dev-docs docs/schema/listtemplate-element-site.md: "Users with the
   * ManageLists permission can read and edit all items" (so Edit, Design and Full Control all have it).
   */
  public overridesItemSecurity(list: IList, user: IUser): boolean {
    return (this.listPermissions(list, user).low & (P.CancelCheckout | P.ManageLists)) !== 0;
  }

  /**
   * The SQL condition that limits a query to what the user may read: their own items under ReadSecurity = 2
   * (unless they may override it), and, on a list with item scopes, only items whose scope lets them view.
   */
  public readFilterSql(list: IList, user: IUser): { sql: string; params: unknown[] } | undefined {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (Number(list.props.ReadSecurity ?? 1) === 2 && !this.overridesItemSecurity(list, user)) {
      parts.push('"f_Author" = ?');
      params.push(user.id);
    }
    if (!user.isSiteAdmin && this.rights.hasItemScopes(list.no)) {
      const v = this.rights.viewableItemsSql(list.no, user, this.canOnList(list, user, P.ViewListItems));
      parts.push(v.sql);
      params.push(...v.params);
    }
    return parts.length ? { sql: parts.join(' AND '), params } : undefined;
  }
}
