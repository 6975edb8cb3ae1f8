/**
 * What a Senior Practitioner (SSO) does with an escalation after a TPSO raised it (seed 004, "Senior Practitioner
 * role in TPS"): take it, hand it on with a reason, document it, follow it up and finalise it. Pure: it decides
 * whether an action is allowed and what to write, and says why not as a code the UI words (src/shared/text). The data
 * layer applies the patch with the item's ETag, so two SSOs acting at once land one change.
 */
import type { EscalationCategory } from './escalationCategories';
import { kindsOf, scanText } from './privacy';
import type { PrivacyKind } from './privacy';

/** The states of an escalation (stored in the indexed Status choice). */
export const ESCALATION_STATUSES = ['Open', 'Assigned', 'Finalised'] as const;

/** One escalation state. */
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** The states the SSO board shows. */
export const OPEN_ESCALATION_STATUSES: ReadonlyArray<EscalationStatus> = ['Open', 'Assigned'];

/**
 * Why an escalation was finalised (seed 004 "Escalation finalisation and follow up guidelines", plus the review
 * of a decision and the policy referral the seed also gives the Senior Practitioner). The stored values of the
 * first four predate this list and stay as they are.
 */
export const FINALISATION_REASONS = [
  {
    key: 'Hand-off (ACTDOC sent)',
    title: 'Hand-off: ACTDOC sent to a Processing Centre, Service Centre or decision maker'
  },
  { key: 'NNU confirms future fix', title: 'An NNU confirms no workaround and a future release fixes it' },
  { key: 'Resolved', title: 'Resolved' },
  { key: 'Referred to policy', title: 'Referred to the Policy Advisor web form' },
  { key: 'Review of decision completed', title: 'Review of decision completed' }
] as const;

/** A stored finalisation reason. */
export type FinalisationReason = (typeof FINALISATION_REASONS)[number]['key'];

/** Who completes the work on the customer's record (seed 004 "If action is required, who completes the work?"). */
export const WORK_COMPLETED_BY = [
  { key: 'Officer', title: 'The officer (finalised on day one, within their technical scope)' },
  { key: 'SeniorPractitioner', title: 'The Senior Practitioner' }
] as const;

/** A stored "who completes the work". */
export type WorkCompletedBy = (typeof WORK_COMPLETED_BY)[number]['key'];

/** The longest note field the form takes (a readable paragraph, and well inside a Note column). */
export const NOTE_FIELD_MAX: number = 2000;

/** One documented step (seed 004 "Documenting escalations"). */
export interface EscalationNoteInput {
  /** Action taken to resolve the issue. */
  actionTaken: string;
  /** Resources used. */
  resourcesUsed: string;
  /** Detailed information if there is action required by the officer. */
  actionRequiredByOfficer: string;
  /** The officer must call the customer back (seed 004: the officer's job, stated in the notes). */
  officerCallBack: boolean;
  /** When not finalised on day one: why. */
  whyNotFinalised: string;
  /** Arrears: the stop-payment request has gone to ICT. */
  referredToIct?: boolean;
}

/** The escalation fields the lifecycle reads. */
export interface EscalationState {
  status: EscalationStatus | string;
  category: EscalationCategory | string;
  assigneeKey?: string;
  /** True when the work is past the local day it was raised on (computed in the centre's zone). */
  pastDayOne: boolean;
  /** True when some note already says why it was not finalised on day one. */
  whyNotFinalisedRecorded: boolean;
}

/** Taking the escalation, or handing it to another SSO or member of the development pool. */
export interface AssignAction {
  kind: 'assign';
  assigneeKey: string;
  /** Required when someone else holds it (a reassignment). */
  reason?: string;
}

/** Adding a note to the history. */
export interface NoteAction {
  kind: 'note';
  note: EscalationNoteInput;
}

/** Recording a follow-up (system issues affecting entitlement, or the 14-day death review). */
export interface FollowUpAction {
  kind: 'followUp';
  note: EscalationNoteInput;
}

/** Finalising. */
export interface FinaliseAction {
  kind: 'finalise';
  reason: string;
  completedBy: string;
}

/** Everything an SSO does to an escalation. */
export type EscalationAction = AssignAction | NoteAction | FollowUpAction | FinaliseAction;

/** What the data layer writes after an allowed action (properties left out are untouched). */
export interface EscalationChange {
  status?: EscalationStatus;
  assigneeKey?: string;
  finalisationReason?: FinalisationReason;
  completedBy?: WorkCompletedBy;
  /** Clear the CRN (finalise). */
  clearCrn?: boolean;
}

/** Why an escalation action was refused; the words are in src/shared/text/escalationRefusals.ts. */
export type EscalationRefusalCode =
  | 'SayActionTaken'
  | 'SayResourcesUsed'
  | 'SayWhyNotFinalised'
  | 'NoteTooLong'
  | 'NotePersonalDetails'
  | 'AlreadyFinalised'
  | 'ChooseAssignee'
  | 'AlreadyWithThem'
  | 'SayWhyReassigned'
  | 'ReasonPersonalDetails'
  | 'ChooseFinalisationReason'
  | 'ChooseWhoCompletes'
  | 'SeniorPractitionerCompletes'
  | 'RecordWhyNotFinalisedFirst'
  | 'UnknownAction';

