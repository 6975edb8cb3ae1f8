/**
 * The 5–10 minute response guideline clock (seed 002 item 3). It prompts the TPSO to take over an enquiry that
 * runs long so the Service Officer can serve the next customer; it never forces anything.
 */
import { DEFAULT_GUIDELINE_MINUTES } from './workTypes';

/** Where an enquiry is against its guideline. */
export type GuidelinePhase = 'under5' | 'fiveToTen' | 'overGuideline';

/** Input of {@link guidelinePhase}. */
export interface GuidelineClockInput {
  /** When the Service Officer posted the enquiry; the clock runs from here because the customer waits from here. */
  createdAt: Date;
  /** When a TPSO claimed it, if claimed. */
  claimedAt?: Date;
  now: Date;
  /** Guideline of the work type (default 10). */
  guidelineMinutes?: number;
}

/** Output of {@link guidelinePhase}. */
export interface GuidelineClock {
  phase: GuidelinePhase;
  /** Whole minutes since `createdAt` (never negative). */
  elapsedMinutes: number;
  /** Minutes at which the clock turns amber: 5, or half the guideline when the guideline is under 10. */
  warnAtMinutes: number;
  /** True when the enquiry is claimed and past its guideline: show a take-over prompt. */
  suggestTakeOver: boolean;
  /** e.g. "Waiting 3 min" or "Claimed · 12 min". */
  label: string;
}

/** Computes the guideline clock of an open enquiry. */
export function guidelinePhase(input: GuidelineClockInput): GuidelineClock {
  const guideline: number =
    input.guidelineMinutes && input.guidelineMinutes > 0 ? input.guidelineMinutes : DEFAULT_GUIDELINE_MINUTES;
  const warnAtMinutes: number = Math.min(5, guideline / 2);
  const elapsedMs: number = Math.max(0, input.now.getTime() - input.createdAt.getTime());
  const elapsedMinutes: number = Math.floor(elapsedMs / 60000);
  // Compare exact time, not rounded minutes, so 10:00.5 is already past a 10-minute guideline.
  const elapsedExact: number = elapsedMs / 60000;
  let phase: GuidelinePhase = 'under5';
  if (elapsedExact > guideline) {
    phase = 'overGuideline';
  } else if (elapsedExact >= warnAtMinutes) {
    phase = 'fiveToTen';
  }
  const label: string = (input.claimedAt ? 'Claimed · ' : 'Waiting ') + elapsedMinutes + ' min';
  return {
    phase,
    elapsedMinutes,
    warnAtMinutes,
    suggestTakeOver: phase === 'overGuideline' && input.claimedAt !== undefined,
    label
  };
}
