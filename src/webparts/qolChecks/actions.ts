/**
 * What QOL checking writes, as calls on the data services: a checker records a check (the domain computes the
 * outcome; the privacy guard vets the free text; the officer gets a read-only copy), and an officer acknowledges
 * feedback or confirms a sent-back activity corrected (a response of their own, never an edit of the check).
 * No React here, so the rules and the requests are testable on their own.
 */
import * as strings from 'QolChecksWebPartStrings';
import type { IDataServices } from '../../data/services';
import type { IQolCheck, IQolResponse, IQolResult } from '../../data/stores/types';
import { assessQol, qolDraftProblems, qolMonthKey } from '../../domain/qol';
import type { IQolCheckDraft, QolDraftProblem, QolResponseKind } from '../../domain/qol';
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
  data: IDataServices, draft: IQolCheckDraft, requestKey: string, now: Date, enquiryId?: number
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
    workTypeMonthKey: qolMonthKey(draft.workType, year, month)
  });
  const result: IQolResult = await data.qolResults.publish({ ...common, checkId: check.id });
  return { check, result };
}

/**
 * An officer's response to one of their results: "Acknowledged" needs feedback to acknowledge, "Corrected" a
 * sent-back activity. It lands once per `requestKey` and changes nothing of the check.
 */
export async function respond(data: IDataServices, result: IQolResult, kind: QolResponseKind, requestKey: string): Promise<IQolResponse> {
  if (kind === 'Acknowledged' && result.outcome === 'Correct') {
    throw new ActionRefused(strings.NothingToAcknowledge);
  }
  if (kind === 'Corrected' && !result.sentBack) {
    throw new ActionRefused(strings.NotSentBack);
  }
  return data.qolResponses.respond({ requestKey, kind, checkId: result.checkId, officerKey: data.currentUserKey });
}
