/**
 * The enquiry state machine. Pure: it decides whether an action is allowed and what to write, and says why not
 * in a sentence a person can read. The data layer applies the patch with the item's ETag, so a claim raced by two
 * TPSOs lands once (the loser's update gets 412, reloads, and this function then explains who won).
 *
 * Over 300 lines: the whole state machine (every action's guard and patch) reads best in one place.
 */
import { EscalationCategory, isEscalationCategory } from './escalationCategories';
import { kindsOf, scanText, PrivacyFinding } from './privacy';
import type { PrivacyKind } from './privacy';
import { parseReferences, readReferences, referenceProblem, storeReferences } from './references';
import type { ParsedReferences, ReferenceProblem, TypedReference } from './references';
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

/**
 * Why an action was refused, as a code: the words are the UI's (src/shared/text/enquiryRefusals.ts), so the rule
 * stays here and the sentence in loc.
 */
export type EnquiryRefusalCode =
  | 'NoSuchEnquiry'
  | 'NotThePoster'
  | 'ClaimedNoWithdraw'
  | 'AlreadyInStatus'
  | 'NotTpso'
  | 'AlreadyClaimedByYou'
  | 'ClaimedBy'
  | 'NotRostered'
  | 'ClaimFirst'
  | 'AlreadyTakenOver'
  | 'UnknownAction'
  | 'ChooseWorkType'
  | 'ChooseReason'
  | 'WriteQuestion'
  | 'PersonalDetails'
  | 'SayWhyTakingOver'
  | 'NotObNumbers'
  | 'GiveObReference'
  | 'GiveReference'
  | 'NotTpsoCorrect'
  | 'ChooseOutcome'
  | 'ChooseListedReason'
  | 'NothingToCorrect'
  | 'ReferenceEmpty'
  | 'ReferenceNotOb'
  | 'ReferenceBadLink'
  | 'ReferencePersonal'
  | 'WriteSummary'
  | 'ChooseCategory'
  | 'RecordDoc'
  | 'GiveIctIncident';

/** The free-text field a {@link EnquiryRefusalCode} `PersonalDetails` refusal is about. */
export type EnquiryTextField = 'question' | 'reason' | 'comment' | 'notes' | 'reference';

/** A refusal and the values its words need. */
export interface IEnquiryRefusal {
  code: EnquiryRefusalCode;
  /** Who holds the enquiry (empty when unknown), for `ClaimedNoWithdraw` and `ClaimedBy`. */
  holder?: string;
  /** The enquiry's status, for `AlreadyInStatus`. */
  status?: EnquiryStatus;
  /** The work type key, for `NotRostered`. */
  workType?: string;
  /** The values that are not Operational Blueprint numbers, for `NotObNumbers`. */
  invalid?: string[];
  /** The field and the kinds of personal details in it, for `PersonalDetails`. */
  field?: EnquiryTextField;
  privacyKinds?: PrivacyKind[];
}

/** Outcome of {@link applyEnquiryAction}. */
export type EnquiryActionResult = { ok: true; patch: EnquiryPatch } | { ok: false; refusal: IEnquiryRefusal };

function refused(code: EnquiryRefusalCode, values?: Omit<IEnquiryRefusal, 'code'>): IEnquiryRefusal {
  return { code, ...values };
}

function fail(refusal: IEnquiryRefusal | EnquiryRefusalCode): EnquiryActionResult {
  return { ok: false, refusal: typeof refusal === 'string' ? refused(refusal) : refusal };
}

function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.indexOf(role) >= 0;
}

function isOpenClaim(status: EnquiryStatus): boolean {
  return status === 'Claimed' || status === 'TakenOver';
}

/** The refusal for each problem a typed reference can have. */
const REFERENCE_REFUSALS: { readonly [P in ReferenceProblem]: EnquiryRefusalCode } = {
  empty: 'ReferenceEmpty',
  notObNumber: 'ReferenceNotOb',
  badLink: 'ReferenceBadLink',
  privacy: 'ReferencePersonal'
};

