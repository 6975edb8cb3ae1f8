import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEscalation, IHandling, IHandlingPatch, INewEscalation } from '../../data/stores/types';
import { ConflictError } from '../../data/errors';
import { actorOf, MAX_LENGTH } from './model';
import { claim, escalate, finalise, mailStillDue, release, sendAnswerAgain, takeOver } from './actions';
import type { IFinaliseProgress } from './actions';
import { mailOutcomeOf } from '../../data/mail';

const TOM = actorOf({ login: 'tpso1@boutique.local', displayName: 'Tom Peer' });

function enquiry(over: Partial<IEnquiry> = {}): IEnquiry {
  return {
    id: 7,
    etag: '"1"',
    created: new Date('2025-04-11T00:00:00Z'),
    modified: undefined,
    editorName: undefined,
    status: 'Waiting',
    requestKey: 'rk',
    workType: 'AIC',
    reason: 'r',
    question: 'Rate will not update',
    referencesChecked: ['NNU'],
    customerOnHold: true,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: 'so1@boutique.local',
    assigneeName: undefined,
    authorName: 'Sam Service',
    ...over
  } as IEnquiry;
}

const claimed = (over: Partial<IEnquiry> = {}): IEnquiry =>
  enquiry({
    status: 'Claimed',
    assigneeKey: TOM.key,
    assigneeName: 'Tom Peer',
    claimedAt: new Date('2025-04-11T00:01:00Z'),
    handling: { id: 70, etag: '"h1"' },
    ...over
  });

/** An Enquiry Handling item as the store returns it. */
const handlingItem = (over: Partial<IHandling> = {}): IHandling => ({
  id: 70,
  etag: '"h2"',
  created: undefined,
  modified: undefined,
  editorName: undefined,
  enquiryId: 7,
  workType: 'AIC',
  requesterKey: 'so1@boutique.local',
  status: 'Claimed',
  assigneeKey: TOM.key,
  assigneeName: 'Tom Peer',
  ...over
});

/** Data services with only what the actions use, each a jest mock. */
function fakeData() {
  const created: INewEscalation[] = [];
  const enquiries = {
    resolveUserId: jest.fn(async () => 12),
    patchOnce: jest.fn(async (_id: number, _patch: unknown, _etag: string, _assigneeId?: number) => '"2"'),
    getById: jest.fn(async (id: number) => enquiry({ id }))
  };
  const escalations = {
    create: jest.fn(async (input: INewEscalation) => {
      created.push(input);
      return { ...input, id: 99, status: 'Open', notes: [], assigneeName: undefined } as unknown as IEscalation;
    })
  };
  const handling = {
    claim: jest.fn(async () => handlingItem({ claimedAt: new Date() })),
    update: jest.fn(async (read: IHandling, patch: IHandlingPatch) => {
      const next: Record<string, unknown> = { ...read, ...patch, etag: '"h2"' };
      for (const k of patch.clear || []) {
        next[k] = undefined;
      }
      delete next.clear;
      return next as unknown as IHandling;
    })
  };
  const sendEnquirySummary = jest.fn(async (_mail: unknown): Promise<void> => undefined);
  // As the real mailer does: the outcome of the same send, never a rejection.
  const mailer = {
    sendEnquirySummary,
    trySendEnquirySummary: jest.fn((mail: unknown) =>
      sendEnquirySummary(mail).then(
        () => ({ kind: 'sent' }),
        (err: unknown) => mailOutcomeOf(err)
      )
    )
  };
  const data = { enquiries, escalations, mailer, handling } as unknown as IDataServices;
  return { data, enquiries, escalations, mailer, created, handling };
}

