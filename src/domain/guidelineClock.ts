/**
 * The 5–10 minute response guideline clock (seed 002 item 3). It prompts the TPSO to take over an enquiry that
 * runs long so the Service Officer can serve the next customer; it never forces anything. The guideline is the
 * TPSO's own time with the enquiry, so it runs from the claim; the time the enquiry waited in the queue before that
 * is shown apart. "Claim enquiries may extend this time if complex" is the TPSO's call on one enquiry (they mark it
 * complex), never a property of a whole work type.
 */
import { DEFAULT_GUIDELINE_MINUTES } from './workTypes';

/** Guideline of an enquiry the TPSO marked complex (seed 002 item 3: complex claims "may extend this time"). */
export const COMPLEX_GUIDELINE_MINUTES: number = 20;

/** Where an enquiry is against its guideline. */
export type GuidelinePhase = 'under5' | 'fiveToTen' | 'overGuideline';

/** Input of {@link guidelinePhase}. */
export interface GuidelineClockInput {
  /** When the Service Officer posted the enquiry: the wait in the queue runs from here. */
  createdAt: Date;
  /** When a TPSO claimed it, if claimed: the guideline clock runs from here. */
  claimedAt?: Date;
  now: Date;
  /** Guideline of the work type (default 10). */
  guidelineMinutes?: number;
  /** The TPSO marked this enquiry complex: the guideline extends to {@link COMPLEX_GUIDELINE_MINUTES}. */
  complex?: boolean;
}

/** Output of {@link guidelinePhase}. */
export interface GuidelineClock {
  /** Against the guideline: of the handling time once claimed, of the wait before that. */
  phase: GuidelinePhase;
  /** Whole minutes on the clock: since the claim once claimed, else since the post (never negative). */
  elapsedMinutes: number;
  /** Whole minutes the enquiry waited in the queue: from the post to the claim (or to now while unclaimed). */
  waitingMinutes: number;
  /** Whole minutes since the claim; undefined while unclaimed. */
  handlingMinutes?: number;
  /** The guideline in force (the work type's, or the complex one). */
  guidelineMinutes: number;
  /** Minutes at which the clock turns amber: 5, or half the guideline when the guideline is under 10. */
  warnAtMinutes: number;
  /** True when the enquiry is claimed and past its guideline: show a take-over prompt. */
  suggestTakeOver: boolean;
  /** e.g. "Waiting 3 min" or "Claimed · 12 min". */
  label: string;
}

function wholeMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / 60000);
}

/** Computes the guideline clock of an open enquiry. */
export function guidelinePhase(input: GuidelineClockInput): GuidelineClock {
  const base: number =
    input.guidelineMinutes && input.guidelineMinutes > 0 ? input.guidelineMinutes : DEFAULT_GUIDELINE_MINUTES;
  const guideline: number = input.complex ? Math.max(base, COMPLEX_GUIDELINE_MINUTES) : base;
  const warnAtMinutes: number = Math.min(5, guideline / 2);
  const claimed: boolean = input.claimedAt !== undefined;
  const waitEnd: Date = input.claimedAt || input.now;
  const waitingMinutes: number = wholeMinutes(waitEnd.getTime() - input.createdAt.getTime());
  const start: Date = input.claimedAt || input.createdAt;
  const elapsedMs: number = Math.max(0, input.now.getTime() - start.getTime());
  const elapsedMinutes: number = wholeMinutes(elapsedMs);
  // Compare exact time, not rounded minutes, so 10:00.5 is already past a 10-minute guideline.
  const elapsedExact: number = elapsedMs / 60000;
  let phase: GuidelinePhase = 'under5';
  if (elapsedExact > guideline) {
    phase = 'overGuideline';
  } else if (elapsedExact >= warnAtMinutes) {
    phase = 'fiveToTen';
  }
  const label: string = (claimed ? 'Claimed · ' : 'Waiting ') + elapsedMinutes + ' min';
  return {
    phase,
    elapsedMinutes,
    waitingMinutes,
    handlingMinutes: claimed ? elapsedMinutes : undefined,
    guidelineMinutes: guideline,
    warnAtMinutes,
    suggestTakeOver: phase === 'overGuideline' && claimed,
    label
  };
}
