/**
 * Escalation deadlines (seed 004, "Senior Practitioner role in TPS", and BRIEF.md). One pure function turns an
 * escalation into the instants the SSO list shows and sorts on. "Day" and "close of business" are local to the
 * raising officer's Smart Centre, through the {@link BusinessCalendar}.
 */
import { BusinessCalendar, formatClockTime } from './businessCalendar';
import { EscalationCategory } from './escalationCategories';

/** What the deadline rules need to know about an escalation. */
export interface EscalationDeadlineInput {
  category: EscalationCategory;
  /** When the TPSO escalated. */
  raisedAt: Date;
  /** When the customer first made contact (FCSO rule); defaults to `raisedAt`. */
  originalContactAt?: Date;
  /** IANA zone of the raising officer's Smart Centre (must match the calendar's). */
  timeZone: string;
  /** True when the issue has been referred to ICT (carries an incident number). */
  referredToIct: boolean;
  /** Customer's Entitlement Period End Date; only its local calendar date is used. */
  eped?: Date;
  /** True when the escalation was finalised at first contact (notification of death rule). */
  finalisedAtFirstContact?: boolean;
  /** True when a system issue affects the customer's entitlement. */
  affectsEntitlement?: boolean;
}

/** Identifiers of the rules, stored with the escalation so a later rule change is traceable. */
export type EscalationRuleId =
  'arrears-same-day' | 'death-24h' | 'death-24h-review-14d' | 'fcso-day-15' | 'system-issue-weekly-or-eped' | 'day-one';

/** Deadlines for one escalation. */
export interface EscalationDeadlines {
  /** The instant the list sorts on. */
  dueAt: Date;
  /** Review date (notification of death not finalised at first contact). */
  reviewAt?: Date;
  /** Next follow-up (system issues affecting entitlement). */
  nextFollowUpAt?: Date;
  /** Short words for a badge, e.g. "Refer to ICT by 5:00 pm today". */
  label: string;
  /** Needs action now (arrears, death). */
  urgent: boolean;
  /** Team Leader and Senior Practitioner must see it at once (arrears). */
  notifyTeamLeader: boolean;
  rule: EscalationRuleId;
  /**
   * True when the seed gives no due time, only day one (policy referrals, reviews of a decision, complex and the
   * rest): `dueAt` is then the end of day one, by which it is finalised or why not is documented (seed 004).
   */
  dayOneOnly: boolean;
}

const HOUR_MS: number = 60 * 60 * 1000;

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Close of business on the local date of `instant` if it is a business day, else of the business day before it. */
function closeOnOrBefore(calendar: BusinessCalendar, instant: Date): Date {
  let day: Date = instant;
  // Bounded: no Australian state has more than a handful of consecutive non-business days.
  for (let i: number = 0; i < 30 && !calendar.isBusinessDay(day); i++) {
    day = calendar.addCalendarDays(day, -1);
  }
  return calendar.closeOfBusinessOn(day);
}

/**
 * Computes the deadlines of an escalation.
 *
 * - ArrearsStopPayment: referred to ICT before close of business the same local day; raised after close of
 *   business or on a weekend/public holiday → close of business of the next business day. Urgent, Team Leader.
 * - NotificationOfDeath: actioned within 24 hours (elapsed, not business, hours: the seed says "24 hours"); when
 *   not finalised at first contact (referred to ICT, or not marked finalised) reviewed within 14 calendar days.
 * - FCSO referred to ICT: finalised on the 15th day from the original contact. "From a day" excludes that day
 *   (the Acts Interpretation Act 1901 s 36 reading), so day 1 is the day after contact and day 15 is the contact
 *   date + 15 calendar days, due at close of business local. When day 15 is not a business day, the same Act lets
 *   the act be done on the next business day, so the deadline rolls forward.
 * - SystemIssue referred to ICT that affects entitlement: followed up weekly or at EPED if sooner. The weekly
 *   follow-up is raisedAt + 7 calendar days at the same local time, rolled to the next business day when that
 *   day is a weekend or public holiday; the EPED follow-up is close of business on the EPED's local date, or on
 *   the last business day before it (rolling forward would pass the end of the entitlement). The earlier wins.
 * - Everything else (PolicyReferral, ComplexUnableToResolve, ReviewOfDecision, FCSO or SystemIssue not covered
 *   above): seed 004 sets no due time, only day one ("Documenting escalations", "who completes the work"): by
 *   close of business of the business day it was raised (the next business day when raised after close or on a
 *   weekend or public holiday) it is finalised, or why not is documented and a DOC recorded; from then the Senior
 *   Practitioner completes the work. `dueAt` is that end of day one and `dayOneOnly` says it is no deadline.
 */