describe('claim', () => {
  it("with the person id known: Enquiry Handling first, then the officer's copy with the ETag read, no lookup", async () => {
    const f = fakeData();
    const next = await claim(f.data, enquiry(), TOM, 12);
    expect(f.enquiries.resolveUserId).not.toHaveBeenCalled();
    expect(f.handling.claim).toHaveBeenCalledWith(
      { enquiryId: 7, workType: 'AIC', requesterKey: 'so1@boutique.local' },
      TOM.key,
      12,
      expect.any(Date)
    );
    expect(f.enquiries.patchOnce).toHaveBeenCalledTimes(1);
    expect(f.enquiries.patchOnce).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ status: 'Claimed', assigneeKey: TOM.key }),
      '"1"',
      12
    );
    expect(next).toMatchObject({
      status: 'Claimed',
      assigneeName: 'Tom Peer',
      etag: '"2"',
      handling: { id: 70, etag: '"h2"' }
    });
  });

  it('with the id not yet known: resolves it first, so the claim never lands without the person', async () => {
    const f = fakeData();
    await claim(f.data, enquiry(), TOM, undefined);
    expect(f.enquiries.resolveUserId).toHaveBeenCalledWith(TOM.key);
    expect(f.enquiries.patchOnce).toHaveBeenCalledWith(7, expect.anything(), '"1"', 12);
  });

  it("names the claimant from the actor when SharePoint's answer does not expand the person, and keeps the new ETag", async () => {
    const f = fakeData();
    f.handling.claim.mockResolvedValueOnce(
      handlingItem({ assigneeName: undefined, etag: '"h9"', claimedAt: new Date() })
    );
    const next = await claim(f.data, enquiry(), TOM, 12);
    expect(next).toMatchObject({ status: 'Claimed', assigneeName: 'Tom Peer', handling: { id: 70, etag: '"h9"' } });
    // Enquiry Handling is written before the officer's copy
    expect(f.handling.claim.mock.invocationCallOrder[0]).toBeLessThan(
      f.enquiries.patchOnce.mock.invocationCallOrder[0]
    );
  });

  it('gives the claim back when the officer withdrew meanwhile (their copy answers 412 and reads Withdrawn)', async () => {
    const f = fakeData();
    f.enquiries.patchOnce.mockRejectedValueOnce(new ConflictError('enquiry', 'Sam Service', new Date()));
    f.enquiries.getById.mockResolvedValueOnce(enquiry({ status: 'Withdrawn', etag: '"3"' }));
    await expect(claim(f.data, enquiry(), TOM, 12)).rejects.toMatchObject({
      isActionRefused: true,
      message: expect.stringMatching(/withdrew/)
    });
    expect(f.handling.update).toHaveBeenCalledWith(expect.objectContaining({ id: 70 }), {
      status: 'Withdrawn',
      clear: ['assigneeKey', 'claimedAt']
    });
    expect(f.enquiries.patchOnce).toHaveBeenCalledTimes(1);
  });

  it('does not copy twice when the copy was saved before its answer was lost (504, then 412 on the re-send)', async () => {
    const f = fakeData();
    f.enquiries.patchOnce.mockRejectedValueOnce(new ConflictError('enquiry', 'Tom Peer', new Date()));
    f.enquiries.getById.mockResolvedValueOnce(enquiry({ status: 'Claimed', assigneeKey: TOM.key, etag: '"2"' }));
    const next = await claim(f.data, enquiry(), TOM, 12);
    expect(next).toMatchObject({ status: 'Claimed', assigneeName: 'Tom Peer', etag: '"2"' });
    expect(f.enquiries.patchOnce).toHaveBeenCalledTimes(1);
  });

  it('writes over any other change the officer made meanwhile, with the ETag read again', async () => {
    const f = fakeData();
    f.enquiries.patchOnce.mockRejectedValueOnce(new ConflictError('enquiry', 'Sam Service', new Date()));
    f.enquiries.getById.mockResolvedValueOnce(enquiry({ status: 'Waiting', etag: '"3"', question: 'Edited' }));
    const next = await claim(f.data, enquiry(), TOM, 12);
    expect(next.status).toBe('Claimed');
    expect(f.enquiries.patchOnce).toHaveBeenLastCalledWith(
      7,
      expect.objectContaining({ status: 'Claimed' }),
      '"3"',
      12
    );
    expect(f.handling.update).not.toHaveBeenCalled();
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

describe('the handling-first write', () => {
  it("applies the decision to the Enquiry Handling item as read (its ETag), then copies it to the officer with '*'", async () => {
    const f = fakeData();
    const next = await release(f.data, claimed(), TOM);
    expect(f.handling.update).toHaveBeenCalledWith(
      expect.objectContaining({ id: 70, etag: '"h1"', enquiryId: 7, status: 'Claimed', assigneeKey: TOM.key }),
      expect.objectContaining({ status: 'Waiting', clear: expect.arrayContaining(['assigneeKey']) }),
      undefined
    );
    expect(f.enquiries.patchOnce).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ status: 'Waiting' }),
      '*',
      undefined
    );
    expect(next).toMatchObject({ status: 'Waiting', assigneeKey: undefined, handling: { id: 70, etag: '"h2"' } });
  });

  it('refuses an enquiry with no Enquiry Handling item (not claimed through the queue): nothing written', async () => {
    const f = fakeData();
    await expect(takeOver(f.data, claimed({ handling: undefined }), TOM, 'Complex arrears')).rejects.toMatchObject({
      isActionRefused: true
    });
    expect(f.handling.update).not.toHaveBeenCalled();
    expect(f.enquiries.patchOnce).not.toHaveBeenCalled();
  });

  it("keeps the decision when only the officer's copy fails, and says so", async () => {
    const f = fakeData();
    f.enquiries.patchOnce.mockRejectedValueOnce(Object.assign(new Error('Service unavailable'), { status: 503 }));
    const failed = await takeOver(f.data, claimed(), TOM, 'Complex arrears').catch((e) => e);
    expect(failed.isOfficerCopyFailed).toBe(true);
    expect(failed.saved).toMatchObject({ status: 'TakenOver', takenOverByKey: TOM.key, handling: { etag: '"h2"' } });
  });
});