function claimedBy(e: EnquiryState, code: 'ClaimedBy' | 'ClaimedNoWithdraw'): IEnquiryRefusal {
  return refused(code, { holder: e.assigneeName || '' });
}

/** What the privacy guard blocks in a field, or undefined when the text is clean. */
function privacyProblem(field: EnquiryTextField, text: string | undefined, now: Date): IEnquiryRefusal | undefined {
  const blocking: PrivacyFinding[] = scanText(text || '', { now }).filter((f) => f.severity === 'block');
  if (blocking.length === 0) {
    return undefined;
  }
  return refused('PersonalDetails', { field, privacyKinds: kindsOf(blocking) });
}

/** Why `actor` may not do `kind` to `enquiry` as it stands (input-independent checks only). */
function whyNot(enquiry: EnquiryState | undefined, kind: EnquiryActionKind, actor: Actor): IEnquiryRefusal | undefined {
  if (kind === 'post') {
    return undefined;
  }
  if (!enquiry) {
    return refused('NoSuchEnquiry');
  }
  const s: EnquiryStatus = enquiry.status;
  const mine: boolean = enquiry.assigneeKey === actor.key;
  switch (kind) {
    case 'withdraw':
      if (enquiry.postedByKey !== actor.key) {
        return refused('NotThePoster');
      }
      if (s !== 'Waiting') {
        return isOpenClaim(s) ? claimedBy(enquiry, 'ClaimedNoWithdraw') : refused('AlreadyInStatus', { status: s });
      }
      return undefined;
    case 'claim':
      if (!hasRole(actor, 'TPSO')) {
        return refused('NotTpso');
      }
      if (isOpenClaim(s)) {
        return mine ? refused('AlreadyClaimedByYou') : claimedBy(enquiry, 'ClaimedBy');
      }
      if (s !== 'Waiting') {
        return refused('AlreadyInStatus', { status: s });
      }
      if (actor.workTypes && actor.workTypes.indexOf(enquiry.workType) < 0) {
        return refused('NotRostered', { workType: enquiry.workType });
      }
      return undefined;
    case 'correct':
      if (!hasRole(actor, 'TPSO')) {
        return refused('NotTpsoCorrect');
      }
      if (s === 'Waiting') {
        return undefined;
      }
      if (!isOpenClaim(s)) {
        return refused('AlreadyInStatus', { status: s });
      }
      return mine ? undefined : claimedBy(enquiry, 'ClaimedBy');
    case 'release':
    case 'takeOver':
    case 'resolve':
    case 'escalate':
    case 'recordOutcome':
    case 'markComplex':
      if (!isOpenClaim(s)) {
        return s === 'Waiting' ? refused('ClaimFirst') : refused('AlreadyInStatus', { status: s });
      }
      if (!mine) {
        return claimedBy(enquiry, 'ClaimedBy');
      }
      if (kind === 'takeOver' && s === 'TakenOver') {
        return refused('AlreadyTakenOver');
      }
      return undefined;
    default:
      return refused('UnknownAction');
  }
}

/** True when `actor` may do `kind` now (for enabling buttons; the inputs are checked on apply). */
export function canDo(enquiry: EnquiryState | undefined, kind: EnquiryActionKind, actor: Actor): boolean {
  return whyNot(enquiry, kind, actor) === undefined;
}

/**
 * Applies an action. Returns the fields to write, or a refusal saying why not.
 * Finalising updates (resolve, escalate, withdraw) clear the CRN: it exists only while the work is open, so for an
 * escalation the data layer copies it to the Escalations item in the same batch.
 */
