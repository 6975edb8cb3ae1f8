/**
 * The view model of Ask TPS: what to show, with no React and no PnPjs (unit-tested in model.test.ts).
 * "My enquiries" (issue 3 "Following"): merging a refreshed first page into what is shown, the screen-reader
 * announcements of status changes, and each card's status and timing lines. The posting form: the draft, how it
 * is checked before posting and what is posted. The words come from the web part's loc file.
 */
import * as strings from 'AskTpsWebPartStrings';
import type { IEnquiry, IFeedback } from '../../data/stores/types';
import { feedbackStatusOf, officerOutcome } from '../../domain/feedbackLifecycle';
import type { FeedbackOutcome } from '../../domain/feedbackLifecycle';
import { officerStepsAfterEscalation } from '../../domain/escalationGuidance';
import type { OfficerStep } from '../../domain/escalationGuidance';
import { formatTime } from '../../data/errors';
import { guidelinePhase } from '../../domain/guidelineClock';
import type { GuidelineClock } from '../../domain/guidelineClock';
import { workTypeTitle } from '../../domain/workTypes';
import type { WorkType } from '../../domain/workTypes';
import { hasBlockingFindings } from '../../domain/privacy';
import type { ScanOptions } from '../../domain/privacy';
import type { ParsedReferences } from '../../domain/references';
import { isValidCrn, normaliseCrn } from '../../domain/crn';
import { NOTHING_CHECKED } from '../../domain/enquiryValues';
import { isCentreTimeZone } from '../../domain/centres';
import { goesToTaskCards, TASK_CARD_WORK_TYPE } from '../../domain/resources';
import type { EnquiryReason, ReferenceChecked } from '../../domain/enquiryValues';
import { format } from '../../shared/text/format';
import { LIST, listDefinition, SCHEMA } from '../../data/schema';
import { EnquiryFields } from '../../data/columns';

// ------------------------------------------------------------ My enquiries

/**
 * Merges a freshly read first page (newest first) into the items shown: fresh items replace shown ones with the
 * same id, new ones are added, and older items (from pages loaded with "Show more") are kept. Newest first.
 */
export function mergeFirstPage(shown: ReadonlyArray<IEnquiry>, fresh: ReadonlyArray<IEnquiry>): IEnquiry[] {
  const byId: { [id: number]: IEnquiry } = {};
  const ids: number[] = [];
  let oldestFresh: number = Number.MAX_VALUE;
  for (const e of fresh) {
    byId[e.id] = e;
    ids.push(e.id);
    oldestFresh = Math.min(oldestFresh, e.id);
  }
  if (fresh.length === 0) {
    return [];
  }
  for (const e of shown) {
    // Older than the fresh page: loaded with "Show more", kept. Newer but missing from the page: gone, dropped.
    if (byId[e.id] === undefined && e.id < oldestFresh) {
      byId[e.id] = e;
      ids.push(e.id);
    }
  }
  ids.sort((a, b) => b - a);
  return ids.map((id) => byId[id]);
}

/** Templates of the announcements (loc strings, with {0} = work type title and {1} = TPSO name). */
export interface IAnnouncementTemplates {
  claimed: string;
  takenOver: string;
  resolved: string;
  escalated: string;
  withdrawn: string;
  released: string;
  someone: string;
}

/**
 * The sentences to announce (aria-live polite) for status changes between two reads of the same items, e.g.
 * "Your ABSTUDY enquiry was claimed by Tom Peer". Items that are new or unchanged say nothing.
 */
export function statusAnnouncements(
  before: ReadonlyArray<IEnquiry>,
  after: ReadonlyArray<IEnquiry>,
  types: ReadonlyArray<WorkType>,
  t: IAnnouncementTemplates
): string[] {
  const old: { [id: number]: IEnquiry } = {};
  for (const e of before) {
    old[e.id] = e;
  }
  const out: string[] = [];
  for (const e of after) {
    const was: IEnquiry | undefined = old[e.id];
    if (!was || was.status === e.status) {
      continue;
    }
    const title: string = workTypeTitle(types, e.workType);
    const who: string = e.assigneeName || t.someone;
    switch (e.status) {
      case 'Claimed':
        out.push(format(t.claimed, title, who));
        break;
      case 'TakenOver':
        out.push(format(t.takenOver, title, who));
        break;
      case 'Resolved':
        out.push(format(t.resolved, title, who));
        break;
      case 'Escalated':
        out.push(format(t.escalated, title, who));
        break;
      case 'Withdrawn':
        out.push(format(t.withdrawn, title, who));
        break;
      case 'Waiting':
        out.push(format(t.released, title, who));
        break;
      default:
        break;
    }
  }
  return out;
}

