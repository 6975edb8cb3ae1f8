import { readReferences, storeReferences } from './references';
import type { TypedReference } from './references';
import { applyEnquiryAction, canDo, Actor, EnquiryActionResult, EnquiryState } from './enquiryLifecycle';
// The refusal codes, read through the words people see (src/shared/loc), so both are checked.
import { enquiryRefusalText } from '../shared/text/enquiryRefusals';

const so: Actor = { key: 'so1', displayName: 'Sam Officer', roles: ['ServiceOfficer'] };
const otherSo: Actor = { key: 'so2', displayName: 'Sue Other', roles: ['ServiceOfficer'] };
const tom: Actor = { key: 'tpso1', displayName: 'Tom Peer', roles: ['TPSO'], workTypes: ['ABSTUDY', 'FHA'] };
const tina: Actor = { key: 'tpso2', displayName: 'Tina Peer', roles: ['TPSO'] };
const now: Date = new Date('2026-03-04T01:00:00Z');

const waiting: EnquiryState = { status: 'Waiting', workType: 'ABSTUDY', postedByKey: 'so1', crn: '204512345K' };
const claimed: EnquiryState = {
  ...waiting,
  status: 'Claimed',
  assigneeKey: 'tpso1',
  assigneeName: 'Tom Peer',
  claimedAt: now
};

function patchOf(r: EnquiryActionResult): Partial<EnquiryState> {
  if (!r.ok) {
    throw new Error('expected ok, got: ' + r.refusal.code);
  }
  return r.patch;
}
function messageOf(r: EnquiryActionResult): string {
  if (r.ok) {
    throw new Error('expected a refusal');
  }
  return enquiryRefusalText(r.refusal);
}

describe('post', () => {
  it('creates a waiting enquiry', () => {
    const p = patchOf(
      applyEnquiryAction(
        undefined,
        { kind: 'post', workType: 'ABSTUDY', reason: 'Arrears', question: 'Rate does not reflect the record' },
        so,
        now
      )
    );
    expect(p).toMatchObject({ status: 'Waiting', postedByKey: 'so1', workType: 'ABSTUDY', createdAt: now });
  });
  it('refuses a question with a CRN in it', () => {
    const m = messageOf(
      applyEnquiryAction(
        undefined,
        { kind: 'post', workType: 'ABSTUDY', reason: 'Arrears', question: 'CRN 204 512 345K rate wrong' },
        so,
        now
      )
    );
    expect(m).toBe('The question contains personal details (CRN). Replace them before saving.');
  });
  it('refuses an empty question', () => {
    expect(
      messageOf(
        applyEnquiryAction(undefined, { kind: 'post', workType: 'ABSTUDY', reason: 'Arrears', question: '  ' }, so, now)
      )
    ).toBe('Write your question.');
  });
});

describe('withdraw', () => {
  it('only the poster, only while waiting; clears the CRN', () => {
    expect(patchOf(applyEnquiryAction(waiting, { kind: 'withdraw' }, so, now))).toEqual({
      status: 'Withdrawn',
      withdrawnAt: now,
      crn: ''
    });
    expect(messageOf(applyEnquiryAction(waiting, { kind: 'withdraw' }, otherSo, now))).toMatch(
      /Only the officer who posted/
    );
    expect(messageOf(applyEnquiryAction(claimed, { kind: 'withdraw' }, so, now))).toBe(
      'This enquiry was already claimed by Tom Peer, so it can no longer be withdrawn.'
    );
  });
});

describe('claim', () => {
  it('a TPSO claims a waiting enquiry', () => {
    expect(patchOf(applyEnquiryAction(waiting, { kind: 'claim' }, tom, now))).toEqual({
      status: 'Claimed',
      assigneeKey: 'tpso1',
      assigneeName: 'Tom Peer',
      claimedAt: now
    });
  });
  it('the loser of a race is told who won', () => {
    expect(messageOf(applyEnquiryAction(claimed, { kind: 'claim' }, tina, now))).toBe(
      'This enquiry was already claimed by Tom Peer.'
    );
    expect(messageOf(applyEnquiryAction(claimed, { kind: 'claim' }, tom, now))).toBe(
      'You have already claimed this enquiry.'
    );
  });
  it('Service Officers cannot claim; rostered work types are respected', () => {
    expect(canDo(waiting, 'claim', so)).toBe(false);
    expect(messageOf(applyEnquiryAction({ ...waiting, workType: 'PES' }, { kind: 'claim' }, tom, now))).toBe(
      'You are not rostered for PES enquiries.'
    );
    expect(canDo({ ...waiting, workType: 'PES' }, 'claim', tina)).toBe(true);
  });
  it('cannot claim a finished enquiry', () => {
    expect(messageOf(applyEnquiryAction({ ...waiting, status: 'Resolved' }, { kind: 'claim' }, tom, now))).toBe(
      'This enquiry is already resolved.'
    );
  });
});

