/**
 * The enquiry state machine. Pure: it decides whether an action is allowed and what to write, and says why not
 * in a sentence a person can read. The data layer applies the patch with the item's ETag, so a claim raced by two
 * TPSOs lands once (the loser's update gets 412, reloads, and this function then explains who won).
 */
import { EscalationCategory, isEscalationCategory } from './escalationCategories';
import { describeKinds, scanText, PrivacyFinding } from './privacy';
import { parseReferences, ParsedReferences } from './references';
import { ENQUIRY_REASONS } from './enquiryValues';
import type { EnquiryStatus } from './enquiryValues';
import { isTpsOutcome } from './tpsOutcomes';
import type { TpsOutcome } from './tpsOutcomes';

/** Roles in the boutique site. */
export type Role = 'ServiceOfficer' | 'TPSO' | 'SSO' | 'TeamLeader' | 'Admin';

/** Who is acting. `key` is the stable person key stored in AssigneeKey. */
export interface Actor {
  key: string;
  displayName: string;
  roles: Role[];
  /** Work type keys a TPSO is rostered for; when given, claims outside them are refused. */
  workTypes?: string[];
}

/** The enquiry fields the lifecycle reads and writes. */
export interface EnquiryState {
  status: EnquiryStatus;
  workType: string;
  postedByKey: string;
  postedByName?: string;
  createdAt?: Date;
  assigneeKey?: string;
  assigneeName?: string;
  claimedAt?: Date;
  takenOverAt?: Date;
  takenOverByKey?: string;
  takenOverReason?: string;
  resolvedAt?: Date;
  referencesGiven?: string;
  resolution?: string;
  escalatedAt?: Date;
  escalationCategory?: EscalationCategory;
  ictIncident?: string;
  withdrawnAt?: Date;
  /** Reason for contact. */
  reason?: string;
  /** An outcome other than an answer (warm transfer to the Team Leader, confirm-only contact). */
  outcome?: TpsOutcome;
  /** The TPSO marked this claim complex: its guideline extends (seed 002 item 3). */
  complex?: boolean;
  /** Customer Reference Number; exists only while the work is open (`''` in a patch means clear it). */
  crn?: string;
}

/** What a patch may set. `''` clears a text field (the data layer writes an empty value). */
export type EnquiryPatch = Partial<EnquiryState>;

/** Posting a new enquiry (the enquiry argument is ignored and may be undefined). */
export interface PostAction {
  kind: 'post';
  workType: string;
  reason: string;
  question: string;
}
/** Withdrawing a waiting enquiry (poster only). */
export interface WithdrawAction {
  kind: 'withdraw';
}
/** Claiming a waiting enquiry (TPSO). */
export interface ClaimAction {
  kind: 'claim';
}
/** Giving a claimed enquiry back to the queue (the claimant). */
export interface ReleaseAction {
  kind: 'release';
}
/** Taking the enquiry over from the Service Officer when it runs long (the claimant). */
export interface TakeOverAction {
  kind: 'takeOver';
  reason: string;
}
/** Finalising with references and a summary ("Finalise and notify SO"). */
export interface ResolveAction {
  kind: 'resolve';
  /** Operational Blueprint numbers, comma- or space-separated. */
  referencesGiven: string;
  /** Accurate summary of the answer. */
  comment: string;
}
/** Escalating to an SSO / Senior Practitioner. */
export interface EscalateAction {
  kind: 'escalate';
  category: EscalationCategory;
  /** The escalation DOC was recorded on the customer record (Fast Note: Generic > Escalation > Escalated to SSO). */
  docRecorded: boolean;
  referredToIct: boolean;
  /** ICT incident number, required when referred to ICT. */
  ictIncident?: string;
  /** Notes for the SSO. */
  notes?: string;
}

/** Ending a contact with an outcome other than an answer (seed 002 item 4, seed 001). */
export interface RecordOutcomeAction {
  kind: 'recordOutcome';
  outcome: TpsOutcome;
  /** Optional note for TPS (through the privacy guard). */
  comment?: string;
}
/** Marking (or unmarking) a claim complex, which extends its guideline (seed 002 item 3). */
export interface MarkComplexAction {
  kind: 'markComplex';
  complex: boolean;
}
/** Correcting the work type or reason of an enquiry posted under the wrong one (any TPSO while it waits; the holder after). */
export interface CorrectAction {
  kind: 'correct';
  workType?: string;
  reason?: string;
}

/** Every action on an enquiry. */
export type EnquiryAction =
  | PostAction
  | WithdrawAction
  | ClaimAction
  | ReleaseAction
  | TakeOverAction
  | ResolveAction
  | EscalateAction
  | RecordOutcomeAction
  | MarkComplexAction
  | CorrectAction;