/** Whole minutes between two instants (never negative). */
export function minutesBetween(from: Date | undefined, to: Date | undefined): number | undefined {
  if (!from || !to) {
    return undefined;
  }
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60000));
}

/** The status line: "Claimed by Tom Peer". */
export function statusText(e: IEnquiry): string {
  const who: string = e.assigneeName || strings.SomeoneTps;
  switch (e.status) {
    case 'Waiting':
      return strings.StatusWaiting;
    case 'Claimed':
      return format(strings.StatusClaimed, who);
    case 'TakenOver':
      return format(strings.StatusTakenOver, who);
    case 'Resolved':
      return format(strings.StatusResolved, who);
    case 'Escalated':
      return strings.StatusEscalated;
    case 'Withdrawn':
      return strings.StatusWithdrawn;
    default:
      return e.status;
  }
}

/** "waiting 3 min", "waited 2 min before it was claimed", "answered after 9 min" (empty when unknown). */
export function timing(e: IEnquiry, now: Date, guidelineMinutes: number): { text: string; over: boolean } {
  if (!e.created) {
    return { text: '', over: false };
  }
  if (e.status === 'Waiting') {
    const clock: GuidelineClock = guidelinePhase({ createdAt: e.created, now, guidelineMinutes });
    return { text: format(strings.WaitedMinutes, clock.elapsedMinutes), over: clock.phase === 'overGuideline' };
  }
  if (e.status === 'Claimed' || e.status === 'TakenOver') {
    const waited: number | undefined = minutesBetween(e.created, e.claimedAt);
    return { text: waited === undefined ? '' : format(strings.WaitedBeforeClaim, waited), over: false };
  }
  if (e.status === 'Resolved') {
    const took: number | undefined = minutesBetween(e.created, e.resolvedAt);
    return { text: took === undefined ? '' : format(strings.AnsweredAfter, took), over: false };
  }
  return { text: '', over: false };
}

/** When it was posted: the time today, otherwise the day and the time. */
export function postedAt(d: Date | undefined, now: Date): string {
  if (!d) {
    return '';
  }
  const sameDay: boolean = d.toDateString() === now.toDateString();
  return sameDay
    ? formatTime(d)
    : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) + ' ' + formatTime(d);
}

/** The text on one line, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const t: string = (text || '').replace(/\s+/g, ' ').trim();
  return t.length > max ? t.substring(0, max - 1) + '…' : t;
}

// ------------------------------------------------------------ After an escalation, and flags in review

/** The TPS Resources each step after an escalation links to (seed 002 item 8, seed 004 "Extra"). */
export const STEP_RESOURCES: { readonly [step in OfficerStep]: ReadonlyArray<string> } = {
  keepHandling: [],
  tellCustomer: [],
  callbackIsYours: [],
  ictThroughMySupport: ['mySupportWebforms', 'ictIncidentForm', 'ictServiceDesk'],
  familiesWebform: ['fccDirectKnownIssue'],
  stopPayment: ['stopPayment']
};

/** What the officer does now that their enquiry was escalated (empty for any other status). */
export function escalatedSteps(e: IEnquiry): OfficerStep[] {
  if (e.status !== 'Escalated') {
    return [];
  }
  return officerStepsAfterEscalation({ category: e.escalationCategory, nnuReference: e.nnuReference });
}

/** The officer's latest flag on each enquiry (flags read newest first: the first one per enquiry wins). */
export function latestFlagByEnquiry(flags: ReadonlyArray<IFeedback>): { [enquiryId: number]: IFeedback } {
  const out: { [enquiryId: number]: IFeedback } = {};
  for (const f of flags) {
    if (f.enquiryId && out[f.enquiryId] === undefined) {
      out[f.enquiryId] = f;
    }
  }
  return out;
}

