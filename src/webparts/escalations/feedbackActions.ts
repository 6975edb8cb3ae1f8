/**
 * The feedback protocol's writes (seed 004 "Feedback protocols"), through the one feedback lifecycle
 * (src/domain/feedbackLifecycle.ts): a Team Leader or Senior Practitioner confirms or declines an officer's flag,
 * and only a confirmed flag reaches the TPSO's Team Leader, who records what was done. The decision lives in
 * Feedback Reviews, where officers cannot write (src/data/schema.ts); the officer's Feedback item gets a copy of
 * the status so Ask TPS can tell them the outcome. No React.
 */
import type { IDataServices } from '../../data/services';
import type { IFeedback, IFeedbackReview } from '../../data/stores/types';
import { noticeRequestKey } from '../../data/stores/FeedbackNoticeStore';
import { reviewRequestKey } from '../../data/stores/FeedbackReviewStore';
import { applyFeedbackAction, feedbackStatusOf, isFeedbackOpen } from '../../domain/feedbackLifecycle';
import type {
  FeedbackActor,
  FeedbackPatch,
  FeedbackRefusal,
  FeedbackResult,
  FeedbackRole,
  FeedbackState
} from '../../domain/feedbackLifecycle';

/** Words for every feedback refusal (from the web part's loc file). */
export type FeedbackProblemWords = { [p in FeedbackRefusal]: string };

/** Who is acting: lower-case login, display name and the roles the roster gives them. */
export interface IFeedbackActor extends FeedbackActor {
  displayName: string;
}

/** Thrown when the lifecycle refuses a step: its message is for the person. */
export class FeedbackRefusedError extends Error {
  public readonly isRefused: boolean = true;
}

/** The feedback roles of a roster role: Team Leaders and SSOs (Senior Practitioners) review. */
export function feedbackRolesOf(rosterRole: string | undefined): FeedbackRole[] {
  return rosterRole === 'TeamLeader' ? ['TeamLeader'] : rosterRole === 'SSO' ? ['SeniorPractitioner'] : ['Officer'];
}

/** What the escalations web part shows: flags waiting for review, and confirmed flags about a Team Leader's TPSOs. */
export interface IFeedbackCases {
  awaitingReview: IFeedback[];
  forTeamLeader: IFeedbackReview[];
}

/** The lifecycle's patch, or its refusal in words. */
function patchOf(result: FeedbackResult, words: FeedbackProblemWords): FeedbackPatch {
  if (!result.ok) {
    throw new FeedbackRefusedError(words[result.refusal]);
  }
  return result.patch;
}

/**
 * Reads what the actor may act on: the newest flags that have no review yet (a flag the officer's copy shows as
 * closed before reviews existed is done), and, for a Team Leader, the reviews routed to them. A flag the actor
 * raised or that is about their own answer is left out (the lifecycle refuses both).
 */
export async function loadFeedbackCases(data: IDataServices, actor: IFeedbackActor): Promise<IFeedbackCases> {
  const me: string = actor.key.toLowerCase();
  const teamLeader: boolean = actor.roles.indexOf('TeamLeader') >= 0;
  const [flags, routed] = await Promise.all([
    data.feedback.listRecent(50),
    teamLeader ? data.feedbackReviews.listForTeamLeader(me) : Promise.resolve(undefined)
  ]);
  const reviewed: IFeedbackReview[] = await data.feedbackReviews.forFeedback(flags.items.map((f) => f.id));
  const done: number[] = reviewed.map((r) => r.feedbackId);
  const awaitingReview: IFeedback[] = flags.items.filter(
    (f) =>
      done.indexOf(f.id) < 0 &&
      isFeedbackOpen(feedbackStatusOf(f.status)) &&
      f.raisedByKey.toLowerCase() !== me &&
      f.tpsoKey.toLowerCase() !== me
  );
  return { awaitingReview, forTeamLeader: routed ? routed.items : [] };
}

