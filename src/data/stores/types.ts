/**
 * Typed items of every list and their mapping to SharePoint columns (names from `../columns`, as in the schema).
 * Dates are `Date`; people are lower-case login keys, with the display name read from the matching User column
 * where there is one.
 *
 * Long on purpose: one table of typed items and their column mappings per list, kept together so a column's
 * property, type and SharePoint name are checked side by side.
 */
import type { EnquiryStatus } from '../../domain/enquiryValues';
import type { FeedbackStatus } from '../../domain/feedbackLifecycle';
import { LEGACY_REFERENCES_PROP } from './referencesColumn';
import {
  EnquiryFields,
  EscalationFields,
  FeedbackFields,
  FeedbackNoticeFields,
  FeedbackReviewFields,
  HandlingFields,
  QolCheckFields,
  QolDirectionFields,
  QolResponseFields,
  QolResultFields,
  ResourceFields,
  RosterFields,
  WorkTypeFields
} from '../columns';
import { IFieldMapping } from './fieldMap';

/** What every stored item carries. */
export interface IStoredItem {
  /** SharePoint item id. */
  id: number;
  /** ETag to pass back on update (`"3"` style); PnPjs overwrites without it. */
  etag: string;
  /** Created (server time). */
  created: Date | undefined;
  /** Last modified (server time). */
  modified: Date | undefined;
  /** Display name of whoever last changed it. */
  editorName: string | undefined;
}

// ---------------------------------------------------------------- Enquiries

/** What a Service Officer posts. */
export interface INewEnquiry {
  /** Client-made id (e.g. a UUID) that makes a retried create land once. */
  requestKey: string;
  /** Work type key. */
  workType: string;
  /** Reason for contact (one of the domain's ENQUIRY_REASONS). */
  reason: string;
  /** The question (already through the privacy guard). */
  question: string;
  /** References the officer checked. */
  referencesChecked: string[];
  /** Operational Blueprint numbers the officer read. */
  referencesRead?: string;
  /** Is the customer on hold? */
  customerOnHold: boolean;
  /** The officer's centre's time zone (IANA). */
  centreTimeZone: string;
  /** The officer's lower-case login. */
  requesterKey: string;
  /** CRN, only while the work is open. */
  crn?: string;
  /** Stop Payment Request: incorrect arrears to stop before close of business (StopPayment). */
  stopPayment?: boolean;
  /** Where the contact came from (domain CONTACT_SOURCES); empty for an officer's own Ask TPS post. */
  contactSource?: string;
}

/** The fields of an enquiry that change over its life (all optional in a patch). */
export interface IEnquiryFields {
  /** Lifecycle status. */
  status: EnquiryStatus;
  /** Work type key. */
  workType: string;
  /** TPSO's lower-case login. */
  assigneeKey: string;
  /** When a TPSO claimed it. */
  claimedAt: Date;
  /** When the TPSO took it over from the officer. */
  takenOverAt: Date;
  /** Who took it over. */
  takenOverByKey: string;
  /** Why it was taken over. */
  takeOverReason: string;
  /** When it was finalised. */
  resolvedAt: Date;
  /** `assignee|yyyy-MM-dd` of the finalising TPSO's day (see resolvedDayKey): what "Resolved today" filters on. */
  resolvedDayKey: string;
  /** Operational Blueprint numbers given. */
  referencesGiven: string;
  /** Accurate summary of the answer. */
  resolution: string;
  /** When the officer was notified. */
  notifiedAt: Date;
  /** Escalation item id, once escalated. */
  escalationId: number;
  /** CRN ('' or `clear` to remove it on finalise). */
  crn: string;
  /** The question (edits before it is claimed). */
  question: string;
  /** Whether the customer is on hold. */
  customerOnHold: boolean;
  /** The escalation's category, copied for the officer (what they do next depends on it). */
  escalationCategory: string;
  /** The NNU the escalation cites, copied for the officer. */
  nnuReference: string;
  /** Reason for contact (a TPSO may correct it). */
  reason: string;
  /** An outcome other than an answer (Enquiry Handling only). */
  outcome: string;
  /** Complex claim (Enquiry Handling only). */
  complex: boolean;
  /** Corrections as JSON (Enquiry Handling only). */
  corrections: string;
}

