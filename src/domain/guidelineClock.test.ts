import { COMPLEX_GUIDELINE_MINUTES, guidelinePhase } from './guidelineClock';
import { DEFAULT_GUIDELINE_MINUTES, DEFAULT_WORK_TYPES } from './workTypes';

const t0: Date = new Date('2026-03-04T01:00:00Z');
const at = (min: number): Date => new Date(t0.getTime() + min * 60000);

describe('guideline clock as seed 002 item 3 says', () => {
  it('runs the 5-10 minutes from the claim, not from the post, and shows the wait apart', () => {
    // Waited 25 minutes in the queue, claimed 3 minutes ago: the TPSO is not "over" anything yet.
    const c = guidelinePhase({ createdAt: t0, claimedAt: at(25), now: at(28) });
    expect(c).toMatchObject({
      phase: 'under5',
      elapsedMinutes: 3,
      handlingMinutes: 3,
      waitingMinutes: 25,
      suggestTakeOver: false
    });
    expect(guidelinePhase({ createdAt: t0, claimedAt: at(25), now: at(36) })).toMatchObject({
      phase: 'overGuideline',
      suggestTakeOver: true
    });
  });

  it('while unclaimed the wait is all there is, and no take-over is suggested', () => {
    expect(guidelinePhase({ createdAt: t0, now: at(12) })).toMatchObject({
      waitingMinutes: 12,
      handlingMinutes: undefined,
      suggestTakeOver: false
    });
  });

  it("a complex claim is the TPSO's call on one enquiry: its guideline extends", () => {
    const plain = guidelinePhase({ createdAt: t0, claimedAt: at(0), now: at(15) });
    const complex = guidelinePhase({ createdAt: t0, claimedAt: at(0), now: at(15), complex: true });
    expect(plain.phase).toBe('overGuideline');
    expect(complex).toMatchObject({
      phase: 'fiveToTen',
      guidelineMinutes: COMPLEX_GUIDELINE_MINUTES,
      suggestTakeOver: false
    });
  });

  it('no work type is complex by itself: every built-in type has the 10-minute guideline', () => {
    expect(DEFAULT_WORK_TYPES.every((t) => t.guidelineMinutes === DEFAULT_GUIDELINE_MINUTES)).toBe(true);
  });
});
