import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEscalation, IHandling, IHandlingPatch, INewEscalation } from '../../data/stores/types';
import { ConflictError } from '../../data/errors';
import { actorOf } from './model';
import { claim, escalate, finalise, takeOver } from './actions';
import type { IFinaliseProgress } from './actions';

const TOM = actorOf({ login: 'tpso1@boutique.local', displayName: 'Tom Peer' });

function enquiry(over: Partial<IEnquiry> = {}): IEnquiry {
  return {
    id: 7, etag: '"1"', created: new Date('2025-04-11T00:00:00Z'), modified: undefined, editorName: undefined, status: 'Waiting',
    requestKey: 'rk', workType: 'AIC', reason: 'r', question: 'Rate will not update', referencesChecked: ['NNU'], customerOnHold: true,
    centreTimeZone: 'Australia/Sydney', requesterKey: 'so1@boutique.local', assigneeName: undefined, authorName: 'Sam Service', ...over
  } as IEnquiry;
}

const claimed = (over: Partial<IEnquiry> = {}): IEnquiry =>
  enquiry({ status: 'Claimed', assigneeKey: TOM.key, assigneeName: 'Tom Peer', claimedAt: new Date('2025-04-11T00:01:00Z'),
    handling: { id: 70, etag: '"h1"' }, ...over });

/** An Enquiry Handling item as the store returns it. */
const handlingItem = (over: Partial<IHandling> = {}): IHandling => ({
  id: 70, etag: '"h2"', created: undefined, modified: undefined, editorName: undefined, enquiryId: 7, workType: 'AIC',
  requesterKey: 'so1@boutique.local', status: 'Claimed', assigneeKey: TOM.key, assigneeName: 'Tom Peer', ...over
});

/** Data services with only what the actions use, each a jest mock. */
function fakeData() {
  const created: INewEscalation[] = [];
  const enquiries = {
    resolveUserId: jest.fn(async () => 12),
    patchOnce: jest.fn(async () => '"2"')
  };
  const escalations = {
    create: jest.fn(async (input: INewEscalation) => {
      created.push(input);
      return { ...input, id: 99, status: 'Open', notes: [], assigneeName: undefined } as unknown as IEscalation;
    })
  };
  const handling = {
    claim: jest.fn(async () => handlingItem({ claimedAt: new Date() })),
    update: jest.fn(async (_id: number, patch: IHandlingPatch) => handlingItem({ ...patch, clear: undefined } as Partial<IHandling>))
  };
  const mailer = { sendEnquirySummary: jest.fn(async () => undefined) };
  const data = { enquiries, escalations, mailer, handling } as unknown as IDataServices;
  return { data, enquiries, escalations, mailer, created, handling };
}

describe('claim', () => {
  it('with the person id known: Enquiry Handling first, then the officer\'s copy with the ETag read, no lookup', async () => {
    const f = fakeData();
    const next = await claim(f.data, enquiry(), TOM, 12);
    expect(f.enquiries.resolveUserId).not.toHaveBeenCalled();
    expect(f.handling.claim).toHaveBeenCalledWith({ enquiryId: 7, workType: 'AIC', requesterKey: 'so1@boutique.local' }, TOM.key, 12, expect.any(Date));
    expect(f.enquiries.patchOnce).toHaveBeenCalledTimes(1);
    expect(f.enquiries.patchOnce).toHaveBeenCalledWith(7, expect.objectContaining({ status: 'Claimed', assigneeKey: TOM.key }), '"1"', 12);
    expect(next).toMatchObject({ status: 'Claimed', assigneeName: 'Tom Peer', etag: '"2"', handling: { id: 70, etag: '"h2"' } });
  });

  it('with the id not yet known: resolves it first, so the claim never lands without the person', async () => {
    const f = fakeData();
    await claim(f.data, enquiry(), TOM, undefined);
    expect(f.enquiries.resolveUserId).toHaveBeenCalledWith(TOM.key);
    expect(f.enquiries.patchOnce).toHaveBeenCalledWith(7, expect.anything(), '"1"', 12);
  });

  it('refuses (nothing written) when the person cannot be resolved', async () => {
    const f = fakeData();
    f.enquiries.resolveUserId.mockResolvedValueOnce(undefined as unknown as number);
    await expect(claim(f.data, enquiry(), TOM, undefined)).rejects.toThrow(/user could not be found/);
    expect(f.enquiries.patchOnce).not.toHaveBeenCalled();
  });
});

describe('take over', () => {
  it('refuses a reason longer than the 255-character column before any request', async () => {
    const f = fakeData();
    await expect(takeOver(f.data, claimed(), TOM, 'x'.repeat(256))).rejects.toThrow(/255/);
    expect(f.enquiries.patchOnce).not.toHaveBeenCalled();
  });
});

