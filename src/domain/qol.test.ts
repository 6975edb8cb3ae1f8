import { assessQol, monthsBetween, qolDraftProblems, qolFollowUp, qolMonthKey } from './qol';
import type { IQolCheckDraft } from './qol';

const draft = (over: Partial<IQolCheckDraft> = {}): IQolCheckDraft => ({
  officerKey: 'so1@x',
  workType: 'ABSTUDY',
  activityRef: 'ACT-1',
  pillarsFailed: [],
  nonCriticalErrors: [],
  feedback: '',
  ...over
});

describe('QOL rules', () => {
  it('a failed pillar makes a critical error sent back; other errors are non-critical and fed back', () => {
    expect(assessQol(['RightRate'], 2)).toEqual({
      outcome: 'CriticalError',
      requiresSendBack: true,
      requiresFeedback: true
    });
    expect(assessQol([], 1)).toEqual({ outcome: 'NonCriticalError', requiresSendBack: false, requiresFeedback: true });
    expect(assessQol([], 0)).toEqual({ outcome: 'Correct', requiresSendBack: false, requiresFeedback: false });
  });

  it('a draft needs an officer, a work type, an activity and, with any error, feedback', () => {
    expect(qolDraftProblems(draft())).toEqual([]);
    expect(qolDraftProblems(draft({ officerKey: ' ', workType: '', activityRef: '' }))).toEqual([
      'NoOfficer',
      'NoWorkType',
      'NoActivityRef'
    ]);
    expect(qolDraftProblems(draft({ nonCriticalErrors: ['Documentation'] }))).toEqual(['FeedbackRequired']);
    expect(qolDraftProblems(draft({ pillarsFailed: ['RightDate'], feedback: 'Date of effect wrong.' }))).toEqual([]);
  });

  it('follow-up stays open until the officer acknowledges and, when sent back, confirms corrected', () => {
    expect(qolFollowUp('Correct', [])).toEqual({ feedbackOpen: false, sendBackOpen: false });
    expect(qolFollowUp('NonCriticalError', [])).toEqual({ feedbackOpen: true, sendBackOpen: false });
    expect(qolFollowUp('CriticalError', ['Acknowledged'])).toEqual({ feedbackOpen: false, sendBackOpen: true });
    expect(qolFollowUp('CriticalError', ['Acknowledged', 'Corrected'])).toEqual({
      feedbackOpen: false,
      sendBackOpen: false
    });
  });

  it('month keys are lower-case key|yyyy-MM, and a period is read month by month', () => {
    expect(qolMonthKey('SO1@X', 2025, 3)).toBe('so1@x|2025-03');
    expect(monthsBetween({ year: 2024, month: 11 }, { year: 2025, month: 2 })).toEqual([
      { year: 2024, month: 11 },
      { year: 2024, month: 12 },
      { year: 2025, month: 1 },
      { year: 2025, month: 2 }
    ]);
  });
});
