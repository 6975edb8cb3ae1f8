/**
 * The feedback protocol (seed 004 "Feedback protocols"): an officer's concern that a TPSO's answer was technically
 * incorrect is first looked at by a Team Leader or Senior Practitioner; "where it is found that incorrect
 * information was provided, feedback is to be provided to the Team leader of the TPS concerned". So a flag counts
 * against nobody until it is confirmed, and only a confirmed flag reaches the TPSO's Team Leader, who records what
 * was done and closes it.
 *
 *   Flagged --confirm--> Confirmed --close--> Closed
 *   Flagged --decline--> Declined
 *
 * Pure: it says whether a step is allowed and what to write; the data layer writes it with the item's ETag.
 * Every note (the reviewer's reason, what the Team Leader did) goes through the privacy guard (seed 002 item 7).
 */
import { hasBlockingFindings } from './privacy';

/** Where a flag is. `New` and `Acknowledged` are the statuses items had before the review step (read as Flagged and Closed). */
export type FeedbackStatus = 'Flagged' | 'Confirmed' | 'Declined' | 'Closed';

/** The statuses, in lifecycle order (the Feedback list's Status choices add these after the older two). */
export const FEEDBACK_STATUSES: ReadonlyArray<FeedbackStatus> = ['Flagged', 'Confirmed', 'Declined', 'Closed'];

/** Statuses stored before the review step existed: kept as choices, never written again. */
export const LEGACY_FEEDBACK_STATUSES: ReadonlyArray<string> = ['New', 'Acknowledged'];

/** Longest note (a Note column; kept short enough to read in a list). */
export const FEEDBACK_NOTE_MAX: number = 2000;

/** Who may act on a flag. */
export type FeedbackRole = 'TeamLeader' | 'SeniorPractitioner' | 'Officer';

/** A flag as the lifecycle sees it. */
export interface FeedbackState {
  status: FeedbackStatus;
  /** The officer who raised it (lower-case login). */
  raisedByKey: string;
  /** The TPSO whose answer it is about (lower-case login). */
  tpsoKey: string;
  /** That TPSO's Team Leader (lower-case login). */
  teamLeaderKey: string;
}

/** Who is acting. */
export interface FeedbackActor {
  key: string;
  roles: ReadonlyArray<FeedbackRole>;
}

/** A reviewer's verdict, or the Team Leader closing a confirmed flag. */
export type FeedbackAction =
  { kind: 'confirm'; note: string } | { kind: 'decline'; note: string } | { kind: 'close'; actionTaken: string };

/** Why a step is refused (codes; the web part words them). */
export type FeedbackRefusal =
  | 'notReviewer'
  | 'ownFlag'
  | 'aboutSelf'
  | 'notTeamLeader'
  | 'wrongState'
  | 'noteMissing'
  | 'noteTooLong'
  | 'notePrivacy';

/** The codes, for callers that word every one (a record of words keyed by them). */
export const FEEDBACK_REFUSALS: ReadonlyArray<FeedbackRefusal> = [
  'notReviewer',
  'ownFlag',
  'aboutSelf',
  'notTeamLeader',
  'wrongState',
  'noteMissing',
  'noteTooLong',
  'notePrivacy'
];

/** What to write. */
export interface FeedbackPatch {
  status: FeedbackStatus;
  /** The reviewer's reason (confirm, decline) or what the Team Leader did (close); through the privacy guard. */
  note: string;
  /** Who did it (lower-case login). */
  byKey: string;
  /** When. */
  at: Date;
}

/** Outcome of {@link applyFeedbackAction}. */
export type FeedbackResult = { ok: true; patch: FeedbackPatch } | { ok: false; refusal: FeedbackRefusal };

/** A stored status as a lifecycle state: the older `New` is waiting for review, `Acknowledged` is done. */
export function feedbackStatusOf(stored: string | undefined): FeedbackStatus {
  if (stored === 'Acknowledged') {
    return 'Closed';
  }
  return (FEEDBACK_STATUSES as ReadonlyArray<string>).indexOf(stored || '') >= 0
    ? (stored as FeedbackStatus)
    : 'Flagged';
}

