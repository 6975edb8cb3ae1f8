import type { IEnquiry, IFeedback } from '../../data/stores/types';
import type { EnquiryStatus } from '../../domain/enquiryValues';
import { DEFAULT_WORK_TYPES } from '../../domain/workTypes';
import { parseReferences } from '../../domain/references';
import {
  draftToPost,
  escalatedSteps,
  excerpt,
  flagReview,
  latestFlagByEnquiry,
  fieldsInError,
  mergeFirstPage,
  minutesBetween,
  QUESTION_MAX_LENGTH,
  REFERENCES_READ_MAX_LENGTH,
  statusAnnouncements,
  statusText,
  timing,
  toggledReferences,
  validateDraft
} from './model';
import type { IAnnouncementTemplates, IEnquiryDraft } from './model';

function e(id: number, status: EnquiryStatus, over: Partial<IEnquiry> = {}): IEnquiry {
  return {
    id,
    etag: '"1"',
    created: undefined,
    modified: undefined,
    editorName: undefined,
    status,
    requestKey: 'rk' + id,
    workType: 'ABSTUDY',
    reason: 'r',
    question: 'q',
    referencesChecked: [],
    customerOnHold: false,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: 'so1@boutique.local',
    assigneeName: undefined,
    authorName: undefined,
    ...over
  };
}

const T: IAnnouncementTemplates = {
  claimed: 'Your {0} enquiry was claimed by {1}',
  takenOver: 'Your {0} enquiry was taken over by {1}',
  resolved: 'Your {0} enquiry was answered by {1}',
  escalated: 'Your {0} enquiry was escalated',
  withdrawn: 'Your {0} enquiry was withdrawn',
  released: 'Your {0} enquiry is back in the queue',
  someone: 'a TPS officer'
};

describe('mergeFirstPage', () => {
  it('replaces by id, adds new ones, keeps older pages, drops vanished recent ones, newest first', () => {
    const shown = [e(10, 'Waiting'), e(9, 'Waiting'), e(8, 'Waiting'), e(3, 'Resolved'), e(2, 'Resolved')];
    const fresh = [e(11, 'Waiting'), e(10, 'Claimed'), e(8, 'Waiting')];
    const merged = mergeFirstPage(shown, fresh);
    expect(merged.map((x) => x.id)).toEqual([11, 10, 8, 3, 2]);
    expect(merged[1].status).toBe('Claimed');
  });

  it('an empty first page means no enquiries', () => {
    expect(mergeFirstPage([e(1, 'Waiting')], [])).toEqual([]);
  });
});

describe('statusAnnouncements', () => {
  it('says each status change once, naming the work type and the TPSO', () => {
    const before = [e(1, 'Waiting'), e(2, 'Claimed', { workType: 'PES', assigneeName: 'Tom Peer' }), e(3, 'Waiting')];
    const after = [
      e(4, 'Waiting'),
      e(1, 'Claimed', { assigneeName: 'Tom Peer' }),
      e(2, 'Resolved', { workType: 'PES', assigneeName: 'Tom Peer' }),
      e(3, 'Waiting')
    ];
    expect(statusAnnouncements(before, after, DEFAULT_WORK_TYPES, T)).toEqual([
      'Your ABSTUDY enquiry was claimed by Tom Peer',
      'Your Pensioner Education Supplement (PES) enquiry was answered by Tom Peer'
    ]);
  });

  it('falls back to "a TPS officer" and says nothing when nothing changed', () => {
    expect(statusAnnouncements([e(1, 'Waiting')], [e(1, 'TakenOver')], DEFAULT_WORK_TYPES, T)).toEqual([
      'Your ABSTUDY enquiry was taken over by a TPS officer'
    ]);
    expect(statusAnnouncements([e(1, 'Waiting')], [e(1, 'Waiting')], DEFAULT_WORK_TYPES, T)).toEqual([]);
  });
});

