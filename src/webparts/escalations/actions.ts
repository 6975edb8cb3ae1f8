/**
 * Every write the TPS Escalations web part makes, through the escalation lifecycle (src/domain): assign and
 * reassign, document a step, record a follow-up, finalise (CRN cleared, officer and TPSO told by mail); the
 * feedback review and close are in ./feedbackActions. Each is
 * one ETag'd update, so two SSOs acting at once land one change and the other is told who made it. No React.
 */
import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEscalation, IEscalationNote, IEscalationPatch } from '../../data/stores/types';
import { createBusinessCalendar } from '../../domain/businessCalendar';
import type { BusinessCalendar } from '../../domain/businessCalendar';
import { centreTimeZoneOf } from '../../domain/centres';
import { applyEscalationAction } from '../../domain/escalationLifecycle';
import type {
  EscalationActionResult,
  EscalationNoteInput,
  EscalationState,
  FinalisationReason,
  WorkCompletedBy
} from '../../domain/escalationLifecycle';
import { deadlinesAfterStep, isPastDayOne } from '../../domain/escalationFollowUp';
import { composeEscalationFinalisedMail } from '../../data/escalationMail';
import { escalationRefusalText } from '../../shared/text/escalationRefusals';

/** Who is acting (lower-case login and display name). */
export interface IEscalationActor {
  key: string;
  displayName: string;
}

/** Thrown when the lifecycle refuses an action: its message is for the person. */
export class RefusedError extends Error {
  public readonly isRefused: boolean = true;
}

/** The business calendar of an escalation's raising centre. */
export function calendarOf(e: Pick<IEscalation, 'centreTimeZone'>): BusinessCalendar {
  return createBusinessCalendar({ timeZone: centreTimeZoneOf(e.centreTimeZone) });
}

/** When the TPSO raised it (the item's Created; its deadline's day when that is missing). */
export function raisedAtOf(e: IEscalation): Date {
  return e.created || e.dueAt;
}

/** The lifecycle's view of a stored escalation at `now`. */
export function stateOf(e: IEscalation, now: Date): EscalationState {
  return {
    status: e.status,
    category: e.category,
    assigneeKey: e.assigneeKey,
    pastDayOne: isPastDayOne(raisedAtOf(e), now, calendarOf(e)),
    whyNotFinalisedRecorded: e.notes.some((n) => !!(n.whyNotFinalised || '').trim())
  };
}

function check(result: EscalationActionResult): NonNullable<Extract<EscalationActionResult, { ok: true }>['change']> {
  if (!result.ok) {
    throw new RefusedError(escalationRefusalText(result.refusal));
  }
  return result.change;
}

function emptyNote(actor: IEscalationActor, now: Date): IEscalationNote {
  return {
    at: now,
    byKey: actor.key,
    actionTaken: '',
    resourcesUsed: '',
    actionRequiredByOfficer: '',
    whyNotFinalised: ''
  };
}

/** Assigns to `assigneeKey` (the actor to take it); a reassignment's reason goes into the history. */
export async function assign(
  data: IDataServices,
  e: IEscalation,
  actor: IEscalationActor,
  assigneeKey: string,
  reason: string = '',
  now: Date = new Date()
): Promise<IEscalation> {
  const change = check(applyEscalationAction(stateOf(e, now), { kind: 'assign', assigneeKey, reason }));
  const entry: IEscalationNote = {
    ...emptyNote(actor, now),
    kind: 'assign',
    assigneeKey: change.assigneeKey,
    reason: reason.trim() || undefined
  };
  return data.escalations.update(
    e.id,
    { status: change.status, assigneeKey: change.assigneeKey, notes: [...e.notes, entry] },
    e.etag
  );
}

/**
 * Adds a documented step (`note`) or a follow-up (`followUp`) to the history, never overwriting it, and writes
 * the deadlines the domain recomputes (death: the 14-day review; system issue: next weekly/EPED follow-up;
 * arrears referred to ICT: no longer urgent). An unassigned escalation is taken by whoever documents it.
 */