/** A flag as the officer sees it: in review, confirmed (sent to the TPSO's Team Leader), or declined and why. */
export interface IFlagReview {
  outcome: FeedbackOutcome;
  /** The reviewer's reason, shown with a decline when one was recorded. */
  reason: string | undefined;
}

/** Where the officer's flag is (seed 004 feedback protocols); the TPSO's record stays with their Team Leader. */
export function flagReview(f: IFeedback): IFlagReview {
  const outcome: FeedbackOutcome = officerOutcome(feedbackStatusOf(f.status));
  const reason: string = outcome === 'declined' ? (f.outcome || '').trim() : '';
  return { outcome, reason: reason || undefined };
}

// ------------------------------------------------------------ The posting form

/** What the officer is posting, as the form hands it to `onSubmit` (CRN and references normalised). */
export interface IEnquiryDraft {
  /** Client-made id, made once per draft and kept with it, so a retry of the same draft lands once. */
  requestKey: string;
  /** Work type key (indexed WorkType column). */
  workType: string;
  /** Reason for contact: one of the stored reason values (domain ENQUIRY_REASONS). */
  reason: string;
  /** References checked: stored values (domain REFERENCES_CHECKED); "Nothing checked" stands alone. */
  referencesChecked: string[];
  /** Operational Blueprint numbers read, comma separated (`111-05070020, 109-01010000`), or ''. */
  referencesRead: string;
  /** The question; holds nothing the privacy guard blocks when it reaches `onSubmit`. */
  question: string;
  /** Is a customer on hold? */
  customerOnHold: boolean;
  /** CRN as `123456789A`, or '' when none was given. */
  crn: string;
  /** A Stop Payment Request: incorrect arrears TPS must get to ICT before close of business (seed 002 item 10). */
  stopPayment?: boolean;
  /** The officer says they recorded the Stop Payment Request DOC (amount, why not entitled) first (seed 004). */
  stopPaymentDocRecorded?: boolean;
  /** An Apprentices enquiry about Boosting and Completing Apprenticeship Commencements: task cards, not TPS (seed 000). */
  taskCardWork?: boolean;
  /** The officer's Smart Centre zone (their remembered choice, not the browser's zone); '' while not chosen. */
  centreTimeZone?: string;
}

/** Friendly labels for the stored reason values (one per domain value, checked by the compiler). */
export const REASON_LABELS: { readonly [value in EnquiryReason]: string } = {
  'Arrears or negative adjustment unsure': strings.ReasonArrears,
  'Status or rate does not reflect the record': strings.ReasonStatusRate,
  'System will not allow updates': strings.ReasonNoUpdates,
  "Coding error references don't solve": strings.ReasonCodingError,
  'Customer asks to speak to a technical expert': strings.ReasonTechnicalExpert
};

/** Labels for the stored reference values (one per domain value). */
export const REFERENCE_LABELS: { readonly [value in ReferenceChecked]: string } = {
  'Operational Blueprint': strings.RefOperationalBlueprint,
  NNU: strings.RefNnu,
  'Office Locator': strings.RefOfficeLocator,
  mySupport: strings.RefMySupport,
  'Roxy Digital Assistant': strings.RefRoxy,
  'Process Direct current issues': strings.RefProcessDirect,
  'Nothing checked': strings.RefNothingChecked
};

/** The form's fields that can hold an error. */
export type FieldName =
  'centre' | 'workType' | 'taskCards' | 'reason' | 'stopPayment' | 'references' | 'referencesRead' | 'question' | 'crn';
/** The fields in screen order: the first one in error gets the focus. */
export const FIELD_ORDER: ReadonlyArray<FieldName> = [
  'centre',
  'workType',
  'taskCards',
  'reason',
  'stopPayment',
  'references',
  'referencesRead',
  'question',
  'crn'
];
/** The message of each field to fix. */
export type FieldErrors = { [K in FieldName]?: string };