describe('times', () => {
  it('minutesBetween is whole minutes, never negative', () => {
    const t = new Date('2025-06-01T00:00:00Z');
    expect(minutesBetween(t, new Date(t.getTime() + 9.9 * 60000))).toBe(9);
    expect(minutesBetween(t, new Date(t.getTime() - 60000))).toBe(0);
    expect(minutesBetween(undefined, t)).toBeUndefined();
  });
});

describe('card lines', () => {
  const created = new Date('2025-06-02T00:00:00Z');

  it('says the status and who holds it, "a TPS officer" when the name is not known', () => {
    expect(statusText(e(1, 'Claimed', { assigneeName: 'Tom Peer' }))).toBe('Claimed by Tom Peer');
    expect(statusText(e(1, 'Resolved'))).toBe('Answered by a TPS officer');
    expect(statusText(e(1, 'Withdrawn'))).toBe('Withdrawn');
  });

  it('times a waiting enquiry against its guideline, a claimed one by its wait, an answered one by its answer', () => {
    expect(timing(e(1, 'Waiting', { created }), new Date('2025-06-02T00:12:00Z'), 10)).toEqual({
      text: 'waiting 12 min',
      over: true
    });
    expect(timing(e(1, 'Claimed', { created, claimedAt: new Date('2025-06-02T00:04:00Z') }), created, 10).text).toBe(
      'waited 4 min before it was claimed'
    );
    expect(timing(e(1, 'Resolved', { created, resolvedAt: new Date('2025-06-02T00:09:00Z') }), created, 10).text).toBe(
      'answered after 9 min'
    );
    expect(timing(e(1, 'Waiting'), created, 10)).toEqual({ text: '', over: false });
  });

  it('cuts a long question to one line', () => {
    expect(excerpt('a  b\n c', 200)).toBe('a b c');
    expect(excerpt('abcdef', 4)).toBe('abc…');
  });
});

describe('the draft', () => {
  const valid: IEnquiryDraft = {
    requestKey: 'k',
    workType: 'ABSTUDY',
    reason: 'System will not allow updates',
    referencesChecked: ['NNU'],
    referencesRead: '111-05070020',
    question: ' Rate will not update ',
    customerOnHold: false,
    crn: '123 456 789a',
    centreTimeZone: 'Australia/Canberra'
  };
  const check = (d: IEnquiryDraft): string[] =>
    fieldsInError(
      validateDraft(d, DEFAULT_WORK_TYPES, parseReferences(d.referencesRead), { now: new Date('2025-06-01T00:00:00Z') })
    );

  it('passes a complete draft and names what is missing, in screen order', () => {
    expect(check(valid)).toEqual([]);
    expect(
      check({
        ...valid,
        workType: 'Nope',
        reason: '',
        referencesChecked: [],
        referencesRead: 'abc',
        question: ' ',
        crn: '1234',
        centreTimeZone: ''
      })
    ).toEqual(['centre', 'workType', 'reason', 'references', 'referencesRead', 'question', 'crn']);
    expect(check({ ...valid, question: 'DOB 12/03/1985, rate wrong' })).toEqual(['question']);
  });

  it('refuses a question over the 4,000-character limit and Operational Blueprint numbers over 255, saying the limit', () => {
    expect(QUESTION_MAX_LENGTH).toBe(4000);
    expect(REFERENCES_READ_MAX_LENGTH).toBe(255);
    const long: string = 'Rate will not update after the income change. '.repeat(90); // 4,140 characters
    const errors = validateDraft(
      { ...valid, question: long },
      DEFAULT_WORK_TYPES,
      parseReferences(valid.referencesRead)
    );
    expect(errors.question).toMatch(/4000/);
    expect(errors.question).toMatch(String(long.trim().length));
    expect(check({ ...valid, question: ' ' + 'x'.repeat(4000) + ' ' })).toEqual([]);
    const nineteen: string = Array.from({ length: 19 }, (_v, i) => '111-0507' + String(1000 + i)).join(', '); // 264 characters
    const refs = validateDraft({ ...valid, referencesRead: nineteen }, DEFAULT_WORK_TYPES, parseReferences(nineteen));
    expect(refs.referencesRead).toMatch(/255/);
    const eighteen: string = nineteen.split(', ').slice(0, 18).join(', '); // 250 characters
    expect(check({ ...valid, referencesRead: eighteen })).toEqual([]);
  });

  it('asks for the centre and never takes the browser zone or an alias (the ACT is its own centre)', () => {
    expect(check({ ...valid, centreTimeZone: undefined })).toEqual(['centre']);
    expect(check({ ...valid, centreTimeZone: 'Australia/ACT' })).toEqual(['centre']);
    expect(check({ ...valid, centreTimeZone: 'Australia/Perth' })).toEqual([]);
  });

  it('refuses Apprenticeship Commencements (task cards, seed 000) and a stop payment without its DOC', () => {
    expect(check({ ...valid, workType: 'APPRENTICES', taskCardWork: true })).toEqual(['taskCards']);
    expect(check({ ...valid, workType: 'APPRENTICES', taskCardWork: false })).toEqual([]);
    // the tick only means something for Apprentices (left over after changing the work type: ignored)
    expect(check({ ...valid, workType: 'ABSTUDY', taskCardWork: true })).toEqual([]);
    expect(check({ ...valid, stopPayment: true })).toEqual(['stopPayment']);
    expect(check({ ...valid, stopPayment: true, stopPaymentDocRecorded: true })).toEqual([]);
  });

  it('keeps "Nothing checked" on its own', () => {
    expect(toggledReferences(['NNU'], 'Nothing checked', true)).toEqual(['Nothing checked']);
    expect(toggledReferences(['Nothing checked'], 'NNU', true)).toEqual(['NNU']);
    expect(toggledReferences(['NNU', 'mySupport'], 'NNU', false)).toEqual(['mySupport']);
  });

  it('posts the CRN normalised, the valid numbers and the question trimmed', () => {
    const d: IEnquiryDraft = { ...valid, referencesRead: '111-05070020, abc' };
    expect(draftToPost(d, parseReferences(d.referencesRead))).toMatchObject({
      crn: '123456789A',
      referencesRead: '111-05070020',
      question: 'Rate will not update'
    });
  });
});