describe('finalise', () => {
  const input = { referencesGiven: '111-05070020', comment: 'Recode the income.', notify: true, workTypeTitle: 'AIC (list title)' };

  it('mails once across a 412 and the retry that follows it', async () => {
    const f = fakeData();
    const progress: IFinaliseProgress = { mailSent: false };
    f.handling.update.mockRejectedValueOnce(new ConflictError('enquiry', 'Fiona Peer', new Date()));
    const failed = await finalise(f.data, claimed(), TOM, input, progress).catch((e) => e);
    expect(failed.isConflictError).toBe(true);
    expect(progress.mailSent).toBe(true);
    const done = await finalise(f.data, claimed({ etag: '"5"' }), TOM, input, progress);
    expect(done.status).toBe('Resolved');
    expect(f.mailer.sendEnquirySummary).toHaveBeenCalledTimes(1);
    expect(f.mailer.sendEnquirySummary).toHaveBeenCalledWith(expect.objectContaining({ subject: expect.stringContaining('AIC (list title)') }));
    expect(f.handling.update).toHaveBeenLastCalledWith(70, expect.objectContaining({ status: 'Resolved' }), '"h1"', undefined);
    // the officer's copy: the answer, without the TPSO's day key
    expect(f.enquiries.patchOnce).toHaveBeenLastCalledWith(7, expect.not.objectContaining({ resolvedDayKey: expect.anything() }), '*', undefined);
  });

  it('refuses references longer than the 255-character column before mailing', async () => {
    const f = fakeData();
    const many: string = Array.from({ length: 20 }, (_v, i) => '111-0507' + String(1000 + i)).join(', ');
    await expect(finalise(f.data, claimed(), TOM, { ...input, referencesGiven: many }, { mailSent: false })).rejects.toThrow(/255/);
    expect(f.mailer.sendEnquirySummary).not.toHaveBeenCalled();
    expect(f.enquiries.patchOnce).not.toHaveBeenCalled();
  });
});

describe('escalate', () => {
  const base = {
    category: 'SystemIssue' as const, referredToIct: true, ictIncident: 'inc 0012345', nnuReference: 'NNU 2024/17', docRecorded: true,
    summary: 'Rate will not update after the income change.', requestKey: 'esc-1'
  };
  // Raised Fri 11 Apr 2025 10:00 in Sydney: a week later is Good Friday.
  const raised: Date = new Date('2025-04-11T00:00:00Z');

  it('stores the EPED and the EPED deadline when the issue affects entitlement and the EPED is sooner', async () => {
    const f = fakeData();
    const eped: Date = new Date('2025-04-17T02:00:00Z');
    await escalate(f.data, claimed(), TOM, { ...base, affectsEntitlement: true, eped }, raised);
    expect(f.created[0]).toMatchObject({ eped, ictIncident: 'INC0012345', nnuReference: 'NNU 2024/17' });
    expect(f.created[0].dueAt.toISOString()).toBe('2025-04-17T07:00:00.000Z');
    expect(f.created[0].nextFollowUpAt!.toISOString()).toBe('2025-04-17T07:00:00.000Z');
  });

  it('without an EPED follows up weekly, rolled past Easter', async () => {
    const f = fakeData();
    await escalate(f.data, claimed(), TOM, { ...base, affectsEntitlement: true }, raised);
    expect(f.created[0].dueAt.toISOString()).toBe('2025-04-22T00:00:00.000Z');
    expect(f.created[0].eped).toBeUndefined();
  });

  it('does not assume every system issue sent to ICT affects entitlement (and keeps no EPED then)', async () => {
    const f = fakeData();
    await escalate(f.data, claimed(), TOM, { ...base, affectsEntitlement: false, eped: new Date('2025-04-17T02:00:00Z') }, raised);
    expect(f.created[0].nextFollowUpAt).toBeUndefined();
    expect(f.created[0].eped).toBeUndefined();
    expect(f.created[0].dueAt.toISOString()).toBe('2025-04-11T07:00:00.000Z'); // Fri 11 Apr 17:00 AEST: the end of day one, no invented deadline
  });

  it.each([
    [{ ictIncident: '12345' }, /INC0012345/],
    [{ nnuReference: 'NNU for 123 456 789A' }, /personal details/],
    [{ nnuReference: 'N'.repeat(65) }, /64/]
  ])('refuses %j before any request', async (over, message) => {
    const f = fakeData();
    await expect(escalate(f.data, claimed(), TOM, { ...base, ...over }, raised)).rejects.toThrow(message);
    expect(f.escalations.create).not.toHaveBeenCalled();
    expect(f.enquiries.patchOnce).not.toHaveBeenCalled();
  });
});