describe('finalise', () => {
  const input = {
    referencesGiven: '111-05070020',
    comment: 'Recode the income.',
    notify: true,
    workTypeTitle: 'AIC (list title)'
  };

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
    expect(f.mailer.sendEnquirySummary).toHaveBeenCalledWith(
      expect.objectContaining({ subject: expect.stringContaining('AIC (list title)') })
    );
    expect(f.handling.update).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 70, etag: '"h1"' }),
      expect.objectContaining({ status: 'Resolved' }),
      undefined
    );
    // the officer's copy: the answer, without the TPSO's day key
    expect(f.enquiries.patchOnce).toHaveBeenLastCalledWith(
      7,
      expect.not.objectContaining({ resolvedDayKey: expect.anything() }),
      '*',
      undefined
    );
  });

  it('refuses Comments longer than the 4,000-character Resolution column before mailing; 4,000 is accepted', async () => {
    expect(MAX_LENGTH.resolution).toBe(4000);
    const f = fakeData();
    const refused = await finalise(
      f.data,
      claimed(),
      TOM,
      { ...input, comment: 'Recode the income. '.repeat(211) },
      { mailSent: false }
    ).catch((e) => e);
    expect(refused).toMatchObject({ isActionRefused: true, message: expect.stringMatching(/4000/) });
    expect(f.mailer.sendEnquirySummary).not.toHaveBeenCalled();
    expect(f.handling.update).not.toHaveBeenCalled();
    const done = await finalise(
      f.data,
      claimed(),
      TOM,
      { ...input, comment: ' ' + 'x'.repeat(4000) + ' ' },
      { mailSent: false }
    );
    expect(done.status).toBe('Resolved');
    expect(done.resolution).toHaveLength(4000);
  });

  it('finalises without the mail while Mail.Send is not approved, then sends it again once it is', async () => {
    const f = fakeData();
    const progress: IFinaliseProgress = { mailSent: false };
    const denied = Object.assign(
      new Error(
        'Error making HttpClient request in queryable [403] Forbidden ::> ' +
          JSON.stringify({
            error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' }
          })
      ),
      { isHttpRequestError: true, status: 403 }
    );
    f.mailer.sendEnquirySummary.mockRejectedValueOnce(denied);
    const done = await finalise(f.data, claimed(), TOM, input, progress);
    expect(done.status).toBe('Resolved');
    expect(progress.mailNotSent).toEqual({ kind: 'consentMissing' });
    // the answer is saved; NotifiedAt waits for the mail
    expect(f.handling.update).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.not.objectContaining({ notifiedAt: expect.anything() }),
      undefined
    );
    expect(mailStillDue(done)).toBe(true);
    const sent = await sendAnswerAgain(f.data, { ...done, assigneeKey: TOM.key }, TOM, 'AIC (list title)');
    expect(f.mailer.sendEnquirySummary).toHaveBeenCalledTimes(2);
    expect(f.mailer.sendEnquirySummary).toHaveBeenLastCalledWith(expect.objectContaining({ crn: '' }));
    expect(f.handling.update).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ notifiedAt: expect.any(Date) }),
      undefined
    );
    expect(sent).toBeDefined();
  });

  it('takes references past the old 255 characters, and refuses them past the Note column\u2019s 4000 before mailing', async () => {
    const twenty: string = Array.from({ length: 20 }, (_v, i) => '111-0507' + String(1000 + i)).join(', ');
    expect(twenty.length).toBeGreaterThan(255);
    const ok = fakeData();
    await expect(
      finalise(ok.data, claimed(), TOM, { ...input, referencesGiven: twenty }, { mailSent: false })
    ).resolves.toMatchObject({ referencesGiven: twenty });
    const f = fakeData();
    const many: string = Array.from({ length: 300 }, (_v, i) => '111-0507' + String(1000 + i)).join(', ');
    await expect(
      finalise(f.data, claimed(), TOM, { ...input, referencesGiven: many }, { mailSent: false })
    ).rejects.toThrow(/4000/);
    expect(f.mailer.sendEnquirySummary).not.toHaveBeenCalled();
    expect(f.enquiries.patchOnce).not.toHaveBeenCalled();
  });
});

describe('escalate', () => {
  const base = {
    category: 'SystemIssue' as const,
    referredToIct: true,
    ictIncident: 'inc 0012345',
    nnuReference: 'NNU 2024/17',
    docRecorded: true,
    summary: 'Rate will not update after the income change.',
    requestKey: 'esc-1'
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
    await escalate(
      f.data,
      claimed(),
      TOM,
      { ...base, affectsEntitlement: false, eped: new Date('2025-04-17T02:00:00Z') },
      raised
    );
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
