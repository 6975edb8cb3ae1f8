/**
 * Schema version 5 on a site set up at version 4, through the app's own ensureSite and stores (real PnPjs against
 * the local SharePoint): typed references move to the ReferencesList Note column without losing an answer given
 * before the upgrade (the 255-character ReferencesGiven is kept and read when the new column is empty), and the
 * Feedback Reviews list arrives with its permissions. Why a new column rather than a type change: src/data/schema.ts.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { ensureSite } from '../../src/data/ensureSite';
import { readSchemaVersion } from '../../src/data/siteStatus';
import { LIST, SCHEMA, schemaAtVersion } from '../../src/data/schema';
import { createDataServices } from '../../src/data/services';
import { storeReferences } from '../../src/domain/references';
import { addPersonaMembers, OWNER, SO1, TPSO1 } from './support';

jest.setTimeout(120000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;
const JSON_LIGHT = { headers: { Accept: 'application/json;odata=nometadata' } };

describe('schema version 5 on a version 4 site', () => {
  let local: LocalSp;
  let owner: SPFI;
  let enquiryId: number;

  beforeAll(async () => {
    local = await startLocalSp();
    owner = local.spAs(OWNER);
    await ensureSite(owner, { schema: schemaAtVersion(SCHEMA, 4) });
    await addPersonaMembers(owner);
    // An answer given at version 4: its references in the Text column, on the enquiry and in Enquiry Handling.
    const added: { Id: number } = await owner.web.lists.getByTitle(LIST.enquiries).items.add({
      Title: 'v4-answered',
      RequestKey: 'v4-answered',
      WorkType: 'AIC',
      Status: 'Resolved',
      Reason: 'System will not allow updates',
      Question: 'The rate will not recalculate.',
      RequesterKey: SO1,
      AssigneeKey: TPSO1,
      ReferencesGiven: '111-05070020, 109-01010000',
      Resolution: 'Recode the rate as the reference says.'
    });
    enquiryId = added.Id;
    await owner.web.lists.getByTitle(LIST.handling).items.add({
      Title: String(enquiryId),
      EnquiryId: enquiryId,
      WorkType: 'AIC',
      Status: 'Resolved',
      RequesterKey: SO1,
      AssigneeKey: TPSO1,
      ReferencesGiven: '111-05070020, 109-01010000'
    });
  });
  afterAll(async () => {
    await local.close();
  });

  it('upgrades to 5: a Note column beside the old Text one, and the Feedback Reviews list', async () => {
    expect(await readSchemaVersion(owner, 5)).toMatchObject({ state: 'outdated', siteVersion: 4 });
    await ensureSite(owner);
    expect(await readSchemaVersion(owner, 5)).toMatchObject({ state: 'ready', siteVersion: 5 });
    for (const list of [LIST.enquiries, LIST.handling]) {
      const fields = owner.web.lists.getByTitle(list).fields;
      expect(await fields.getByInternalNameOrTitle('ReferencesList').select('TypeAsString')()).toMatchObject({
        TypeAsString: 'Note'
      });
      expect(await fields.getByInternalNameOrTitle('ReferencesGiven').select('TypeAsString')()).toMatchObject({
        TypeAsString: 'Text'
      });
    }
    const reviews = `/sites/boutique/_api/web/lists/getbytitle('${LIST.feedbackReviews}')/items`;
    expect((await local.rawFetch(OWNER, reviews, JSON_LIGHT)).status).toBe(200);
    expect((await local.rawFetch(SO1, reviews, JSON_LIGHT)).status).toBe(404);
    expect((await local.rawFetch(TPSO1, reviews, JSON_LIGHT)).status).toBe(404);
  });

  it('keeps the references given before the upgrade (read from the old column)', async () => {
    const tpso = createDataServices({ sp: local.spAs(TPSO1), currentUserLogin: TPSO1 });
    expect((await tpso.enquiries.getById(enquiryId)).referencesGiven).toBe('111-05070020, 109-01010000');
    expect((await tpso.handling.forEnquiry(enquiryId))!.referencesGiven).toBe('111-05070020, 109-01010000');
  });

  it('stores typed references longer than 255 characters in the new column', async () => {
    const tpso = createDataServices({ sp: local.spAs(TPSO1), currentUserLogin: TPSO1 });
    const typed: string = storeReferences([
      { kind: 'OB', text: '111-05070020' },
      { kind: 'NNU', text: 'NNU 2025-041 study load after a course change', url: 'https://intranet.example/nnu/041' },
      { kind: 'mySupport', text: 'KB0031245 Course change and the study load that will not save' },
      { kind: 'OfficeLocator', text: 'Hobart processing team (ABSTUDY and AIC claims)' },
      { kind: 'Resource', text: 'ictServiceDesk' }
    ]);
    expect(typed.length).toBeGreaterThan(255);
    const read = await tpso.enquiries.getById(enquiryId);
    const saved = await tpso.enquiries.update(enquiryId, { referencesGiven: typed }, read.etag);
    expect(saved.referencesGiven).toBe(typed);
    // the old column is left as it was: nothing is rewritten
    const raw: { ReferencesGiven: string } = await owner.web.lists
      .getByTitle(LIST.enquiries)
      .items.getById(enquiryId)
      .select('ReferencesGiven')();
    expect(raw.ReferencesGiven).toBe('111-05070020, 109-01010000');
  });
});
