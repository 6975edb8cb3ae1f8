/**
 * What QOL checking writes, as calls on the data services: a checker records a check (the domain computes the
 * outcome; the privacy guard vets the free text; the officer gets a read-only copy), and an officer acknowledges
 * feedback or confirms a sent-back activity corrected (a response of their own, never an edit of the check).
 * No React here, so the rules and the requests are testable on their own.
 */
import * as strings from 'QolChecksWebPartStrings';
import type { IDataServices } from '../../data/services';
import type { IQolCheck, IQolDirection, IQolResponse, IQolResult } from '../../data/stores/types';
import {
  assessQol,
  qolDirectionProblems,
  qolDraftProblems,
  qolMonthKey,
  URGENT_REQUEST_KIND,
  urgentClaimKey,
  urgentMonthKey,
  urgentRequestProblems
} from '../../domain/qol';
import type {
  IQolCheckDraft,
  IQolDirectionDraft,
  QolDirectionProblem,
  QolDraftProblem,
  QolResponseKind,
  UrgentRequestProblem
} from '../../domain/qol';
import { hasBlockingFindings, scanText } from '../../domain/privacy';
import { describePrivacyKinds } from '../../shared/text/privacyText';
import { format } from '../../shared/text/format';

/** A refusal by a rule or the privacy guard: the message is for people, and nothing was sent. */
export class ActionRefused extends Error {
  /** Marker that survives transpilation to ES5 (where `instanceof` on Error subclasses is unreliable). */
  public readonly isActionRefused: boolean = true;
}

const PROBLEM_WORDS: { [p in QolDraftProblem]: string } = {
  NoOfficer: strings.NoOfficer,
  NoWorkType: strings.NoWorkType,
  NoActivityRef: strings.NoActivityRef,
  FeedbackRequired: strings.FeedbackRequired
};

/** The words for what stops a draft from being saved (empty when it may be saved). */
export function draftMessages(draft: IQolCheckDraft): string[] {
  const out: string[] = qolDraftProblems(draft).map((p) => PROBLEM_WORDS[p]);
  // The activity reference must not identify a customer: anything the guard finds (a CRN, a name) is refused.
  const refFindings = scanText(draft.activityRef);
  if (refFindings.length > 0) {
    out.push(format(strings.ActivityRefPrivate, describePrivacyKinds(refFindings)));
  }
  if (hasBlockingFindings(draft.feedback)) {
    out.push(strings.FeedbackPrivate);
  }
  return out;
}

/** A recorded check and the officer's copy of it. */
export interface IRecordedCheck {
  check: IQolCheck;
  result: IQolResult;
}

/**
 * Records a check: refuses (ActionRefused, nothing sent) what the rules or the privacy guard do not allow, then
 * saves the check and publishes the officer's copy, both once per `requestKey` however often it is retried.
 */
export async function recordCheck(
  data: IDataServices,
  draft: IQolCheckDraft,
  requestKey: string,
  now: Date,
  enquiryId?: number
): Promise<IRecordedCheck> {
  const problems: string[] = draftMessages(draft);
  if (problems.length > 0) {
    throw new ActionRefused(problems.join(' '));
  }
  const verdict = assessQol(draft.pillarsFailed, draft.nonCriticalErrors.length);
  const officerKey: string = draft.officerKey.toLowerCase();
  const year: number = now.getFullYear();
  const month: number = now.getMonth() + 1;
  const common = {
    requestKey,
    workType: draft.workType,
    officerKey,
    activityRef: draft.activityRef.trim(),
    outcome: verdict.outcome,
    pillarsFailed: draft.pillarsFailed.slice(),
    nonCriticalErrors: draft.nonCriticalErrors.slice(),
    feedback: draft.feedback.trim(),
    sentBack: verdict.requiresSendBack,
    checkedAt: now
  };
  const check: IQolCheck = await data.qolChecks.create({
    ...common,
    checkerKey: data.currentUserKey,
    urgent: false,
    enquiryId,
    officerMonthKey: qolMonthKey(officerKey, year, month),
    workTypeMonthKey: qolMonthKey(draft.workType, year, month),
    checkerMonthKey: qolMonthKey(data.currentUserKey, year, month)
  });
  const result: IQolResult = await data.qolResults.publish({ ...common, checkId: check.id });
  return { check, result };
}

