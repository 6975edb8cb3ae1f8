/**
 * The local SharePoint driven by the real @pnp/sp over HTTP: identity, digest, lists/fields, validation, ETags,
 * item-level security, groups and permissions, and queries.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';
const TPSO = 'tpso1@boutique.local';

let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
  const sp = h.spAs(OWNER);
  const so = await sp.web.siteGroups.add({ Title: 'Service Officers' });
  await sp.web.siteGroups.getByName('Service Officers').users.add(`i:0#.f|membership|${SO1}`);
  await sp.web.siteGroups.getByName('Service Officers').users.add(`i:0#.f|membership|${SO2}`);
  const contribute = await sp.web.roleDefinitions.getByName('Contribute')();
  await sp.web.roleAssignments.add(so.Id, contribute.Id);
  await sp.web.lists.add('Enquiries', 'Enquiries', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
  const fields = sp.web.lists.getByTitle('Enquiries').fields;
  await fields.addText('WorkType', { MaxLength: 64, Indexed: true });
  await fields.addChoice('Status', { Choices: ['New', 'Claimed', 'Resolved'] });
  await fields.getByInternalNameOrTitle('Status').update({ Indexed: true });
  await fields.addMultiChoice('ReferencesChecked', { Choices: ['Operational Blueprint', 'NNU', 'Nothing checked'] });
  await fields.addUser('Assignee', {});
  await fields.addText('RequestKey', { MaxLength: 64 });
  await fields.getByInternalNameOrTitle('RequestKey').update({ Indexed: true });
  // A unique column cannot live on a list with item-level permissions (see uniqueColumns.test.ts): its own list.
  await sp.web.lists.add('Requests', 'Requests', 100, false);
  await sp.web.lists
    .getByTitle('Requests')
    .fields.addText('RequestKey', { MaxLength: 64, Indexed: true, EnforceUniqueValues: true });
  await fields.addNumber('Minutes', {});
  await fields.addDateTime('ClaimedAt', {});
  await fields.addBoolean('CustomerOnHold', {});
  await fields.addMultilineText('Question', { RichText: false });
});

afterAll(async () => {
  await h.close();
});

const enquiries = (login: string) => h.spAs(login).web.lists.getByTitle('Enquiries');

test('401 without identity', async () => {
  const r = await h.rawFetch(undefined, '/sites/boutique/_api/web');
  expect(r.status).toBe(401);
  const body = await r.json();
  expect(body['odata.error'].code).toMatch(/UnauthorizedAccessException/);
});

test('contextinfo gives a digest; a write without it is 403 with SharePoint text', async () => {
  const ci = await h.rawFetch(OWNER, '/sites/boutique/_api/contextinfo', { method: 'POST' });
  expect(ci.status).toBe(200);
  const info = await ci.json();
  expect(info.FormDigestTimeoutSeconds).toBe(1800);
  expect(info.WebFullUrl).toBe(h.siteUrl);
  const denied = await h.rawFetch(OWNER, "/sites/boutique/_api/web/lists/getbytitle('Enquiries')/items", {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'x' })
  });
  expect(denied.status).toBe(403);
  const err = await denied.json();
  expect(err['odata.error'].code).toBe('-2130575251, System.Runtime.InteropServices.COMException');
  expect(err['odata.error'].message.value).toMatch(/security validation for this page is invalid/);
  const ok = await h.rawFetch(OWNER, "/sites/boutique/_api/web/lists/getbytitle('Enquiries')/items", {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-RequestDigest': info.FormDigestValue },
    body: JSON.stringify({ Title: 'with digest' })
  });
  expect(ok.status).toBe(201);
});

test('web, site groups, role definitions are seeded like a fresh site', async () => {
  const sp = h.spAs(OWNER);
  expect((await sp.web.select('Title')()).Title).toBe('Boutique TPS');
  const groups = await sp.web.siteGroups();
  expect(groups.map((g) => g.Title)).toEqual(expect.arrayContaining(['Boutique TPS Owners', 'Boutique TPS Visitors']));
  const full = await sp.web.roleDefinitions.getByName('Full Control')();
  expect(full.Id).toBe(1073741829);
  const read = await sp.web.roleDefinitions.getByName('Read')();
  expect(read.Id).toBe(1073741826);
  expect(Number(read.BasePermissions.Low)).toBe(138612833);
  const owners = await sp.web.associatedOwnerGroup.users();
  expect(owners.map((u) => u.Email)).toEqual([OWNER]);
  const me = await h.spAs(SO1).web.currentUser();
  expect(me.LoginName).toBe('i:0#.f|membership|so1@boutique.local');
  expect(me.Title).toBe('Sam Service');
});

test('lists and fields are created with the shapes PnPjs reads (choice, multichoice, user, indexed, unique)', async () => {
  const list = await enquiries(OWNER).select('Title', 'ReadSecurity', 'WriteSecurity', 'ListItemEntityTypeFullName')();
  expect(list).toMatchObject({
    Title: 'Enquiries',
    ReadSecurity: 2,
    WriteSecurity: 2,
    ListItemEntityTypeFullName: 'SP.Data.EnquiriesListItem'
  });
  const status = await enquiries(OWNER).fields.getByInternalNameOrTitle('Status')();
  expect(status).toMatchObject({ TypeAsString: 'Choice', Indexed: true, Choices: ['New', 'Claimed', 'Resolved'] });
  const key = await h.spAs(OWNER).web.lists.getByTitle('Requests').fields.filter("InternalName eq 'RequestKey'")();
  expect(key).toHaveLength(1);
  expect(key[0]).toMatchObject({ Indexed: true, EnforceUniqueValues: true, MaxLength: 64 });
  const multi = await enquiries(OWNER).fields.getByInternalNameOrTitle('ReferencesChecked')();
  expect(multi.TypeAsString).toBe('MultiChoice');
  const user = await enquiries(OWNER).fields.getByInternalNameOrTitle('Assignee')();
  expect(user.TypeAsString).toBe('User');
  const lists = await h.spAs(OWNER).web.lists.filter("Title eq 'Enquiries'").select('Title')();
  expect(lists).toHaveLength(1);
});

test('unique without index is refused; a spaced title becomes an _x0020_ internal name', async () => {
  const f = enquiries(OWNER).fields;
  await f.addText('Loose', {});
  await expect(f.getByInternalNameOrTitle('Loose').update({ EnforceUniqueValues: true })).rejects.toThrow(
    /must be indexed/
  );
  const added = await f.addText('Centre Name', {});
  expect(added.InternalName).toBe('Centre_x0020_Name');
});

test("unknown list is 404 with SharePoint's message", async () => {
  const e = await h
    .spAs(OWNER)
    .web.lists.getByTitle('Nope')()
    .catch((x) => x);
  expect(e.status).toBe(404);
  expect(e.message).toContain("List 'Nope' does not exist at site with URL");
  expect(e.message).toContain('-2130575322, System.ArgumentException');
});

test('text longer than MaxLength is refused', async () => {
  const e = await enquiries(SO1)
    .items.add({ Title: 'x'.repeat(256) })
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toMatch(/exceeds the maximum length of 255/);
  const e2 = await enquiries(SO1)
    .items.add({ Title: 'ok', WorkType: 'y'.repeat(65) })
    .catch((x) => x);
  expect(e2.message).toMatch(/WorkType.*64/);
  const ok = await enquiries(SO1).items.add({ Title: 'x'.repeat(255) });
  expect(ok.Id).toBeGreaterThan(0);
});

test('unknown property is 400 naming the entity type', async () => {
  const e = await enquiries(SO1)
    .items.add({ Title: 'x', Bogus: 1 })
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toContain("The property 'Bogus' does not exist on type 'SP.Data.EnquiriesListItem'");
});

test('unique values are enforced with SPDuplicateValuesFoundException', async () => {
  const requests = (login: string) => h.spAs(login).web.lists.getByTitle('Requests');
  await requests(SO1).items.add({ Title: 'a', RequestKey: 'req-1' });
  const e = await requests(SO2)
    .items.add({ Title: 'b', RequestKey: 'REQ-1' })
    .catch((x) => x);
  expect(e.status).toBe(500);
  expect(e.message).toContain('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
  expect(e.message).toContain('duplicate values were found');
});

test('ETag: stale update is 412, current one succeeds and returns the new etag', async () => {
  const added = await enquiries(SO1).items.add({ Title: 'etag', WorkType: 'ABSTUDY', Status: 'New' });
  expect(added['odata.etag']).toBe('"1"');
  const item = enquiries(SO1).items.getById(added.Id);
  const r1 = await item.update({ Status: 'Claimed' }, '"1"');
  expect(r1.etag).toBe('"2"');
  const e = await item.update({ Status: 'Resolved' }, '"1"').catch((x) => x);
  expect(e.status).toBe(412);
  expect(e.message).toContain(`The request ETag value '\\"1\\"' does not match the object's ETag value '\\"2\\"'.`);
  const r2 = await item.update({ Status: 'Resolved' }, '*');
  expect(r2.etag).toBe('"3"');
  const got = await item.select('Status', 'Id')();
  expect(got.Status).toBe('Resolved');
});

test('item-level security: another officer sees none of my items and cannot update them', async () => {
  const mine = await enquiries(SO1).items.add({ Title: 'private', WorkType: 'PES' });
  const theirs = await enquiries(SO2).items.select('Id', 'AuthorId').top(5000)();
  expect(theirs.every((i) => i.AuthorId !== mine.AuthorId)).toBe(true);
  const e = await enquiries(SO2)
    .items.getById(mine.Id)()
    .catch((x) => x);
  expect(e.status).toBe(404);
  const u = await enquiries(SO2)
    .items.getById(mine.Id)
    .update({ Title: 'hacked' })
    .catch((x) => x);
  expect(u.status).toBeGreaterThanOrEqual(403);
  // over REST too
  const digest = await h.digest(SO2);
  const raw = await h.rawFetch(SO2, `/sites/boutique/_api/web/lists/getbytitle('Enquiries')/items(${mine.Id})`, {
    method: 'POST',
    headers: {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*',
      'X-RequestDigest': digest,
      'Content-Type': 'application/json'
    },
    body: '{"Title":"x"}'
  });
  expect(raw.status).toBe(404);
  expect((await enquiries(SO1).items.getById(mine.Id).select('Title')()).Title).toBe('private');
});

test('groups, a role definition with Override List Behaviors and a role assignment give effective permissions', async () => {
  const sp = h.spAs(OWNER);
  const g = await sp.web.siteGroups.add({ Title: 'TPS Officers', Description: 'TPSOs' });
  await sp.web.siteGroups.getById(g.Id).users.add(`i:0#.f|membership|${TPSO}`);
  const role = await sp.web.roleDefinitions.add('TPS Officer', 'Contribute + override', 200, {
    High: 432,
    Low: 1011028719 | 256
  });
  await sp.web.roleAssignments.add(g.Id, role.data.Id);
  const members = await sp.web.siteGroups.getByName('TPS Officers').users();
  expect(members.map((m) => m.Email)).toEqual([TPSO]);
  const tpso = h.spAs(TPSO);
  expect(await tpso.web.currentUserHasPermissions(PermissionKind.CancelCheckout)).toBe(true);
  expect(await tpso.web.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(false);
  expect(await h.spAs(SO1).web.currentUserHasPermissions(PermissionKind.CancelCheckout)).toBe(false);
  expect(await h.spAs(SO1).web.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
  expect(await sp.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(true);
  const groups = await tpso.web.currentUser.groups();
  expect(groups.map((x) => x.Title)).toContain('TPS Officers');
  // the override lets the TPSO see every officer's enquiries
  const all = await enquiries(TPSO).items.select('Id', 'AuthorId').top(5000)();
  const authors = new Set(all.map((i) => i.AuthorId));
  expect(authors.size).toBeGreaterThanOrEqual(2);
  // and a visitor-only officer may not add a group
  await expect(h.spAs(SO1).web.siteGroups.add({ Title: 'Mine' })).rejects.toMatchObject({ status: 403 });
});

test('$filter, $orderby, $top, $select and $expand on person fields', async () => {
  const sp = h.spAs(OWNER);
  await sp.web.lists.add('Roster', '', 100);
  const f = sp.web.lists.getByTitle('Roster').fields;
  await f.addUser('Person', {});
  await f.addText('WorkType', { Indexed: true });
  await f.addNumber('Rank', {});
  await f.addMultiChoice('Days', { Choices: ['Mon', 'Tue'] });
  await f.addDateTime('Since', {});
  await f.addBoolean('OnDuty', {});
  const me = await h.spAs(TPSO).web.currentUser();
  const rosterItems = () => sp.web.lists.getByTitle('Roster').items;
  const roster = { add: (o: Record<string, unknown>) => rosterItems().add(o) };
  await roster.add({
    Title: 'a',
    PersonId: me.Id,
    WorkType: 'AIC',
    Rank: 3,
    Days: ['Mon'],
    Since: '2024-01-02T00:00:00Z',
    OnDuty: true
  });
  await roster.add({
    Title: 'b',
    WorkType: 'AIC',
    Rank: 1,
    Days: ['Mon', 'Tue'],
    Since: '2024-03-01T00:00:00Z',
    OnDuty: false
  });
  await roster.add({
    Title: 'c',
    WorkType: 'PES',
    Rank: 2,
    Days: { results: ['Tue'] },
    Since: '2023-01-01T00:00:00Z',
    OnDuty: true
  });
  await roster.add({ Title: "O'Brien", WorkType: 'PES', Rank: 5 });
  const aic = await rosterItems()
    .filter("WorkType eq 'AIC' and Rank ge 1")
    .orderBy('Rank', false)
    .select('Title', 'Rank')();
  expect(aic.map((i) => i.Title)).toEqual(['a', 'b']);
  const top = await rosterItems().orderBy('Rank').top(2).select('Title')();
  expect(top.map((i) => i.Title)).toEqual(['b', 'c']);
  const withPerson = await rosterItems()
    .filter(`PersonId eq ${me.Id}`)
    .select('Title', 'Person/Title', 'Person/EMail', 'Person/Id', 'Author/Title')
    .expand('Person', 'Author')();
  expect(withPerson).toHaveLength(1);
  expect(withPerson[0].Person).toMatchObject({ Title: 'Tom Peer', EMail: TPSO, Id: me.Id });
  expect(withPerson[0].Author.Title).toBe('Olivia Owner');
  const byEmail = await rosterItems().filter(`Person/EMail eq '${TPSO}'`).select('Title')();
  expect(byEmail.map((i) => i.Title)).toEqual(['a']);
  const tue = await rosterItems().filter("Days eq 'Tue'").select('Title')();
  expect(tue.map((i) => i.Title).sort()).toEqual(['b', 'c']);
  const dates = await rosterItems()
    .filter("Since gt datetime'2023-06-01T00:00:00Z' and (OnDuty eq 1 or Rank eq 1)")
    .select('Title')();
  expect(dates.map((i) => i.Title).sort()).toEqual(['a', 'b']);
  const isoDate = await rosterItems().filter("Since lt '2023-06-01T00:00:00.000Z'").select('Title')();
  expect(isoDate.map((i) => i.Title)).toEqual(['c']);
  const quoted = await rosterItems().filter("Title eq 'O''Brien'").select('Title')();
  expect(quoted).toHaveLength(1);
  const nulls = await rosterItems().filter('Person eq null and not (Rank gt 2)').select('Title')();
  expect(nulls.map((i) => i.Title).sort()).toEqual(['b', 'c']);
  const sw = await rosterItems().filter("startswith(Title, 'O')").select('Title')();
  expect(sw.map((i) => i.Title)).toEqual(["O'Brien"]);
  const multi = await rosterItems().filter("Title eq 'a'").select('Days', 'OnDuty', 'Rank')();
  expect(multi[0]).toMatchObject({ Days: ['Mon'], OnDuty: true, Rank: 3 });
  const badCol = await rosterItems()
    .filter("Nope eq 'x'")()
    .catch((x) => x);
  expect(badCol.status).toBe(400);
  expect(badCol.message).toContain("Column 'Nope' does not exist");
  const noExpand = await rosterItems()
    .select('Person/Title')()
    .catch((x) => x);
  expect(noExpand.status).toBe(400);
});

test('delete and recycle remove items', async () => {
  const a = await enquiries(SO1).items.add({ Title: 'del' });
  const b = await enquiries(SO1).items.add({ Title: 'rec' });
  await enquiries(SO1).items.getById(a.Id).delete();
  await enquiries(SO1).items.getById(b.Id).recycle();
  await expect(enquiries(SO1).items.getById(a.Id)()).rejects.toMatchObject({ status: 404 });
  await expect(enquiries(SO1).items.getById(b.Id)()).rejects.toMatchObject({ status: 404 });
});

test('createFieldAsXml: internal name from DisplayName unless AddFieldInternalNameHint (8), like SharePoint', async () => {
  const f = enquiries(OWNER).fields;
  const a = await f.createFieldAsXml(
    '<Field Type="Choice" DisplayName="Queue State" Name="QueueState" Indexed="TRUE"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE></CHOICES></Field>'
  );
  expect(a.InternalName).toBe('Queue_x0020_State');
  const b = await f.createFieldAsXml({
    SchemaXml: '<Field Type="Text" DisplayName="Centre Zone" Name="CentreZone" MaxLength="40" />',
    Options: 8
  });
  expect(b).toMatchObject({ InternalName: 'CentreZone', MaxLength: 40 });
  const c = await f.getByInternalNameOrTitle('Queue State')();
  expect(c).toMatchObject({ Indexed: true, Choices: ['A', 'B'] });
});
