/**
 * The TPS Queue's queries and actions against the local SharePoint with Enquiries and Enquiry Handling lists past
 * the 5,000-item list view threshold: every view filters first on an indexed column and pages (Mine, Taken over and
 * Resolved today read Enquiry Handling); a claim race has one winner; claim and finalise cost two SharePoint
 * requests each (Enquiry Handling, then the officer's copy; plus the mail).
 */
import { SPFI } from '@pnp/sp';
import { graphfi } from '@pnp/graph';
import { GraphBrowser } from '@pnp/graph/behaviors/graphbrowser';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { LIST } from '../../src/data/schema';
import { createDataServices, IDataServices } from '../../src/data/services';
import { isConflictError, isThresholdError } from '../../src/data/errors';
import { INewEnquiry, IEnquiry } from '../../src/data/stores/types';
import { actorOf, queueOf } from '../../src/webparts/tpsQueue/model';
import { resolvedDayKey } from '../../src/data/stores/EnquiryStore';
import { claim, escalate, finalise, readAsTps, takeOver } from '../../src/webparts/tpsQueue/actions';
import { counting, IRequestLog, newRequestKey, OWNER, SO1, TPSO1, TPSO2, startProvisionedSite } from './support';

jest.setTimeout(300000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

const BIG: number = 6000;
/** First EnquiryId of the Enquiry Handling history. */
const HISTORY_ID: number = 1000000;
const TOM = { login: TPSO1, displayName: 'Tom Peer' };
const FIONA = { login: TPSO2, displayName: 'Fiona Peer' };

function enquiryInput(over: Partial<INewEnquiry> = {}): INewEnquiry {
  return {
    requestKey: newRequestKey('enq'),
    workType: 'AIC',
    reason: 'System will not allow updates',
    question: 'The system will not let me update the rate.',
    referencesChecked: ['Operational Blueprint', 'NNU'],
    customerOnHold: false,
    centreTimeZone: 'Australia/Melbourne',
    requesterKey: SO1,
    ...over
  };
}

describe('TPS Queue queries on a list past the threshold', () => {
  let local: LocalSp;
  let so1: IDataServices;
  let tom: IDataServices;
  let tomLog: IRequestLog;
  let fiona: IDataServices;

  function services(login: string): { data: IDataServices; log: IRequestLog; sp: SPFI } {
    const c = counting(local.spAs(login));
    const base = local.url + '/graph/v1.0/';
    const graph = graphfi(base).using(GraphBrowser({ baseUrl: base }), InjectHeaders({ 'X-Local-User': login }));
    return { data: createDataServices({ sp: c.sp, graph, currentUserLogin: login }), log: c.log, sp: c.sp };
  }

  beforeAll(async () => {
    local = await startProvisionedSite();
    // History: thousands of finalised enquiries, all Tom's, resolved last week.
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    const lastWeek = weekAgo.toISOString();
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < BIG; i++) {
      rows.push({
        Title: 'old-' + i,
        RequestKey: 'old-' + i,
        WorkType: i % 2 ? 'AIC' : 'FHA',
        Status: 'Resolved',
        Reason: 'System will not allow updates',
        Question: 'Old question',
        RequesterKey: SO1,
        AssigneeKey: TPSO1,
        ResolvedAt: lastWeek,
        ResolvedDayKey: resolvedDayKey(TPSO1, weekAgo),
        CentreTimeZone: 'Australia/Melbourne',
        Created: lastWeek
      });
    }
    local.server.bulkInsert(LIST.enquiries, rows, SO1);
    // The same history where the queue's Mine, Taken over and Resolved today read it: Enquiry Handling, written by
    // Tom. (Its enquiries are not in this test's Enquiries list: ids far above any posted here; only the size of
    // Enquiry Handling matters to these queries.)
    // Spread over the seven days before today (about 860 a day: a day's key alone stays under the threshold too).
    const handled: Record<string, unknown>[] = [];
    for (let i = 0; i < BIG; i++) {
      const day = new Date(Date.now() - (1 + (i % 7)) * 24 * 3600 * 1000);
      handled.push({
        Title: String(HISTORY_ID + i),
        EnquiryId: HISTORY_ID + i,
        WorkType: i % 2 ? 'AIC' : 'FHA',
        Status: 'Resolved',
        RequesterKey: SO1,
        AssigneeKey: TPSO1,
        ClaimedAt: day.toISOString(),
        ResolvedAt: day.toISOString(),
        ResolvedDayKey: resolvedDayKey(TPSO1, day),
        Resolution: 'Old answer',
        Created: day.toISOString()
      });
    }
    local.server.bulkInsert(LIST.handling, handled, TPSO1);
    so1 = services(SO1).data;
    const t = services(TPSO1);
    tom = t.data;
    tomLog = t.log;
    fiona = services(TPSO2).data;
  });
  afterAll(async () => {
    await local.close();
  });

  it("has a list past the threshold, where an AssigneeKey-first query of Tom's items is throttled", async () => {
    const e = await local
      .spAs(TPSO1)
      .web.lists.getByTitle(LIST.enquiries)
      .items.filter("AssigneeKey eq '" + TPSO1 + "' and Status eq 'Claimed'")
      .top(100)()
      .catch((x) => x);
    expect(isThresholdError(e)).toBe(true);
  });

  it("has an Enquiry Handling list past the threshold: Tom's items by AssigneeKey alone, or by an unindexed column, are throttled", async () => {
    const handling = local.spAs(TPSO1).web.lists.getByTitle(LIST.handling).items;
    expect(
      isThresholdError(
        await handling
          .filter("AssigneeKey eq '" + TPSO1 + "'")
          .top(100)()
          .catch((x) => x)
      )
    ).toBe(true);
    expect(
      isThresholdError(
        await handling
          .filter("TakeOverReason eq 'x'")
          .top(100)()
          .catch((x) => x)
      )
    ).toBe(true);
  });

  it("Mine and Resolved today on Enquiry Handling: each filters first on an indexed column, in one request, past 6,000 of Tom's", async () => {
    const e = await so1.enquiries.create(enquiryInput({ workType: 'AIC' }));
    const claimed = await claim(tom, await readAsTps(tom, e.id), actorOf(TOM), undefined);
    tomLog.clear();
    const mine = await tom.handling.listHeldBy(TPSO1, ['Claimed', 'TakenOver']);
    expect(tomLog.requests).toHaveLength(1);
    // the indexed Status choice first (few are open), then the indexed AssigneeKey
    expect(decodeURIComponent(tomLog.requests[0].url.replace(/\+/g, ' '))).toContain(
      "$filter=(Status eq 'Claimed' or Status eq 'TakenOver') and AssigneeKey eq"
    );
    expect(mine.items.map((h) => h.enquiryId)).toContain(e.id);
    expect(mine.items.every((h) => h.enquiryId < HISTORY_ID)).toBe(true);

    // last week's 6,000 stay out of Resolved today: one indexed Text key per TPSO and day
    tomLog.clear();
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    const lastWeek = await tom.handling.listResolvedOn(TPSO1, weekAgo);
    expect(tomLog.requests).toHaveLength(1);
    expect(decodeURIComponent(tomLog.requests[0].url.replace(/\+/g, ' '))).toContain(
      "$filter=ResolvedDayKey eq 'tpso1@boutique.local|"
    );
    expect(lastWeek.items).toHaveLength(100);
    expect(lastWeek.hasMore).toBe(true);
    await finalise(
      tom,
      claimed,
      actorOf(TOM),
      { referencesGiven: '111-05070020', comment: 'Recode the rate.', notify: false },
      { mailSent: false }
    );
    const today = await tom.handling.listResolvedOn(TPSO1, new Date());
    expect(today.items.map((h) => h.enquiryId)).toContain(e.id);
    expect(today.items.every((h) => h.enquiryId < HISTORY_ID)).toBe(true);
  });

  it('every queue view filters first on an indexed column and answers on the big list', async () => {
    const a = await so1.enquiries.create(enquiryInput({ workType: 'AIC', customerOnHold: false }));
    const b = await so1.enquiries.create(enquiryInput({ workType: 'AIC', customerOnHold: true }));
    const f = await so1.enquiries.create(enquiryInput({ workType: 'FHA' }));

    tomLog.clear();
    const waiting = await tom.enquiries.listAllWaiting();
    expect(tomLog.requests).toHaveLength(1);
    expect(decodeURIComponent(tomLog.requests[0].url.replace(/\+/g, ' '))).toContain("$filter=Status eq 'Waiting'");
    const ids = waiting.items.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id, f.id]));
    // Tom's specialties: AIC only; same minute: the customer on hold first.
    const mine = queueOf(waiting.items, ['ABSTUDY', 'AIC', 'PES', 'TAP', 'APPRENTICES']).map((e) => e.id);
    expect(mine.indexOf(f.id)).toBe(-1);
    if (Math.floor(a.created!.getTime() / 60000) === Math.floor(b.created!.getTime() / 60000)) {
      expect(mine.indexOf(b.id)).toBeLessThan(mine.indexOf(a.id));
    }
    expect((await tom.enquiries.listWaiting(['AIC'])).items.map((e) => e.id)).toEqual(
      expect.arrayContaining([a.id, b.id])
    );

    const claimed = await claim(tom, waiting.items.filter((e) => e.id === a.id)[0], actorOf(TOM), undefined);
    expect((await tom.handling.listHeldBy(TPSO1, ['Claimed', 'TakenOver'])).items.map((h) => h.enquiryId)).toEqual([
      a.id
    ]);
    const over = await takeOver(tom, claimed, actorOf(TOM), 'Complex arrears: the officer can serve the next customer');
    expect(over.status).toBe('TakenOver');
    const taken = (await tom.handling.listHeldBy(TPSO1, ['TakenOver'])).items;
    expect(taken.map((h) => h.enquiryId)).toEqual([a.id]);
    expect(taken[0]).toMatchObject({
      takenOverByKey: TPSO1,
      takeOverReason: 'Complex arrears: the officer can serve the next customer'
    });
    expect(taken[0].takenOverAt).toBeInstanceOf(Date);

    await finalise(
      tom,
      await readAsTps(tom, a.id),
      actorOf(TOM),
      { referencesGiven: '111-05070020', comment: 'Updated the rate as the reference says.', notify: false },
      { mailSent: false }
    );
    // Resolved today: Tom's 6,000 finalised last week stay out of it, and the query is one indexed Text key.
    tomLog.clear();
    const today = await tom.handling.listResolvedOn(TPSO1, new Date());
    expect(today.items.map((h) => h.enquiryId)).toContain(a.id);
    expect(
      today.items.every((h) => h.enquiryId < HISTORY_ID && h.resolvedDayKey === resolvedDayKey(TPSO1, new Date()))
    ).toBe(true);
    expect(decodeURIComponent(tomLog.requests[0].url.replace(/\+/g, ' '))).toContain(
      "$filter=ResolvedDayKey eq 'tpso1@boutique.local|"
    );
  });

  it("the first render's queue, roster and work types reads go as one $batch, and the queue pages on outside it", async () => {
    await so1.enquiries.create(enquiryInput({ workType: 'AIC' }));
    await so1.enquiries.create(enquiryInput({ workType: 'AIC' }));
    await so1.enquiries.create(enquiryInput({ workType: 'AIC' }));
    const owner = local.spAs(OWNER);
    await owner.web.lists
      .getByTitle(LIST.roster)
      .items.add({ Title: 'Tom Peer', PersonKey: TPSO1, WorkTypes: 'AIC;PES', Role: 'TPSO' });
    // A SharePoint page carries the request digest; here the first batch fetches it, so measure the second.
    await tom.readTogether((d) => d.roster.forPerson(TPSO1));
    const snapshot = () => JSON.parse(JSON.stringify(local.server.stats()));
    const before = snapshot();
    const [waiting, roster, types] = await tom.readTogether((d) =>
      Promise.all([d.enquiries.listAllWaiting(2), d.roster.forPerson(TPSO1), d.workTypes.list()])
    );
    const after = snapshot();
    expect(after.byUser[TPSO1] - before.byUser[TPSO1]).toBe(1);
    expect(after.batches - before.batches).toBe(1);
    expect(after.batchInner - before.batchInner).toBe(3);
    expect(roster.map((r) => r.workTypes)).toEqual([['AIC', 'PES']]);
    // The Work Types list as provisioned: titles and guideline minutes the queue shows.
    expect(types.find((t) => t.key === 'AIC')).toMatchObject({
      title: 'Assistance for Isolated Children (AIC)',
      active: true
    });
    expect(types.every((t) => t.guidelineMinutes > 0)).toBe(true);
    expect(waiting.items).toHaveLength(2);
    expect(waiting.hasMore).toBe(true);
    const next = await waiting.next();
    expect(next.items.length).toBeGreaterThan(0);
    expect(next.items[0].id).toBeGreaterThan(waiting.items[1].id);
    expect(local.server.stats().batches).toBe(after.batches);
  });

  it('two TPSOs claim at once: one wins, the loser is told who, nothing is overwritten', async () => {
    const e = await so1.enquiries.create(enquiryInput({ workType: 'FHA' }));
    const [tomCopy, fionaCopy] = await Promise.all([tom.enquiries.getById(e.id), fiona.enquiries.getById(e.id)]);
    const results = await Promise.allSettled([
      claim(tom, tomCopy, actorOf(TOM), undefined),
      claim(fiona, fionaCopy, actorOf(FIONA), undefined)
    ]);
    const won = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<IEnquiry>[];
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(isConflictError(lost[0].reason)).toBe(true);
    const stored = await so1.enquiries.getById(e.id);
    const winner = won[0].value.assigneeKey;
    expect(stored.assigneeKey).toBe(winner);
    expect(lost[0].reason.editorTitle).toBe(winner === TPSO1 ? 'Tom Peer' : 'Fiona Peer');
    // No id was passed: the claim resolved it first, so the officer sees who has it (not "a TPS officer").
    expect(stored.assigneeName).toBe(winner === TPSO1 ? 'Tom Peer' : 'Fiona Peer');
  });

  it("claim and finalise write Enquiry Handling, then the officer's copy; the mail holds no CRN; finalising clears the CRN", async () => {
    const e = await so1.enquiries.create(enquiryInput({ workType: 'PES', crn: '123456789A' }));
    const fresh = services(TPSO1);
    const listed = (await fresh.data.enquiries.listAllWaiting()).items.filter((x) => x.id === e.id)[0];
    // the queue's refresh carries no question and no CRN: they are read when the enquiry is opened
    expect([listed.question, listed.crn]).toEqual([undefined, undefined]);
    const copy = await readAsTps(fresh.data, e.id);
    expect(copy.crn).toBe('123456789A');
    // Opening the enquiry prepares the claim (person id; and, locally, the request digest a SharePoint page carries).
    const id = await fresh.data.enquiries.resolveUserId(TPSO1);
    fresh.log.clear();
    const claimed = await claim(fresh.data, copy, actorOf(TOM), id);
    // create the handling item (its answer is the item: no read-back), copy to the officer's item
    expect(fresh.log.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(fresh.log.requests[0].url).toContain('Enquiry%20Handling');
    expect((await so1.enquiries.getById(e.id)).assigneeName).toBe('Tom Peer');

    fresh.log.clear();
    const done = await finalise(
      fresh.data,
      claimed,
      actorOf(TOM),
      { referencesGiven: '111-05070020, 109-01010000', comment: 'Recode the rate as in the reference.', notify: true },
      { mailSent: false }
    );
    // the mail (Graph), the handling MERGE (its answer carries the new ETag: no read-back), the officer's copy
    expect(fresh.log.requests.map((r) => decodeURIComponent(r.url).match(/Enquiry Handling|Enquiries/)![0])).toEqual([
      'Enquiry Handling',
      'Enquiries'
    ]);
    expect(done.status).toBe('Resolved');
    const stored = await so1.enquiries.getById(e.id);
    expect(stored).toMatchObject({ status: 'Resolved', referencesGiven: '111-05070020, 109-01010000' });
    expect(stored.crn).toBeUndefined();
    expect(stored.notifiedAt).toBeInstanceOf(Date);
    const outbox = (await (
      await fetch(local.url + '/_local/outbox', { headers: { 'X-Local-User': OWNER } })
    ).json()) as Array<{ to: string[]; body: string; subject: string }>;
    const mails = outbox.filter((m) => m.subject.indexOf('#' + e.id) >= 0);
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0])).toContain(SO1);
    expect(JSON.stringify(mails[0])).not.toMatch(/123\s?456\s?789/);
    expect(mails[0].body).toContain('111-05070020');
  });

  it('escalating stores the deadline and moves the CRN onto the escalation', async () => {
    const e = await so1.enquiries.create(enquiryInput({ workType: 'AIC', crn: '987654321B' }));
    const copy = await tom.enquiries.getById(e.id);
    const claimed = await claim(tom, copy, actorOf(TOM), undefined);
    const refused = await escalate(tom, claimed, actorOf(TOM), {
      category: 'SystemIssue',
      referredToIct: true,
      ictIncident: '',
      nnuReference: '',
      docRecorded: true,
      summary: 'Rate will not update',
      requestKey: newRequestKey('esc')
    }).catch((x) => x);
    expect(refused.message).toContain('ICT incident');
    const result = await escalate(tom, claimed, actorOf(TOM), {
      category: 'ArrearsStopPayment',
      referredToIct: true,
      ictIncident: 'INC0012345',
      nnuReference: 'NNU 2024/17',
      docRecorded: true,
      summary: 'Arrears generated incorrectly, stop payment needed',
      requestKey: newRequestKey('esc')
    });
    expect(result.escalation.dueAt).toBeInstanceOf(Date);
    expect(result.escalation.urgent).toBe(true);
    expect(result.escalation.crn).toBe('987654321B');
    const stored = await so1.enquiries.getById(e.id);
    expect(stored.status).toBe('Escalated');
    expect(stored.crn).toBeUndefined();
    expect(stored.escalationId).toBe(result.escalation.id);
  });

  it('a system issue that affects entitlement stores its EPED, and the EPED deadline when that is sooner', async () => {
    const e = await so1.enquiries.create(enquiryInput({ workType: 'AIC', centreTimeZone: 'Australia/Sydney' }));
    const claimed = await claim(tom, await tom.enquiries.getById(e.id), actorOf(TOM), undefined);
    // Raised Fri 11 Apr 2025 10:00 in Sydney (a week later is Good Friday); EPED Thu 17 Apr.
    const raised = new Date('2025-04-11T00:00:00Z');
    const eped = new Date('2025-04-17T02:00:00Z');
    const result = await escalate(
      tom,
      claimed,
      actorOf(TOM),
      {
        category: 'SystemIssue',
        referredToIct: true,
        affectsEntitlement: true,
        eped,
        ictIncident: 'INC0012345',
        nnuReference: '',
        docRecorded: true,
        summary: 'Rate will not update after the income change',
        requestKey: newRequestKey('esc')
      },
      raised
    );
    const stored = await tom.escalations.getById(result.escalation.id);
    expect(stored.eped!.toISOString()).toBe(eped.toISOString());
    expect(stored.dueAt.toISOString()).toBe('2025-04-17T07:00:00.000Z');
    expect(stored.nextFollowUpAt!.toISOString()).toBe('2025-04-17T07:00:00.000Z');
    expect(stored.ictIncident).toBe('INC0012345');
  });
  it("a TPSO's work types are in the queue even behind hundreds of older waiting enquiries of other types", async () => {
    const older = new Date(Date.now() - 3600 * 1000).toISOString();
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 700; i++) {
      rows.push({
        Title: 'fha-' + i,
        RequestKey: 'fha-wait-' + i,
        WorkType: 'FHA',
        Status: 'Waiting',
        Reason: 'System will not allow updates',
        Question: 'Older question',
        RequesterKey: SO1,
        CentreTimeZone: 'Australia/Perth',
        Created: older
      });
    }
    local.server.bulkInsert(LIST.enquiries, rows, SO1);
    const mine = await so1.enquiries.create(enquiryInput({ workType: 'TAP' }));
    tomLog.clear();
    const waiting = await tom.enquiries.listAllWaiting();
    expect(tomLog.requests).toHaveLength(1);
    expect(waiting.items.length).toBeGreaterThan(700);
    expect(queueOf(waiting.items, ['TAP']).map((e) => e.id)).toEqual([mine.id]);
  });
});
