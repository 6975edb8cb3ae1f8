/**
 * Per-list permissions in the local SharePoint, driven by the real @pnp/sp and plain REST: breaking and resetting
 * inheritance, list role assignments, effective permissions, and enforcement with SharePoint Online's status codes
 * and error envelopes (a list the user may not view is "not found"; a write without the right is 403).
 */
import Database from 'better-sqlite3';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { DB_VERSION } from '../../dev/server/db';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const SO1 = 'so1@boutique.local';
const ACCESS_DENIED = 'Access denied. You do not have permission to perform this action or access this resource.';
const API = '/sites/boutique/_api';

let h: ILocalSpHandle;
let officersGroup: number;
let readRole: number;
let ownerUserId: number;

interface IErrorBody {
  'odata.error': { code: string; message: { value: string } };
}

async function errorOf(r: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await r.json()) as IErrorBody;
  return { status: r.status, code: body['odata.error'].code, message: body['odata.error'].message.value };
}

/** A write over plain REST as a persona, with a valid digest. */
async function write(login: string, p: string, method: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {
    'X-RequestDigest': await h.digest(login),
    'Content-Type': 'application/json',
    'IF-MATCH': '*'
  };
  if (method !== 'POST') {
    headers['X-HTTP-Method'] = method;
  }
  return h.rawFetch(login, API + p, {
    method: 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  });
}

const secret = (login: string) => h.spAs(login).web.lists.getByTitle('Secret');

beforeAll(async () => {
  h = await startLocalSp();
  const sp = h.spAs(OWNER);
  const so = await sp.web.siteGroups.add({ Title: 'Service Officers' });
  officersGroup = so.Id;
  await sp.web.siteGroups.getByName('Service Officers').users.add(`i:0#.f|membership|${SO1}`);
  const contribute = await sp.web.roleDefinitions.getByName('Contribute')();
  readRole = (await sp.web.roleDefinitions.getByName('Read')()).Id;
  await sp.web.roleAssignments.add(so.Id, contribute.Id);
  ownerUserId = (await sp.web.ensureUser(OWNER)).Id;
  for (const title of ['Secret', 'Copied']) {
    await sp.web.lists.add(title, '', 100, false);
    await sp.web.lists.getByTitle(title).fields.addText('CRN', { MaxLength: 12 });
    await sp.web.lists.getByTitle(title).items.add({ Title: 'first', CRN: '123456789A' });
  }
});

afterAll(async () => {
  await h.close();
});

test("an inheriting list shows the web's assignments and refuses changes to them", async () => {
  const list: { HasUniqueRoleAssignments: boolean } = await secret(OWNER).select('HasUniqueRoleAssignments')();
  expect(list.HasUniqueRoleAssignments).toBe(false);
  const plain: Record<string, unknown> = await secret(OWNER)();
  expect(plain).not.toHaveProperty('HasUniqueRoleAssignments');
  const onList: Array<{ PrincipalId: number }> = await secret(OWNER).roleAssignments();
  const onWeb: Array<{ PrincipalId: number }> = await h.spAs(OWNER).web.roleAssignments();
  expect(onList.map((a) => a.PrincipalId)).toEqual(onWeb.map((a) => a.PrincipalId));
  const r = await write(
    OWNER,
    `/web/lists/getbytitle('Secret')/roleassignments/addroleassignment(principalid=${officersGroup},roledefid=${readRole})`,
    'POST'
  );
  expect(await errorOf(r)).toEqual({
    status: 400,
    code: '-2146232832, Microsoft.SharePoint.SPException',
    message: 'This operation is not allowed on an object that inherits permissions.'
  });
  // officers can still work the list through the web's Contribute
  expect(await secret(SO1).items.select('Title')()).toHaveLength(1);
});

test("breaking inheritance without copying leaves the caller alone with Full Control; others get SharePoint's 404", async () => {
  await secret(OWNER).breakRoleInheritance(false, true);
  const flag = await h.rawFetch(OWNER, `${API}/web/lists/getbytitle('Secret')/HasUniqueRoleAssignments`);
  expect(await flag.json()).toMatchObject({ value: true });
  const assignments: Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> }> =
    await secret(OWNER).roleAssignments.expand('RoleDefinitionBindings')();
  expect(assignments.map((a) => [a.PrincipalId, a.RoleDefinitionBindings.map((b) => b.Name)])).toEqual([
    [ownerUserId, ['Full Control']]
  ]);

  const byTitle = await errorOf(await h.rawFetch(SO1, `${API}/web/lists/getbytitle('Secret')/items`));
  expect(byTitle).toEqual({
    status: 404,
    code: '-2130575322, System.ArgumentException',
    message: `List 'Secret' does not exist at site with URL '${h.siteUrl}'.`
  });
  const listId: string = (await secret(OWNER).select('Id')()).Id;
  expect((await h.rawFetch(SO1, `${API}/web/lists(guid'${listId}')`)).status).toBe(404);
  expect((await h.rawFetch(SO1, `${API}/web/getlist('/sites/boutique/Lists/Secret')`)).status).toBe(404);
  expect((await write(SO1, `/web/lists/getbytitle('Secret')/items`, 'POST', { Title: 'sneaky' })).status).toBe(404);
  const lists: Array<{ Title: string }> = await h.spAs(SO1).web.lists.select('Title')();
  expect(lists.map((l) => l.Title)).toEqual(['Copied']);
  const rights = await secret(OWNER).getUserEffectivePermissions(`i:0#.f|membership|${SO1}`);
  expect(secret(OWNER).hasPermissions(rights, PermissionKind.ViewListItems)).toBe(false);
});