/** A refusal and the values its words need. */
export interface IEscalationRefusal {
  code: EscalationRefusalCode;
  /** The kinds of personal details found, for the two privacy codes. */
  privacyKinds?: PrivacyKind[];
  /** The limit, for `NoteTooLong`. */
  maxLength?: number;
}

/** Allowed (with what to write) or refused (with a code). */
export type EscalationActionResult =
  { ok: true; change: EscalationChange } | { ok: false; refusal: IEscalationRefusal };

function refuse(refusal: IEscalationRefusal | EscalationRefusalCode): EscalationActionResult {
  return { ok: false, refusal: typeof refusal === 'string' ? { code: refusal } : refusal };
}

/** Free text that would break the privacy rule (seed 002 item 7): the kinds found, empty when it is clean. */
function blockedKinds(text: string): PrivacyKind[] {
  return kindsOf(scanText(text).filter((f) => f.severity === 'block'));
}

/** Checks one documented step: action taken and resources used always, why-not-finalised after day one. */
export function checkNote(
  note: EscalationNoteInput,
  state: Pick<EscalationState, 'pastDayOne'>
): IEscalationRefusal | undefined {
  if (!note.actionTaken.trim()) {
    return { code: 'SayActionTaken' };
  }
  if (!note.resourcesUsed.trim()) {
    return { code: 'SayResourcesUsed' };
  }
  if (state.pastDayOne && !note.whyNotFinalised.trim()) {
    // Seed 004 "Documenting escalations": not finalised on day one → the notes say why.
    return { code: 'SayWhyNotFinalised' };
  }
  const texts: string[] = [note.actionTaken, note.resourcesUsed, note.actionRequiredByOfficer, note.whyNotFinalised];
  for (const t of texts) {
    if (t.length > NOTE_FIELD_MAX) {
      return { code: 'NoteTooLong', maxLength: NOTE_FIELD_MAX };
    }
    const kinds: PrivacyKind[] = blockedKinds(t);
    if (kinds.length > 0) {
      return { code: 'NotePersonalDetails', privacyKinds: kinds };
    }
  }
  return undefined;
}

function isFinalisationReason(value: string): value is FinalisationReason {
  return FINALISATION_REASONS.some((r) => r.key === value);
}

function isWorkCompletedBy(value: string): value is WorkCompletedBy {
  return WORK_COMPLETED_BY.some((w) => w.key === value);
}

/**
 * Decides an SSO's action on an escalation.
 *
 * - Nothing changes a finalised escalation.
 * - assign: to anyone but the current holder; taking it from someone else needs a reason (kept in the history).
 * - note / followUp: action taken and resources used, why-not-finalised after day one, no customer details.
 * - finalise: a seed-004 reason and who completes the work; after day one the Senior Practitioner completes it
 *   (seed 004), and the notes must already say why it was not finalised on day one. The CRN is cleared.
 */
export function applyEscalationAction(state: EscalationState, action: EscalationAction): EscalationActionResult {
  if (state.status === 'Finalised') {
    return refuse('AlreadyFinalised');
  }
  switch (action.kind) {
    case 'assign': {
      const key: string = action.assigneeKey.trim().toLowerCase();
      if (!key) {
        return refuse('ChooseAssignee');
      }
      if (state.assigneeKey && state.assigneeKey === key) {
        return refuse('AlreadyWithThem');
      }
      if (state.assigneeKey && !(action.reason || '').trim()) {
        return refuse('SayWhyReassigned');
      }
      const kinds: PrivacyKind[] = blockedKinds(action.reason || '');
      if (kinds.length > 0) {
        return refuse({ code: 'ReasonPersonalDetails', privacyKinds: kinds });
      }
      return { ok: true, change: { status: 'Assigned', assigneeKey: key } };
    }
    case 'note':
    case 'followUp': {
      const problem: IEscalationRefusal | undefined = checkNote(action.note, state);
      return problem ? refuse(problem) : { ok: true, change: {} };
    }
    case 'finalise': {
      if (!isFinalisationReason(action.reason)) {
        return refuse('ChooseFinalisationReason');
      }
      if (!isWorkCompletedBy(action.completedBy)) {
        return refuse('ChooseWhoCompletes');
      }
      if (state.pastDayOne && action.completedBy === 'Officer') {
        return refuse('SeniorPractitionerCompletes');
      }
      if (state.pastDayOne && !state.whyNotFinalisedRecorded) {
        return refuse('RecordWhyNotFinalisedFirst');
      }
      return {
        ok: true,
        change: {
          status: 'Finalised',
          finalisationReason: action.reason,
          completedBy: action.completedBy,
          clearCrn: true
        }
      };
    }
    default:
      return refuse('UnknownAction');
  }
}
