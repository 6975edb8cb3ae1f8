/**
 * Quality On Line (QOL) checking rules (seed 000 and the public QOL page): an outcome per check, the Four
 * Pillars that make an error critical, and urgent QOL.
 */

/** The Four Pillars; failing any one makes an error critical. */
export type FourPillar = 'RightPerson' | 'RightProgram' | 'RightRate' | 'RightDate';

/** All pillars with the words people see. */
export const FOUR_PILLARS: ReadonlyArray<{ key: FourPillar; title: string }> = [
  { key: 'RightPerson', title: 'Right Person' },
  { key: 'RightProgram', title: 'Right Program' },
  { key: 'RightRate', title: 'Right Rate' },
  { key: 'RightDate', title: 'Right Date' }
];

/** Outcome of a QOL check. */
export type QolOutcome = 'Correct' | 'NonCriticalError' | 'CriticalError';

/** Outcome and what must follow from it. */
export interface QolResult {
  outcome: QolOutcome;
  /** The activity goes back to the officer (critical errors). */
  requiresSendBack: boolean;
  /** The officer gets feedback (critical errors; non-critical ones are fed back too). */
  requiresFeedback: boolean;
}

/** Outcome of a check: critical when any pillar fails, non-critical when only other errors were found. */
export function qolOutcome(pillarsFailed: ReadonlyArray<FourPillar>, nonCriticalErrors: number): QolOutcome {
  if (pillarsFailed.length > 0) {
    return 'CriticalError';
  }
  return nonCriticalErrors > 0 ? 'NonCriticalError' : 'Correct';
}

/** {@link qolOutcome} with its consequences: a critical error sends the activity back with feedback. */
export function assessQol(pillarsFailed: ReadonlyArray<FourPillar>, nonCriticalErrors: number): QolResult {
  const outcome: QolOutcome = qolOutcome(pillarsFailed, nonCriticalErrors);
  return {
    outcome,
    requiresSendBack: outcome === 'CriticalError',
    requiresFeedback: outcome !== 'Correct'
  };
}

/** Reasons that make a QOL check urgent. */
export type UrgentQolReason = 'ImmediateCustomerImpact' | 'BusinessCriticalWork';

/** Urgent QOL is only for immediate customer impact or business-critical work. */
export const URGENT_QOL_REASONS: ReadonlyArray<{ key: UrgentQolReason; title: string }> = [
  { key: 'ImmediateCustomerImpact', title: 'Immediate customer impact' },
  { key: 'BusinessCriticalWork', title: 'Business-critical work' }
];

/** True when `reason` justifies an urgent QOL. */
export function isUrgentQol(reason: string | undefined): reason is UrgentQolReason {
  for (const r of URGENT_QOL_REASONS) {
    if (r.key === reason) {
      return true;
    }
  }
  return false;
}

/**
 * Kinds of non-critical error: the activity was processed correctly under the Four Pillars, but something about
 * how it was done needs feedback (the public QOL page: errors that do not affect the customer's entitlement).
 */
export const NON_CRITICAL_ERROR_KINDS = [
  'Documentation',
  'ActivityManagement',
  'LetterOrNotification',
  'ProcedureNotFollowed',
  'Other'
] as const;

/** One kind of non-critical error. */
export type NonCriticalErrorKind = (typeof NON_CRITICAL_ERROR_KINDS)[number];

/** The check as a checker records it, before it is saved. */
export interface IQolCheckDraft {
  officerKey: string;
  workType: string;
  activityRef: string;
  pillarsFailed: ReadonlyArray<FourPillar>;
  nonCriticalErrors: ReadonlyArray<NonCriticalErrorKind>;
  feedback: string;
}

/** Why a draft check cannot be saved (codes; the web part words them). */
export type QolDraftProblem = 'NoOfficer' | 'NoWorkType' | 'NoActivityRef' | 'FeedbackRequired';

/**
 * What stops a draft from being saved: who, what and which activity are always needed, and any error (critical
 * or not) needs feedback to the officer. Privacy of the free text is the privacy guard's job, not this.
 */
export function qolDraftProblems(d: IQolCheckDraft): QolDraftProblem[] {
  const out: QolDraftProblem[] = [];
  if (!d.officerKey.trim()) {
    out.push('NoOfficer');
  }
  if (!d.workType.trim()) {
    out.push('NoWorkType');
  }
  if (!d.activityRef.trim()) {
    out.push('NoActivityRef');
  }
  if (assessQol(d.pillarsFailed, d.nonCriticalErrors.length).requiresFeedback && !d.feedback.trim()) {
    out.push('FeedbackRequired');
  }
  return out;
}

/** What an officer may say back about one of their checks. */
export const QOL_RESPONSE_KINDS = ['Acknowledged', 'Corrected'] as const;

