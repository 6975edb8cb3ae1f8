/**
 * Storage of the local SharePoint: one SQLite file (WAL, synchronous=FULL so an acknowledged write survives kill -9).
 *
 * Site-level objects (users, groups, role definitions, role assignments of the web and of lists with broken
 * inheritance, lists, fields, mail) live in fixed tables;
 * each list's items live in their own table `items_<listNo>` with one column per field, so an indexed SharePoint
 * column is backed by a real SQLite index (and a unique column by a unique index).
 */
import Database from 'better-sqlite3';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_FIELDS } from './sp/builtinFields';
import { claimsLogin } from './sp/claims';
import { addDefaultView } from './sp/views';
import { nowIso } from './sp/dates';
import { createChangeLog } from './sp/changeLog';

export type Db = Database.Database;

/** A persona from dev/personas.json. */
export interface IPersona {
  login: string;
  title: string;
  role?: string;
  siteOwner?: boolean;
  groups?: string[];
  [k: string]: unknown;
}

/** Built-in role definitions with SharePoint Online's real ids and BasePermissions. */
export const BUILTIN_ROLES = [
  {
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    order: 1,
    high: 2147483647,
    low: 4294967295,
    roleTypeKind: 5
  },
  {
    id: 1073741828,
    name: 'Design',
    description: 'Can view, add, update, delete, approve, and customize.',
    order: 32,
    high: 432,
    low: 1012866047,
    roleTypeKind: 4
  },
  {
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    order: 48,
    high: 432,
    low: 1011030767,
    roleTypeKind: 6
  },
  {
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    order: 64,
    high: 432,
    low: 1011028719,
    roleTypeKind: 3
  },
  {
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    order: 128,
    high: 176,
    low: 138612833,
    roleTypeKind: 2
  }
];