/** A change to an enquiry. Properties left `undefined` are untouched; those named in `clear` are emptied. */
export type IEnquiryPatch = Partial<IEnquiryFields> & {
  /** Properties to empty (e.g. `['crn']` on finalise, `['assigneeKey', 'claimedAt']` on release). */
  clear?: Array<keyof IEnquiryFields>;
};

/** An enquiry as stored. */
export interface IEnquiry extends IStoredItem, INewEnquiry, Omit<Partial<IEnquiryFields>, keyof INewEnquiry> {
  /** Lifecycle status. */
  status: EnquiryStatus;
  /** The Enquiry Handling item TPS views read this enquiry's TPS state from (id and ETag), when there is one. */
  handling?: { id: number; etag: string };
  /** Assigned TPSO's display name, when assigned. */
  assigneeName: string | undefined;
  /** Poster's display name (Author). */
  authorName: string | undefined;
  /** Poster's mail address (Author's EMail): where "Finalise and notify SO" sends; the login is not always it. */
  authorEmail?: string;
}

/** Enquiries list mapping. */
export const ENQUIRY_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: EnquiryFields.RequestKey, kind: 'text' },
  { prop: 'workType', field: EnquiryFields.WorkType, kind: 'text' },
  { prop: 'status', field: EnquiryFields.Status, kind: 'text' },
  { prop: 'reason', field: EnquiryFields.Reason, kind: 'text' },
  { prop: 'question', field: EnquiryFields.Question, kind: 'text' },
  { prop: 'referencesChecked', field: EnquiryFields.ReferencesChecked, kind: 'multi' },
  { prop: 'referencesRead', field: EnquiryFields.ReferencesRead, kind: 'text' },
  { prop: 'customerOnHold', field: EnquiryFields.CustomerOnHold, kind: 'bool' },
  { prop: 'centreTimeZone', field: EnquiryFields.CentreTimeZone, kind: 'text' },
  { prop: 'requesterKey', field: EnquiryFields.RequesterKey, kind: 'text' },
  { prop: 'assigneeKey', field: EnquiryFields.AssigneeKey, kind: 'text' },
  { prop: 'claimedAt', field: EnquiryFields.ClaimedAt, kind: 'date' },
  { prop: 'takenOverAt', field: EnquiryFields.TakenOverAt, kind: 'date' },
  { prop: 'takenOverByKey', field: EnquiryFields.TakenOverByKey, kind: 'text' },
  { prop: 'takeOverReason', field: EnquiryFields.TakeOverReason, kind: 'text' },
  { prop: 'resolvedAt', field: EnquiryFields.ResolvedAt, kind: 'date' },
  { prop: 'resolvedDayKey', field: EnquiryFields.ResolvedDayKey, kind: 'text' },
  // Typed references live in the Note column since version 5; the older Text column is read as a fallback.
  { prop: 'referencesGiven', field: EnquiryFields.ReferencesList, kind: 'text' },
  { prop: LEGACY_REFERENCES_PROP, field: EnquiryFields.ReferencesGiven, kind: 'text' },
  { prop: 'resolution', field: EnquiryFields.Resolution, kind: 'text' },
  { prop: 'notifiedAt', field: EnquiryFields.NotifiedAt, kind: 'date' },
  { prop: 'escalationId', field: EnquiryFields.EscalationId, kind: 'number' },
  { prop: 'crn', field: EnquiryFields.CRN, kind: 'text' },
  { prop: 'escalationCategory', field: EnquiryFields.EscalationCategory, kind: 'text' },
  { prop: 'nnuReference', field: EnquiryFields.NnuReference, kind: 'text' },
  { prop: 'stopPayment', field: EnquiryFields.StopPayment, kind: 'bool' },
  { prop: 'contactSource', field: EnquiryFields.ContactSource, kind: 'text' }
];

// ---------------------------------------------------------------- Escalations

/** One entry of an escalation's notes history (stored as JSON in Notes). */
export interface IEscalationNote {
  /** When it was written. */
  at: Date;
  /** Who wrote it (lower-case login). */
  byKey: string;
  /** Action taken. */
  actionTaken: string;
  /** Resources used. */
  resourcesUsed: string;
  /** Action required by the officer. */
  actionRequiredByOfficer: string;
  /** Why it is not finalised (when it is not). */
  whyNotFinalised: string;
  /** What the entry records: a note (default), a follow-up, an assignment, the finalisation or the arrears alert sent. */
  kind?: 'note' | 'followUp' | 'assign' | 'finalise' | 'alert';
  /** The officer must call the customer back (seed 004). */
  officerCallBack?: boolean;
  /** Assignments: who it went to, and why it was reassigned. */
  assigneeKey?: string;
  reason?: string;
}

