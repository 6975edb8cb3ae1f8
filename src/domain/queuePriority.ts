/**
 * Which enquiry a TPSO should pick up first. Seeds 002 item 10, 003 and 004: a request to stop incorrect arrears
 * must reach ICT before close of business, so it goes to the top of every queue that can see it, with a clock to
 * close of business in the officer's centre. Seed 002 item 4: a customer who asks for a technical expert is one the
 * TPSO takes over at once, so it comes next. Everything else is oldest first.
 */
import type { BusinessCalendar } from './businessCalendar';
import { dayOneEnd } from './escalationDeadlines';

/** The reason for contact that asks the TPSO to take the call over at once (seed 002 item 4). */
export const TECHNICAL_EXPERT_REASON: string = 'Customer asks to speak to a technical expert';

/** How urgent an enquiry is in the queue, most urgent first. */
export type QueuePriority = 'stopPayment' | 'technicalExpert' | 'routine';

/** What {@link queuePriority} reads of an enquiry. */
export interface PriorityInput {
  /** The officer flagged incorrect arrears to stop (a Stop Payment Request). */
  stopPayment?: boolean;
  /** Reason for contact. */
  reason?: string;
}

/** The priority of an enquiry. */
export function queuePriority(e: PriorityInput): QueuePriority {
  if (e.stopPayment) {
    return 'stopPayment';
  }
  return e.reason === TECHNICAL_EXPERT_REASON ? 'technicalExpert' : 'routine';
}

const RANK: { [p in QueuePriority]: number } = { stopPayment: 0, technicalExpert: 1, routine: 2 };

/** Sort comparator on priority alone (stable sorts keep the age order within one priority). */
export function compareQueuePriority(a: PriorityInput, b: PriorityInput): number {
  return RANK[queuePriority(a)] - RANK[queuePriority(b)];
}

/** True when the TPSO should take the call over at once, not after the guideline (seed 002 item 4). */
export function takeOverAtOnce(e: PriorityInput): boolean {
  return e.reason === TECHNICAL_EXPERT_REASON;
}

/**
 * When a stop-payment request must be with ICT: close of business in the officer's centre on the day it was
 * posted, or on the next business day when posted after close or on a weekend or public holiday there.
 */
export function stopPaymentDueAt(postedAt: Date, calendar: BusinessCalendar): Date {
  return dayOneEnd(calendar, postedAt);
}

/** The TPSO's steps for a stop-payment request, in order (seed 004 "Arrears generated incorrectly"). */
export const STOP_PAYMENT_STEPS = [
  'verifyArrearsIncorrect',
  'checkStopPaymentDoc',
  'escalateToSeniorPractitioner'
] as const;

/** One of {@link STOP_PAYMENT_STEPS}. */
export type StopPaymentStep = (typeof STOP_PAYMENT_STEPS)[number];
