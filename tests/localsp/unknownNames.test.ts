/**
 * Unknown names are errors, as in SharePoint Online: `$select` / `$expand` of a property or column that does not
 * exist, and a write that sets one, are 400 (SharePoint's InvalidClientQueryException "The property 'X' does not
 * exist on type '…'" for entities, SPException "The field or property 'X' does not exist." for list items).
 * Built-in fields keep SharePoint's fixed ids (SPBuiltInFieldId), list titles stop at 255 characters, and a list
 * template the local SharePoint does not model is refused rather than faked.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { startLocalSp, ILocalSpHandle } from '../helpers/localSp';

const OWNER = 'owner@boutique.local';
let h: ILocalSpHandle;

beforeAll(async () => {
  h = await startLocalSp();
  await h.spAs(OWNER).web.lists.add('Notes', '', 100, false);
  await h.spAs(OWNER).web.lists.getByTitle('Notes').items.add({ Title: 'one' });
});
afterAll(async () => {
  await h.close();
});

const notes = () => h.spAs(OWNER).web.lists.getByTitle('Notes');

test('$select of a property an entity does not have is 400 naming its type', async () => {
  const e = await notes()
    .select('Title', 'Bogus')()
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toContain("The property 'Bogus' does not exist on type 'SP.List'");
  expect(e.message).toContain('InvalidClientQueryException');
  const w = await h
    .spAs(OWNER)
    .web.select('Titel')()
    .catch((x) => x);
  expect(w.status).toBe(400);
  expect(w.message).toContain("'SP.Web'");
});

test('in a collection of mixed field types, a property of one subtype (Choices) may be selected; one of none is 400', async () => {
  await notes().fields.addChoice('Colour', { Choices: ['Red', 'Blue'] });
  const rows: Array<{ InternalName: string; Choices?: string[] }> = await notes().fields.select(
    'InternalName',
    'Choices'
  )();
  expect(rows.find((f) => f.InternalName === 'Colour')?.Choices).toEqual(['Red', 'Blue']);
  expect(rows.find((f) => f.InternalName === 'Title')).not.toHaveProperty('Choices');
  await h.spAs(OWNER).web.lists.add('Plain', '', 100, false);
  const plain: Array<{ InternalName: string }> = await h
    .spAs(OWNER)
    .web.lists.getByTitle('Plain')
    .fields.select('InternalName', 'Choices')();
  expect(plain.length).toBeGreaterThan(0);
  expect(
    await h.spAs(OWNER).web.lists.getByTitle('Plain').fields.getByInternalNameOrTitle('Title').select('Choices')()
  ).not.toHaveProperty('Choices');
  const e = await notes()
    .fields.select('InternalName', 'Bogus')()
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toContain("The property 'Bogus' does not exist");
});

test('$select or $expand of a column a list does not have is 400 "The field or property … does not exist."', async () => {
  const e = await notes()
    .items.select('Id', 'Bogus')()
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toContain("The field or property 'Bogus' does not exist.");
  const x = await notes()
    .items.expand('Nobody')()
    .catch((y) => y);
  expect(x.status).toBe(400);
  expect(x.message).toContain("The field or property 'Nobody' does not exist.");
});

test('a write setting an unknown property is 400, and nothing is stored', async () => {
  const e = await notes()
    .items.getById(1)
    .update({ Titel: 'typo' })
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toContain("The property 'Titel' does not exist on type 'SP.Data.NotesListItem'");
  const l = await notes()
    .update({ ReadSecurty: 2 } as Record<string, unknown>)
    .catch((x) => x);
  expect(l.status).toBe(400);
  expect(l.message).toContain("The property 'ReadSecurty' does not exist on type 'SP.List'");
  const f = await notes()
    .fields.getByInternalNameOrTitle('Title')
    .update({ Requird: true })
    .catch((x) => x);
  expect(f.status).toBe(400);
  expect(f.message).toContain("The property 'Requird' does not exist on type 'SP.FieldText'");
  expect((await notes().items.getById(1)()).Title).toBe('one');
});

test("built-in fields have SharePoint's fixed ids in every list", async () => {
  await h.spAs(OWNER).web.lists.add('Other', '', 100, false);
  const ids = async (title: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      (
        (await h.spAs(OWNER).web.lists.getByTitle(title).fields.select('InternalName', 'Id')()) as Array<{
          InternalName: string;
          Id: string;
        }>
      ).map((f) => [f.InternalName, f.Id])
    );
  const builtin = {
    Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
    ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
    Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
    Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
    Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
    Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2'
  };
  expect(await ids('Notes')).toMatchObject(builtin);
  expect(await ids('Other')).toMatchObject(builtin);
  const title = await h
    .spAs(OWNER)
    .web.lists.getByTitle('Other')
    .fields.getById('fa564e0f-0c70-4ab9-b863-0177e6ddd247')();
  expect(title.InternalName).toBe('Title');
});

test('a list title past 255 characters is refused; 255 is fine', async () => {
  const e = await h
    .spAs(OWNER)
    .web.lists.add('L'.repeat(256), '', 100, false)
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toMatch(/255/);
  await h.spAs(OWNER).web.lists.add('L'.repeat(255), '', 100, false);
  const r = await notes()
    .update({ Title: 'N'.repeat(256) })
    .catch((x) => x);
  expect(r.status).toBe(400);
});

test('a list template the local SharePoint does not model (101, document library) is refused, not made a custom list', async () => {
  const e = await h
    .spAs(OWNER)
    .web.lists.add('Documents', '', 101, false)
    .catch((x) => x);
  expect(e.status).toBe(400);
  expect(e.message).toMatch(/template 101/);
  const lists = await h.spAs(OWNER).web.lists.filter("Title eq 'Documents'")();
  expect(lists).toHaveLength(0);
});