/** What a TPSO raises. */
export interface INewEscalation {
  /** Client-made id that makes a retried create land once. */
  requestKey: string;
  /** The enquiry it came from. */
  enquiryId: number;
  /** Work type key. */
  workType: string;
  /** Escalation category. */
  category: string;
  /** Computed deadline (domain computeEscalationDeadlines). */
  dueAt: Date;
  /** Review date, when the rule has one. */
  reviewAt?: Date;
  /** Next follow-up, when the rule has one. */
  nextFollowUpAt?: Date;
  /** Entitlement Period End Date. */
  eped?: Date;
  /** Referred to ICT through mySupport. */
  referredToIct: boolean;
  /** ICT incident number. */
  ictIncident?: string;
  /** NNU reference. */
  nnuReference?: string;
  /** The escalation DOC was recorded. */
  docRecorded: boolean;
  /** Needs action now. */
  urgent: boolean;
  /** Raising TPSO's lower-case login. */
  raisedByKey: string;
  /** Summary for the SSO (through the privacy guard). */
  summary: string;
  /** The raising officer's centre's time zone. */
  centreTimeZone: string;
  /** CRN while open. */
  crn?: string;
  /** The raising centre's key (indexed; the board's "my centre"); defaults to `centreTimeZone`. */
  centreKey?: string;
}

/** Fields of an escalation that change over its life. */
export interface IEscalationFields {
  /** Open, Assigned, Finalised. */
  status: string;
  /** SSO's lower-case login. */
  assigneeKey: string;
  /** Deadline. */
  dueAt: Date;
  /** Review date. */
  reviewAt: Date;
  /** Next follow-up. */
  nextFollowUpAt: Date;
  /** Entitlement Period End Date. */
  eped: Date;
  /** ICT incident number. */
  ictIncident: string;
  /** NNU reference. */
  nnuReference: string;
  /** Referred to ICT. */
  referredToIct: boolean;
  /** Notes history (the whole array is written). */
  notes: IEscalationNote[];
  /** When finalised. */
  finalisedAt: Date;
  /** Why finalised. */
  finalisationReason: string;
  /** CRN (cleared on finalise). */
  crn: string;
  /** Needs action now. */
  urgent: boolean;
  /** Who completes the work on the record (seed 004). */
  completedBy: string;
}

/** A change to an escalation. */
export type IEscalationPatch = Partial<IEscalationFields> & {
  /** Properties to empty. */
  clear?: Array<keyof IEscalationFields>;
};

/** An escalation as stored. */
export interface IEscalation
  extends IStoredItem, INewEscalation, Omit<Partial<IEscalationFields>, keyof INewEscalation> {
  /** Status. */
  status: string;
  /** Notes history, oldest first. */
  notes: IEscalationNote[];
  /** Assigned SSO's display name. */
  assigneeName: string | undefined;
}

/** Escalations list mapping (Notes is handled separately as JSON). */
export const ESCALATION_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: EscalationFields.RequestKey, kind: 'text' },
  { prop: 'enquiryId', field: EscalationFields.EnquiryId, kind: 'number' },
  { prop: 'workType', field: EscalationFields.WorkType, kind: 'text' },
  { prop: 'category', field: EscalationFields.Category, kind: 'text' },
  { prop: 'status', field: EscalationFields.Status, kind: 'text' },
  { prop: 'dueAt', field: EscalationFields.DueAt, kind: 'date' },
  { prop: 'reviewAt', field: EscalationFields.ReviewAt, kind: 'date' },
  { prop: 'nextFollowUpAt', field: EscalationFields.NextFollowUpAt, kind: 'date' },
  { prop: 'eped', field: EscalationFields.EPED, kind: 'date' },
  { prop: 'referredToIct', field: EscalationFields.ReferredToIct, kind: 'bool' },
  { prop: 'ictIncident', field: EscalationFields.ICTIncident, kind: 'text' },
  { prop: 'nnuReference', field: EscalationFields.NnuReference, kind: 'text' },
  { prop: 'docRecorded', field: EscalationFields.DocRecorded, kind: 'bool' },
  { prop: 'urgent', field: EscalationFields.Urgent, kind: 'bool' },
  { prop: 'assigneeKey', field: EscalationFields.AssigneeKey, kind: 'text' },
  { prop: 'raisedByKey', field: EscalationFields.RaisedByKey, kind: 'text' },
  { prop: 'summary', field: EscalationFields.Summary, kind: 'text' },
  { prop: 'finalisedAt', field: EscalationFields.FinalisedAt, kind: 'date' },
  { prop: 'finalisationReason', field: EscalationFields.FinalisationReason, kind: 'text' },
  { prop: 'centreTimeZone', field: EscalationFields.CentreTimeZone, kind: 'text' },
  { prop: 'crn', field: EscalationFields.CRN, kind: 'text' },
  { prop: 'centreKey', field: EscalationFields.CentreKey, kind: 'text' },
  { prop: 'completedBy', field: EscalationFields.CompletedBy, kind: 'text' }
];