/** One kind of officer response. */
export type QolResponseKind = (typeof QOL_RESPONSE_KINDS)[number];

/** Where one of an officer's checks stands from their side. */
export interface IQolFollowUp {
  /** Feedback given and not yet acknowledged. */
  feedbackOpen: boolean;
  /** Sent back and not yet confirmed corrected. */
  sendBackOpen: boolean;
}

/** What is still open on a check, given the officer's responses to it. */
export function qolFollowUp(outcome: QolOutcome, responses: ReadonlyArray<QolResponseKind>): IQolFollowUp {
  // The same consequences as assessQol: any error is fed back, a critical one is also sent back.
  return {
    feedbackOpen: outcome !== 'Correct' && responses.indexOf('Acknowledged') < 0,
    sendBackOpen: outcome === 'CriticalError' && responses.indexOf('Corrected') < 0
  };
}

/**
 * The month key of a check (`<key>|yyyy-MM`, in the checker's local calendar): stored in indexed Text columns so
 * "an officer's checks this month" and "a work type's checks this month" filter first on an index, under the
 * 5,000-item list view threshold on a list of 100,000 checks.
 */
export function qolMonthKey(key: string, year: number, month1to12: number): string {
  return key.toLowerCase() + '|' + String(year) + '-' + (month1to12 < 10 ? '0' : '') + String(month1to12);
}

/** The months (year, month) from `from` to `to` inclusive, for a period summary read month by month. */
export function monthsBetween(
  from: { year: number; month: number },
  to: { year: number; month: number }
): Array<{ year: number; month: number }> {
  const out: Array<{ year: number; month: number }> = [];
  let y = from.year;
  let m = from.month;
  while (y < to.year || (y === to.year && m <= to.month)) {
    out.push({ year: y, month: m });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The kind of a QOL Responses item that is an officer's urgent QOL request (not a response to a check). */
export const URGENT_REQUEST_KIND = 'UrgentRequest' as const;

/** Why an urgent QOL request cannot be sent (codes; the web part words them). */
export type UrgentRequestProblem = 'NotUrgent' | 'NoWorkType' | 'NoActivityRef';

/**
 * What stops an urgent QOL request: urgent QOL is only for immediate customer impact or business-critical work
 * (the public Urgent QOL page); anything else waits for the usual checking, and the checker must know what to check.
 */
export function urgentRequestProblems(r: {
  reason: string;
  workType: string;
  activityRef: string;
}): UrgentRequestProblem[] {
  const out: UrgentRequestProblem[] = [];
  if (!isUrgentQol(r.reason)) {
    out.push('NotUrgent');
  }
  if (!r.workType.trim()) {
    out.push('NoWorkType');
  }
  if (!r.activityRef.trim()) {
    out.push('NoActivityRef');
  }
  return out;
}

/** The RequestKey of the check that answers urgent request `requestId`: unique on QOL Checks, so one checker wins a claim. */
export function urgentClaimKey(requestId: number): string {
  return 'urgent-' + String(requestId);
}

/** The month key every urgent request of a month shares (`urgent|yyyy-MM`): the urgent queue's indexed filter. */
export function urgentMonthKey(year: number, month1to12: number): string {
  return qolMonthKey('urgent', year, month1to12);
}

/** What a Team Leader or SSO directs: a number of one officer's activities or of one work type, by a due date. */
export interface IQolDirectionDraft {
  tpsoKey: string;
  /** Exactly one of officerKey and workType. */
  officerKey: string;
  workType: string;
  checkCount: number;
  /** Due date (yyyy-MM-dd, the directing person's calendar). */
  dueDate: string;
}

/** Why a direction cannot be saved (codes; the web part words them). */
export type QolDirectionProblem = 'NoTpso' | 'NoTarget' | 'BothTargets' | 'BadCount' | 'BadDueDate';

/** The most checks one direction asks for: beyond it, split the work (and a typo of 500 is caught). */
export const MAX_DIRECTED_CHECKS: number = 100;

/** What stops a direction: a TPSO, one officer or one work type, 1–100 checks, a due date from today on. */
export function qolDirectionProblems(d: IQolDirectionDraft, today: string): QolDirectionProblem[] {
  const out: QolDirectionProblem[] = [];
  if (!d.tpsoKey.trim()) {
    out.push('NoTpso');
  }
  if (!d.officerKey.trim() && !d.workType.trim()) {
    out.push('NoTarget');
  }
  if (d.officerKey.trim() && d.workType.trim()) {
    out.push('BothTargets');
  }
  if (!(d.checkCount >= 1 && d.checkCount <= MAX_DIRECTED_CHECKS && Math.floor(d.checkCount) === d.checkCount)) {
    out.push('BadCount');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.dueDate) || d.dueDate < today) {
    out.push('BadDueDate');
  }
  return out;
}