/** True while a Team Leader or Senior Practitioner has still to confirm or decline it. */
export function awaitsReview(status: FeedbackStatus): boolean {
  return status === 'Flagged';
}

/** True once the flag reaches the TPSO's Team Leader and counts on the TPSO's record (confirmed or closed). */
export function reachesTeamLeader(status: FeedbackStatus): boolean {
  return status === 'Confirmed' || status === 'Closed';
}

/** True while anyone still has to act on it (review, or the Team Leader's record). */
export function isFeedbackOpen(status: FeedbackStatus): boolean {
  return status === 'Flagged' || status === 'Confirmed';
}

/** True while the TPSO's Team Leader has a confirmed flag to act on. */
export function awaitsTeamLeader(status: FeedbackStatus): boolean {
  return status === 'Confirmed';
}

/** What the raising officer is told: sent for review, found incorrect (and passed on), or not found incorrect. */
export type FeedbackOutcome = 'inReview' | 'confirmed' | 'declined';

/** The officer's view of their flag. */
export function officerOutcome(status: FeedbackStatus): FeedbackOutcome {
  return status === 'Declined' ? 'declined' : reachesTeamLeader(status) ? 'confirmed' : 'inReview';
}

/** Why a note may not be saved: missing, too long, or holding customer details. */
function noteProblem(text: string): FeedbackRefusal | undefined {
  if (!text) {
    return 'noteMissing';
  }
  if (text.length > FEEDBACK_NOTE_MAX) {
    return 'noteTooLong';
  }
  return hasBlockingFindings(text) ? 'notePrivacy' : undefined;
}

/** True for a Team Leader or a Senior Practitioner (the reviewers seed 004 names). */
export function isFeedbackReviewer(actor: FeedbackActor): boolean {
  return actor.roles.indexOf('TeamLeader') >= 0 || actor.roles.indexOf('SeniorPractitioner') >= 0;
}

/**
 * Decides a step. Confirm and decline: a Team Leader or Senior Practitioner who neither raised the flag nor is
 * the TPSO it is about, with a reason. Close: the TPSO's own Team Leader, once confirmed, saying what was done.
 */
export function applyFeedbackAction(
  flag: FeedbackState,
  action: FeedbackAction,
  actor: FeedbackActor,
  now: Date
): FeedbackResult {
  const me: string = actor.key.toLowerCase();
  if (action.kind === 'close') {
    if (me !== flag.teamLeaderKey.toLowerCase()) {
      return { ok: false, refusal: 'notTeamLeader' };
    }
    if (flag.status !== 'Confirmed') {
      return { ok: false, refusal: 'wrongState' };
    }
    const done: string = (action.actionTaken || '').trim();
    const problem: FeedbackRefusal | undefined = noteProblem(done);
    return problem
      ? { ok: false, refusal: problem }
      : { ok: true, patch: { status: 'Closed', note: done, byKey: me, at: now } };
  }
  if (!isFeedbackReviewer(actor)) {
    return { ok: false, refusal: 'notReviewer' };
  }
  if (me === flag.raisedByKey.toLowerCase()) {
    return { ok: false, refusal: 'ownFlag' };
  }
  if (me === flag.tpsoKey.toLowerCase()) {
    return { ok: false, refusal: 'aboutSelf' };
  }
  if (flag.status !== 'Flagged') {
    return { ok: false, refusal: 'wrongState' };
  }
  const note: string = (action.note || '').trim();
  const problem: FeedbackRefusal | undefined = noteProblem(note);
  if (problem) {
    return { ok: false, refusal: problem };
  }
  return {
    ok: true,
    patch: { status: action.kind === 'confirm' ? 'Confirmed' : 'Declined', note, byKey: me, at: now }
  };
}