/** The kinds of {@link EnquiryAction}. */
export type EnquiryActionKind = EnquiryAction['kind'];

/** Outcome of {@link applyEnquiryAction}. */
export type EnquiryActionResult = { ok: true; patch: EnquiryPatch } | { ok: false; message: string };

function fail(message: string): EnquiryActionResult {
  return { ok: false, message };
}

function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.indexOf(role) >= 0;
}

function isOpenClaim(status: EnquiryStatus): boolean {
  return status === 'Claimed' || status === 'TakenOver';
}

function holderName(e: EnquiryState): string {
  return e.assigneeName || 'another TPSO';
}

/** A sentence naming what the privacy guard blocks in a field, or undefined when the text is clean. */
function privacyProblem(fieldLabel: string, text: string | undefined, now: Date): string | undefined {
  const blocking: PrivacyFinding[] = scanText(text || '', { now }).filter((f) => f.severity === 'block');
  if (blocking.length === 0) {
    return undefined;
  }
  return 'The ' + fieldLabel + ' contains personal details (' + describeKinds(blocking) + '). Replace them before saving.';
}

/** Why `actor` may not do `kind` to `enquiry` as it stands (input-independent checks only). */
function whyNot(enquiry: EnquiryState | undefined, kind: EnquiryActionKind, actor: Actor): string | undefined {
  if (kind === 'post') {
    return undefined;
  }
  if (!enquiry) {
    return 'This enquiry no longer exists.';
  }
  const s: EnquiryStatus = enquiry.status;
  const mine: boolean = enquiry.assigneeKey === actor.key;
  switch (kind) {
    case 'withdraw':
      if (enquiry.postedByKey !== actor.key) {
        return 'Only the officer who posted this enquiry can withdraw it.';
      }
      if (s !== 'Waiting') {
        return isOpenClaim(s)
          ? 'This enquiry was already claimed by ' + holderName(enquiry) + ', so it can no longer be withdrawn.'
          : 'This enquiry is already ' + s.toLowerCase() + '.';
      }
      return undefined;
    case 'claim':
      if (!hasRole(actor, 'TPSO')) {
        return 'Only Technical Peer Support Officers can claim enquiries.';
      }
      if (isOpenClaim(s)) {
        return mine ? 'You have already claimed this enquiry.' : 'This enquiry was already claimed by ' + holderName(enquiry) + '.';
      }
      if (s !== 'Waiting') {
        return 'This enquiry is already ' + s.toLowerCase() + '.';
      }
      if (actor.workTypes && actor.workTypes.indexOf(enquiry.workType) < 0) {
        return 'You are not rostered for ' + enquiry.workType + ' enquiries.';
      }
      return undefined;
    case 'correct':
      if (!hasRole(actor, 'TPSO')) {
        return 'Only Technical Peer Support Officers can correct an enquiry.';
      }
      if (s === 'Waiting') {
        return undefined;
      }
      if (!isOpenClaim(s)) {
        return 'This enquiry is already ' + s.toLowerCase() + '.';
      }
      return mine ? undefined : 'This enquiry was already claimed by ' + holderName(enquiry) + '.';
    case 'release':
    case 'takeOver':
    case 'resolve':
    case 'escalate':
    case 'recordOutcome':
    case 'markComplex':
      if (!isOpenClaim(s)) {
        return s === 'Waiting' ? 'Claim this enquiry first.' : 'This enquiry is already ' + s.toLowerCase() + '.';
      }
      if (!mine) {
        return 'This enquiry was already claimed by ' + holderName(enquiry) + '.';
      }
      if (kind === 'takeOver' && s === 'TakenOver') {
        return 'You have already taken over this enquiry.';
      }
      return undefined;
    default:
      return 'That action is not known.';
  }
}

/** True when `actor` may do `kind` now (for enabling buttons; the inputs are checked on apply). */
export function canDo(enquiry: EnquiryState | undefined, kind: EnquiryActionKind, actor: Actor): boolean {
  return whyNot(enquiry, kind, actor) === undefined;
}

/**
 * Applies an action. Returns the fields to write, or a sentence saying why not.
 * Finalising updates (resolve, escalate, withdraw) clear the CRN: it exists only while the work is open, so for an
 * escalation the data layer copies it to the Escalations item in the same batch.
 */
