/**
 * The feedback protocol (seed 004 "Feedback protocols"): where a TPSO's information was technically incorrect,
 * feedback goes to that TPSO's Team Leader, who records what was done with it and closes it. Pure rules: the
 * statuses and whether a close may happen.
 */
import { hasBlockingFindings } from './privacy';

/** Feedback statuses, in the order they happen (`Acknowledged` is kept for items older versions wrote). */
export const FEEDBACK_STATUSES = ['New', 'Acknowledged', 'Closed'] as const;

/** One feedback status. */
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Longest "what was done" text (a Note column; kept short enough to read in a list). */
export const FEEDBACK_OUTCOME_MAX: number = 2000;

/** Why a close is refused, as codes the web part turns into words. */
export type FeedbackCloseProblem =
  'alreadyClosed' | 'notYours' | 'outcomeMissing' | 'outcomeTooLong' | 'outcomePrivacy';

/** True while the Team Leader still has to act on it. */
export function isFeedbackOpen(status: string | undefined): boolean {
  return status !== 'Closed';
}

/**
 * Whether `actorKey` may close feedback addressed to `teamLeaderKey` with `outcome` (what was done: the TPSO
 * was coached, the answer corrected with the officer...). The text goes through the privacy guard (BRIEF: no
 * customer details in free text). Undefined when the close may go ahead.
 */
export function feedbackCloseProblem(
  f: { status: string | undefined; teamLeaderKey: string },
  actorKey: string,
  outcome: string
): FeedbackCloseProblem | undefined {
  if (!isFeedbackOpen(f.status)) {
    return 'alreadyClosed';
  }
  if (f.teamLeaderKey.toLowerCase() !== actorKey.toLowerCase()) {
    return 'notYours';
  }
  const text: string = outcome.trim();
  if (!text) {
    return 'outcomeMissing';
  }
  if (text.length > FEEDBACK_OUTCOME_MAX) {
    return 'outcomeTooLong';
  }
  return hasBlockingFindings(text) ? 'outcomePrivacy' : undefined;
}