test("a Read grant lets a group read but not add, update or delete: 403 with SharePoint's error", async () => {
  await secret(OWNER).roleAssignments.add(officersGroup, readRole);
  const rows: Array<{ Id: number; CRN: string }> = await secret(SO1).items.select('Id', 'CRN')();
  expect(rows.map((r) => r.CRN)).toEqual(['123456789A']);
  const denied = { status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: ACCESS_DENIED };
  expect(await errorOf(await write(SO1, `/web/lists/getbytitle('Secret')/items`, 'POST', { Title: 'x' }))).toEqual(
    denied
  );
  expect(
    await errorOf(await write(SO1, `/web/lists/getbytitle('Secret')/items(${rows[0].Id})`, 'MERGE', { Title: 'x' }))
  ).toEqual(denied);
  expect(await errorOf(await write(SO1, `/web/lists/getbytitle('Secret')/items(${rows[0].Id})`, 'DELETE'))).toEqual(
    denied
  );
  await expect(secret(SO1).items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
  const rights = await secret(OWNER).getUserEffectivePermissions(`i:0#.f|membership|${SO1}`);
  expect(
    [PermissionKind.ViewListItems, PermissionKind.AddListItems, PermissionKind.EditListItems].map((k) =>
      secret(OWNER).hasPermissions(rights, k)
    )
  ).toEqual([true, false, false]);
  const mine = await secret(SO1).getCurrentUserEffectivePermissions();
  expect(secret(SO1).hasPermissions(mine, PermissionKind.ViewListItems)).toBe(true);
});

test("only holders of Manage Permissions change a list's permissions; removeroleassignment takes access away", async () => {
  expect(
    (
      await write(
        SO1,
        `/web/lists/getbytitle('Secret')/roleassignments/addroleassignment(principalid=${officersGroup},roledefid=1073741829)`,
        'POST'
      )
    ).status
  ).toBe(403);
  expect((await write(SO1, `/web/lists/getbytitle('Secret')/resetroleinheritance`, 'POST')).status).toBe(403);
  expect((await h.rawFetch(SO1, `${API}/web/lists/getbytitle('Secret')/roleassignments`)).status).toBe(403);
  expect((await h.rawFetch(SO1, `${API}/web/roleassignments`)).status).toBe(403);
  await secret(OWNER).roleAssignments.remove(officersGroup, readRole);
  expect((await h.rawFetch(SO1, `${API}/web/lists/getbytitle('Secret')/items`)).status).toBe(404);
});

test("breaking with copy starts from the web's assignments; a second break changes nothing; reset inherits again", async () => {
  const copied = (login: string) => h.spAs(login).web.lists.getByTitle('Copied');
  await copied(OWNER).breakRoleInheritance(true, false);
  const onWeb: Array<{ PrincipalId: number }> = await h.spAs(OWNER).web.roleAssignments();
  const onList = async (): Promise<number[]> =>
    ((await copied(OWNER).roleAssignments()) as Array<{ PrincipalId: number }>).map((a) => a.PrincipalId);
  expect(await onList()).toEqual(onWeb.map((a) => a.PrincipalId));
  await copied(OWNER).roleAssignments.getById(officersGroup).delete();
  await copied(OWNER).breakRoleInheritance(true, false);
  expect(await onList()).not.toContain(officersGroup);
  // the officer (in no site group) has nothing left; the site's Visitors keep the copied Read
  expect((await h.rawFetch(SO1, `${API}/web/lists/getbytitle('Copied')/items`)).status).toBe(404);
  expect((await h.rawFetch('visitor@boutique.local', `${API}/web/lists/getbytitle('Copied')/items`)).status).toBe(200);
  await expect(copied('visitor@boutique.local').items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
  await copied(OWNER).resetRoleInheritance();
  const list: { HasUniqueRoleAssignments: boolean } = await copied(OWNER).select('HasUniqueRoleAssignments')();
  expect(list.HasUniqueRoleAssignments).toBe(false);
  await copied(SO1).items.add({ Title: "back to the web's Contribute" });
});

test('a database file from before per-list permissions is upgraded in place and keeps its data', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'localsp-old-'));
  const dbPath = path.join(dir, 'boutique.db');
  try {
    const first = await startLocalSp({ dbPath });
    await first.spAs(OWNER).web.lists.add('Old', '', 100, false);
    await first.spAs(OWNER).web.lists.getByTitle('Old').items.add({ Title: 'kept' });
    await first.close();
    // make the file look like one written before the migration
    const raw = new Database(dbPath);
    raw.exec(
      "DROP TABLE list_roleassignments; ALTER TABLE lists DROP COLUMN unique_perms; DELETE FROM meta WHERE key = 'dbVersion';"
    );
    raw.close();

    const again = await startLocalSp({ dbPath });
    try {
      const old = again.spAs(OWNER).web.lists.getByTitle('Old');
      expect((await old.items.select('Title')()).map((i: { Title: string }) => i.Title)).toEqual(['kept']);
      expect(
        ((await old.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: boolean })
          .HasUniqueRoleAssignments
      ).toBe(false);
      await old.breakRoleInheritance(false, true);
      expect((await again.rawFetch(SO1, `${API}/web/lists/getbytitle('Old')/items`)).status).toBe(404);
      const version = again.server.db.prepare("SELECT value FROM meta WHERE key = 'dbVersion'").get() as {
        value: string;
      };
      expect(Number(version.value)).toBe(DB_VERSION);
    } finally {
      await again.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