export function computeEscalationDeadlines(
  input: EscalationDeadlineInput,
  calendar: BusinessCalendar
): EscalationDeadlines {
  if (input.timeZone && input.timeZone !== calendar.timeZone) {
    throw new Error('The calendar is for ' + calendar.timeZone + ' but the escalation is for ' + input.timeZone + '.');
  }
  const cob: string = formatClockTime(calendar.closeOfBusiness);
  const raisedAt: Date = input.raisedAt;

  switch (input.category) {
    case 'ArrearsStopPayment': {
      const sameDay: boolean = calendar.isBeforeCloseOfBusiness(raisedAt);
      return {
        dueAt: sameDay
          ? calendar.closeOfBusinessOn(raisedAt)
          : calendar.closeOfBusinessOnOrAfter(calendar.addCalendarDays(raisedAt, 1)),
        label: sameDay ? 'Refer to ICT by ' + cob + ' today' : 'Refer to ICT by ' + cob + ' next business day',
        urgent: true,
        notifyTeamLeader: true,
        rule: 'arrears-same-day',
        dayOneOnly: false
      };
    }
    case 'NotificationOfDeath': {
      const dueAt: Date = new Date(raisedAt.getTime() + 24 * HOUR_MS);
      const notFinalised: boolean = input.referredToIct || input.finalisedAtFirstContact !== true;
      if (!notFinalised) {
        return {
          dueAt,
          label: 'Action within 24 hours',
          urgent: true,
          notifyTeamLeader: false,
          rule: 'death-24h',
          dayOneOnly: false
        };
      }
      return {
        dueAt,
        reviewAt: calendar.addCalendarDays(raisedAt, 14),
        label: 'Action within 24 hours; review within 14 days',
        urgent: true,
        notifyTeamLeader: false,
        rule: 'death-24h-review-14d',
        dayOneOnly: false
      };
    }
    case 'FCSO':
      if (input.referredToIct) {
        const contact: Date = input.originalContactAt || raisedAt;
        return {
          dueAt: calendar.closeOfBusinessOnOrAfter(calendar.addCalendarDays(contact, 15)),
          label: 'Finalise on day 15',
          urgent: false,
          notifyTeamLeader: false,
          rule: 'fcso-day-15',
          dayOneOnly: false
        };
      }
      break;
    case 'SystemIssue':
      if (input.referredToIct && input.affectsEntitlement) {
        // addBusinessDays(x, 0) keeps x on a business day and otherwise moves it to the next one, same local time.
        const weekly: Date = calendar.addBusinessDays(calendar.addCalendarDays(raisedAt, 7), 0);
        const next: Date = input.eped ? earlier(weekly, closeOnOrBefore(calendar, input.eped)) : weekly;
        return {
          dueAt: next,
          nextFollowUpAt: next,
          label: next === weekly ? 'Follow up weekly or at EPED' : 'Follow up by EPED',
          urgent: false,
          notifyTeamLeader: false,
          rule: 'system-issue-weekly-or-eped',
          dayOneOnly: false
        };
      }
      break;
    default:
      break;
  }
  const sameDay: boolean = calendar.isBeforeCloseOfBusiness(raisedAt);
  return {
    dueAt: dayOneEnd(calendar, raisedAt),
    label: 'Day one ends ' + cob + (sameDay ? ' today' : ' next business day'),
    urgent: false,
    notifyTeamLeader: false,
    rule: 'day-one',
    dayOneOnly: true
  };
}

/**
 * The end of an escalation's day one (seed 004): close of business of the local day it was raised when that is a
 * business day and it was raised before close, else close of business of the next business day.
 */
export function dayOneEnd(calendar: BusinessCalendar, raisedAt: Date): Date {
  return calendar.isBeforeCloseOfBusiness(raisedAt)
    ? calendar.closeOfBusinessOn(raisedAt)
    : calendar.closeOfBusinessOnOrAfter(calendar.addCalendarDays(raisedAt, 1));
}

/** The fields {@link compareByDeadline} sorts on. */
export interface HasDeadline {
  dueAt?: Date;
  urgent?: boolean;
  /** Only day one, no due time from the seed: sorted after every real deadline. */
  dayOneOnly?: boolean;
  /** When it was raised: day-one-only items go oldest first. */
  raisedAt?: Date;
}

/**
 * Sort comparator: real deadlines first (earliest `dueAt` first, urgent first on a tie), then the day-one-only
 * escalations oldest first (seed 004 gives them no due time), items without a deadline last.
 */
export function compareByDeadline(a: HasDeadline, b: HasDeadline): number {
  const da: number = a.dayOneOnly ? 1 : 0;
  const db: number = b.dayOneOnly ? 1 : 0;
  if (da !== db) {
    return da - db;
  }
  if (da === 1) {
    const ra: number = (a.raisedAt || a.dueAt || new Date(8.64e15)).getTime();
    const rb: number = (b.raisedAt || b.dueAt || new Date(8.64e15)).getTime();
    if (ra !== rb) {
      return ra < rb ? -1 : 1;
    }
  }
  const ta: number = a.dueAt ? a.dueAt.getTime() : Number.POSITIVE_INFINITY;
  const tb: number = b.dueAt ? b.dueAt.getTime() : Number.POSITIVE_INFINITY;
  if (ta !== tb) {
    return ta < tb ? -1 : 1;
  }
  return (b.urgent ? 1 : 0) - (a.urgent ? 1 : 0);
}
