/**
 * A list's default view and its fields, as PnPjs (packages/sp/views) reads and changes them. SharePoint Online gives
 * a new custom list one view, "All Items", showing LinkTitle, and does not add columns created over REST to any view
 * unless asked (SP.AddFieldOptions.AddFieldToDefaultView = 16, learn.microsoft.com "AddFieldOptions enumeration";
 * PnPjs packages/sp/fields AddFieldOptions), so an app that wants a column in the list's own screen adds it itself.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
const VISITOR = 'visitor@boutique.local';
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
  await h.spAs(OWNER).web.lists.add('Work Types', '', 100, false);
  await h.spAs(OWNER).web.lists.getByTitle('Work Types').fields.addText('WorkTypeKey', { MaxLength: 32 });
  await h.spAs(OWNER).web.lists.getByTitle('Work Types').fields.addText('Guideline Hours', {});
});
afterAll(async () => {
  await h.close();
});

const list = (login = OWNER) => h.spAs(login).web.lists.getByTitle('Work Types');

test('a new list has one view, All Items, the default, showing LinkTitle only: REST-made fields join no view', async () => {
  const all = await list().views();
  expect(all.map((v: { Title: string; DefaultView: boolean }) => [v.Title, v.DefaultView])).toEqual([
    ['All Items', true]
  ]);
  const dv = await list().defaultView();
  expect(dv).toMatchObject({ Title: 'All Items', DefaultView: true });
  expect((await list().views.getByTitle('All Items')()).Id).toBe(dv.Id);
  const fields = await list().defaultView.fields();
  expect(fields.Items).toEqual(['LinkTitle']);
  expect(fields.SchemaXml).toBe('<FieldRefs><FieldRef Name="LinkTitle" /></FieldRefs>');
});

test('fields are added (by internal name or title), moved, removed and cleared', async () => {
  const vf = list().defaultView.fields;
  await vf.add('WorkTypeKey');
  await vf.add('Guideline Hours');
  await vf.add('WorkTypeKey');
  expect((await vf()).Items).toEqual(['LinkTitle', 'WorkTypeKey', 'Guideline_x0020_Hours']);
  await vf.move('Guideline_x0020_Hours', 0);
  expect((await vf()).Items).toEqual(['Guideline_x0020_Hours', 'LinkTitle', 'WorkTypeKey']);
  await vf.remove('LinkTitle');
  expect((await list().views.getByTitle('All Items').fields()).Items).toEqual(['Guideline_x0020_Hours', 'WorkTypeKey']);
  await vf.removeAll();
  expect((await vf()).Items).toEqual([]);
});

test('a column that does not exist is refused; a deleted column leaves the view', async () => {
  const vf = list().defaultView.fields;
  const e = await vf.add('Nope').catch((x) => x);
  expect(e.status).toBe(404);
  expect(e.message).toContain("Column 'Nope' does not exist");
  await list().fields.addText('Temp', {});
  await vf.add('Temp');
  await list().fields.getByInternalNameOrTitle('Temp').delete();
  expect((await vf()).Items).not.toContain('Temp');
});

test('createFieldAsXml with AddFieldToDefaultView (16) puts the new field in the default view; without it, not', async () => {
  await list().fields.createFieldAsXml({
    SchemaXml: '<Field Type="Text" DisplayName="Shown" Name="Shown" />',
    Options: 16 | 8
  });
  await list().fields.createFieldAsXml({
    SchemaXml: '<Field Type="Text" DisplayName="Hidden Away" Name="HiddenAway" />',
    Options: 8
  });
  const items = (await list().defaultView.fields()).Items;
  expect(items).toContain('Shown');
  expect(items).not.toContain('HiddenAway');
});

test('changing a view needs Manage Lists; an unknown view is 404', async () => {
  await expect(list(VISITOR).defaultView.fields.add('WorkTypeKey')).rejects.toMatchObject({ status: 403 });
  await expect(list().views.getByTitle('Nope')()).rejects.toMatchObject({ status: 404 });
});
