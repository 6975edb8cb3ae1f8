/**
 * The change log (list/getchanges with a change token, list CurrentChangeToken) as PnPjs reads it: adds, updates and
 * deletes after a token, in order; only items the caller may read; a token of another list refused; a token older
 * than SharePoint Online's 60 days answered with no changes (sp-dev-docs #10389), never with old ones.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/list';
import '@pnp/sp/site-users/web';
import type { IChangeQuery } from '@pnp/sp';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const MEMBER = 'member@boutique.local';
// Contribute on 'Own Notes' only (Members' Edit has ManageLists, which sets item-level security aside).
const SO = 'so1@boutique.local';
const CONTRIBUTE = 1073741827;
const VISITOR = 'visitor@boutique.local';
let h: ILocalSpHandle;

interface IChange {
  ChangeType: number;
  ItemId: number;
  ChangeToken: { StringValue: string };
}

beforeAll(async () => {
  h = await startLocalSp();
  await h.spAs(OWNER).web.lists.add('Notes', '', 100, false);
  await h.spAs(OWNER).web.lists.add('Own Notes', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
  const so = await h.spAs(OWNER).web.ensureUser(SO);
  await list('Own Notes').breakRoleInheritance(true, false);
  await list('Own Notes').roleAssignments.add(so.Id, CONTRIBUTE);
});
afterAll(async () => {
  await h.close();
});

const list = (title: string, login = OWNER) => h.spAs(login).web.lists.getByTitle(title);
const tokenOf = async (title: string, login = OWNER): Promise<string> =>
  ((await list(title, login).select('CurrentChangeToken')()) as { CurrentChangeToken: { StringValue: string } })
    .CurrentChangeToken.StringValue;
const changes = (title: string, token: string, login = OWNER, extra: Partial<IChangeQuery> = {}): Promise<IChange[]> =>
  list(title, login).getChanges({
    Add: true,
    Update: true,
    DeleteObject: true,
    Item: true,
    ChangeTokenStart: { StringValue: token },
    ...extra
  }) as Promise<IChange[]>;

test("the token names the list and the latest change: '1;3;<listId>;<ticks>;<number>'", async () => {
  const info = (await list('Notes').select('Id', 'CurrentChangeToken')()) as {
    Id: string;
    CurrentChangeToken: { StringValue: string };
  };
  const [version, scope, listId, ticks, number] = info.CurrentChangeToken.StringValue.split(';');
  expect([version, scope, listId]).toEqual(['1', '3', info.Id]);
  expect(ticks).toMatch(/^\d{18}$/);
  expect(number).toMatch(/^\d+$/);
});

test('adds, updates and deletes after a token come in order, each with its own token; nothing before it', async () => {
  const before = await list('Notes').items.add({ Title: 'before' });
  const token = await tokenOf('Notes');
  const a = await list('Notes').items.add({ Title: 'a' });
  const b = await list('Notes').items.add({ Title: 'b' });
  await list('Notes').items.getById(a.Id).update({ Title: 'a2' });
  await list('Notes').items.getById(b.Id).delete();
  const got = await changes('Notes', token, MEMBER);
  // b's add is not reported (b is gone, its delete is); `before` is older than the token.
  expect(got.map((c) => [c.ChangeType, c.ItemId])).toEqual([
    [1, a.Id],
    [2, a.Id],
    [3, b.Id]
  ]);
  expect(got.some((c) => c.ItemId === before.Id)).toBe(false);
  const last = got[got.length - 1].ChangeToken.StringValue;
  expect(await changes('Notes', last, MEMBER)).toEqual([]);
  // Only what the query asks for: deletes alone.
  const deletes = await changes('Notes', token, MEMBER, { Add: false, Update: false });
  expect(deletes.map((c) => c.ChangeType)).toEqual([3]);
});

test('under ReadSecurity 2 a reader gets changes of their own items only; deletes of items of others are not named', async () => {
  const token = await tokenOf('Own Notes');
  const mine = await list('Own Notes', SO).items.add({ Title: 'mine' });
  const theirs = await list('Own Notes', OWNER).items.add({ Title: 'theirs' });
  await list('Own Notes', OWNER).items.getById(theirs.Id).delete();
  const got = await changes('Own Notes', token, SO);
  expect(got.map((c) => [c.ChangeType, c.ItemId])).toEqual([[1, mine.Id]]);
  const all = await changes('Own Notes', token, OWNER);
  expect(all.map((c) => [c.ChangeType, c.ItemId])).toEqual([
    [1, mine.Id],
    [3, theirs.Id]
  ]);
  // A reader (Visitors' Read, copied when inheritance broke) with no items of their own hears of nothing.
  expect(await changes('Own Notes', token, VISITOR)).toEqual([]);
});

test("another list's token or a malformed one is refused; one older than 60 days gets no changes", async () => {
  const other = await tokenOf('Own Notes');
  await expect(changes('Notes', other)).rejects.toMatchObject({ status: 400 });
  await expect(changes('Notes', 'not a token')).rejects.toMatchObject({ status: 400 });
  const listId = ((await list('Notes').select('Id')()) as { Id: string }).Id;
  const ticks = (BigInt(Date.now() - 61 * 86400000) * 10000n + 621355968000000000n).toString();
  await list('Notes').items.add({ Title: 'new' });
  expect(await changes('Notes', `1;3;${listId};${ticks};0`)).toEqual([]);
});