// ---------------------------------------------------------------- QOL checks

/** A QOL check as recorded by a TPSO. */
export interface INewQolCheck {
  /** Client-made id that makes a retried create land once. */
  requestKey: string;
  /** Work type key. */
  workType: string;
  /** Checked officer's lower-case login. */
  officerKey: string;
  /** Checking TPSO's lower-case login. */
  checkerKey: string;
  /** Activity reference (not a CRN). */
  activityRef: string;
  /** Correct, NonCriticalError, CriticalError. */
  outcome: string;
  /** Four Pillars failed. */
  pillarsFailed: string[];
  /** Urgent QOL. */
  urgent: boolean;
  /** Why urgent (domain UrgentQolReason key). */
  urgentReason?: string;
  /** Feedback (through the privacy guard). */
  feedback: string;
  /** When checked. */
  checkedAt: Date;
  /** Sent back to the officer (critical error). */
  sentBack: boolean;
  /** Non-critical errors by kind (domain NonCriticalErrorKind keys). */
  nonCriticalErrors?: string[];
  /** The TPS enquiry the check came from. */
  enquiryId?: number;
  /** `officerKey|yyyy-MM` (indexed; summaries filter on it). */
  officerMonthKey?: string;
  /** `workType|yyyy-MM` (indexed; summaries filter on it). */
  workTypeMonthKey?: string;
  /** The officer's copy in QOL Results. */
  resultId?: number;
  /** `urgent|yyyy-MM` of the urgent request this check answers (indexed; the urgent queue reads claims by it). */
  urgentMonthKey?: string;
  /** `checkerKey|yyyy-MM` (indexed, schema version 5; a TPSO's directed counts read their own month by it). */
  checkerMonthKey?: string;
}

/** A stored QOL check. */
export interface IQolCheck extends IStoredItem, INewQolCheck {}

/** The four columns a quality summary counts from (QolCheckStore.listTallyForMonthKey). */
export type IQolTallyRow = Pick<IQolCheck, 'id' | 'officerKey' | 'workType' | 'outcome'>;

/** The two columns a quality summary needs of a response (QolResponseStore.listKindsForOfficer). */
export type IQolResponseKindRow = Pick<IQolResponse, 'checkId' | 'kind'>;

/** QOL Checks mapping. */
export const QOL_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: QolCheckFields.RequestKey, kind: 'text' },
  { prop: 'workType', field: QolCheckFields.WorkType, kind: 'text' },
  { prop: 'officerKey', field: QolCheckFields.OfficerKey, kind: 'text' },
  { prop: 'checkerKey', field: QolCheckFields.CheckerKey, kind: 'text' },
  { prop: 'activityRef', field: QolCheckFields.ActivityRef, kind: 'text' },
  { prop: 'outcome', field: QolCheckFields.Outcome, kind: 'text' },
  { prop: 'pillarsFailed', field: QolCheckFields.PillarsFailed, kind: 'multi' },
  { prop: 'urgent', field: QolCheckFields.Urgent, kind: 'bool' },
  { prop: 'urgentReason', field: QolCheckFields.UrgentReason, kind: 'text' },
  { prop: 'feedback', field: QolCheckFields.Feedback, kind: 'text' },
  { prop: 'checkedAt', field: QolCheckFields.CheckedAt, kind: 'date' },
  { prop: 'sentBack', field: QolCheckFields.SentBack, kind: 'bool' },
  { prop: 'nonCriticalErrors', field: QolCheckFields.NonCriticalErrors, kind: 'multi' },
  { prop: 'enquiryId', field: QolCheckFields.EnquiryId, kind: 'number' },
  { prop: 'officerMonthKey', field: QolCheckFields.OfficerMonthKey, kind: 'text' },
  { prop: 'workTypeMonthKey', field: QolCheckFields.WorkTypeMonthKey, kind: 'text' },
  { prop: 'resultId', field: QolCheckFields.ResultId, kind: 'number' },
  { prop: 'urgentMonthKey', field: QolCheckFields.UrgentMonthKey, kind: 'text' },
  { prop: 'checkerMonthKey', field: QolCheckFields.CheckerMonthKey, kind: 'text' }
];