describe('after an escalation, and flags in review', () => {
  it('an escalated NNU-backed system issue: keep handling, what to say, ICT through mySupport unless Families', () => {
    expect(
      escalatedSteps(e(1, 'Escalated', { escalationCategory: 'SystemIssue', nnuReference: 'NNU 2025-041' }))
    ).toEqual(['keepHandling', 'tellCustomer', 'callbackIsYours', 'ictThroughMySupport', 'familiesWebform']);
    expect(escalatedSteps(e(2, 'Escalated', { escalationCategory: 'PolicyReferral' }))).not.toContain(
      'ictThroughMySupport'
    );
    expect(escalatedSteps(e(3, 'Resolved', { escalationCategory: 'SystemIssue', nnuReference: 'NNU 1' }))).toEqual([]);
  });

  const flag = (id: number, enquiryId: number, status: string, outcome?: string): IFeedback =>
    ({ id, enquiryId, status, outcome }) as unknown as IFeedback;

  it("reads the officer's latest flag per enquiry and what the review decided", () => {
    const byEnquiry = latestFlagByEnquiry([flag(9, 4, 'Confirmed'), flag(8, 4, 'Flagged'), flag(7, 5, 'New')]);
    expect(byEnquiry[4].id).toBe(9);
    expect(flagReview(byEnquiry[5])).toEqual({ outcome: 'inReview', reason: undefined });
    expect(flagReview(flag(1, 1, 'Confirmed'))).toEqual({ outcome: 'confirmed', reason: undefined });
    // a closed flag's outcome is the Team Leader's coaching note: never shown to the officer
    expect(flagReview(flag(1, 1, 'Closed', 'Coached on recoding'))).toEqual({
      outcome: 'confirmed',
      reason: undefined
    });
    expect(flagReview(flag(1, 1, 'Declined', 'The answer matches the NNU'))).toEqual({
      outcome: 'declined',
      reason: 'The answer matches the NNU'
    });
  });
});
