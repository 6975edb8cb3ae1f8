/**
 * Deadlines after an escalation was worked (seed 004): the next follow-up of a system issue, the 14-day review of
 * a notification of death, an arrears case once referred to ICT. Recomputed here, never typed by a person. "Day"
 * and close of business are the raising centre's, through the {@link BusinessCalendar}.
 */
import type { BusinessCalendar } from './businessCalendar';
import type { EscalationCategory } from './escalationCategories';

/** What the rules read of a stored escalation. */
export interface WorkedEscalation {
  category: EscalationCategory | string;
  /** When the TPSO raised it (the item's Created). */
  raisedAt: Date;
  dueAt: Date;
  reviewAt?: Date;
  nextFollowUpAt?: Date;
  eped?: Date;
  referredToIct: boolean;
  urgent: boolean;
}

/** The deadline fields to write after a step (left out: unchanged). */
export interface RecomputedDeadlines {
  dueAt?: Date;
  reviewAt?: Date;
  nextFollowUpAt?: Date;
  urgent?: boolean;
  referredToIct?: boolean;
}

/** Close of business on the local date of `instant` if a business day, else of the last business day before it. */
function closeOnOrBefore(calendar: BusinessCalendar, instant: Date): Date {
  let day: Date = instant;
  for (let i: number = 0; i < 30 && !calendar.isBusinessDay(day); i++) {
    day = calendar.addCalendarDays(day, -1);
  }
  return calendar.closeOfBusinessOn(day);
}

/**
 * The next follow-up of a system issue referred to ICT that affects entitlement (seed 004: "followed up ... each
 * week or on the customer's EPED"): a week after this follow-up, on a business day, or close of business on the
 * EPED (the business day before when it is not one) when that is sooner and still ahead.
 */
export function nextWeeklyFollowUp(followedUpAt: Date, eped: Date | undefined, calendar: BusinessCalendar): Date {
  const weekly: Date = calendar.addBusinessDays(calendar.addCalendarDays(followedUpAt, 7), 0);
  if (!eped) {
    return weekly;
  }
  const byEped: Date = closeOnOrBefore(calendar, eped);
  return byEped.getTime() > followedUpAt.getTime() && byEped.getTime() < weekly.getTime() ? byEped : weekly;
}

/** The 14-day review of a notification of death not finalised at first contact (seed 004). */
export function deathReviewAt(raisedAt: Date, calendar: BusinessCalendar): Date {
  return calendar.addCalendarDays(raisedAt, 14);
}

/**
 * The deadlines after an SSO documented a step (`kind` 'note') or recorded a follow-up ('followUp') at `at`.
 *
 * - NotificationOfDeath: the 24-hour action is done; what is left is the 14-day review, which becomes the deadline.
 * - SystemIssue followed up (it has a follow-up cycle): the next one, weekly or by the EPED.
 * - ArrearsStopPayment once the note says it went to ICT: no longer urgent; the Senior Practitioner finalises
 *   it by close of business of the next business day (the "not finalised on day one" rule).
 * - Everything else (FCSO day 15 included: it counts from the original contact) keeps its deadline.
 */
export function deadlinesAfterStep(
  e: WorkedEscalation,
  kind: 'note' | 'followUp',
  at: Date,
  referredToIctNow: boolean,
  calendar: BusinessCalendar
): RecomputedDeadlines {
  switch (e.category) {
    case 'NotificationOfDeath': {
      const reviewAt: Date = e.reviewAt || deathReviewAt(e.raisedAt, calendar);
      return { dueAt: reviewAt, reviewAt, urgent: false };
    }
    case 'SystemIssue':
      if (kind === 'followUp' || e.nextFollowUpAt) {
        const next: Date = nextWeeklyFollowUp(at, e.eped, calendar);
        return kind === 'followUp' ? { dueAt: next, nextFollowUpAt: next } : {};
      }
      return {};
    case 'ArrearsStopPayment':
      if (referredToIctNow && e.urgent) {
        return { urgent: false, referredToIct: true, dueAt: calendar.nextBusinessDayClose(e.raisedAt) };
      }
      return {};
    default:
      return {};
  }
}

/** True when `at` is past the local day the escalation was raised on ("not finalised on day one", seed 004). */
export function isPastDayOne(raisedAt: Date, at: Date, calendar: BusinessCalendar): boolean {
  return calendar.localDateKey(at) > calendar.localDateKey(raisedAt);
}