/** The officer's read-only copy of one QOL check (QOL Results). */
export interface INewQolResult {
  /** Client-made id (the check's request key): a retried publish lands once. */
  requestKey: string;
  /** The check in QOL Checks. */
  checkId: number;
  /** The officer's lower-case login. */
  officerKey: string;
  workType: string;
  activityRef: string;
  outcome: string;
  pillarsFailed: string[];
  nonCriticalErrors: string[];
  feedback: string;
  sentBack: boolean;
  checkedAt: Date;
}

/** A stored QOL result. */
export interface IQolResult extends IStoredItem, INewQolResult {}

/** QOL Results mapping. */
export const QOL_RESULT_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: QolResultFields.RequestKey, kind: 'text' },
  { prop: 'checkId', field: QolResultFields.CheckId, kind: 'number' },
  { prop: 'officerKey', field: QolResultFields.OfficerKey, kind: 'text' },
  { prop: 'workType', field: QolResultFields.WorkType, kind: 'text' },
  { prop: 'activityRef', field: QolResultFields.ActivityRef, kind: 'text' },
  { prop: 'outcome', field: QolResultFields.Outcome, kind: 'text' },
  { prop: 'pillarsFailed', field: QolResultFields.PillarsFailed, kind: 'multi' },
  { prop: 'nonCriticalErrors', field: QolResultFields.NonCriticalErrors, kind: 'multi' },
  { prop: 'feedback', field: QolResultFields.Feedback, kind: 'text' },
  { prop: 'sentBack', field: QolResultFields.SentBack, kind: 'bool' },
  { prop: 'checkedAt', field: QolResultFields.CheckedAt, kind: 'date' }
];

/** An officer's response to one of their checks (QOL Responses). */
export interface INewQolResponse {
  requestKey: string;
  /** Acknowledged or Corrected (domain QolResponseKind), or UrgentRequest (domain URGENT_REQUEST_KIND). */
  kind: string;
  /** The check responded to (0 on an urgent request: no check exists yet). */
  checkId: number;
  officerKey: string;
  /** Urgent requests: the work type to check. */
  workType?: string;
  /** Urgent requests: why (domain UrgentQolReason key). */
  urgentReason?: string;
  /** Urgent requests: the activity to check (not a customer identifier). */
  activityRef?: string;
  /** Urgent requests: `urgent|yyyy-MM` (indexed; the urgent queue filters on it). */
  urgentMonthKey?: string;
}

/** A stored response. */
export interface IQolResponse extends IStoredItem, INewQolResponse {}

/** QOL Responses mapping. */
export const QOL_RESPONSE_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: QolResponseFields.RequestKey, kind: 'text' },
  { prop: 'kind', field: QolResponseFields.Kind, kind: 'text' },
  { prop: 'checkId', field: QolResponseFields.CheckId, kind: 'number' },
  { prop: 'officerKey', field: QolResponseFields.OfficerKey, kind: 'text' },
  { prop: 'workType', field: QolResponseFields.WorkType, kind: 'text' },
  { prop: 'urgentReason', field: QolResponseFields.UrgentReason, kind: 'text' },
  { prop: 'activityRef', field: QolResponseFields.ActivityRef, kind: 'text' },
  { prop: 'urgentMonthKey', field: QolResponseFields.UrgentMonthKey, kind: 'text' }
];

