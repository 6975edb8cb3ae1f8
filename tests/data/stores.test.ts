/**
 * The stores against the local SharePoint, through real PnPjs.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { LIST } from '../../src/data/schema';
import { EnquiryStore } from '../../src/data/stores/EnquiryStore';
import { EscalationStore } from '../../src/data/stores/EscalationStore';
import { QolCheckStore } from '../../src/data/stores/QolCheckStore';
import { FeedbackStore } from '../../src/data/stores/FeedbackStore';
import { WorkTypeStore } from '../../src/data/stores/WorkTypeStore';
import { INewEnquiry } from '../../src/data/stores/types';
import { isConflictError, isThresholdError } from '../../src/data/errors';
import { toUserMessage } from '../../src/shared/text/errorText';
import { createDataServices } from '../../src/data/services';
import { counting, newRequestKey, OWNER, SO1, TPSO1, TPSO2, startProvisionedSite } from './support';

jest.setTimeout(300000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

function enquiryInput(over: Partial<INewEnquiry> = {}): INewEnquiry {
  return {
    requestKey: newRequestKey('enq'),
    workType: 'AIC',
    reason: 'System will not allow updates',
    question: 'The system will not let me update the rate.',
    referencesChecked: ['Operational Blueprint', 'NNU'],
    referencesRead: '111-05070020',
    customerOnHold: true,
    centreTimeZone: 'Australia/Melbourne',
    requesterKey: SO1,
    ...over
  };
}

async function throttleNext(local: LocalSp, status: number, count: number = 1): Promise<void> {
  const res = await fetch(local.url + '/_local/throttle', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Local-User': OWNER },
    body: JSON.stringify({ status, count })
  });
  expect(res.ok).toBe(true);
}

describe('stores', () => {
  let local: LocalSp;
  let owner: SPFI;
  let so1: SPFI;

  beforeAll(async () => {
    local = await startProvisionedSite();
    owner = local.spAs(OWNER);
    so1 = local.spAs(SO1);
  });
  afterAll(async () => {
    await local.close();
  });

  it('WorkTypeStore.list returns the seeded work types', async () => {
    const types = await new WorkTypeStore(so1).list();
    expect(types.length).toBe(15);
    expect(types.filter((t) => t.key === 'ABSTUDY')[0]).toMatchObject({
      title: 'ABSTUDY',
      active: true,
      guidelineMinutes: 10
    });
  });

  it('EnquiryStore.create maps every field and reads it back', async () => {
    const store = new EnquiryStore(so1);
    const input = enquiryInput({ crn: '123456789A' });
    const e = await store.create(input);
    expect(e).toMatchObject({ ...input, status: 'Waiting' });
    expect(e.id).toBeGreaterThan(0);
    expect(e.created).toBeInstanceOf(Date);
    expect(e.etag).not.toBe('*');
    const again = await store.getById(e.id);
    expect(again.requestKey).toBe(input.requestKey);
    // Who posted it, with the mail address the answer is sent to.
    expect(again).toMatchObject({ authorName: 'Sam Service', authorEmail: 'so1@boutique.local' });
  });

  it('a create retried after a 504-after-commit lands once', async () => {
    const store = new EnquiryStore(so1);
    await store.create(enquiryInput()); // digest cached, so the next request is the create itself
    const input = enquiryInput();
    await throttleNext(local, 504, 1);
    let first: unknown;
    let created = await store.create(input).catch((e: unknown) => {
      first = e;
      return undefined;
    });
    if (!created) {
      // PnPjs did not retry by itself: the caller retries with the same request key
      expect(first).toBeDefined();
      created = await store.create(input);
    }
    expect(created.requestKey).toBe(input.requestKey);
    const rows: unknown[] = await owner.web.lists
      .getByTitle(LIST.enquiries)
      .items.filter("RequestKey eq '" + input.requestKey + "'")
      .select('Id')();
    expect(rows.length).toBe(1);
    // and a plain retry of a create that did land returns the same item
    const retried = await store.create(input);
    expect(retried.id).toBe(created.id);
  });

  it('a stale update gets a conflict naming who changed it', async () => {
    const mine = new EnquiryStore(so1);
    const e = await mine.create(enquiryInput());
    const tom = new EnquiryStore(local.spAs(TPSO1));
    const fiona = new EnquiryStore(local.spAs(TPSO2));
    const seenByFiona = await fiona.getById(e.id);
    const claimed = await tom.update(e.id, { status: 'Claimed', assigneeKey: TPSO1, claimedAt: new Date() }, e.etag);
    expect(claimed).toMatchObject({ status: 'Claimed', assigneeKey: TPSO1 });
    expect(claimed.etag).not.toBe(e.etag);
    const err: unknown = await fiona
      .update(e.id, { status: 'Claimed', assigneeKey: TPSO2, claimedAt: new Date() }, seenByFiona.etag)
      .then(
        () => undefined,
        (x: unknown) => x
      );
    expect(isConflictError(err)).toBe(true);
    expect(toUserMessage(err)).toMatch(/^Someone else changed this enquiry: Tom Peer at \d\d:\d\d/);
  });

  it('finalising clears the CRN', async () => {
    const store = new EnquiryStore(so1);
    const e = await store.create(enquiryInput({ crn: '987654321B' }));
    const tom = new EnquiryStore(local.spAs(TPSO1));
    const done = await tom.update(
      e.id,
      {
        status: 'Resolved',
        resolvedAt: new Date(),
        resolution: 'Do this',
        referencesGiven: '111-05070020',
        clear: ['crn']
      },
      e.etag
    );
    expect(done.crn).toBeUndefined();
    expect(done.status).toBe('Resolved');
  });

  it('listMine pages newest first', async () => {
    const store = new EnquiryStore(local.spAs('so2@boutique.local'));
    for (let i = 0; i < 5; i++) {
      await store.create(enquiryInput({ requesterKey: 'so2@boutique.local', question: 'Q' + i }));
    }
    const page1 = await store.listMine('so2@boutique.local', 2);
    expect(page1.items.map((e) => e.question)).toEqual(['Q4', 'Q3']);
    expect(page1.hasMore).toBe(true);
    const page2 = await page1.next();
    expect(page2.items.map((e) => e.question)).toEqual(['Q2', 'Q1']);
    const page3 = await page2.next();
    expect(page3.items.map((e) => e.question)).toEqual(['Q0']);
    expect(page3.hasMore).toBe(false);
  });

  it('EscalationStore.create and listOpen sorted by deadline', async () => {
    const store = new EscalationStore(local.spAs(TPSO1));
    const base = {
      enquiryId: 1,
      workType: 'AIC',
      referredToIct: false,
      docRecorded: true,
      urgent: false,
      raisedByKey: TPSO1,
      summary: 'Summary',
      centreTimeZone: 'Australia/Hobart'
    };
    const later = await store.create({
      ...base,
      requestKey: newRequestKey('esc'),
      category: 'SystemIssue',
      dueAt: new Date(Date.now() + 7 * 86400000)
    });
    const sooner = await store.create({
      ...base,
      requestKey: newRequestKey('esc'),
      category: 'ArrearsStopPayment',
      dueAt: new Date(Date.now() + 3600000),
      urgent: true
    });
    expect(sooner).toMatchObject({ status: 'Open', category: 'ArrearsStopPayment', urgent: true, notes: [] });
    const open = await store.listOpen();
    const ids = open.items.map((x) => x.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const sso = new EscalationStore(local.spAs('sso@boutique.local'));
    const note = {
      at: new Date(),
      byKey: 'sso@boutique.local',
      actionTaken: 'Called ICT',
      resourcesUsed: 'NNU',
      actionRequiredByOfficer: 'None',
      whyNotFinalised: 'Waiting on ICT'
    };
    const assigned = await sso.update(
      sooner.id,
      { status: 'Assigned', assigneeKey: 'sso@boutique.local', notes: [note] },
      sooner.etag
    );
    expect(assigned.notes).toEqual([note]);
  });

  it('QolCheckStore and FeedbackStore create once', async () => {
    const qol = new QolCheckStore(local.spAs(TPSO1));
    const input = {
      requestKey: newRequestKey('qol'),
      workType: 'AIC',
      officerKey: SO1,
      checkerKey: TPSO1,
      activityRef: 'ACT-1',
      outcome: 'CriticalError',
      pillarsFailed: ['RightRate'],
      urgent: true,
      urgentReason: 'ImmediateCustomerImpact',
      feedback: 'Rate wrong',
      checkedAt: new Date(),
      sentBack: true
    };
    const q1 = await qol.create(input);
    const q2 = await qol.create(input);
    expect(q2.id).toBe(q1.id);
    expect(q1.pillarsFailed).toEqual(['RightRate']);
    const fb = new FeedbackStore(so1);
    const f = await fb.create({
      requestKey: newRequestKey('fb'),
      enquiryId: 1,
      tpsoKey: TPSO1,
      teamLeaderKey: 'tl@boutique.local',
      raisedByKey: SO1,
      detail: 'Answer was wrong'
    });
    expect(f.status).toBe('Flagged');
  });

  it('services bundle the stores', () => {
    const s = createDataServices({ sp: so1, currentUserLogin: 'SO1@boutique.local' });
    expect(s.currentUserKey).toBe(SO1);
    expect(s.mailer).toBeUndefined();
    expect(s.enquiries).toBeInstanceOf(EnquiryStore);
  });
});

describe('listWaiting on a big list', () => {
  let local: LocalSp;
  let owner: SPFI;

  beforeAll(async () => {
    local = await startProvisionedSite();
    owner = local.spAs(OWNER);
    const rows: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 5050; i++) {
      rows.push({
        Title: 'bulk-' + i,
        RequestKey: 'bulk-' + i,
        WorkType: i % 2 ? 'FHA' : 'AIC',
        Status: i % 1000 === 0 ? 'Waiting' : 'Resolved',
        Reason: 'System will not allow updates',
        RequesterKey: SO1
      });
    }
    local.server.bulkInsert(LIST.enquiries, rows, SO1);
  });
  afterAll(async () => {
    await local.close();
  });

  it('an unindexed filter trips the threshold (the server enforces it)', async () => {
    const err: unknown = await owner.web.lists
      .getByTitle(LIST.enquiries)
      .items.filter("Reason eq 'System will not allow updates'")
      .top(10)()
      .then(
        () => undefined,
        (e: unknown) => e
      );
    expect(isThresholdError(err)).toBe(true);
  });

  it('listWaiting filters on the indexed Status first and stays under it', async () => {
    const { sp, log } = counting(local.spAs(TPSO1));
    const page = await new EnquiryStore(sp).listWaiting(['AIC', 'PES']);
    expect(page.items.length).toBe(6); // i = 0, 1000, ..., 5000 (all even → AIC)
    expect(page.items.every((e) => e.status === 'Waiting' && e.workType === 'AIC')).toBe(true);
    expect(log.requests.length).toBe(1);
    expect(decodeURIComponent(log.requests[0].url).replace(/\+/g, ' ')).toMatch(
      /\$filter=Status eq 'Waiting' and \(WorkType eq 'AIC' or WorkType eq 'PES'\)/
    );
  });
});