/** True when `key` is an active work type (the only ones offered and accepted). */
export function isActiveKey(types: ReadonlyArray<WorkType>, key: string): boolean {
  for (const t of types) {
    if (t.active && t.key === key) {
      return true;
    }
  }
  return false;
}

/** A column's limit from the schema (Text: SharePoint's; Note: the app's). */
function limitOf(field: string): number {
  const f = listDefinition(SCHEMA, LIST.enquiries).fields.filter((d) => d.internalName === field)[0];
  return (f && f.maxLength) || 255;
}

/** How long the question may be (stated under the field and checked before posting). */
export const QUESTION_MAX_LENGTH: number = limitOf(EnquiryFields.Question);

/** How long the Operational Blueprint numbers read may be, as saved (`111-05070020, 109-01010000`). */
export const REFERENCES_READ_MAX_LENGTH: number = limitOf(EnquiryFields.ReferencesRead);

/** Checks the draft; the keys of the result are the fields to fix, in screen order. */
export function validateDraft(
  draft: IEnquiryDraft,
  types: ReadonlyArray<WorkType>,
  parsed: ParsedReferences,
  scanOptions?: ScanOptions
): FieldErrors {
  const errors: FieldErrors = {};
  if (!isCentreTimeZone(draft.centreTimeZone)) {
    errors.centre = strings.ErrorCentre;
  }
  if (!draft.workType || !isActiveKey(types, draft.workType)) {
    errors.workType = strings.ErrorWorkType;
  } else if (goesToTaskCards(draft.workType, !!draft.taskCardWork)) {
    errors.taskCards = strings.ErrorTaskCards;
  }
  if (!draft.reason) {
    errors.reason = strings.ErrorReason;
  }
  if (draft.stopPayment && !draft.stopPaymentDocRecorded) {
    errors.stopPayment = strings.ErrorStopPaymentDoc;
  }
  if (draft.referencesChecked.length === 0) {
    errors.references = strings.ErrorReferences;
  }
  if (parsed.invalid.length > 0) {
    errors.referencesRead = format(strings.ErrorReferencesRead, parsed.invalid.join(', '));
  } else if (parsed.valid.join(', ').length > REFERENCES_READ_MAX_LENGTH) {
    errors.referencesRead = format(
      strings.ErrorReferencesReadTooLong,
      REFERENCES_READ_MAX_LENGTH,
      Math.floor((REFERENCES_READ_MAX_LENGTH + 2) / 14)
    );
  }
  if (!draft.question.trim()) {
    errors.question = strings.ErrorQuestion;
  } else if (draft.question.trim().length > QUESTION_MAX_LENGTH) {
    errors.question = format(strings.ErrorQuestionTooLong, QUESTION_MAX_LENGTH, draft.question.trim().length);
  } else if (hasBlockingFindings(draft.question, scanOptions)) {
    errors.question = strings.ErrorQuestionPrivacy;
  }
  if (draft.crn.trim() && !isValidCrn(draft.crn)) {
    errors.crn = strings.ErrorCrn;
  }
  return errors;
}

/** The fields in error, in screen order. */
export function fieldsInError(errors: FieldErrors): FieldName[] {
  return FIELD_ORDER.filter((f) => !!errors[f]);
}

/** The references checked after ticking or unticking one: "Nothing checked" stands alone (seed 002 item 1). */
export function toggledReferences(checked: ReadonlyArray<string>, value: string, on: boolean): string[] {
  if (!on) {
    return checked.filter((r) => r !== value);
  }
  if (value === NOTHING_CHECKED) {
    return [NOTHING_CHECKED];
  }
  return checked.filter((r) => r !== NOTHING_CHECKED && r !== value).concat([value]);
}

/** The draft as it is posted: the CRN normalised, only the valid reference numbers, the question trimmed. */
export function draftToPost(draft: IEnquiryDraft, parsed: ParsedReferences): IEnquiryDraft {
  return {
    ...draft,
    // the task-card question only means something for Apprentices
    taskCardWork: !!draft.taskCardWork && draft.workType === TASK_CARD_WORK_TYPE,
    crn: draft.crn.trim() ? normaliseCrn(draft.crn) : '',
    referencesRead: parsed.valid.join(', '),
    question: draft.question.trim()
  };
}