/** Checks directed to a TPSO (QOL Directions). */
export interface INewQolDirection {
  /** Client-made id that makes a retried create land once. */
  requestKey: string;
  /** The TPSO directed. */
  tpsoKey: string;
  /** One officer's activities (lower-case login), or undefined for a work type. */
  officerKey?: string;
  /** A work type's activities, or undefined for an officer. */
  workType?: string;
  /** How many checks. */
  checkCount: number;
  /** Due by (end of that day). */
  dueDate: Date;
  /** The Team Leader or SSO who directed it. */
  directedByKey: string;
}

/** A stored direction. */
export interface IQolDirection extends IStoredItem, INewQolDirection {}

/** QOL Directions mapping. */
export const QOL_DIRECTION_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: QolDirectionFields.RequestKey, kind: 'text' },
  { prop: 'tpsoKey', field: QolDirectionFields.TpsoKey, kind: 'text' },
  { prop: 'officerKey', field: QolDirectionFields.OfficerKey, kind: 'text' },
  { prop: 'workType', field: QolDirectionFields.WorkType, kind: 'text' },
  { prop: 'checkCount', field: QolDirectionFields.CheckCount, kind: 'number' },
  { prop: 'dueDate', field: QolDirectionFields.DueDate, kind: 'date' },
  { prop: 'directedByKey', field: QolDirectionFields.DirectedByKey, kind: 'text' }
];

// ---------------------------------------------------------------- Feedback

/** Feedback that a TPSO's answer was technically incorrect. */
export interface INewFeedback {
  /** Client-made id that makes a retried create land once. */
  requestKey: string;
  /** The enquiry. */
  enquiryId: number;
  /** The TPSO who answered. */
  tpsoKey: string;
  /** The TPSO's team leader. */
  teamLeaderKey: string;
  /** Who raised it. */
  raisedByKey: string;
  /** What was wrong (through the privacy guard). */
  detail: string;
}

/** Stored feedback. */
export interface IFeedback extends IStoredItem, INewFeedback {
  /** As stored: a domain FeedbackStatus, or New / Acknowledged on items from before the review step (read them with feedbackStatusOf). */
  status: string;
  /** What the team leader did with it (when closed). */
  outcome?: string;
  /** When the team leader closed it. */
  closedAt?: Date;
  /** Who closed it (lower-case login). */
  closedByKey?: string;
}

/** How a team leader closes feedback. */
export interface IFeedbackClose {
  outcome: string;
  closedAt: Date;
  closedByKey: string;
}

/** Feedback mapping. */
export const FEEDBACK_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: FeedbackFields.RequestKey, kind: 'text' },
  { prop: 'enquiryId', field: FeedbackFields.EnquiryId, kind: 'number' },
  { prop: 'tpsoKey', field: FeedbackFields.TpsoKey, kind: 'text' },
  { prop: 'teamLeaderKey', field: FeedbackFields.TeamLeaderKey, kind: 'text' },
  { prop: 'raisedByKey', field: FeedbackFields.RaisedByKey, kind: 'text' },
  { prop: 'detail', field: FeedbackFields.Detail, kind: 'text' },
  { prop: 'status', field: FeedbackFields.Status, kind: 'text' },
  { prop: 'outcome', field: FeedbackFields.Outcome, kind: 'text' },
  { prop: 'closedAt', field: FeedbackFields.ClosedAt, kind: 'date' },
  { prop: 'closedByKey', field: FeedbackFields.ClosedByKey, kind: 'text' }
];

/**
 * A reviewer's decision on one flag and the Team Leader's record (Feedback Reviews): where routing and counting
 * read the status, because officers cannot write here (src/data/schema.ts, feedbackReviewsList).
 */
export interface INewFeedbackReview {
  /** `review-<feedback id>`: one review per flag, however often it is retried. */
  requestKey: string;
  feedbackId: number;
  enquiryId: number;
  tpsoKey: string;
  teamLeaderKey: string;
  raisedByKey: string;
  /** What the officer said was wrong (copied, so the Team Leader reads it here). */
  detail: string;
  /** Confirmed or Declined when made; Closed once the Team Leader records what was done. */
  status: FeedbackStatus;
  /** The reviewer's reason (through the privacy guard). */
  reviewNote: string;
  reviewedByKey: string;
  reviewedAt: Date;
}

/** A stored review. */
export interface IFeedbackReview extends IStoredItem, INewFeedbackReview {
  /** What the Team Leader did (when closed). */
  outcome?: string;
  closedAt?: Date;
  closedByKey?: string;
}

