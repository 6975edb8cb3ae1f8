import {
  applyFeedbackAction,
  awaitsReview,
  awaitsTeamLeader,
  FEEDBACK_NOTE_MAX,
  feedbackStatusOf,
  isFeedbackOpen,
  officerOutcome,
  reachesTeamLeader
} from './feedbackLifecycle';
import type { FeedbackActor, FeedbackState } from './feedbackLifecycle';

const now: Date = new Date('2026-03-04T01:00:00Z');
const flag: FeedbackState = { status: 'Flagged', raisedByKey: 'so1', tpsoKey: 'tpso1', teamLeaderKey: 'tl1' };
const sp: FeedbackActor = { key: 'sso1', roles: ['SeniorPractitioner'] };
const tl: FeedbackActor = { key: 'tl1', roles: ['TeamLeader'] };
const otherTl: FeedbackActor = { key: 'tl2', roles: ['TeamLeader'] };

describe('feedback lifecycle (seed 004 feedback protocols)', () => {
  it('a flag waits for review and reaches nobody until confirmed', () => {
    expect(awaitsReview('Flagged')).toBe(true);
    expect(reachesTeamLeader('Flagged')).toBe(false);
    expect(reachesTeamLeader('Declined')).toBe(false);
    expect(reachesTeamLeader('Confirmed')).toBe(true);
    expect(awaitsTeamLeader('Confirmed')).toBe(true);
    expect(awaitsTeamLeader('Closed')).toBe(false);
    expect(reachesTeamLeader('Closed')).toBe(true);
  });

  it('a Senior Practitioner or any Team Leader confirms or declines, with a reason', () => {
    expect(applyFeedbackAction(flag, { kind: 'confirm', note: 'The OB says otherwise.' }, sp, now)).toEqual({
      ok: true,
      patch: { status: 'Confirmed', note: 'The OB says otherwise.', byKey: 'sso1', at: now }
    });
    expect(
      applyFeedbackAction(flag, { kind: 'decline', note: 'The answer matches the NNU.' }, otherTl, now)
    ).toMatchObject({ ok: true, patch: { status: 'Declined' } });
    expect(applyFeedbackAction(flag, { kind: 'confirm', note: ' ' }, sp, now)).toEqual({
      ok: false,
      refusal: 'noteMissing'
    });
  });

  it('officers, the flag raiser and the TPSO concerned cannot review', () => {
    expect(applyFeedbackAction(flag, { kind: 'confirm', note: 'x' }, { key: 'so2', roles: ['Officer'] }, now)).toEqual({
      ok: false,
      refusal: 'notReviewer'
    });
    expect(applyFeedbackAction({ ...flag, raisedByKey: 'sso1' }, { kind: 'confirm', note: 'x' }, sp, now)).toEqual({
      ok: false,
      refusal: 'ownFlag'
    });
    expect(applyFeedbackAction({ ...flag, tpsoKey: 'SSO1' }, { kind: 'decline', note: 'x' }, sp, now)).toEqual({
      ok: false,
      refusal: 'aboutSelf'
    });
    expect(applyFeedbackAction({ ...flag, status: 'Declined' }, { kind: 'confirm', note: 'x' }, sp, now)).toEqual({
      ok: false,
      refusal: 'wrongState'
    });
  });

  it("only the TPSO's own Team Leader closes, and only a confirmed flag", () => {
    const confirmed: FeedbackState = { ...flag, status: 'Confirmed' };
    expect(applyFeedbackAction(confirmed, { kind: 'close', actionTaken: 'Coached on the NNU.' }, tl, now)).toEqual({
      ok: true,
      patch: { status: 'Closed', note: 'Coached on the NNU.', byKey: 'tl1', at: now }
    });
    expect(applyFeedbackAction(confirmed, { kind: 'close', actionTaken: 'x' }, otherTl, now)).toEqual({
      ok: false,
      refusal: 'notTeamLeader'
    });
    expect(applyFeedbackAction(flag, { kind: 'close', actionTaken: 'x' }, tl, now)).toEqual({
      ok: false,
      refusal: 'wrongState'
    });
  });

  it('every note goes through the privacy guard and the length limit', () => {
    expect(applyFeedbackAction(flag, { kind: 'confirm', note: 'Rang about CRN 123 456 789A' }, sp, now)).toEqual({
      ok: false,
      refusal: 'notePrivacy'
    });
    const long: string = 'x'.repeat(FEEDBACK_NOTE_MAX + 1);
    expect(applyFeedbackAction(flag, { kind: 'decline', note: long }, sp, now)).toEqual({
      ok: false,
      refusal: 'noteTooLong'
    });
    const confirmed: FeedbackState = { ...flag, status: 'Confirmed' };
    expect(
      applyFeedbackAction(confirmed, { kind: 'close', actionTaken: 'Called re CRN 123 456 789A' }, tl, now)
    ).toEqual({ ok: false, refusal: 'notePrivacy' });
  });

  it('is open while someone still has to act on it', () => {
    expect(isFeedbackOpen('Flagged')).toBe(true);
    expect(isFeedbackOpen('Confirmed')).toBe(true);
    expect(isFeedbackOpen('Declined')).toBe(false);
    expect(isFeedbackOpen('Closed')).toBe(false);
  });

  it('reads older statuses and tells the officer the outcome', () => {
    expect(feedbackStatusOf('New')).toBe('Flagged');
    expect(feedbackStatusOf('Acknowledged')).toBe('Closed');
    expect(feedbackStatusOf(undefined)).toBe('Flagged');
    expect(feedbackStatusOf('Declined')).toBe('Declined');
    expect(officerOutcome('Flagged')).toBe('inReview');
    expect(officerOutcome('Confirmed')).toBe('confirmed');
    expect(officerOutcome('Closed')).toBe('confirmed');
    expect(officerOutcome('Declined')).toBe('declined');
  });
});
