/**
 * Unique columns and item-level permissions exclude each other, as in SharePoint Online. Microsoft, "Enforcing
 * Uniqueness in Column Values" (learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee536168):
 * unique column constraints are not supported on a list with item-level permissions. Either change is refused and
 * the list stays as it was.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
});
afterAll(async () => {
  await h.close();
});

const list = (title: string) => h.spAs(OWNER).web.lists.getByTitle(title);

test('a unique column is refused on a list whose ReadSecurity is 2, and the list keeps its columns', async () => {
  await h.spAs(OWNER).web.lists.add('Own Items', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
  const e = await list('Own Items')
    .fields.addText('RequestKey', { MaxLength: 64, Indexed: true, EnforceUniqueValues: true })
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toContain('Microsoft.SharePoint.SPException');
  expect(e.message).toMatch(/unique values is not allowed on a list that has item-level permissions/);
  const names = (await list('Own Items').fields.select('InternalName')()).map(
    (f: { InternalName: string }) => f.InternalName
  );
  expect(names).not.toContain('RequestKey');

  await list('Own Items').fields.addText('RequestKey', { MaxLength: 64, Indexed: true });
  const e2 = await list('Own Items')
    .fields.getByInternalNameOrTitle('RequestKey')
    .update({ EnforceUniqueValues: true })
    .catch((x) => x);
  expect(e2.status).toBe(400);
  const key = await list('Own Items').fields.getByInternalNameOrTitle('RequestKey')();
  expect(key).toMatchObject({ Indexed: true, EnforceUniqueValues: false });
});

test('ReadSecurity 2 is refused on a list that has a unique column, and the list keeps ReadSecurity 1', async () => {
  await h.spAs(OWNER).web.lists.add('Keyed', '', 100, false);
  await list('Keyed').fields.addText('RequestKey', { MaxLength: 64, Indexed: true, EnforceUniqueValues: true });
  const e = await list('Keyed')
    .update({ ReadSecurity: 2, WriteSecurity: 2 })
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toMatch(/item-level permissions/);
  expect(await list('Keyed').select('ReadSecurity', 'WriteSecurity')()).toMatchObject({
    ReadSecurity: 1,
    WriteSecurity: 1
  });
  // Without the unique constraint, item-level permissions are fine again.
  await list('Keyed').fields.getByInternalNameOrTitle('RequestKey').update({ EnforceUniqueValues: false });
  await list('Keyed').update({ ReadSecurity: 2 });
  expect(await list('Keyed').select('ReadSecurity')()).toMatchObject({ ReadSecurity: 2 });
});