export function applyEnquiryAction(
  enquiry: EnquiryState | undefined,
  action: EnquiryAction,
  actor: Actor,
  now: Date
): EnquiryActionResult {
  const refusal: IEnquiryRefusal | undefined = whyNot(enquiry, action.kind, actor);
  if (refusal) {
    return fail(refusal);
  }
  switch (action.kind) {
    case 'post': {
      if (!action.workType || !action.workType.trim()) {
        return fail('ChooseWorkType');
      }
      if (!action.reason || !action.reason.trim()) {
        return fail('ChooseReason');
      }
      if (!action.question || !action.question.trim()) {
        return fail('WriteQuestion');
      }
      const problem: IEnquiryRefusal | undefined = privacyProblem('question', action.question, now);
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
      return {
        ok: true,
        patch: { status: 'Claimed', assigneeKey: actor.key, assigneeName: actor.displayName, claimedAt: now }
      };
    case 'release':
      return {
        ok: true,
        patch: {
          status: 'Waiting',
          assigneeKey: '',
          assigneeName: '',
          claimedAt: undefined,
          takenOverAt: undefined,
          takenOverByKey: '',
          takenOverReason: ''
        }
      };
    case 'takeOver': {
      const why: string = (action.reason || '').trim();
      if (!why) {
        return fail('SayWhyTakingOver');
      }
      const problem: IEnquiryRefusal | undefined = privacyProblem('reason', why, now);
      if (problem) {
        return fail(problem);
      }
      return {
        ok: true,
        patch: { status: 'TakenOver', takenOverAt: now, takenOverByKey: actor.key, takenOverReason: why }
      };
    }
    case 'resolve': {
      // Seed 002 item 1: the resources used, typed; an OB number only when one was used.
      const given: string = (action.referencesGiven || '').trim();
      const old: ParsedReferences = given.charAt(0) === '[' ? { valid: [], invalid: [] } : parseReferences(given);
      if (old.invalid.length > 0) {
        return fail(refused('NotObNumbers', { invalid: old.invalid }));
      }
      const refs: TypedReference[] = readReferences(given);
      if (refs.length === 0) {
        return fail('GiveReference');
      }
      for (const r of refs) {
        const why: ReferenceProblem | undefined = referenceProblem(r, (t) => !!privacyProblem('reference', t, now));
        if (why) {
          // The text is not repeated when it holds personal details.
          return fail(
            refused(
              REFERENCE_REFUSALS[why],
              why === 'notObNumber' || why === 'badLink' ? { invalid: [r.text] } : undefined
            )
          );
        }
      }
      const comment: string = (action.comment || '').trim();
      if (!comment) {
        return fail('WriteSummary');
      }
      const problem: IEnquiryRefusal | undefined = privacyProblem('comment', comment, now);
      if (problem) {
        return fail(problem);
      }
      return {
        ok: true,
        patch: {
          status: 'Resolved',
          resolvedAt: now,
          referencesGiven: storeReferences(refs),
          resolution: comment,
          crn: ''
        }
      };
    }
    case 'escalate': {
      if (!isEscalationCategory(action.category)) {
        return fail('ChooseCategory');
      }
      if (action.docRecorded !== true) {
        return fail('RecordDoc');
      }
      const incident: string = (action.ictIncident || '').trim();
      if (action.referredToIct && !incident) {
        return fail('GiveIctIncident');
      }
      const problem: IEnquiryRefusal | undefined = privacyProblem('notes', action.notes, now);
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
        return fail('ChooseOutcome');
      }
      const comment: string = (action.comment || '').trim();
      const problem: IEnquiryRefusal | undefined = privacyProblem('comment', comment, now);
      if (problem) {
        return fail(problem);
      }
      return {
        ok: true,
        patch: { status: 'Resolved', resolvedAt: now, outcome: action.outcome, resolution: comment, crn: '' }
      };
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
          return fail('ChooseListedReason');
        }
        patch.reason = action.reason;
      }
      if (Object.keys(patch).length === 0) {
        return fail('NothingToCorrect');
      }
      return { ok: true, patch };
    }
    default:
      return fail('UnknownAction');
  }
}
