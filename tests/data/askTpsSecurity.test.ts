/**
 * Ask TPS (issue 3): a Service Officer sees and changes only their own enquiries, enforced by SharePoint's
 * item-level security on the Enquiries list (ReadSecurity = 2, WriteSecurity = 2), not only hidden by the UI.
 * Through the app's own store (real PnPjs) and through plain REST, as the second Service Officer.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { LIST } from '../../src/data/schema';
import { EnquiryStore } from '../../src/data/stores/EnquiryStore';
import { FeedbackStore } from '../../src/data/stores/FeedbackStore';
import { RosterStore } from '../../src/data/stores/RosterStore';
import { IEnquiry, INewEnquiry } from '../../src/data/stores/types';
import { httpStatus } from '../../src/data/errors';
import { newRequestKey, OWNER, SO1, TPSO1, startProvisionedSite } from './support';

jest.setTimeout(120000);

const SO2 = 'so2@boutique.local';
type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

function enquiry(requester: string, over: Partial<INewEnquiry> = {}): INewEnquiry {
  return {
    requestKey: newRequestKey('sec'),
    workType: 'ABSTUDY',
    reason: 'System will not allow updates',
    question: 'The study load will not save.',
    referencesChecked: ['Operational Blueprint'],
    customerOnHold: false,
    centreTimeZone: 'Australia/Melbourne',
    requesterKey: requester,
    ...over
  };
}

describe('Ask TPS: item-level security on Enquiries', () => {
  let local: LocalSp;
  let so1Store: EnquiryStore;
  let so2Store: EnquiryStore;
  const so1Items: IEnquiry[] = [];
  const itemsUrl = `/sites/boutique/_api/web/lists/getbytitle('${LIST.enquiries}')/items`;

  beforeAll(async () => {
    local = await startProvisionedSite();
    so1Store = new EnquiryStore(local.spAs(SO1));
    so2Store = new EnquiryStore(local.spAs(SO2));
    for (let i = 0; i < 3; i++) {
      so1Items.push(await so1Store.create(enquiry(SO1, { question: `so1 question ${i}` })));
    }
    await so2Store.create(enquiry(SO2, { question: 'so2 question' }));
  });

  afterAll(async () => {
    await local.close();
  });

  it('listMine gives each officer their own enquiries, newest first', async () => {
    const mine = await so1Store.listMine(SO1);
    expect(mine.items.map((e) => e.question)).toEqual(['so1 question 2', 'so1 question 1', 'so1 question 0']);
    const theirs = await so2Store.listMine(SO2);
    expect(theirs.items.map((e) => e.question)).toEqual(['so2 question']);
  });

  it("the second officer gets none of the first one's items, even asking for them by RequesterKey or id", async () => {
    expect((await so2Store.listMine(SO1)).items).toEqual([]);
    const everything = await local.spAs(SO2).web.lists.getByTitle(LIST.enquiries).items.top(500)();
    expect(everything.map((r: { RequesterKey: string }) => r.RequesterKey)).toEqual([SO2]);
    await expect(so2Store.getById(so1Items[0].id)).rejects.toMatchObject({ status: 404 });
  });

  it('over plain REST too: no list rows, no item by id', async () => {
    const list = await local.rawFetch(SO2, `${itemsUrl}?$filter=RequesterKey eq '${SO1}'&$top=100`, {
      headers: { Accept: 'application/json;odata=nometadata' }
    });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { value: unknown[] }).value).toHaveLength(0);
    const one = await local.rawFetch(SO2, `${itemsUrl}(${so1Items[0].id})`);
    expect(one.status).toBe(404);
  });

  it("the second officer cannot change or withdraw the first one's enquiry (store and REST)", async () => {
    let status: number | undefined;
    try {
      await so2Store.update(so1Items[1].id, { status: 'Withdrawn' }, '*');
    } catch (err) {
      status = httpStatus(err);
    }
    expect(status === 403 || status === 404).toBe(true);
    const digest = await local.digest(SO2);
    const merge = await local.rawFetch(SO2, `${itemsUrl}(${so1Items[1].id})`, {
      method: 'POST',
      headers: {
        'X-HTTP-Method': 'MERGE',
        'IF-MATCH': '*',
        'X-RequestDigest': digest,
        'Content-Type': 'application/json'
      },
      body: JSON.stringify({ Status: 'Withdrawn' })
    });
    expect([403, 404]).toContain(merge.status);
    expect((await so1Store.getById(so1Items[1].id)).status).toBe('Waiting');
  });

  it('the officer withdraws their own waiting enquiry with its ETag; a stale ETag after a claim names the TPSO', async () => {
    const fresh = await so1Store.getById(so1Items[2].id);
    const withdrawn = await so1Store.update(fresh.id, { status: 'Withdrawn', clear: ['crn'] }, fresh.etag);
    expect(withdrawn.status).toBe('Withdrawn');

    const target = await so1Store.getById(so1Items[0].id);
    const tpso = new EnquiryStore(local.spAs(TPSO1));
    const seen = await tpso.getById(target.id);
    await tpso.update(seen.id, { status: 'Claimed', assigneeKey: TPSO1, claimedAt: new Date() }, seen.etag);
    await expect(so1Store.update(target.id, { status: 'Withdrawn' }, target.etag)).rejects.toMatchObject({
      isConflictError: true,
      editorTitle: 'Tom Peer'
    });
  });

  it("a Service Officer can read the roster and raise feedback for the TPSO's team leader", async () => {
    const roster = new RosterStore(local.spAs(OWNER));
    const owner = local.spAs(OWNER);
    await owner.web.lists
      .getByTitle(LIST.roster)
      .items.add({ Title: 'Tom Peer', PersonKey: TPSO1, TeamLeaderKey: 'tl@boutique.local', Role: 'TPSO' });
    expect((await roster.forPerson(TPSO1))[0].teamLeaderKey).toBe('tl@boutique.local');
    const asOfficer = await new RosterStore(local.spAs(SO1)).forPerson(TPSO1);
    expect(asOfficer[0].teamLeaderKey).toBe('tl@boutique.local');
    const fb = await new FeedbackStore(local.spAs(SO1)).create({
      requestKey: newRequestKey('fb'),
      enquiryId: so1Items[0].id,
      tpsoKey: TPSO1,
      teamLeaderKey: 'tl@boutique.local',
      raisedByKey: SO1,
      detail: 'The rule quoted is out of date.'
    });
    expect(fb.status).toBe('Flagged');
    const forTl = await new FeedbackStore(local.spAs('tl@boutique.local')).listForTeamLeader('tl@boutique.local');
    expect(forTl.items.map((f) => f.detail)).toContain('The rule quoted is out of date.');
  });
});
