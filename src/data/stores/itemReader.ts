import { SPFI } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import '@pnp/sp/security/item';
import '@pnp/sp/security/web';
import { RoleType } from '../schema';

/**
 * Shows one list item to one more person: the item gets its own permissions (a copy of its list's, so those who
 * held the list keep it) and the person gets Read on that item alone, reaching the list through "Limited Access".
 * Both steps are safe to repeat. Needs Manage Permissions on the item. Each item so treated is one unique
 * permission scope (SharePoint Online: at most 50,000 per list).
 */
export class ItemReaderGrant {
  private readonly _sp: SPFI;
  private _readerRoleId: number | undefined;

  public constructor(sp: SPFI) {
    this._sp = sp;
  }

  /** Breaks `item`'s inheritance (copying its list's role assignments) and grants `principalId` Read on it. */
  public async grant(item: IItem, principalId: number): Promise<void> {
    await item.breakRoleInheritance(true, false);
    await item.roleAssignments.add(principalId, await this._readerRole());
  }

  private async _readerRole(): Promise<number> {
    if (this._readerRoleId === undefined) {
      const r: { Id: number } = await this._sp.web.roleDefinitions.getByType(RoleType.Reader).select('Id')();
      this._readerRoleId = r.Id;
    }
    return this._readerRoleId;
  }
}
