/**
 * The TPS Escalations board against the local SharePoint with a 100,000-item Escalations list: the board's
 * queries filter first on the indexed Status (then the indexed CentreKey / Category) and answer; the first
 * render's reads are one $batch; two SSOs assigning at once have one winner and the other is told who; a
 * finalise clears the CRN and mails the officer and the TPSO without it; a Service Officer gets 404.
 */
import { graphfi } from '@pnp/graph';
import { GraphBrowser } from '@pnp/graph/behaviors/graphbrowser';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { LIST } from '../../src/data/schema';
import { createDataServices, IDataServices } from '../../src/data/services';
import { httpStatus, isConflictError, isThresholdError } from '../../src/data/errors';
import { IEscalation, INewEscalation } from '../../src/data/stores/types';
import { addStep, assign, finalise } from '../../src/webparts/escalations/actions';
import { counting, IRequestLog, newRequestKey, OWNER, SO1, TPSO1, startProvisionedSite } from './support';

jest.setTimeout(600000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

const SSO = 'sso@boutique.local';
const TL = 'tl@boutique.local';
const BIG: number = 100000;
const CENTRES = [
  'Australia/Sydney',
  'Australia/Melbourne',
  'Australia/Brisbane',
  'Australia/Adelaide',
  'Australia/Darwin',
  'Australia/Perth',
  'Australia/Hobart'
];

function escalationInput(over: Partial<INewEscalation> = {}): INewEscalation {
  return {
    requestKey: newRequestKey('esc'),
    enquiryId: 1,
    workType: 'AIC',
    category: 'PolicyReferral',
    dueAt: new Date(Date.now() + 3600 * 1000),
    referredToIct: false,
    docRecorded: true,
    urgent: false,
    raisedByKey: TPSO1,
    summary: 'Reference and system disagree on the rate.',
    centreTimeZone: 'Australia/Adelaide',
    ...over
  };
}

describe('TPS Escalations on a 100,000-item list', () => {
  let local: LocalSp;
  let sso: IDataServices;
  let ssoLog: IRequestLog;
  let tl: IDataServices;
  let tpso: IDataServices;

  function services(login: string): { data: IDataServices; log: IRequestLog } {
    const c = counting(local.spAs(login));
    const base = local.url + '/graph/v1.0/';
    const graph = graphfi(base).using(GraphBrowser({ baseUrl: base }), InjectHeaders({ 'X-Local-User': login }));
    return { data: createDataServices({ sp: c.sp, graph, currentUserLogin: login }), log: c.log };
  }

  beforeAll(async () => {
    local = await startProvisionedSite();
    const old = new Date(Date.now() - 90 * 24 * 3600 * 1000).toISOString();
    for (let start = 0; start < BIG; start += 10000) {
      const rows: Record<string, unknown>[] = [];
      for (let i = start; i < start + 10000; i++) {
        const zone = CENTRES[i % CENTRES.length];
        rows.push({
          Title: 'old-' + i,
          RequestKey: 'old-esc-' + i,
          EnquiryId: i + 1,
          WorkType: 'AIC',
          Category: 'SystemIssue',
          Status: 'Finalised',
          DueAt: old,
          CentreTimeZone: zone,
          CentreKey: zone,
          RaisedByKey: TPSO1,
          Notes: '[]'
        });
      }
      local.server.bulkInsert(LIST.escalations, rows, TPSO1);
    }
    const s = services(SSO);
    sso = s.data;
    ssoLog = s.log;
    tl = services(TL).data;
    tpso = services(TPSO1).data;
    await local.spAs(OWNER).web.lists.getByTitle(LIST.roster).items.add({
      Title: 'Sasha Senior',
      PersonKey: SSO,
      Role: 'SSO',
      Centre: 'Adelaide',
      CentreTimeZone: 'Australia/Adelaide',
      OnDuty: true
    });
  });
  afterAll(async () => {
    await local.close();
  });

  it('is past the threshold: a centre-first or non-indexed filter is refused', async () => {
    const items = local.spAs(SSO).web.lists.getByTitle(LIST.escalations).items;
    expect(
      isThresholdError(
        await items
          .filter("CentreKey eq 'Australia/Adelaide'")
          .top(100)()
          .catch((x) => x)
      )
    ).toBe(true);
    expect(
      isThresholdError(
        await items
          .filter("CentreTimeZone eq 'Australia/Adelaide'")
          .top(100)()
          .catch((x) => x)
      )
    ).toBe(true);
  });

  it("the board's queries filter first on Status, then CentreKey or Category, and answer in one request each", async () => {
    const adelaide = await tpso.escalations.create(escalationInput());
    const arrears = await tpso.escalations.create(
      escalationInput({ category: 'ArrearsStopPayment', urgent: true, centreTimeZone: 'Australia/Darwin' })
    );
    expect(adelaide.centreKey).toBe('Australia/Adelaide');

    ssoLog.clear();
    const all = await sso.escalations.listOpen(500);
    expect(ssoLog.requests).toHaveLength(1);
    expect(decodeURIComponent(ssoLog.requests[0].url.replace(/\+/g, ' '))).toContain(
      "$filter=(Status eq 'Open' or Status eq 'Assigned')"
    );
    expect(all.items.map((e) => e.id)).toEqual(expect.arrayContaining([adelaide.id, arrears.id]));

    const mine = await sso.escalations.listOpen(500, { centreKey: 'Australia/Adelaide' });
    expect(mine.items.map((e) => e.id)).toEqual([adelaide.id]);
    // The Team Leader's view: open arrears from their centre.
    const tlArrears = await tl.escalations.listOpen(500, {
      centreKey: 'Australia/Darwin',
      category: 'ArrearsStopPayment'
    });
    expect(tlArrears.items.map((e) => e.id)).toEqual([arrears.id]);
  });

  it("the first render's roster and board reads go as one $batch", async () => {
    await sso.readTogether((d) => d.roster.forPerson(SSO)); // the first batch fetches the digest a SharePoint page carries
    const snapshot = () => JSON.parse(JSON.stringify(local.server.stats()));
    const before = snapshot();
    const [rows, page] = await sso.readTogether((d) =>
      Promise.all([d.roster.forPerson(SSO), d.escalations.listOpen(500, { centreKey: 'Australia/Adelaide' })])
    );
    const after = snapshot();
    expect(after.byUser[SSO] - before.byUser[SSO]).toBe(1);
    expect(after.batchInner - before.batchInner).toBe(2);
    expect(rows[0]).toMatchObject({ role: 'SSO', centreTimeZone: 'Australia/Adelaide' });
    expect(page.items.length).toBeGreaterThan(0);
  });

  it('two SSOs take the same escalation at once: one wins, the other is told who', async () => {
    const e = await tpso.escalations.create(escalationInput());
    const [a, b] = await Promise.all([sso.escalations.getById(e.id), tl.escalations.getById(e.id)]);
    const results = await Promise.allSettled([
      assign(sso, a, { key: SSO, displayName: 'Sasha Senior' }, SSO),
      assign(tl, b, { key: TL, displayName: 'Terry Leader' }, TL)
    ]);
    const won = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<IEscalation>[];
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(isConflictError(lost[0].reason)).toBe(true);
    const winner = won[0].value.assigneeKey;
    expect(lost[0].reason.editorTitle).toBe(winner === SSO ? 'Sasha Senior' : 'Terry Leader');
    const stored = await sso.escalations.getById(e.id);
    expect(stored.assigneeKey).toBe(winner);
    expect(stored.notes).toHaveLength(1);
    // Taking it from the winner needs a reason, and the reason is kept in the history.
    const other = winner === SSO ? TL : SSO;
    await expect(assign(sso, stored, { key: other, displayName: 'x' }, other)).rejects.toThrow(
      'Say why it is being reassigned.'
    );
    const moved = await assign(
      sso,
      stored,
      { key: SSO, displayName: 'Sasha Senior' },
      other,
      'Going on leave tomorrow'
    );
    expect(moved.assigneeKey).toBe(other);
    expect(moved.notes.map((n) => n.reason)).toEqual([undefined, 'Going on leave tomorrow']);
  });

  it('documents, follows up, and finalises: history kept, CRN cleared, officer and TPSO mailed without the CRN', async () => {
    const so = services(SO1).data;
    const enquiry = await so.enquiries.create({
      requestKey: newRequestKey('enq'),
      workType: 'AIC',
      reason: 'System will not allow updates',
      question: 'The rate will not update.',
      referencesChecked: ['NNU'],
      customerOnHold: false,
      centreTimeZone: 'Australia/Adelaide',
      requesterKey: SO1
    });
    const e = await tpso.escalations.create(
      escalationInput({
        enquiryId: enquiry.id,
        category: 'SystemIssue',
        referredToIct: true,
        ictIncident: 'INC0012345',
        crn: '123456789A',
        nextFollowUpAt: new Date(Date.now() + 2 * 86400000),
        dueAt: new Date(Date.now() + 2 * 86400000)
      })
    );
    const me = { key: SSO, displayName: 'Sasha Senior' };
    const noted = await addStep(sso, e, me, 'note', {
      actionTaken: 'Checked the incident with ICT',
      resourcesUsed: '111-05070020',
      actionRequiredByOfficer: 'Recode the income once fixed',
      officerCallBack: true,
      whyNotFinalised: ''
    });
    expect(noted.assigneeKey).toBe(SSO);
    const followed = await addStep(sso, noted, me, 'followUp', {
      actionTaken: 'ICT says the fix is in the next release',
      resourcesUsed: 'INC0012345',
      actionRequiredByOfficer: '',
      officerCallBack: false,
      whyNotFinalised: ''
    });
    expect(followed.notes.map((n) => n.kind)).toEqual(['note', 'followUp']);
    expect(followed.nextFollowUpAt!.getTime()).toBeGreaterThan(Date.now() + 5 * 86400000);
    const result = await finalise(
      sso,
      followed,
      me,
      { reason: 'NNU confirms future fix', completedBy: 'Officer' },
      await sso.enquiries.getById(enquiry.id)
    );
    expect(result.mailProblem).toBe('');
    const stored = await sso.escalations.getById(e.id);
    expect(stored).toMatchObject({
      status: 'Finalised',
      finalisationReason: 'NNU confirms future fix',
      completedBy: 'Officer'
    });
    expect(stored.crn).toBeUndefined();
    expect(stored.notes).toHaveLength(3);
    const outbox = (await (
      await fetch(local.url + '/_local/outbox', { headers: { 'X-Local-User': OWNER } })
    ).json()) as Array<{ to: string[]; body: string; subject: string }>;
    const mails = outbox.filter((m) => m.subject.indexOf('#' + e.id + ' ') >= 0);
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0])).toContain(SO1);
    expect(JSON.stringify(mails[0])).toContain(TPSO1);
    expect(JSON.stringify(mails[0])).not.toMatch(/123\s?456\s?789/);
    expect(mails[0].body).toContain('The officer must call the customer back.');
  });

  it('a Service Officer cannot read the board (404, as if the list did not exist)', async () => {
    expect(
      httpStatus(
        await services(SO1)
          .data.escalations.listOpen()
          .catch((x) => x)
      )
    ).toBe(404);
  });
});
