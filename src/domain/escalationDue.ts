/**
 * How an escalation's deadline reads on the SSO board, in the raising centre's time zone (BRIEF: close of
 * business and "day" are the officer's centre's): which step is due, whether it is overdue or due today, the clock
 * time and the date there. Codes and parts only: the web part's loc strings make the sentence. Uses the
 * runtime's Intl time zones, not the business calendar, so the board's first bundle needs no holiday tables.
 */
import type { EscalationCategory } from './escalationCategories';
import { CENTRE_TIME_ZONES } from './centres';

/**
 * The step that is due (seed 004). `dayOne`: finalise, or document why not, by the end of day one; `documentWhyNot`:
 * day one passed with no note of why it is not finalised; `seniorCompletes`: documented, the Senior Practitioner
 * completes the work (no due time). The last three only for escalations the seed gives no due time.
 */
export type DueStep =
  | 'referToIct'
  | 'action'
  | 'review'
  | 'followUp'
  | 'finalise'
  | 'complete'
  | 'dayOne'
  | 'documentWhyNot'
  | 'seniorCompletes';

/** Where the deadline stands against now. */
export type DueState = 'overdue' | 'dueToday' | 'later';

/** Which day the deadline is on, from the centre's point of view. */
export type DueDay = 'today' | 'tomorrow' | 'other';

/** The parts of a deadline's words. */
export interface DueParts {
  step: DueStep;
  state: DueState;
  day: DueDay;
  /** `5:00 pm` in the centre's zone. */
  time: string;
  /** `Tue 15 Dec` in the centre's zone (with the year when it is not this year there). */
  date: string;
  /** The centre's city, e.g. `Adelaide`. */
  city: string;
  /** True when the seed gives this escalation no due time (day one only): the words name no deadline. */
  dayOneOnly: boolean;
}

/** What {@link dueParts} reads of an escalation. */
export interface DueInput {
  category: EscalationCategory | string;
  dueAt: Date;
  reviewAt?: Date;
  nextFollowUpAt?: Date;
  referredToIct: boolean;
  urgent: boolean;
  centreTimeZone: string;
  /** The notes say why it was not finalised on day one (seed 004 "Documenting escalations"). */
  whyNotDocumented?: boolean;
}

interface ZonedParts {
  year: string;
  month: string;
  day: string;
  weekday: string;
  hour: string;
  minute: string;
  dayPeriod: string;
}

const formatters: Map<string, Intl.DateTimeFormat> = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f: Intl.DateTimeFormat | undefined = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-AU', {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zoned(instant: Date, timeZone: string): ZonedParts {
  const out: { [type: string]: string } = {};
  // formatToParts is ES2017 (every browser SharePoint supports has it); the project's TypeScript lib predates it.
  const f = formatter(timeZone) as unknown as { formatToParts(d: Date): Array<{ type: string; value: string }> };
  for (const p of f.formatToParts(instant)) {
    out[p.type] = p.value;
  }
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    weekday: out.weekday,
    hour: out.hour,
    minute: out.minute,
    dayPeriod: (out.dayPeriod || '').toLowerCase()
  };
}

/** `YYYY-MM-DD`-comparable key of the local date of `instant` in `timeZone`. */
export function zonedDateKey(instant: Date, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return f.format(instant);
}

/** `5:00 pm` in `timeZone`. */
export function zonedClock(instant: Date, timeZone: string): string {
  const p: ZonedParts = zoned(instant, timeZone);
  return p.hour + ':' + p.minute + ' ' + p.dayPeriod;
}

/** `Tue 15 Dec` in `timeZone`, with the year when it differs from `now`'s year there. */
export function zonedDay(instant: Date, timeZone: string, now: Date): string {
  const p: ZonedParts = zoned(instant, timeZone);
  const sameYear: boolean = zoned(now, timeZone).year === p.year;
  return p.weekday + ' ' + p.day + ' ' + p.month.replace('.', '') + (sameYear ? '' : ' ' + p.year);
}

/** The city of a centre zone (`Australia/Adelaide` → `Adelaide`). */
export function centreCity(timeZone: string): string {
  for (const c of CENTRE_TIME_ZONES) {
    if (c.timeZone === timeZone) {
      return c.label.replace(/\s*\(.*\)$/, '');
    }
  }
  return timeZone.replace(/^.*\//, '').replace(/_/g, ' ');
}

/** The step that is due now for an escalation (seed 004). */
export function dueStep(
  e: Pick<DueInput, 'category' | 'dueAt' | 'reviewAt' | 'nextFollowUpAt' | 'referredToIct' | 'urgent'>
): DueStep {
  switch (e.category) {
    case 'ArrearsStopPayment':
      return e.urgent ? 'referToIct' : 'finalise';
    case 'NotificationOfDeath':
      return e.reviewAt && e.dueAt.getTime() >= e.reviewAt.getTime() ? 'review' : 'action';
    case 'FCSO':
      return e.referredToIct ? 'finalise' : 'complete';
    case 'SystemIssue':
      return e.nextFollowUpAt ? 'followUp' : 'complete';
    default:
      return 'complete';
  }
}

const DAY_MS: number = 24 * 60 * 60 * 1000;

/**
 * True for an escalation the seed gives no due time, only day one (seed 004): policy referrals, reviews of a
 * decision, complex ones, and an FCSO or system issue outside the ICT rules.
 */
export function isDayOneOnly(e: Pick<DueInput, 'category' | 'referredToIct' | 'nextFollowUpAt'>): boolean {
  switch (e.category) {
    case 'ArrearsStopPayment':
    case 'NotificationOfDeath':
      return false;
    case 'FCSO':
      return !e.referredToIct;
    case 'SystemIssue':
      return !e.nextFollowUpAt;
    default:
      return true;
  }
}

/** True when some note says why the escalation was not finalised on day one. */
export function hasWhyNotFinalised(notes: ReadonlyArray<{ whyNotFinalised?: string }> | undefined): boolean {
  return !!notes && notes.some((n) => !!n.whyNotFinalised && !!n.whyNotFinalised.trim());
}

/** The words' parts of an escalation's deadline at `now`, in its centre's zone. */
export function dueParts(e: DueInput, now: Date): DueParts {
  const zone: string = e.centreTimeZone;
  const dueKey: string = zonedDateKey(e.dueAt, zone);
  const todayKey: string = zonedDateKey(now, zone);
  // Noon-to-noon steps land on the next local date across any daylight-saving change.
  const tomorrowKey: string = zonedDateKey(new Date(now.getTime() + DAY_MS), zone);
  const day: DueDay =
    dueKey === todayKey ? 'today' : dueKey === tomorrowKey && tomorrowKey !== todayKey ? 'tomorrow' : 'other';
  const past: boolean = e.dueAt.getTime() < now.getTime();
  let state: DueState = past ? 'overdue' : day === 'today' ? 'dueToday' : 'later';
  let step: DueStep = dueStep(e);
  const dayOneOnly: boolean = isDayOneOnly(e);
  if (dayOneOnly) {
    // No due time from the seed: day one, then "document why not" until a note does; then nothing is due.
    step = !past ? 'dayOne' : e.whyNotDocumented ? 'seniorCompletes' : 'documentWhyNot';
    if (step === 'seniorCompletes') {
      state = 'later';
    }
  }
  return {
    step,
    state,
    day,
    time: zonedClock(e.dueAt, zone),
    date: zonedDay(e.dueAt, zone, now),
    city: centreCity(zone),
    dayOneOnly
  };
}