/**
 * An officer's response to one of their results: "Acknowledged" needs feedback to acknowledge, "Corrected" a
 * sent-back activity. It lands once per `requestKey` and changes nothing of the check.
 */
export async function respond(
  data: IDataServices,
  result: IQolResult,
  kind: QolResponseKind,
  requestKey: string
): Promise<IQolResponse> {
  if (kind === 'Acknowledged' && result.outcome === 'Correct') {
    throw new ActionRefused(strings.NothingToAcknowledge);
  }
  if (kind === 'Corrected' && !result.sentBack) {
    throw new ActionRefused(strings.NotSentBack);
  }
  return data.qolResponses.respond({ requestKey, kind, checkId: result.checkId, officerKey: data.currentUserKey });
}

const URGENT_PROBLEM_WORDS: { [p in UrgentRequestProblem]: string } = {
  NotUrgent: strings.UrgentNotUrgent,
  NoWorkType: strings.NoWorkType,
  NoActivityRef: strings.NoActivityRef
};

/** What an officer fills in to ask for an urgent QOL. */
export interface IUrgentRequestDraft {
  workType: string;
  /** Domain UrgentQolReason key ('' when none chosen). */
  reason: string;
  activityRef: string;
}

/** The words for what stops an urgent request (empty when it may be sent). */
export function urgentRequestMessages(draft: IUrgentRequestDraft): string[] {
  const out: string[] = urgentRequestProblems(draft).map((p) => URGENT_PROBLEM_WORDS[p]);
  const refFindings = scanText(draft.activityRef);
  if (refFindings.length > 0) {
    out.push(format(strings.ActivityRefPrivate, describePrivacyKinds(refFindings)));
  }
  return out;
}

/**
 * An officer asks for an urgent QOL: only for immediate customer impact or business-critical work (refused in plain
 * words otherwise, nothing sent). The request is a QOL Responses item of the officer's own, so item-level security
 * keeps it from other officers and TPS staff read it through Override List Behaviors. Lands once per `requestKey`.
 */
export async function requestUrgent(
  data: IDataServices,
  draft: IUrgentRequestDraft,
  requestKey: string,
  now: Date
): Promise<IQolResponse> {
  const problems: string[] = urgentRequestMessages(draft);
  if (problems.length > 0) {
    throw new ActionRefused(problems.join(' '));
  }
  return data.qolResponses.respond({
    requestKey,
    kind: URGENT_REQUEST_KIND,
    checkId: 0,
    officerKey: data.currentUserKey,
    workType: draft.workType,
    urgentReason: draft.reason,
    activityRef: draft.activityRef.trim(),
    urgentMonthKey: urgentMonthKey(now.getFullYear(), now.getMonth() + 1)
  });
}

/**
 * A checker claims an urgent request: the claim is the check itself, created in QOL Checks (where only TPS staff
 * write) with RequestKey `urgent-<request id>`, unique on that list. Two checkers racing both send it; SharePoint
 * keeps one and refuses the other as a duplicate, which reads back the winner's: the loser is told who has it.
 * Claiming again what you already hold returns your claim.
 */
export async function claimUrgent(data: IDataServices, request: IQolResponse, now: Date): Promise<IQolCheck> {
  const claim: IQolCheck = await data.qolChecks.create({
    requestKey: urgentClaimKey(request.id),
    workType: request.workType || '',
    officerKey: request.officerKey,
    checkerKey: data.currentUserKey,
    activityRef: request.activityRef || '',
    outcome: '',
    pillarsFailed: [],
    nonCriticalErrors: [],
    urgent: true,
    urgentReason: request.urgentReason,
    feedback: '',
    sentBack: false,
    checkedAt: now,
    urgentMonthKey: request.urgentMonthKey
  });
  if (claim.checkerKey !== data.currentUserKey) {
    throw new ActionRefused(format(strings.UrgentClaimedBy, claim.editorName || claim.checkerKey));
  }
  return claim;
}