export const SITE_TITLE = 'Boutique TPS';
export const OWNERS_GROUP = 'Boutique TPS Owners';
export const MEMBERS_GROUP = 'Boutique TPS Members';
export const VISITORS_GROUP = 'Boutique TPS Visitors';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS principals (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, login TEXT, title TEXT NOT NULL, email TEXT,
  description TEXT, owner_id INTEGER, is_site_admin INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX IF NOT EXISTS principals_login ON principals(login COLLATE NOCASE) WHERE login IS NOT NULL;
CREATE TABLE IF NOT EXISTS group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
CREATE TABLE IF NOT EXISTS roledefs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT, sort INTEGER,
  high INTEGER NOT NULL, low INTEGER NOT NULL, role_type_kind INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS roleassignments (principal_id INTEGER NOT NULL, roledef_id INTEGER NOT NULL, PRIMARY KEY (principal_id, roledef_id));
CREATE TABLE IF NOT EXISTS lists (no INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
  url_name TEXT NOT NULL, props TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fields (list_no INTEGER NOT NULL, internal_name TEXT NOT NULL, id TEXT NOT NULL,
  type TEXT NOT NULL, props TEXT NOT NULL, sort INTEGER NOT NULL, PRIMARY KEY (list_no, internal_name));
CREATE TABLE IF NOT EXISTS mail (id INTEGER PRIMARY KEY AUTOINCREMENT, sender TEXT NOT NULL, recipients TEXT NOT NULL,
  subject TEXT, body TEXT, content_type TEXT, sent TEXT NOT NULL, raw TEXT);
`;

/**
 * Upgrades of the database file, applied in order, each once (`meta.dbVersion` counts those done). They only add
 * columns and tables, so a file written by an older local SharePoint keeps all its data.
 */
const MIGRATIONS: ReadonlyArray<(db: Db) => void> = [
  // 1: per-list permissions. A list either inherits the web's role assignments (unique_perms = 0) or has its own.
  (db) => {
    if (!hasColumn(db, 'lists', 'unique_perms')) {
      db.exec('ALTER TABLE lists ADD COLUMN unique_perms INTEGER NOT NULL DEFAULT 0');
    }
    db.exec(`CREATE TABLE IF NOT EXISTS list_roleassignments (list_no INTEGER NOT NULL, principal_id INTEGER NOT NULL,
      roledef_id INTEGER NOT NULL, PRIMARY KEY (list_no, principal_id, roledef_id))`);
  },
  // 2: items with their own role assignments (an item whose inheritance was broken is a scope of its own).
  (db) => {
    db.exec(`CREATE TABLE IF NOT EXISTS item_scopes (list_no INTEGER NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (list_no, item_id));
      CREATE TABLE IF NOT EXISTS item_roleassignments (list_no INTEGER NOT NULL, item_id INTEGER NOT NULL, principal_id INTEGER NOT NULL,
      roledef_id INTEGER NOT NULL, PRIMARY KEY (list_no, item_id, principal_id, roledef_id))`);
  },
  // 3: built-in fields get the fixed ids SharePoint gives them in every list (they were random).
  (db) => {
    const setId = db.prepare(
      "UPDATE fields SET id = ? WHERE internal_name = ? AND json_extract(props, '$.builtin') = 1"
    );
    for (const [name, , , id] of BUILTIN_FIELDS) {
      setId.run(id, name);
    }
  },
  // 4: list views. Every list gets SharePoint's default "All Items" view showing LinkTitle (REST-made fields join no view).
  (db) => {
    db.exec(`CREATE TABLE IF NOT EXISTS list_views (list_no INTEGER NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL,
      is_default INTEGER NOT NULL DEFAULT 0, fields TEXT NOT NULL, PRIMARY KEY (list_no, id))`);
    const lists = db.prepare('SELECT no FROM lists WHERE no NOT IN (SELECT list_no FROM list_views)').all() as {
      no: number;
    }[];
    for (const l of lists) {
      addDefaultView(db, l.no);
    }
  },
  // 5: the change log of list items (list/getchanges, CurrentChangeToken).
  (db) => createChangeLog(db),
  // 6: folders in lists. A folder is a list item (FileSystemObjectType 1) named by its leaf; an item created in a
  // folder remembers its parent (parent_id, the folder's item id). Items at the root have no row here.
  (db) => {
    db.exec(`CREATE TABLE IF NOT EXISTS item_folders (list_no INTEGER NOT NULL, item_id INTEGER NOT NULL,
      parent_id INTEGER NOT NULL DEFAULT 0, is_folder INTEGER NOT NULL DEFAULT 0, leaf TEXT,
      PRIMARY KEY (list_no, item_id));
      CREATE INDEX IF NOT EXISTS item_folders_leaf ON item_folders(list_no, is_folder, leaf COLLATE NOCASE)`);
  }
];

/** Number of migrations a current database file has had. */
export const DB_VERSION = MIGRATIONS.length;

function hasColumn(db: Db, table: string, column: string): boolean {
  const cols = db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[];
  return cols.some((c) => c.name === column);
}

/** Runs the migrations this file has not had yet, in one transaction. */
function migrate(db: Db): void {
  const row = db.prepare("SELECT value FROM meta WHERE key='dbVersion'").get() as { value: string } | undefined;
  const done = row ? Number(row.value) : 0;
  if (done >= MIGRATIONS.length) {
    return;
  }
  db.transaction(() => {
    for (let i = done; i < MIGRATIONS.length; i++) {
      MIGRATIONS[i](db);
    }
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('dbVersion', ?)").run(String(MIGRATIONS.length));
  })();
}

/** Opens (creating and seeding when new) the database file. */
export function openDb(dbPath: string, personas: IPersona[]): Db {
  if (dbPath !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  }
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = OFF');
  db.exec(SCHEMA);
  migrate(db);
  const seeded = db.prepare("SELECT value FROM meta WHERE key='seeded'").get() as { value: string } | undefined;
  if (!seeded) {
    seed(db, personas);
  } else {
    syncPersonas(db, personas);
  }
  return db;
}

/** Drops every object and seeds the fresh site again. */
export function resetDb(db: Db, personas: IPersona[]): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
  }[];
  db.transaction(() => {
    for (const t of tables) {
      db.exec(`DROP TABLE IF EXISTS "${t.name}"`);
    }
    db.exec(SCHEMA);
    migrate(db);
    seed(db, personas);
  })();
}

function seed(db: Db, personas: IPersona[]): void {
  db.transaction(() => {
    const setMeta = db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)');
    setMeta.run('webTitle', SITE_TITLE);
    setMeta.run('webId', crypto.randomUUID());
    setMeta.run('siteId', crypto.randomUUID());
    setMeta.run('digestSecret', crypto.randomBytes(32).toString('hex'));
    setMeta.run('created', nowIso());
    const insRole = db.prepare(
      'INSERT INTO roledefs(id, name, description, sort, high, low, role_type_kind) VALUES (?,?,?,?,?,?,?)'
    );
    for (const r of BUILTIN_ROLES) {
      insRole.run(r.id, r.name, r.description, r.order, r.high, r.low, r.roleTypeKind);
    }
    const insGroup = db.prepare(
      "INSERT INTO principals(id, kind, title, description, owner_id) VALUES (?, 'group', ?, ?, 3)"
    );
    insGroup.run(
      3,
      OWNERS_GROUP,
      'Use this group to grant people full control permissions to the SharePoint site: ' + SITE_TITLE
    );
    insGroup.run(
      4,
      VISITORS_GROUP,
      'Use this group to grant people read permissions to the SharePoint site: ' + SITE_TITLE
    );
    insGroup.run(
      5,
      MEMBERS_GROUP,
      'Use this group to grant people contribute permissions to the SharePoint site: ' + SITE_TITLE
    );
    const insRa = db.prepare('INSERT INTO roleassignments(principal_id, roledef_id) VALUES (?, ?)');
    insRa.run(3, 1073741829);
    insRa.run(4, 1073741826);
    insRa.run(5, 1073741830);
    setMeta.run('nextPrincipalId', '10');
    setMeta.run('seeded', '1');
    syncPersonas(db, personas);
  })();
}

/** Allocates a principal id (users and groups share one id space, like SharePoint). */
export function nextPrincipalId(db: Db): number {
  const row = db.prepare("SELECT value FROM meta WHERE key='nextPrincipalId'").get() as { value: string };
  const id = Number(row.value);
  db.prepare("UPDATE meta SET value=? WHERE key='nextPrincipalId'").run(String(id + 1));
  return id;
}

/** The site's own groups (ids fixed by seed) a persona may be listed in. */
const SITE_GROUP_IDS: Record<string, number> = { [OWNERS_GROUP]: 3, [VISITORS_GROUP]: 4, [MEMBERS_GROUP]: 5 };

/**
 * Makes sure every persona exists as a user (stable ids in persona order). A new persona joins only the site groups
 * it is listed in (a site owner: Owners); nobody is put in Visitors by default, as on a real site where people get
 * in only when an owner adds them. Boutique TPS groups are the app's: the seed adds people to those.
 */
export function syncPersonas(db: Db, personas: IPersona[]): void {
  db.transaction(() => {
    for (const p of personas) {
      const login = claimsLogin(p.login);
      const existing = db.prepare('SELECT id FROM principals WHERE login = ? COLLATE NOCASE').get(login) as
        { id: number } | undefined;
      if (existing) {
        db.prepare('UPDATE principals SET title=?, email=? WHERE id=?').run(
          p.title,
          p.login.toLowerCase(),
          existing.id
        );
        continue;
      }
      const id = nextPrincipalId(db);
      db.prepare(
        "INSERT INTO principals(id, kind, login, title, email, is_site_admin) VALUES (?, 'user', ?, ?, ?, ?)"
      ).run(id, login, p.title, p.login.toLowerCase(), p.siteOwner ? 1 : 0);
      const groupIds = (p.groups ?? []).map((g) => SITE_GROUP_IDS[g]).filter((g) => g !== undefined);
      if (p.siteOwner) {
        groupIds.push(SITE_GROUP_IDS[OWNERS_GROUP]);
      }
      for (const g of groupIds) {
        db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)').run(g, id);
      }
    }
  })();
}
