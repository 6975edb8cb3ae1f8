/** Reads users and groups (one id space, the `principals` table) and group membership. */
import type { Db } from '../db';
import { asClaims } from './claims';
import type { IUser } from './types';

/** A principal row as stored (users and groups). */
export type PrincipalRow = Record<string, unknown>;

export function toUser(r: PrincipalRow): IUser {
  return {
    id: r.id as number,
    login: r.login as string,
    title: r.title as string,
    email: (r.email as string) ?? '',
    isSiteAdmin: r.is_site_admin === 1
  };
}

export class PrincipalStore {
  public constructor(private readonly db: Db) {}

  /** A user by login, bare (email) or claims. */
  public userByLogin(login: string): IUser | undefined {
    const r = this.db
      .prepare("SELECT * FROM principals WHERE kind='user' AND login = ? COLLATE NOCASE")
      .get(asClaims(login)) as PrincipalRow | undefined;
    return r ? toUser(r) : undefined;
  }

  public userById(id: number): IUser | undefined {
    const r = this.db.prepare("SELECT * FROM principals WHERE kind='user' AND id = ?").get(id) as
      PrincipalRow | undefined;
    return r ? toUser(r) : undefined;
  }

  public users(): IUser[] {
    return (this.db.prepare("SELECT * FROM principals WHERE kind='user' ORDER BY id").all() as PrincipalRow[]).map(
      toUser
    );
  }

  /** A user or a group by id. */
  public principal(id: number): PrincipalRow | undefined {
    return this.db.prepare('SELECT * FROM principals WHERE id = ?').get(id) as PrincipalRow | undefined;
  }

  /** A group matching a SQL condition on `principals` with one parameter, e.g. `id = ?`. */
  public groupRow(where: string, v: unknown): PrincipalRow | undefined {
    return this.db.prepare(`SELECT * FROM principals WHERE kind='group' AND ${where}`).get(v) as
      PrincipalRow | undefined;
  }

  public groups(): PrincipalRow[] {
    return this.db.prepare("SELECT * FROM principals WHERE kind='group' ORDER BY id").all() as PrincipalRow[];
  }

  /** The groups a user is a member of. */
  public groupsOf(u: IUser): PrincipalRow[] {
    return this.db
      .prepare(
        'SELECT p.* FROM principals p JOIN group_members m ON m.group_id = p.id WHERE m.user_id = ? ORDER BY p.id'
      )
      .all(u.id) as PrincipalRow[];
  }

  /** The users in a group. */
  public membersOf(groupId: unknown): IUser[] {
    return (
      this.db
        .prepare(
          'SELECT p.* FROM principals p JOIN group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id'
        )
        .all(groupId) as PrincipalRow[]
    ).map(toUser);
  }
}
