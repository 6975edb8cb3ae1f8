/**
 * The enquiry state machine. Pure: it decides whether an action is allowed and what to write, and says why not
 * in a sentence a person can read. The data layer applies the patch with the item's ETag, so a claim raced by two
 * TPSOs lands once (the loser's update gets 412, reloads, and this function then explains who won).
 */
import { EscalationCategory, isEscalationCategory } from './escalationCategories';
import { describeKinds, scanText, PrivacyFinding } from './privacy';
import { parseReferences, readReferences, referenceProblem, storeReferences } from './references';
import type { ParsedReferences, ReferenceProblem, TypedReference } from './references';
import type { EnquiryStatus } from './enquiryValues';

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
  /** The references used, stored form (see `storeReferences`); older text of OB numbers is read too. */
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

/** Every action on an enquiry. */
export type EnquiryAction =
  | PostAction
  | WithdrawAction
  | ClaimAction
  | ReleaseAction
  | TakeOverAction
  | ResolveAction
  | EscalateAction;

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
/** Why a reference is refused, in words the TPSO reads. */
const REFERENCE_PROBLEM_WORDS: { readonly [P in ReferenceProblem]: string } = {
  empty: 'A reference has no name.',
  notObNumber: 'This is not an Operational Blueprint number (like 111-05070020)',
  badLink: 'A link must be a web address starting with https:// (Operational Blueprint numbers and TPS resources link themselves)',
  privacy: 'A reference contains personal details. Remove them before saving.'
};

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
    case 'release':
    case 'takeOver':
    case 'resolve':
    case 'escalate':
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
      // Seed 002 item 1: the resources used, typed; an OB number only when one was used.
      const given: string = (action.referencesGiven || '').trim();
      const old: ParsedReferences = given.charAt(0) === '[' ? { valid: [], invalid: [] } : parseReferences(given);
      if (old.invalid.length > 0) {
        return fail('These are not Operational Blueprint numbers (like 111-05070020): ' + old.invalid.join(', ') + '.');
      }
      const refs: TypedReference[] = readReferences(given);
      if (refs.length === 0) {
        return fail('Give at least one reference you used: an Operational Blueprint number, an NNU, a mySupport article, an Office Locator entry or another resource.');
      }
      for (const r of refs) {
        const why: ReferenceProblem | undefined = referenceProblem(r, (t) => !!privacyProblem('reference', t, now));
        if (why) {
          // The text is not repeated when it holds personal details.
          return fail(REFERENCE_PROBLEM_WORDS[why] + (why === 'notObNumber' || why === 'badLink' ? ': ' + r.text + '.' : ''));
        }
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
        patch: { status: 'Resolved', resolvedAt: now, referencesGiven: storeReferences(refs), resolution: comment, crn: '' }
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
    default:
      return fail('That action is not known.');
  }
}
