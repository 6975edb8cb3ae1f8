/**
 * The TPS Queue's Blueprint actions against the local SharePoint with the real PnPjs, as each persona:
 * - a contact a TPSO records (seed 002 item 7) is the officer's by RequesterKey, claimed by the TPSO, unreadable by
 *   the officer (item-level security), and its summary mail goes to the officer;
 * - an outcome other than an answer (seed 002 item 4, seed 001) lands on Enquiry Handling, is found by the indexed
 *   Outcome, and the officer's copy holds neutral words;
 * - a correction of the work type is recorded (who, when, from, to) and moves the enquiry;
 * - complex is marked on Enquiry Handling, where officers cannot write.
 */
import { graphfi } from '@pnp/graph';
import { GraphBrowser } from '@pnp/graph/behaviors/graphbrowser';
import { InjectHeaders } from '@pnp/queryable';
import { createDataServices, IDataServices } from '../../src/data/services';
import { httpStatus } from '../../src/data/errors';
import type { IEnquiry } from '../../src/data/stores/types';
import {
  claim,
  correct,
  escalate,
  markComplex,
  readAsTps,
  recordContact,
  recordOutcome,
  sendAnswerAgain
} from '../../src/webparts/tpsQueue/actions';
import type { IFinaliseProgress } from '../../src/webparts/tpsQueue/actions';
import { actorOf } from '../../src/webparts/tpsQueue/model';
import { parseCorrections } from '../../src/domain/tpsOutcomes';
import { newRequestKey, OWNER, SO1, startProvisionedSite, TPSO1 } from './support';

jest.setTimeout(120000);

const SO2 = 'so2@boutique.local';
const TOM = actorOf({ login: TPSO1, displayName: 'Tom Peer' });

type LocalSp = Awaited<ReturnType<typeof startProvisionedSite>>;

