/**
 * The SharePoint REST dialect (the part PnPjs v4 uses) over the SQLite store.
 *
 * `SpSite.handle()` takes one request (already authenticated) relative to `_api/` and returns one response. The HTTP
 * server and the $batch handler both call it, so a request inside a batch behaves exactly like one outside. The
 * work is done by one module per resource (see dispatch.ts), all sharing one SiteContext.
 */
import type { Db } from '../db';
import { bulkInsert } from './bulkInsert';
import { dispatch } from './dispatch';
import type { IBasePerms } from './roleAssignmentStore';
import { SiteContext } from './siteContext';
import type { ICtx, IField, IList, ISpRequest, ISpResponse, IUser } from './types';

export class SpSite {
  private readonly site: SiteContext;

  public constructor(public readonly db: Db) {
    this.site = new SiteContext(db);
  }

  /** A fresh request digest for `user` (what `contextinfo` returns to them). */
  public makeDigest(user: IUser): string {
    return this.site.digest.make(user.id);
  }

  /** Whether an X-RequestDigest value is one this site issued to `user` and still valid. */
  public checkDigest(value: string | undefined, user: IUser): boolean {
    return this.site.digest.check(value, user.id);
  }

  public userByLogin(login: string): IUser | undefined {
    return this.site.principals.userByLogin(login);
  }

  /** Effective permissions of a user on the web: OR of the role definitions bound to them or their groups. */
  public permissions(user: IUser): IBasePerms {
    return this.site.access.permissions(user);
  }

  public listByTitle(title: string): IList | undefined {
    return this.site.lists.byTitle(title);
  }

  public fieldsOf(list: IList): IField[] {
    return this.site.lists.fieldsOf(list);
  }

  public handle(req: ISpRequest, ctx: ICtx): ISpResponse {
    return dispatch(this.site, req, ctx);
  }

  /** Inserts rows straight into a list (tests and bench). Values are REST-style (field internal names; user fields as <Name>Id). */
  public bulkInsert(listTitle: string, rows: Record<string, unknown>[], authorLogin?: string): void {
    bulkInsert(this.site, listTitle, rows, authorLogin);
  }
}