/** Feedback Reviews mapping. */
export const FEEDBACK_REVIEW_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: FeedbackReviewFields.RequestKey, kind: 'text' },
  { prop: 'feedbackId', field: FeedbackReviewFields.FeedbackId, kind: 'number' },
  { prop: 'enquiryId', field: FeedbackReviewFields.EnquiryId, kind: 'number' },
  { prop: 'tpsoKey', field: FeedbackReviewFields.TpsoKey, kind: 'text' },
  { prop: 'teamLeaderKey', field: FeedbackReviewFields.TeamLeaderKey, kind: 'text' },
  { prop: 'raisedByKey', field: FeedbackReviewFields.RaisedByKey, kind: 'text' },
  { prop: 'detail', field: FeedbackReviewFields.Detail, kind: 'text' },
  { prop: 'status', field: FeedbackReviewFields.Status, kind: 'text' },
  { prop: 'reviewNote', field: FeedbackReviewFields.ReviewNote, kind: 'text' },
  { prop: 'reviewedByKey', field: FeedbackReviewFields.ReviewedByKey, kind: 'text' },
  { prop: 'reviewedAt', field: FeedbackReviewFields.ReviewedAt, kind: 'date' },
  { prop: 'outcome', field: FeedbackReviewFields.Outcome, kind: 'text' },
  { prop: 'closedAt', field: FeedbackReviewFields.ClosedAt, kind: 'date' },
  { prop: 'closedByKey', field: FeedbackReviewFields.ClosedByKey, kind: 'text' }
];

/** The TPSO's read-only copy of closed feedback about their answer (Feedback Notices). */
export interface INewFeedbackNotice {
  /** `notice-<feedback id>`: one notice per feedback, however often the close is retried. */
  requestKey: string;
  feedbackId: number;
  enquiryId: number;
  /** The TPSO it is about (the one person granted Read). */
  tpsoKey: string;
  /** What the officer said was wrong. */
  detail: string;
  /** What the team leader did with it. */
  outcome: string;
  closedAt: Date;
}

/** A stored notice. */
export interface IFeedbackNotice extends IStoredItem, INewFeedbackNotice {}

/** Feedback Notices mapping. */
export const FEEDBACK_NOTICE_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'requestKey', field: FeedbackNoticeFields.RequestKey, kind: 'text' },
  { prop: 'feedbackId', field: FeedbackNoticeFields.FeedbackId, kind: 'number' },
  { prop: 'enquiryId', field: FeedbackNoticeFields.EnquiryId, kind: 'number' },
  { prop: 'tpsoKey', field: FeedbackNoticeFields.TpsoKey, kind: 'text' },
  { prop: 'detail', field: FeedbackNoticeFields.Detail, kind: 'text' },
  { prop: 'outcome', field: FeedbackNoticeFields.Outcome, kind: 'text' },
  { prop: 'closedAt', field: FeedbackNoticeFields.ClosedAt, kind: 'date' }
];

// ---------------------------------------------------------------- Work types, roster, settings

/** Work Types mapping (`title` is the built-in Title). */
export const WORK_TYPE_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'title', field: WorkTypeFields.Title, kind: 'text' },
  { prop: 'key', field: WorkTypeFields.WorkTypeKey, kind: 'text' },
  { prop: 'active', field: WorkTypeFields.Active, kind: 'bool' },
  { prop: 'guidelineMinutes', field: WorkTypeFields.GuidelineMinutes, kind: 'number' }
];

/** TPS Resources mapping (`title` is the built-in Title). */
export const RESOURCE_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'title', field: ResourceFields.Title, kind: 'text' },
  { prop: 'key', field: ResourceFields.ResourceKey, kind: 'text' },
  { prop: 'url', field: ResourceFields.Url, kind: 'text' },
  { prop: 'places', field: ResourceFields.Places, kind: 'multi' }
];

/** One roster row. */
export interface IRosterEntry {
  /** Item id. */
  id: number;
  /** Display name (Title). */
  title: string;
  /** Lower-case login. */
  personKey: string;
  /** Work type keys. */
  workTypes: string[];
  /** TPSO, SSO or TeamLeader. */
  role: string | undefined;
  /** Smart Centre. */
  centre: string | undefined;
  /** Centre time zone. */
  centreTimeZone: string | undefined;
  /** On duty now. */
  onDuty: boolean;
  /** Team leader's lower-case login. */
  teamLeaderKey: string | undefined;
}

