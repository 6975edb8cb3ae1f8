/**
 * The urgent arrears alert (seeds 003 and 004) against the local SharePoint and its Graph outbox: a TPSO escalating
 * "arrears generated incorrectly" from the queue tells every SSO on the roster and the officer's team leader at
 * once, without the CRN; a retried escalate (the enquiry's update failed after the escalation landed) does not mail
 * again; the board keeps it first until the note says it went to ICT.
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
import type { INewEnquiry } from '../../src/data/stores/types';
import { actorOf } from '../../src/webparts/tpsQueue/model';
import { claim, escalate } from '../../src/webparts/tpsQueue/actions';
import { addStep } from '../../src/webparts/escalations/actions';
import { boardRows, DEFAULT_FILTERS, IDueTemplates } from '../../src/webparts/escalations/model';
import { newRequestKey, OWNER, SO1, TPSO1, startProvisionedSite } from './support';
import { sendArrearsAlertOnce } from '../../src/data/arrearsAlert';

jest.setTimeout(120000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;
interface IMail {
  to: string[];
  subject: string;
  body: string;
}

const SSO = 'sso@boutique.local';
const SSO2 = 'sso2@boutique.local';
const TL = 'tl@boutique.local';
const TOM = { login: TPSO1, displayName: 'Tom Peer' };
const T: IDueTemplates = {
  steps: {
    referToIct: 'Refer to ICT',
    action: 'Action',
    review: 'Review',
    followUp: 'Follow up',
    finalise: 'Finalise',
    complete: 'Complete',
    dayOne: 'Day one ends',
    documentWhyNot: 'Document why not finalised on day one',
    seniorCompletes: 'Senior Practitioner completes the work'
  },
  today: '{0} by {1} today ({2})',
  tomorrow: '{0} by {1} tomorrow ({2})',
  other: '{0} by {3}',
  overdue: '{0} by {3}, {1} ({2})'
};

function enquiryInput(over: Partial<INewEnquiry> = {}): INewEnquiry {
  return {
    requestKey: newRequestKey('enq'),
    workType: 'AIC',
    reason: 'Arrears or negative adjustment',
    question: 'Finalising the activity generated arrears the customer is not entitled to.',
    referencesChecked: ['Operational Blueprint'],
    customerOnHold: true,
    centreTimeZone: 'Australia/Darwin',
    requesterKey: SO1,
    ...over
  };
}

describe('urgent arrears alert', () => {
  let local: LocalSp;
  let so1: IDataServices;
  let tom: IDataServices;
  let sso: IDataServices;

  function services(login: string): IDataServices {
    const base = local.url + '/graph/v1.0/';
    const graph = graphfi(base).using(GraphBrowser({ baseUrl: base }), InjectHeaders({ 'X-Local-User': login }));
    return createDataServices({ sp: local.spAs(login), graph, currentUserLogin: login });
  }

  async function outbox(): Promise<IMail[]> {
    return (await (
      await fetch(local.url + '/_local/outbox', { headers: { 'X-Local-User': OWNER } })
    ).json()) as IMail[];
  }

  beforeAll(async () => {
    local = await startProvisionedSite();
    const roster = local.spAs(OWNER).web.lists.getByTitle(LIST.roster).items;
    await roster.add({
      Title: 'Sasha Senior',
      PersonKey: SSO,
      Role: 'SSO',
      Centre: 'Adelaide',
      CentreTimeZone: 'Australia/Adelaide',
      TeamLeaderKey: TL
    });
    await roster.add({
      Title: 'Second Senior',
      PersonKey: SSO2,
      Role: 'SSO',
      Centre: 'Perth',
      CentreTimeZone: 'Australia/Perth'
    });
    await roster.add({ Title: 'Tom Peer', PersonKey: TPSO1, Role: 'TPSO', WorkTypes: 'AIC', TeamLeaderKey: TL });
    await roster.add({
      Title: 'Terry Leader',
      PersonKey: TL,
      Role: 'TeamLeader',
      Centre: 'Darwin',
      CentreTimeZone: 'Australia/Darwin'
    });
    so1 = services(SO1);
    tom = services(TPSO1);
    sso = services(SSO);
  });
  afterAll(async () => {
    await local.close();
  });

  it('tells every SSO and the team leader once, without the CRN, even when the alert is reached again', async () => {
    const e = await so1.enquiries.create(enquiryInput({ crn: '123456789A' }));
    const claimed = await claim(tom, await tom.enquiries.getById(e.id), actorOf(TOM), undefined);
    const input = {
      category: 'ArrearsStopPayment' as const,
      referredToIct: false,
      ictIncident: '',
      nnuReference: '',
      docRecorded: true,
      summary: 'Arrears of $1,240.50 generated incorrectly; stop payment DOC recorded.',
      requestKey: newRequestKey('esc')
    };
    const first = await escalate(tom, claimed, actorOf(TOM), input);
    expect(first.enquiry.status).toBe('Escalated');
    // A retry of the escalate (a reload, a second click, a re-sent request) reaches the alert again: it is skipped.
    const again = await sendArrearsAlertOnce(
      tom,
      await tom.enquiries.getById(e.id),
      await tom.escalations.getById(first.escalation.id)
    );
    expect(again.outcome.kind).toBe('skipped');
    const retried = first;
    const alerts = (await outbox()).filter((m) => m.subject.indexOf('#' + retried.escalation.id + ' ') >= 0);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].subject).toMatch(/^Urgent: arrears stop payment/);
    expect(alerts[0].to.slice().sort()).toEqual([SSO, SSO2, TL].sort());
    expect(alerts[0].body).toMatch(
      /Refer to ICT by \d{1,2}:\d\d [ap]m (today|tomorrow|\w{3} \d{1,2} \w{3}) \(Darwin\)/
    );
    expect(JSON.stringify(alerts[0])).not.toMatch(/123\s?456\s?789/);
    const stored = await sso.escalations.getById(retried.escalation.id);
    expect(stored.notes.filter((n) => n.kind === 'alert')).toHaveLength(1);
  });

  it('other categories send no alert', async () => {
    const before = (await outbox()).length;
    const e = await so1.enquiries.create(enquiryInput());
    const claimed = await claim(tom, await tom.enquiries.getById(e.id), actorOf(TOM), undefined);
    await escalate(tom, claimed, actorOf(TOM), {
      category: 'PolicyReferral',
      referredToIct: false,
      ictIncident: '',
      nnuReference: '',
      docRecorded: true,
      summary: 'Reference and system disagree.',
      requestKey: newRequestKey('esc')
    });
    expect((await outbox()).length).toBe(before);
  });

  it('the board keeps it first until the SSO records it went to ICT', async () => {
    const e = await so1.enquiries.create(enquiryInput());
    const claimed = await claim(tom, await tom.enquiries.getById(e.id), actorOf(TOM), undefined);
    const { escalation } = await escalate(tom, claimed, actorOf(TOM), {
      category: 'ArrearsStopPayment',
      referredToIct: false,
      ictIncident: '',
      nnuReference: '',
      docRecorded: true,
      summary: 'Arrears generated incorrectly; stop payment DOC recorded.',
      requestKey: newRequestKey('esc')
    });
    const rowsNow = async (): Promise<number[]> =>
      boardRows(
        (await sso.escalations.listOpen(500)).items,
        { ...DEFAULT_FILTERS, centre: 'all' },
        SSO,
        undefined,
        new Date(),
        T
      ).map((r) => r.escalation.id);
    const urgentIds = (await sso.escalations.listOpen(500)).items.filter((x) => x.urgent).map((x) => x.id);
    expect((await rowsNow()).slice(0, urgentIds.length)).toContain(escalation.id);
    const current = await sso.escalations.getById(escalation.id);
    await addStep(sso, current, { key: SSO, displayName: 'Sasha Senior' }, 'note', {
      actionTaken: 'Stop payment request sent to the ICT Applications Service Desk',
      resourcesUsed: 'ICT Service Desk page',
      actionRequiredByOfficer: '',
      officerCallBack: false,
      whyNotFinalised: '',
      referredToIct: true
    });
    const after = await sso.escalations.getById(escalation.id);
    expect(after.urgent).toBe(false);
    const order = await rowsNow();
    const stillUrgent = (await sso.escalations.listOpen(500)).items.filter((x) => x.urgent).length;
    expect(order.indexOf(escalation.id)).toBeGreaterThanOrEqual(stillUrgent);
  });
});