describe('Blueprint actions of the TPS Queue', () => {
  let local: LocalSp;
  let tom: IDataServices;
  let so1: IDataServices;
  let so2: IDataServices;

  const as = (login: string, mail: boolean = false): IDataServices => {
    const base = local.url + '/graph/v1.0/';
    const graph = mail
      ? graphfi(base).using(GraphBrowser({ baseUrl: base }), InjectHeaders({ 'X-Local-User': login }))
      : undefined;
    return createDataServices({ sp: local.spAs(login), graph, currentUserLogin: login });
  };
  const outbox = async (): Promise<Array<{ subject: string }>> =>
    (await fetch(local.url + '/_local/outbox', { headers: { 'X-Local-User': TPSO1 } })).json();

  beforeAll(async () => {
    local = await startProvisionedSite();
    tom = as(TPSO1, true);
    so1 = as(SO1);
    so2 = as(SO2);
  });
  afterAll(async () => {
    await local.close();
  });

  async function posted(workType: string = 'AIC'): Promise<IEnquiry> {
    return so1.enquiries.create({
      requestKey: newRequestKey('enq'),
      workType,
      reason: 'System will not allow updates',
      question: 'The rate will not update.',
      referencesChecked: ['NNU'],
      customerOnHold: false,
      centreTimeZone: 'Australia/Melbourne',
      requesterKey: SO1
    });
  }

  it('records a phone contact for an officer, claimed by the TPSO; the officer cannot read it; a retry lands once', async () => {
    const input = {
      requestKey: newRequestKey('contact'),
      contactSource: 'Phone' as const,
      officerKey: SO2,
      workType: 'AIC',
      reason: 'System will not allow updates',
      question: 'Phoned: the rate will not update.',
      referencesChecked: [],
      customerOnHold: true,
      centreTimeZone: 'Australia/Brisbane'
    };
    const e = await recordContact(tom, TOM, input);
    expect(e).toMatchObject({ status: 'Claimed', requesterKey: SO2, contactSource: 'Phone', assigneeKey: TPSO1 });
    const again = await recordContact(tom, TOM, input);
    expect(again.id).toBe(e.id);
    expect(
      httpStatus(
        await so2.enquiries.getById(e.id).then(
          () => undefined,
          (err: unknown) => err
        )
      )
    ).toBe(404);
    await expect(
      recordContact(tom, TOM, { ...input, requestKey: newRequestKey('c'), officerKey: 'nobody@boutique.local' })
    ).rejects.toThrow(/not a person on this site/);
    await expect(
      recordContact(tom, TOM, { ...input, requestKey: newRequestKey('c'), question: 'CRN 123 456 789A rang' })
    ).rejects.toThrow(/personal details/);
  });

  it('a customer call the TPSO took keeps the CRN only in its field, and escalates to an SSO with it', async () => {
    const input = {
      requestKey: newRequestKey('call'),
      contactSource: 'CustomerCall' as const,
      officerKey: TPSO1,
      workType: 'AIC',
      reason: 'Customer asks to speak to a technical expert',
      question: 'Customer says the rate did not change after the income update.',
      referencesChecked: [],
      customerOnHold: true,
      centreTimeZone: 'Australia/Melbourne',
      crn: '123 456 789a'
    };
    await expect(recordContact(tom, TOM, { ...input, requestKey: newRequestKey('c'), crn: '12345' })).rejects.toThrow(
      /nine digits and a letter/
    );
    const e = await recordContact(tom, TOM, input);
    expect(e).toMatchObject({ status: 'Claimed', crn: '123456789A', contactSource: 'CustomerCall' });
    const { enquiry, escalation } = await escalate(tom, e, TOM, {
      category: 'ComplexUnableToResolve',
      referredToIct: false,
      ictIncident: '',
      nnuReference: '',
      docRecorded: true,
      summary: 'Rate not recalculating after the income update; recoding did not help.',
      requestKey: newRequestKey('esc')
    });
    // the SSO gets the CRN to find the record; the contact's own copy is cleared
    expect((await tom.escalations.getById(escalation.id)).crn).toBe('123456789A');
    expect(enquiry.crn).toBeFalsy();
    expect((await tom.enquiries.getById(e.id)).crn).toBeFalsy();
  });

  it("a warm transfer is found by its indexed outcome; the officer's copy and mail hold neutral words", async () => {
    const e = await posted();
    const held = await claim(tom, e, TOM, undefined);
    const done = await recordOutcome(
      tom,
      held,
      TOM,
      { outcome: 'WarmTransferTeamLeader', comment: '' },
      { mailSent: false }
    );
    expect(done.status).toBe('Resolved');
    const transfers = await tom.handling.listByOutcome('WarmTransferTeamLeader');
    expect(transfers.items.map((h) => h.enquiryId)).toContain(e.id);
    const mine = await so1.enquiries.getById(e.id);
    expect(mine.status).toBe('Resolved');
    expect(mine.resolution).toMatch(/warm transfer the customer to your Team Leader/);
    expect((await outbox()).filter((m) => m.subject.includes('#' + e.id))).toHaveLength(1);
  });

  it('without Mail.Send consent the outcome is still recorded; the TPSO sends the neutral words again later', async () => {
    const consent = (granted: boolean): Promise<Response> =>
      fetch(local.url + '/_local/graph-consent', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Local-User': OWNER },
        body: JSON.stringify({ granted })
      });
    const e = await posted();
    const held = await claim(tom, e, TOM, undefined);
    expect((await consent(false)).ok).toBe(true);
    try {
      const progress: IFinaliseProgress = { mailSent: false };
      const done = await recordOutcome(
        tom,
        held,
        TOM,
        { outcome: 'ConfirmOnly', comment: 'Second confirm-only this week: raise at coaching.' },
        progress
      );
      expect(progress).toMatchObject({ mailSent: false, mailNotSent: { kind: 'consentMissing' } });
      expect(done).toMatchObject({ status: 'Resolved', outcome: 'ConfirmOnly', notifiedAt: undefined });
      expect((await so1.enquiries.getById(e.id)).notifiedAt).toBeUndefined();
      expect((await outbox()).filter((m) => m.subject.includes('#' + e.id))).toHaveLength(0);
      // still refused while consent is missing; nothing recorded as notified
      await expect(sendAnswerAgain(tom, done, TOM, 'AIC')).rejects.toThrow(/could not be sent/);
      expect((await consent(true)).ok).toBe(true);
      const sent = await sendAnswerAgain(tom, await readAsTps(tom, e.id), TOM, 'AIC');
      expect(sent.notifiedAt).toBeInstanceOf(Date);
      const mails = (await outbox()).filter((m) => m.subject.includes('#' + e.id));
      expect(mails).toHaveLength(1);
      // the officer gets the neutral words, never the TPSO's note for TPS
      expect(JSON.stringify(mails[0])).not.toMatch(/coaching/);
      expect(JSON.stringify(mails[0])).toMatch(/references/i);
    } finally {
      await consent(true);
    }
  });

  it('a correction moves the enquiry and records who, when, from and to; complex is marked on Enquiry Handling', async () => {
    const e = await posted('PES');
    const moved = await correct(tom, e, TOM, { workType: 'FHA' });
    expect(moved.workType).toBe('FHA');
    expect((await so1.enquiries.getById(e.id)).workType).toBe('FHA');
    const h = await tom.handling.forEnquiry(e.id);
    expect(h).toMatchObject({ status: 'Waiting', workType: 'FHA' });
    expect(parseCorrections(h!.corrections).map((c) => [c.field, c.from, c.to, c.byKey])).toEqual([
      ['workType', 'PES', 'FHA', TPSO1]
    ]);
    // Claimed later, the claim reuses that item; complex is marked there.
    const held = await claim(tom, await readAsTps(tom, e.id), TOM, undefined);
    const complex = await markComplex(tom, held, TOM, true);
    expect(complex.complex).toBe(true);
    expect((await tom.handling.forEnquiry(e.id))!.complex).toBe(true);
  });
});