/** TPS Roster mapping (WorkTypes is a ';'-joined Note, split by the store). */
export const ROSTER_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'title', field: RosterFields.Title, kind: 'text' },
  { prop: 'personKey', field: RosterFields.PersonKey, kind: 'text' },
  { prop: 'workTypesText', field: RosterFields.WorkTypes, kind: 'text' },
  { prop: 'role', field: RosterFields.Role, kind: 'text' },
  { prop: 'centre', field: RosterFields.Centre, kind: 'text' },
  { prop: 'centreTimeZone', field: RosterFields.CentreTimeZone, kind: 'text' },
  { prop: 'onDuty', field: RosterFields.OnDuty, kind: 'bool' },
  { prop: 'teamLeaderKey', field: RosterFields.TeamLeaderKey, kind: 'text' }
];

// ---------------------------------------------------------------- Enquiry Handling

/** What TPS staff decided about one enquiry (the Enquiry Handling list; only TPS staff write it). */
export interface IHandlingFields {
  status: EnquiryStatus;
  assigneeKey: string;
  claimedAt: Date;
  takenOverAt: Date;
  takenOverByKey: string;
  takeOverReason: string;
  resolvedAt: Date;
  resolvedDayKey: string;
  referencesGiven: string;
  resolution: string;
  notifiedAt: Date;
  escalatedAt: Date;
  escalationId: number;
  /** An outcome other than an answer (domain TPS_OUTCOMES). */
  outcome: string;
  /** The TPSO marked the claim complex. */
  complex: boolean;
  /** Work type and reason corrections, JSON (domain serialiseCorrections). */
  corrections: string;
  /** Work type key (changes when a TPSO corrects it). */
  workType: string;
}

/** A change to an Enquiry Handling item; `clear` names properties to empty. */
export type IHandlingPatch = Partial<IHandlingFields> & {
  clear?: Array<keyof IHandlingFields>;
};

/** An Enquiry Handling item. */
export interface IHandling extends IStoredItem, Partial<IHandlingFields> {
  /** The Enquiries item it is about (unique: one handling item per enquiry). */
  enquiryId: number;
  status: EnquiryStatus;
  workType: string;
  requesterKey: string;
  assigneeName: string | undefined;
}

export const HANDLING_FIELDS: ReadonlyArray<IFieldMapping> = [
  { prop: 'enquiryId', field: HandlingFields.EnquiryId, kind: 'number' },
  { prop: 'workType', field: HandlingFields.WorkType, kind: 'text' },
  { prop: 'status', field: HandlingFields.Status, kind: 'text' },
  { prop: 'requesterKey', field: HandlingFields.RequesterKey, kind: 'text' },
  { prop: 'assigneeKey', field: HandlingFields.AssigneeKey, kind: 'text' },
  { prop: 'claimedAt', field: HandlingFields.ClaimedAt, kind: 'date' },
  { prop: 'takenOverAt', field: HandlingFields.TakenOverAt, kind: 'date' },
  { prop: 'takenOverByKey', field: HandlingFields.TakenOverByKey, kind: 'text' },
  { prop: 'takeOverReason', field: HandlingFields.TakeOverReason, kind: 'text' },
  { prop: 'resolvedAt', field: HandlingFields.ResolvedAt, kind: 'date' },
  { prop: 'resolvedDayKey', field: HandlingFields.ResolvedDayKey, kind: 'text' },
  { prop: 'referencesGiven', field: HandlingFields.ReferencesList, kind: 'text' },
  { prop: LEGACY_REFERENCES_PROP, field: HandlingFields.ReferencesGiven, kind: 'text' },
  { prop: 'resolution', field: HandlingFields.Resolution, kind: 'text' },
  { prop: 'notifiedAt', field: HandlingFields.NotifiedAt, kind: 'date' },
  { prop: 'escalatedAt', field: HandlingFields.EscalatedAt, kind: 'date' },
  { prop: 'escalationId', field: HandlingFields.EscalationId, kind: 'number' },
  { prop: 'outcome', field: HandlingFields.Outcome, kind: 'text' },
  { prop: 'complex', field: HandlingFields.Complex, kind: 'bool' },
  { prop: 'corrections', field: HandlingFields.Corrections, kind: 'text' }
];
