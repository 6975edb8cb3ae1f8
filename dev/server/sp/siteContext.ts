/** What every resource module works with: the database and the stores and checks built on it. One per site. */
import type { Db } from '../db';
import { AccessChecks } from './accessChecks';
import { ListStore } from './listStore';
import { PrincipalStore } from './principalStore';
import { RequestDigest } from './requestDigest';
import { RoleAssignmentStore } from './roleAssignmentStore';

export class SiteContext {
  /** Role assignments of the web and of lists with broken inheritance. */
  public readonly rights: RoleAssignmentStore;
  public readonly access: AccessChecks;
  public readonly principals: PrincipalStore;
  public readonly lists: ListStore;
  public readonly digest: RequestDigest;

  public constructor(public readonly db: Db) {
    this.rights = new RoleAssignmentStore(db);
    this.access = new AccessChecks(this.rights);
    this.principals = new PrincipalStore(db);
    this.lists = new ListStore(db);
    this.digest = new RequestDigest(db);
  }

  /** A site-level value of the `meta` table (webTitle, webId, siteId, created…); '' when unset. */
  public meta(key: string): string {
    const r = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? '';
  }
}