export async function addStep(
  data: IDataServices,
  e: IEscalation,
  actor: IEscalationActor,
  kind: 'note' | 'followUp',
  note: EscalationNoteInput,
  now: Date = new Date()
): Promise<IEscalation> {
  check(applyEscalationAction(stateOf(e, now), { kind, note }));
  const entry: IEscalationNote = {
    at: now,
    byKey: actor.key,
    kind,
    actionTaken: note.actionTaken.trim(),
    resourcesUsed: note.resourcesUsed.trim(),
    actionRequiredByOfficer: note.actionRequiredByOfficer.trim(),
    officerCallBack: note.officerCallBack,
    whyNotFinalised: note.whyNotFinalised.trim()
  };
  const referredNow: boolean = !!note.referredToIct && !e.referredToIct;
  const d = deadlinesAfterStep(
    { ...e, raisedAt: raisedAtOf(e), referredToIct: !!e.referredToIct, urgent: !!e.urgent },
    kind,
    now,
    referredNow,
    calendarOf(e)
  );
  const patch: IEscalationPatch = { ...d, notes: [...e.notes, entry] };
  if (!e.assigneeKey) {
    patch.status = 'Assigned';
    patch.assigneeKey = actor.key;
  }
  return data.escalations.update(e.id, patch, e.etag);
}

/** What the SSO chose to finalise. */
export interface IFinaliseEscalationInput {
  reason: FinalisationReason | '';
  completedBy: WorkCompletedBy | '';
}

/** Where the finalise mail went (or why it did not). */
export interface IFinaliseResult {
  escalation: IEscalation;
  /** '' when the mail went; otherwise what went wrong (the escalation is finalised either way). */
  mailProblem: string;
}

/**
 * Finalises (seed 004 reason and who completes the work), clearing the CRN in the same update, then tells the
 * officer and the TPSO who escalated by mail (Graph; no CRN, no customer details). `enquiry` is the source
 * enquiry when it could be read (the officer's address).
 */
export async function finalise(
  data: IDataServices,
  e: IEscalation,
  actor: IEscalationActor,
  input: IFinaliseEscalationInput,
  enquiry: IEnquiry | undefined,
  now: Date = new Date()
): Promise<IFinaliseResult> {
  const change = check(
    applyEscalationAction(stateOf(e, now), { kind: 'finalise', reason: input.reason, completedBy: input.completedBy })
  );
  const entry: IEscalationNote = { ...emptyNote(actor, now), kind: 'finalise', reason: change.finalisationReason };
  const done: IEscalation = await data.escalations.update(
    e.id,
    {
      status: 'Finalised',
      finalisedAt: now,
      finalisationReason: change.finalisationReason,
      completedBy: change.completedBy,
      notes: [...e.notes, entry],
      clear: ['crn']
    },
    e.etag
  );
  const to: string[] = [];
  const officer: string | undefined = enquiry ? enquiry.authorEmail || enquiry.requesterKey : undefined;
  for (const a of [officer, e.raisedByKey]) {
    if (a && to.indexOf(a) < 0) {
      to.push(a);
    }
  }
  if (!data.mailer) {
    return { escalation: done, mailProblem: 'Mail is not available here.' };
  }
  try {
    const mail = composeEscalationFinalisedMail(done, enquiry);
    // The CRN the escalation held is passed only so the guard strips it should any text repeat it.
    await data.mailer.sendEnquirySummary({ to, subject: mail.subject, bodyText: mail.bodyText, crn: e.crn });
    return { escalation: done, mailProblem: '' };
  } catch (err) {
    return { escalation: done, mailProblem: err instanceof Error ? err.message : String(err) };
  }
}

export {
  closeFeedback,
  FeedbackRefusedError,
  feedbackRolesOf,
  loadFeedbackCases,
  reviewFeedback
} from './feedbackActions';
export type { FeedbackProblemWords, IFeedbackActor, IFeedbackCases } from './feedbackActions';