/**
 * A reviewer confirms or declines a flag with a reason (privacy-guarded). The state is read from Feedback Reviews,
 * not from the officer's copy: a flag with no review waits for one, whatever its copy says. The review lands once
 * (its request key, and FeedbackId is unique there); then the officer's copy is written without an ETag, because
 * the review is what counts and the copy only repeats it.
 */
export async function reviewFeedback(
  data: IDataServices,
  f: IFeedback,
  verdict: 'confirm' | 'decline',
  note: string,
  actor: IFeedbackActor,
  words: FeedbackProblemWords,
  now: Date = new Date()
): Promise<IFeedbackReview> {
  const flag: FeedbackState = {
    status: 'Flagged',
    raisedByKey: f.raisedByKey,
    tpsoKey: f.tpsoKey,
    teamLeaderKey: f.teamLeaderKey
  };
  // Who may act and what they wrote are checked before any request (a TPSO cannot even read the review list).
  patchOf(applyFeedbackAction(flag, { kind: verdict, note }, actor, now), words);
  const existing: IFeedbackReview | undefined = (await data.feedbackReviews.forFeedback([f.id]))[0];
  if (
    existing &&
    existing.reviewedByKey === actor.key.toLowerCase() &&
    existing.status === (verdict === 'confirm' ? 'Confirmed' : 'Declined')
  ) {
    // A retry of this reviewer's own review (the copy failed, or the answer was lost): finish it, refuse nothing.
    await data.feedback.copyStatus(f.id, existing.status, '*', declineReasonOf(existing.status, existing.reviewNote));
    return existing;
  }
  const state: FeedbackState = { ...flag, status: existing ? existing.status : 'Flagged' };
  const patch: FeedbackPatch = patchOf(applyFeedbackAction(state, { kind: verdict, note }, actor, now), words);
  const review: IFeedbackReview = await data.feedbackReviews.review({
    requestKey: reviewRequestKey(f.id),
    feedbackId: f.id,
    enquiryId: f.enquiryId,
    tpsoKey: f.tpsoKey.toLowerCase(),
    teamLeaderKey: f.teamLeaderKey.toLowerCase(),
    raisedByKey: f.raisedByKey.toLowerCase(),
    detail: f.detail,
    status: patch.status,
    reviewNote: patch.note,
    reviewedByKey: patch.byKey,
    reviewedAt: patch.at
  });
  await data.feedback.copyStatus(f.id, patch.status, '*', declineReasonOf(patch.status, patch.note));
  return review;
}

/** The reviewer's reason the officer's card shows with a decline (a confirm's note stays with the reviewers). */
function declineReasonOf(status: string, note: string | undefined): string | undefined {
  return status === 'Declined' && note ? note : undefined;
}

/**
 * The TPSO's Team Leader records what was done with a confirmed flag and closes it. First the TPSO's read-only
 * notice is published (once per flag, readable by that TPSO alone; the Feedback Notices list in
 * src/data/schema.ts), then one ETag'd MERGE closes the review, so a close that failed part-way is finished by
 * trying again. The officer's copy stays "confirmed": what the Team Leader did is between them and the TPSO.
 */
export async function closeFeedback(
  data: IDataServices,
  review: IFeedbackReview,
  actor: IFeedbackActor,
  outcome: string,
  words: FeedbackProblemWords,
  now: Date = new Date()
): Promise<IFeedbackReview> {
  const patch: FeedbackPatch = patchOf(
    applyFeedbackAction(review, { kind: 'close', actionTaken: outcome }, actor, now),
    words
  );
  await data.feedbackNotices.publish({
    requestKey: noticeRequestKey(review.feedbackId),
    feedbackId: review.feedbackId,
    enquiryId: review.enquiryId,
    tpsoKey: review.tpsoKey,
    detail: review.detail,
    outcome: patch.note,
    closedAt: now
  });
  return data.feedbackReviews.close(
    review.id,
    { outcome: patch.note, closedAt: now, closedByKey: patch.byKey },
    review.etag
  );
}
