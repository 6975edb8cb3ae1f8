/**
 * The site's own groups, as every SharePoint Online team or communication site has them: Owners (Full Control),
 * Members (Edit), Visitors (Read). A persona is only in the groups dev/personas.json lists. Manage Lists (in Edit,
 * Design and Full Control) reads and edits every item whatever ReadSecurity / WriteSecurity say — sp-dev-docs
 * docs/schema/listtemplate-element-site.md: "Users with the ManageLists permission can read and edit all items".
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const MEMBER = 'member@boutique.local';
const VISITOR = 'visitor@boutique.local';
const SO1 = 'so1@boutique.local';
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
});
afterAll(async () => {
  await h.close();
});

const memberTitles = async (
  group: 'associatedOwnerGroup' | 'associatedMemberGroup' | 'associatedVisitorGroup'
): Promise<string[]> => ((await h.spAs(OWNER).web[group].users()) as Array<{ Title: string }>).map((u) => u.Title);

test('Owners, Members and Visitors hold Full Control, Edit and Read, and only the personas listed in them', async () => {
  expect(await memberTitles('associatedOwnerGroup')).toEqual(['Olivia Owner']);
  expect(await memberTitles('associatedMemberGroup')).toEqual(['Mia Member']);
  expect(await memberTitles('associatedVisitorGroup')).toEqual(['Victor Visitor']);
  const roles = async (
    group: 'associatedOwnerGroup' | 'associatedMemberGroup' | 'associatedVisitorGroup'
  ): Promise<string[]> => {
    const { Id } = await h.spAs(OWNER).web[group]();
    return ((await h.spAs(OWNER).web.roleAssignments.getById(Id).bindings()) as Array<{ Name: string }>).map(
      (r) => r.Name
    );
  };
  expect(await roles('associatedOwnerGroup')).toEqual(['Full Control']);
  expect(await roles('associatedMemberGroup')).toEqual(['Edit']);
  expect(await roles('associatedVisitorGroup')).toEqual(['Read']);
});

test("a persona in no group cannot read the web's lists; a visitor reads, cannot write", async () => {
  await h.spAs(OWNER).web.lists.add('Notices', '', 100, false);
  await h.spAs(OWNER).web.lists.getByTitle('Notices').items.add({ Title: 'hello' });
  expect((await h.rawFetch(SO1, "/sites/boutique/_api/web/lists/getbytitle('Notices')/items")).status).toBe(404);
  expect(await h.spAs(VISITOR).web.lists.getByTitle('Notices').items()).toHaveLength(1);
  await expect(h.spAs(VISITOR).web.lists.getByTitle('Notices').items.add({ Title: 'x' })).rejects.toMatchObject({
    status: 403
  });
});

test('a member (Edit: Manage Lists) reads and edits every item of a read-own / edit-own list', async () => {
  await h.spAs(OWNER).web.lists.add('Private', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
  const mine = await h.spAs(OWNER).web.lists.getByTitle('Private').items.add({ Title: "the owner's" });
  const list = h.spAs(MEMBER).web.lists.getByTitle('Private');
  expect((await list.items()).map((i: { Title: string }) => i.Title)).toEqual(["the owner's"]);
  await list.items.getById(mine.Id).update({ Title: 'edited by a member' });
  expect((await list.items.getById(mine.Id)()).Title).toBe('edited by a member');
});

test('a visitor (Read: no Manage Lists) still sees only their own items there', async () => {
  const priv = h.spAs(OWNER).web.lists.getByTitle('Private');
  await priv.breakRoleInheritance(true, false);
  const { Id: visitors } = await h.spAs(OWNER).web.associatedVisitorGroup();
  const { Id: contribute } = await h.spAs(OWNER).web.roleDefinitions.getByName('Contribute')();
  await priv.roleAssignments.add(visitors, contribute);
  const list = h.spAs(VISITOR).web.lists.getByTitle('Private');
  expect(await list.items()).toHaveLength(0);
  await list.items.add({ Title: "the visitor's" });
  expect((await list.items()).map((i: { Title: string }) => i.Title)).toEqual(["the visitor's"]);
});