describe('release and take over', () => {
  it('the claimant releases back to the queue', () => {
    expect(patchOf(applyEnquiryAction(claimed, { kind: 'release' }, tom, now))).toMatchObject({
      status: 'Waiting',
      assigneeKey: ''
    });
    expect(canDo(claimed, 'release', tina)).toBe(false);
  });
  it('take over records who, when and why', () => {
    expect(
      patchOf(applyEnquiryAction(claimed, { kind: 'takeOver', reason: 'Over 10 minutes, complex arrears' }, tom, now))
    ).toEqual({
      status: 'TakenOver',
      takenOverAt: now,
      takenOverByKey: 'tpso1',
      takenOverReason: 'Over 10 minutes, complex arrears'
    });
    expect(messageOf(applyEnquiryAction(claimed, { kind: 'takeOver', reason: ' ' }, tom, now))).toBe(
      'Say why you are taking over this enquiry.'
    );
    expect(canDo({ ...claimed, status: 'TakenOver' }, 'takeOver', tom)).toBe(false);
    expect(messageOf(applyEnquiryAction(waiting, { kind: 'takeOver', reason: 'x' }, tom, now))).toBe(
      'Claim this enquiry first.'
    );
  });
});

describe('resolve', () => {
  it('needs valid references and a summary, and clears the CRN', () => {
    const p = patchOf(
      applyEnquiryAction(
        claimed,
        { kind: 'resolve', referencesGiven: '111-05070020, 109-01010000', comment: 'Recode the income stream.' },
        tom,
        now
      )
    );
    expect(p).toEqual({
      status: 'Resolved',
      resolvedAt: now,
      referencesGiven: '111-05070020, 109-01010000',
      resolution: 'Recode the income stream.',
      crn: ''
    });
    expect(
      messageOf(applyEnquiryAction(claimed, { kind: 'resolve', referencesGiven: '', comment: 'x' }, tom, now))
    ).toMatch(/at least one reference you used/);
    expect(
      messageOf(applyEnquiryAction(claimed, { kind: 'resolve', referencesGiven: '111.11030', comment: 'x' }, tom, now))
    ).toMatch(/111\.11030/);
    expect(
      messageOf(
        applyEnquiryAction(claimed, { kind: 'resolve', referencesGiven: '111-05070020', comment: '' }, tom, now)
      )
    ).toMatch(/summary/);
    expect(
      messageOf(
        applyEnquiryAction(
          claimed,
          { kind: 'resolve', referencesGiven: '111-05070020', comment: 'DOB 01/01/1970 wrong' },
          tom,
          now
        )
      )
    ).toMatch(/date of birth/);
  });
  it('takes typed references with no OB number forced, and refuses bad links and personal details', () => {
    const typed = storeReferences([
      { kind: 'NNU', text: 'NNU 2024-118 study load coding', url: 'https://intranet.example/nnu/2024-118' },
      { kind: 'Resource', text: 'stopPayment' }
    ]);
    const p = patchOf(
      applyEnquiryAction(
        claimed,
        { kind: 'resolve', referencesGiven: typed, comment: 'Use the workaround in the NNU.' },
        tom,
        now
      )
    );
    expect(readReferences(p.referencesGiven)).toEqual([
      { kind: 'NNU', text: 'NNU 2024-118 study load coding', url: 'https://intranet.example/nnu/2024-118' },
      { kind: 'Resource', text: 'stopPayment' }
    ]);
    const bad = (refs: TypedReference[]): string =>
      messageOf(
        applyEnquiryAction(
          claimed,
          { kind: 'resolve', referencesGiven: storeReferences(refs), comment: 'ok' },
          tom,
          now
        )
      ) || '';
    expect(bad([{ kind: 'mySupport', text: 'KB0012', url: 'vbscript:msgbox(1)' }])).toMatch(/https:\/\//);
    expect(bad([{ kind: 'OB', text: '111.11030' }])).toMatch(/111\.11030/);
    const privacy: string = bad([{ kind: 'Other', text: 'Call with CRN 204 512 345K' }]);
    expect(privacy).toMatch(/personal details/);
    expect(privacy).not.toMatch(/345K/);
  });
  it('works from TakenOver and only for the assignee', () => {
    expect(canDo({ ...claimed, status: 'TakenOver' }, 'resolve', tom)).toBe(true);
    expect(
      messageOf(
        applyEnquiryAction(claimed, { kind: 'resolve', referencesGiven: '111-05070020', comment: 'ok' }, tina, now)
      )
    ).toBe('This enquiry was already claimed by Tom Peer.');
  });
});

describe('escalate', () => {
  it('needs a category, the DOC and an ICT incident when referred', () => {
    const base = {
      kind: 'escalate' as const,
      category: 'SystemIssue' as const,
      docRecorded: true,
      referredToIct: true,
      ictIncident: 'INC0012345'
    };
    expect(patchOf(applyEnquiryAction(claimed, base, tom, now))).toEqual({
      status: 'Escalated',
      escalatedAt: now,
      escalationCategory: 'SystemIssue',
      ictIncident: 'INC0012345',
      crn: ''
    });
    expect(messageOf(applyEnquiryAction(claimed, { ...base, docRecorded: false }, tom, now))).toMatch(
      /Record the escalation DOC/
    );
    expect(messageOf(applyEnquiryAction(claimed, { ...base, ictIncident: '' }, tom, now))).toMatch(
      /ICT incident number/
    );
    expect(
      patchOf(
        applyEnquiryAction(
          claimed,
          { ...base, referredToIct: false, ictIncident: undefined, category: 'PolicyReferral' },
          tom,
          now
        )
      ).ictIncident
    ).toBe('');
    expect(messageOf(applyEnquiryAction(claimed, { ...base, notes: 'TFN 123 456 782' }, tom, now))).toMatch(
      /Tax File Number/
    );
  });
  it('cannot escalate a waiting enquiry', () => {
    expect(canDo(waiting, 'escalate', tom)).toBe(false);
  });
  it('a missing enquiry is explained', () => {
    expect(messageOf(applyEnquiryAction(undefined, { kind: 'claim' }, tom, now))).toBe(
      'This enquiry no longer exists.'
    );
  });
});

describe('outcomes, complex claims and corrections (seeds 001, 002 items 3 and 4)', () => {
  const tom: Actor = { key: 'tpso1@x', displayName: 'Tom Peer', roles: ['TPSO'] };
  const ann: Actor = { key: 'tpso2@x', displayName: 'Ann Other', roles: ['TPSO'] };
  const now: Date = new Date('2026-03-04T01:00:00Z');
  const held: EnquiryState = {
    status: 'Claimed',
    workType: 'AIC',
    postedByKey: 'so1@x',
    assigneeKey: tom.key,
    assigneeName: 'Tom Peer',
    reason: 'System will not allow updates',
    crn: '123456789A'
  };

  it('records a warm transfer to the Team Leader or a confirm-only contact as resolved, clearing the CRN', () => {
    const r = applyEnquiryAction(held, { kind: 'recordOutcome', outcome: 'WarmTransferTeamLeader' }, tom, now);
    expect(r).toEqual({
      ok: true,
      patch: { status: 'Resolved', resolvedAt: now, outcome: 'WarmTransferTeamLeader', resolution: '', crn: '' }
    });
    expect(
      applyEnquiryAction(
        held,
        { kind: 'recordOutcome', outcome: 'ConfirmOnly', comment: 'OB 111-05070010 already says so' },
        tom,
        now
      ).ok
    ).toBe(true);
  });

  it('refuses an outcome from someone not holding it, an unknown outcome, or a note with customer details', () => {
    expect(messageOf(applyEnquiryAction(held, { kind: 'recordOutcome', outcome: 'ConfirmOnly' }, ann, now))).toMatch(
      /Tom Peer/
    );
    expect(messageOf(applyEnquiryAction(held, { kind: 'recordOutcome', outcome: 'Nope' as never }, tom, now))).toMatch(
      /outcome/
    );
    expect(
      messageOf(
        applyEnquiryAction(
          held,
          { kind: 'recordOutcome', outcome: 'ConfirmOnly', comment: 'CRN 123 456 789A' },
          tom,
          now
        )
      )
    ).toMatch(/personal details/);
  });

  it('lets the holder mark a claim complex', () => {
    expect(applyEnquiryAction(held, { kind: 'markComplex', complex: true }, tom, now)).toEqual({
      ok: true,
      patch: { complex: true }
    });
    expect(
      applyEnquiryAction(
        { ...held, status: 'Waiting', assigneeKey: undefined },
        { kind: 'markComplex', complex: true },
        tom,
        now
      ).ok
    ).toBe(false);
  });

  it('corrects the work type or reason of a waiting enquiry (any TPSO) or a held one (its holder)', () => {
    const waiting: EnquiryState = { ...held, status: 'Waiting', assigneeKey: undefined };
    expect(applyEnquiryAction(waiting, { kind: 'correct', workType: 'PES' }, ann, now)).toEqual({
      ok: true,
      patch: { workType: 'PES' }
    });
    expect(
      applyEnquiryAction(held, { kind: 'correct', reason: 'Customer asks to speak to a technical expert' }, tom, now)
    ).toEqual({ ok: true, patch: { reason: 'Customer asks to speak to a technical expert' } });
    expect(applyEnquiryAction(held, { kind: 'correct', workType: 'PES' }, ann, now).ok).toBe(false);
    expect(messageOf(applyEnquiryAction(held, { kind: 'correct', workType: 'AIC' }, tom, now))).toMatch(/different/);
    expect(messageOf(applyEnquiryAction(held, { kind: 'correct', reason: 'Made up' }, tom, now))).toMatch(/reasons/);
    expect(applyEnquiryAction({ ...held, status: 'Resolved' }, { kind: 'correct', workType: 'PES' }, tom, now).ok).toBe(
      false
    );
  });
});
