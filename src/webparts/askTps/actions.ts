/**
 * What a Service Officer writes, as calls on the data services: posting an enquiry and withdrawing it go through
 * the domain lifecycle (applyEnquiryAction) before any request; flagging an answer records one Feedback item for
 * the answering TPSO's team leader. No React here, so the rules and the requests are testable on their own.
 */
import * as strings from 'AskTpsWebPartStrings';
import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEnquiryPatch, IFeedback, IRosterEntry } from '../../data/stores/types';
import { applyEnquiryAction } from '../../domain/enquiryLifecycle';
import type { Actor, EnquiryAction, EnquiryPatch, EnquiryState } from '../../domain/enquiryLifecycle';
import { isCentreTimeZone } from '../../domain/centres';
import { goesToTaskCards } from '../../domain/resources';
import { isEnquiryStatus } from '../../domain/enquiryValues';
import { hasBlockingFindings } from '../../domain/privacy';
import { format } from '../../shared/text/format';
import type { IEnquiryDraft } from './model';
import { enquiryRefusalText } from '../../shared/text/enquiryRefusals';

/** A refusal by the lifecycle or a check: the message is for people, and nothing was sent. */
export class ActionRefused extends Error {
  /** Marker that survives transpilation to ES5 (where `instanceof` on Error subclasses is unreliable). */
  public readonly isActionRefused: boolean = true;
}

/** The signed-in officer as the lifecycle sees them (the stored RequesterKey is the lower-case login). */
export function officerOf(user: { login: string; displayName: string }): Actor {
  return { key: user.login.toLowerCase(), displayName: user.displayName, roles: ['ServiceOfficer'] };
}

/** The lifecycle's verdict on an action, or ActionRefused with its reason. */
function decide(e: EnquiryState | undefined, action: EnquiryAction, officer: Actor, now: Date): EnquiryPatch {
  const result = applyEnquiryAction(e, action, officer, now);
  if (!result.ok) {
    throw new ActionRefused(enquiryRefusalText(result.refusal));
  }
  return result.patch;
}

/** What the lifecycle reads of an enquiry the officer sees in "My enquiries". */
function officerView(e: IEnquiry): EnquiryState {
  return {
    status: isEnquiryStatus(e.status) ? e.status : 'Waiting',
    workType: e.workType,
    // Stored lower-case at posting; compared lower-case because SharePoint's text filter that found it is not.
    postedByKey: (e.requesterKey || '').toLowerCase(),
    assigneeKey: e.assigneeKey,
    assigneeName: e.assigneeName,
    crn: e.crn
  };
}

/**
 * Posts the draft: the lifecycle checks it (work type, reason, a question the privacy guard passes), then one
 * create keyed by the draft's request key, so a retry after a lost answer lands once. The centre is the one the
 * officer chose (BRIEF: close of business is local to their Smart Centre; the browser's zone is never used), and
 * Apprenticeship Commencements work is refused: it goes to the task cards, not TPS (seed 000).
 */
export async function postEnquiry(
  data: IDataServices,
  officer: Actor,
  draft: IEnquiryDraft,
  now: Date = new Date()
): Promise<IEnquiry> {
  if (!isCentreTimeZone(draft.centreTimeZone)) {
    throw new ActionRefused(strings.ErrorCentre);
  }
  if (goesToTaskCards(draft.workType, !!draft.taskCardWork)) {
    throw new ActionRefused(strings.ErrorTaskCards);
  }
  decide(
    undefined,
    { kind: 'post', workType: draft.workType, reason: draft.reason, question: draft.question },
    officer,
    now
  );
  return data.enquiries.create({
    requestKey: draft.requestKey,
    workType: draft.workType,
    reason: draft.reason,
    question: draft.question,
    referencesChecked: draft.referencesChecked,
    referencesRead: draft.referencesRead || undefined,
    customerOnHold: draft.customerOnHold,
    centreTimeZone: draft.centreTimeZone,
    requesterKey: officer.key,
    crn: draft.crn || undefined,
    // seed 002 item 10: the queue puts these first, with a clock to close of business in this centre
    stopPayment: draft.stopPayment ? true : undefined
  });
}

/**
 * Withdraws a waiting enquiry (the poster only): the lifecycle's patch (status Withdrawn, CRN cleared) in one
 * update with the ETag the list read, so a TPSO's claim that got there first fails with a ConflictError naming
 * them. The lifecycle's withdrawnAt has no column: the item's Modified records when.
 */
export async function withdrawEnquiry(
  data: IDataServices,
  e: IEnquiry,
  officer: Actor,
  now: Date = new Date()
): Promise<IEnquiry> {
  const decided: EnquiryPatch = decide(officerView(e), { kind: 'withdraw' }, officer, now);
  const patch: IEnquiryPatch = {};
  if (decided.status) {
    patch.status = decided.status;
  }
  if (decided.crn === '') {
    patch.clear = ['crn'];
  }
  // A withdraw whose answer was lost (a 504, then a 412 on PnPjs's re-send) is read back: withdrawn is withdrawn.
  return data.enquiries.updateChecked(e.id, patch, e.etag, (current) => current.status === 'Withdrawn');
}

/**
 * Flags an answer as technically incorrect (seed 004 feedback protocol): one Feedback item for the answering
 * TPSO's team leader, read from the TPS Roster. `detail` goes through the privacy guard; `requestKey` (one per
 * open form) makes a retry land once.
 */
export async function flagAnswer(
  data: IDataServices,
  e: IEnquiry,
  officer: Actor,
  detail: string,
  requestKey: string
): Promise<IFeedback> {
  const text: string = detail.trim();
  if (!text) {
    throw new ActionRefused(strings.FlagEmpty);
  }
  if (hasBlockingFindings(text)) {
    throw new ActionRefused(strings.FlagPrivacy);
  }
  const tpsoKey: string = (e.assigneeKey || '').toLowerCase();
  const rows: IRosterEntry[] = await data.roster.forPerson(tpsoKey);
  let teamLeaderKey: string | undefined;
  for (const r of rows) {
    if (r.teamLeaderKey) {
      teamLeaderKey = r.teamLeaderKey.toLowerCase();
      break;
    }
  }
  if (!teamLeaderKey) {
    throw new ActionRefused(format(strings.FlagNoTeamLeader, e.assigneeName || strings.SomeoneTps));
  }
  return data.feedback.create({
    requestKey,
    enquiryId: e.id,
    tpsoKey,
    teamLeaderKey,
    raisedByKey: officer.key,
    detail: text
  });
}