export function applyEnquiryAction(
  enquiry: EnquiryState | undefined,
  action: EnquiryAction,
  actor: Actor,
  now: Date
): EnquiryActionResult {
  const reason: string | undefined = whyNot(enquiry, action.kind, actor);
  if (reason) {
    return fail(reason);
  }
  switch (action.kind) {
    case 'post': {
      if (!action.workType || !action.workType.trim()) {
        return fail('Choose the work type of the enquiry.');
      }
      if (!action.reason || !action.reason.trim()) {
        return fail('Choose the reason for contacting TPS.');
      }
      if (!action.question || !action.question.trim()) {
        return fail('Write your question.');
      }
      const problem: string | undefined = privacyProblem('question', action.question, now);
      if (problem) {
        return fail(problem);
      }
      return {
        ok: true,
        patch: {
          status: 'Waiting',
          workType: action.workType.trim(),
          postedByKey: actor.key,
          postedByName: actor.displayName,
          createdAt: now
        }
      };
    }
    case 'withdraw':
      return { ok: true, patch: { status: 'Withdrawn', withdrawnAt: now, crn: '' } };
    case 'claim':
      return { ok: true, patch: { status: 'Claimed', assigneeKey: actor.key, assigneeName: actor.displayName, claimedAt: now } };
    case 'release':
      return {
        ok: true,
        patch: { status: 'Waiting', assigneeKey: '', assigneeName: '', claimedAt: undefined, takenOverAt: undefined, takenOverByKey: '', takenOverReason: '' }
      };
    case 'takeOver': {
      const why: string = (action.reason || '').trim();
      if (!why) {
        return fail('Say why you are taking over this enquiry.');
      }
      const problem: string | undefined = privacyProblem('reason', why, now);
      if (problem) {
        return fail(problem);
      }
      return { ok: true, patch: { status: 'TakenOver', takenOverAt: now, takenOverByKey: actor.key, takenOverReason: why } };
    }
    case 'resolve': {
      const refs: ParsedReferences = parseReferences(action.referencesGiven);
      if (refs.invalid.length > 0) {
        return fail('These are not Operational Blueprint numbers (like 111-05070020): ' + refs.invalid.join(', ') + '.');
      }
      if (refs.valid.length === 0) {
        return fail('Give at least one Operational Blueprint reference, like 111-05070020.');
      }
      const comment: string = (action.comment || '').trim();
      if (!comment) {
        return fail('Write a short summary of the answer in Comments.');
      }
      const problem: string | undefined = privacyProblem('comment', comment, now);
      if (problem) {
        return fail(problem);
      }
      return {
        ok: true,
        patch: { status: 'Resolved', resolvedAt: now, referencesGiven: refs.valid.join(', '), resolution: comment, crn: '' }
      };
    }
    case 'escalate': {
      if (!isEscalationCategory(action.category)) {
        return fail('Choose the escalation category.');
      }
      if (action.docRecorded !== true) {
        return fail('Record the escalation DOC on the customer record first (Fast Note: Generic > Escalation > Escalated to SSO).');
      }
      const incident: string = (action.ictIncident || '').trim();
      if (action.referredToIct && !incident) {
        return fail('Give the ICT incident number, because this was referred to ICT.');
      }
      const problem: string | undefined = privacyProblem('escalation notes', action.notes, now);
      if (problem) {
        return fail(problem);
      }
      return {
        ok: true,
        patch: {
          status: 'Escalated',
          escalatedAt: now,
          escalationCategory: action.category,
          ictIncident: action.referredToIct ? incident : '',
          crn: ''
        }
      };
    }
    case 'recordOutcome': {
      if (!isTpsOutcome(action.outcome)) {
        return fail('Choose the outcome of the contact.');
      }
      const comment: string = (action.comment || '').trim();
      const problem: string | undefined = privacyProblem('comment', comment, now);
      if (problem) {
        return fail(problem);
      }
      return { ok: true, patch: { status: 'Resolved', resolvedAt: now, outcome: action.outcome, resolution: comment, crn: '' } };
    }
    case 'markComplex':
      return { ok: true, patch: { complex: !!action.complex } };
    case 'correct': {
      const patch: EnquiryPatch = {};
      const workType: string = (action.workType || '').trim();
      if (workType && workType !== enquiry!.workType) {
        patch.workType = workType;
      }
      if (action.reason && action.reason !== enquiry!.reason) {
        if ((ENQUIRY_REASONS as ReadonlyArray<string>).indexOf(action.reason) < 0) {
          return fail('Choose one of the reasons for contacting TPS.');
        }
        patch.reason = action.reason;
      }
      if (Object.keys(patch).length === 0) {
        return fail('Choose a different work type or reason to correct it.');
      }
      return { ok: true, patch };
    }
    default:
      return fail('That action is not known.');
  }
}
