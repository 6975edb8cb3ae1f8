/**
 * Folders in a custom list, driven by real PnPjs as SharePoint Online answers them: a folder is made with
 * rootFolder.folders.addUsingPath (a second make with Overwrite=false is refused), read by name, is an item
 * (FileSystemObjectType 1) whose permissions can be broken through listItemAllFields; an item is created inside it
 * with AddValidateUpdateItemUsingPath and inherits the folder's permissions; the items endpoint returns items of
 * every folder. Folders inside folders and names SharePoint refuses are refused.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/fields';
import '@pnp/sp/security/item';
import '@pnp/sp/security/web';
import '@pnp/sp/site-users/web';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const SO1 = 'so1@boutique.local';
const SO2 = 'so2@boutique.local';
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
  await h.spAs(OWNER).web.lists.add('Folder Test', '', 100, false);
  await h.spAs(OWNER).web.lists.getByTitle('Folder Test').fields.addText('Note1', { MaxLength: 255 });
});
afterAll(async () => {
  await h.close();
});

const list = (login: string) => h.spAs(login).web.lists.getByTitle('Folder Test');

test('a folder is made once, read by name, and is an item of the list', async () => {
  const made = await list(OWNER).rootFolder.folders.addUsingPath('alpha');
  expect(made.ServerRelativeUrl).toBe('/sites/boutique/Lists/Folder Test/alpha');
  const again = await list(OWNER)
    .rootFolder.folders.addUsingPath('alpha', false)
    .catch((x: unknown) => x);
  expect((again as { status: number }).status).toBe(400);
  const read = await list(OWNER).rootFolder.folders.getByUrl('ALPHA').select('Name', 'ServerRelativeUrl')();
  expect(read.Name).toBe('alpha');
  const item = await list(OWNER)
    .rootFolder.folders.getByUrl('alpha')
    .listItemAllFields.select('Id', 'FileSystemObjectType')();
  expect(item.FileSystemObjectType).toBe(1);
  await expect(list(OWNER).rootFolder.folders.addUsingPath('alpha/beta')).rejects.toMatchObject({ status: 400 });
  await expect(list(OWNER).rootFolder.folders.addUsingPath('bad:name')).rejects.toMatchObject({ status: 400 });
  await expect(list(OWNER).rootFolder.folders.getByUrl('missing')()).rejects.toMatchObject({ status: 404 });
});

test('an item made in a folder inherits the folder; the folder shown to one person shows them its items only', async () => {
  const folder = await list(OWNER).rootFolder.folders.addUsingPath('shown');
  const folderItem = await list(OWNER).rootFolder.folders.getByUrl('shown').listItemAllFields.select('Id')();
  const web = h.spAs(OWNER).web;
  const so1 = await web.ensureUser(SO1);
  const reader = await web.roleDefinitions.getByType(2).select('Id')();
  await list(OWNER).items.getById(folderItem.Id).breakRoleInheritance(false, false);
  await list(OWNER).items.getById(folderItem.Id).roleAssignments.add(so1.Id, reader.Id);
  const added = await list(OWNER).addValidateUpdateItemUsingPath(
    [
      { FieldName: 'Title', FieldValue: 'inside' },
      { FieldName: 'Note1', FieldValue: 'hello' }
    ],
    folder.ServerRelativeUrl
  );
  expect(added.every((v) => !v.HasException)).toBe(true);
  const id = Number((added[0] as { ItemId?: number }).ItemId);
  await list(OWNER).items.add({ Title: 'at the root' });

  // The item has no permissions of its own; it reads through its folder's.
  const unique = async (itemId: number): Promise<unknown> =>
    (
      (await (
        await h.rawFetch(
          OWNER,
          `/sites/boutique/_api/web/lists/getbytitle('Folder Test')/items(${itemId})/hasuniqueroleassignments`,
          {
            headers: { Accept: 'application/json;odata=nometadata' }
          }
        )
      ).json()) as { value: unknown }
    ).value;
  expect(await unique(id)).toBe(false);
  expect(await unique(folderItem.Id)).toBe(true);
  // The items endpoint returns items of every folder (and the folders): so1 sees the folder and the item in it.
  const seen: Array<{ Title: string | null; FileSystemObjectType: number }> = await list(SO1).items.select(
    'Title',
    'FileSystemObjectType'
  )();
  expect(seen.filter((r) => r.FileSystemObjectType === 0).map((r) => r.Title)).toEqual(['inside']);
  // so1 holds Read: they cannot add to the folder; so2 holds nothing: the folder does not exist for them.
  await expect(
    list(SO1).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'x' }], folder.ServerRelativeUrl)
  ).rejects.toMatchObject({ status: 403 });
  await expect(list(SO2).rootFolder.folders.getByUrl('shown')()).rejects.toMatchObject({ status: 404 });
  expect((await list(OWNER).items.getById(id).select('Note1')()).Note1).toBe('hello');
});