/**
 * Records the outcome of a claimed urgent check and publishes the officer's copy, which they see in the web part.
 * No "Finalise and notify" mail: urgent QOL is one of the contacts that does without it (seed 002 item 7).
 */
export async function completeUrgent(
  data: IDataServices,
  claim: IQolCheck,
  draft: IQolCheckDraft,
  now: Date
): Promise<IRecordedCheck> {
  const problems: string[] = draftMessages({ ...draft, officerKey: claim.officerKey, workType: claim.workType });
  if (problems.length > 0) {
    throw new ActionRefused(problems.join(' '));
  }
  if (claim.checkerKey !== data.currentUserKey) {
    throw new ActionRefused(format(strings.UrgentClaimedBy, claim.editorName || claim.checkerKey));
  }
  const verdict = assessQol(draft.pillarsFailed, draft.nonCriticalErrors.length);
  const year: number = now.getFullYear();
  const month: number = now.getMonth() + 1;
  const common = {
    requestKey: claim.requestKey,
    workType: claim.workType,
    officerKey: claim.officerKey,
    activityRef: draft.activityRef.trim() || claim.activityRef,
    outcome: verdict.outcome,
    pillarsFailed: draft.pillarsFailed.slice(),
    nonCriticalErrors: draft.nonCriticalErrors.slice(),
    feedback: draft.feedback.trim(),
    sentBack: verdict.requiresSendBack,
    checkedAt: now
  };
  const check: IQolCheck = claim.outcome
    ? claim
    : await data.qolChecks.complete(claim, {
        ...common,
        officerMonthKey: qolMonthKey(claim.officerKey, year, month),
        workTypeMonthKey: qolMonthKey(claim.workType, year, month),
        checkerMonthKey: qolMonthKey(claim.checkerKey, year, month)
      });
  const result: IQolResult = await data.qolResults.publish({ ...common, checkId: check.id });
  return { check, result };
}

const DIRECTION_PROBLEM_WORDS: { [p in QolDirectionProblem]: string } = {
  NoTpso: strings.DirectNoTpso,
  NoTarget: strings.DirectNoTarget,
  BothTargets: strings.DirectBothTargets,
  BadCount: strings.DirectBadCount,
  BadDueDate: strings.DirectBadDueDate
};

function dayKey(d: Date): string {
  const pad = (n: number): string => (n < 10 ? '0' : '') + String(n);
  return String(d.getFullYear()) + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

/** The words for what stops a direction (empty when it may be saved). */
export function directionMessages(draft: IQolDirectionDraft, now: Date): string[] {
  return qolDirectionProblems(draft, dayKey(now)).map((p) => DIRECTION_PROBLEM_WORDS[p]);
}

/**
 * A Team Leader or SSO directs checks to a TPSO (seed 000: TPSOs QOL-check "as directed"). Due at the end of the
 * chosen day in the directing person's calendar. Lands once per `requestKey`.
 */
export async function directChecks(
  data: IDataServices,
  draft: IQolDirectionDraft,
  requestKey: string,
  now: Date
): Promise<IQolDirection> {
  const problems: string[] = directionMessages(draft, now);
  if (problems.length > 0) {
    throw new ActionRefused(problems.join(' '));
  }
  const [y, m, d] = draft.dueDate.split('-').map(Number);
  return data.qolDirections.create({
    requestKey,
    tpsoKey: draft.tpsoKey.toLowerCase(),
    officerKey: draft.officerKey ? draft.officerKey.toLowerCase() : undefined,
    workType: draft.workType || undefined,
    checkCount: draft.checkCount,
    dueDate: new Date(y, m - 1, d, 23, 59, 59),
    directedByKey: data.currentUserKey
  });
}
