/**
 * The TPS Queue's view of enquiries: pure helpers (no React, no PnPjs) for ordering the queue, mapping stored
 * enquiries to the domain lifecycle and back, and the words for its codes.
 *
 * Over 300 lines: the queue's pure helpers (order, clock, stop payment, mapping to the lifecycle and back, column
 * limits); a candidate to split by concern.
 */
import type {
  IEnquiry,
  IEnquiryFields,
  IEnquiryPatch,
  IHandling,
  IHandlingFields,
  IHandlingPatch
} from '../../data/stores/types';
import type { Actor, EnquiryPatch, EnquiryState } from '../../domain/enquiryLifecycle';
import { isEnquiryStatus } from '../../domain/enquiryValues';
import type { EnquiryStatus } from '../../domain/enquiryValues';
import { guidelineMinutesFor } from '../../domain/workTypes';
import type { WorkType } from '../../domain/workTypes';
import { guidelinePhase } from '../../domain/guidelineClock';
import type { GuidelineClock, GuidelinePhase } from '../../domain/guidelineClock';
import { hasBlockingFindings } from '../../domain/privacy';
import { compareQueuePriority, stopPaymentDueAt, takeOverAtOnce } from '../../domain/queuePriority';
import { createBusinessCalendar } from '../../domain/businessCalendar';
import type { BusinessCalendar } from '../../domain/businessCalendar';
import { centreTimeZoneOf, isCentreTimeZone } from '../../domain/centres';
import { isTpsOutcome } from '../../domain/tpsOutcomes';
import type { TpsOutcome } from '../../domain/tpsOutcomes';
import { LIST, listDefinition, SCHEMA } from '../../data/schema';
import { EnquiryFields, EscalationFields } from '../../data/columns';
import * as strings from 'TpsQueueWebPartStrings';

/** The views of the queue; `transfers` lists the warm transfers to Team Leaders (seed 002 item 4), newest first. */
export type QueueViewKey = 'waiting' | 'mine' | 'takenOver' | 'resolvedToday' | 'transfers';

/** Views in the order the tabs show them. */
export const QUEUE_VIEWS: ReadonlyArray<QueueViewKey> = ['waiting', 'mine', 'takenOver', 'resolvedToday', 'transfers'];

/** Whole minutes since the epoch of an instant: enquiries posted in the same minute are "the same age". */
function minuteOf(d: Date | undefined): number {
  return d ? Math.floor(d.getTime() / 60000) : 0;
}

/** Oldest waiting first; within the same minute, customers on hold first; then by id. */
export function compareQueue(a: IEnquiry, b: IEnquiry): number {
  const ma: number = minuteOf(a.created);
  const mb: number = minuteOf(b.created);
  if (ma !== mb) {
    return ma - mb;
  }
  if (a.customerOnHold !== b.customerOnHold) {
    return a.customerOnHold ? -1 : 1;
  }
  return a.id - b.id;
}

/**
 * The waiting enquiries of the chosen work types, in queue order: stop-payment requests first, then customers
 * asking for a technical expert, then the rest (seeds 002 items 4 and 10, 004), each oldest first.
 */
export function queueOf(items: ReadonlyArray<IEnquiry>, workTypes: ReadonlyArray<string>): IEnquiry[] {
  const out: IEnquiry[] = [];
  for (const e of items) {
    if (e.status === 'Waiting' && workTypes.indexOf(e.workType) >= 0) {
      out.push(e);
    }
  }
  return out.sort((a, b) => compareQueuePriority(a, b) || compareQueue(a, b));
}

/**
 * The guideline clock of an enquiry now: from the claim, with the work type's guideline (longer when the TPSO
 * marked it complex). A customer who asked for a technical expert is taken over at once (seed 002 item 4).
 */
export function clockOf(e: IEnquiry, now: Date, types: ReadonlyArray<WorkType>): GuidelineClock {
  const clock: GuidelineClock = guidelinePhase({
    createdAt: e.created || now,
    claimedAt: e.claimedAt,
    now,
    guidelineMinutes: guidelineMinutesFor(types, e.workType),
    complex: !!e.complex
  });
  return e.status === 'Claimed' && takeOverAtOnce(e) ? { ...clock, suggestTakeOver: true } : clock;
}

/** The Smart Centre zone of an enquiry (Sydney when it names none we know). */
export function zoneOf(e: Pick<IEnquiry, 'centreTimeZone'>): string {
  // Only listed zones: an alias stored by hand is not trusted here (Sydney, as before).
  return centreTimeZoneOf(isCentreTimeZone(e.centreTimeZone) ? e.centreTimeZone : undefined);
}

const calendars: Map<string, BusinessCalendar> = new Map<string, BusinessCalendar>();

/** One business calendar per centre zone (they hold holiday tables; the queue re-renders every 30 seconds). */
export function calendarFor(timeZone: string): BusinessCalendar {
  let c: BusinessCalendar | undefined = calendars.get(timeZone);
  if (!c) {
    c = createBusinessCalendar({ timeZone });
    calendars.set(timeZone, c);
  }
  return c;
}

/** When a stop-payment request must be with ICT: close of business in the officer's centre (undefined for others). */
export function stopPaymentDue(e: IEnquiry): Date | undefined {
  return e.stopPayment && e.created ? stopPaymentDueAt(e.created, calendarFor(zoneOf(e))) : undefined;
}

/** Where the summary mail goes: the officer who posted it, or the officer a TPSO recorded the contact for. */
export function officerAddress(e: IEnquiry): string {
  return isRecordedByTps(e) ? e.requesterKey : e.authorEmail || e.requesterKey;
}

/** True when a TPSO recorded this contact (phone, Teams, walk-up, customer call), not the officer in Ask TPS. */
export function isRecordedByTps(e: Pick<IEnquiry, 'contactSource'>): boolean {
  return !!e.contactSource && e.contactSource !== 'AskTps';
}

/** Words of an outcome other than an answer, for TPS staff. */
export function outcomeText(outcome: string | undefined): string {
  return outcome === 'WarmTransferTeamLeader'
    ? strings.OutcomeWarmTransfer
    : outcome === 'ConfirmOnly'
      ? strings.OutcomeConfirmOnly
      : outcome || '';
}

/** What the officer's copy and mail say of an outcome: neutral words, no blame (seed 001 is for coaching). */
export function officerOutcomeText(outcome: TpsOutcome): string {
  return outcome === 'WarmTransferTeamLeader' ? strings.OfficerWarmTransfer : strings.OfficerConfirmOnly;
}

/** True for a stored outcome code. */
export function hasOutcome(e: Pick<IEnquiry, 'outcome'>): boolean {
  return isTpsOutcome(e.outcome);
}

/** Words of a contact source. */
export function contactSourceText(source: string | undefined): string {
  switch (source) {
    case 'Phone':
      return strings.SourcePhone;
    case 'Teams':
      return strings.SourceTeams;
    case 'WalkUp':
      return strings.SourceWalkUp;
    case 'CustomerCall':
      return strings.SourceCustomerCall;
    default:
      return strings.SourceAskTps;
  }
}

/** Label of a guideline phase. */
export function phaseText(phase: GuidelinePhase): string {
  return phase === 'under5' ? strings.PhaseUnder5 : phase === 'fiveToTen' ? strings.PhaseFiveToTen : strings.PhaseOver;
}

/** Label of an enquiry status (the stored code when it is one the queue does not know). */
export function statusText(status: string): string {
  switch (status) {
    case 'Waiting':
      return strings.StatusWaiting;
    case 'Claimed':
      return strings.StatusClaimed;
    case 'TakenOver':
      return strings.StatusTakenOver;
    case 'Resolved':
      return strings.StatusResolved;
    case 'Escalated':
      return strings.StatusEscalated;
    default:
      return status;
  }
}

/** The officer who posted the enquiry, by name when known. */
export function officerOf(e: IEnquiry): string {
  return e.authorName || e.requesterKey;
}

/** A time of day as hours and minutes in the browser's locale ('' for none). */
export function timeOf(d: Date | undefined): string {
  return d ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '';
}

// ------------------------------------------------------------ what the TPSO types

/** A Text column's size in the schema (SharePoint's 255 when it names none). */
function maxLengthOf(list: string, field: string): number {
  for (const f of listDefinition(SCHEMA, list).fields) {
    if (f.internalName === field && f.maxLength) {
      return f.maxLength;
    }
  }
  return 255;
}

/** Sizes of the columns the TPSO types into, from the schema: checked before saving, not left to a 400. */
export const MAX_LENGTH: {
  readonly ictIncident: number;
  readonly nnuReference: number;
  readonly referencesGiven: number;
  readonly resolution: number;
  readonly takeOverReason: number;
} = {
  ictIncident: maxLengthOf(LIST.escalations, EscalationFields.ICTIncident),
  nnuReference: maxLengthOf(LIST.escalations, EscalationFields.NnuReference),
  referencesGiven: maxLengthOf(LIST.enquiries, EnquiryFields.ReferencesList),
  // the Comments the officer reads: the Resolution note column's limit (the officer's copy holds the same text)
  resolution: maxLengthOf(LIST.enquiries, EnquiryFields.Resolution),
  takeOverReason: maxLengthOf(LIST.enquiries, EnquiryFields.TakeOverReason)
};

/** An ICT incident number as mySupport (ServiceNow) writes it: INC and 7 to 12 digits. */
const ICT_INCIDENT: RegExp = /^INC\d{7,12}$/;

/** `inc 0012345` → `INC0012345` (spaces dropped, upper case). */
export function normaliseIctIncident(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** What is wrong with an ICT incident number, if anything. */
export function ictIncidentProblem(value: string): 'missing' | 'tooLong' | 'shape' | undefined {
  const v: string = normaliseIctIncident(value);
  if (!v) {
    return 'missing';
  }
  if (v.length > MAX_LENGTH.ictIncident) {
    return 'tooLong';
  }
  return ICT_INCIDENT.test(v) ? undefined : 'shape';
}

/** What is wrong with an (optional) NNU reference: too long, or holding something the privacy guard blocks. */
export function nnuReferenceProblem(value: string, now?: Date): 'tooLong' | 'privacy' | undefined {
  const v: string = value.trim();
  if (v.length > MAX_LENGTH.nnuReference) {
    return 'tooLong';
  }
  return v && hasBlockingFindings(v, now ? { now } : undefined) ? 'privacy' : undefined;
}

/** True when trimmed text is longer than `max` characters. */
export function isTooLong(value: string, max: number): boolean {
  return value.trim().length > max;
}

/**
 * A calendar date picked in the browser (local midnight) as an instant on that same date in every Australian
 * zone (02:00 UTC is 10:00 to 13:00 there), so the centre's calendar reads the date the TPSO picked.
 */
export function pickedDateAsInstant(picked: Date): Date {
  return new Date(Date.UTC(picked.getFullYear(), picked.getMonth(), picked.getDate(), 2));
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** `dd/mm/yyyy`, as Australian officers write dates. */
export function formatDayMonthYear(d?: Date): string {
  return d ? pad2(d.getDate()) + '/' + pad2(d.getMonth() + 1) + '/' + d.getFullYear() : '';
}

/** Parses `d/m/yyyy` (also with `-` or `.`); `null` for anything else or a day that does not exist. */
// eslint-disable-next-line @rushstack/no-new-null -- Fluent's parseDateFromString contract returns null
export function parseDayMonthYear(text: string): Date | null {
  const m: RegExpExecArray | null = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text || '');
  if (!m) {
    return null;
  }
  const day: number = Number(m[1]);
  const month: number = Number(m[2]) - 1;
  const year: number = Number(m[3]);
  const d: Date = new Date(year, month, day);
  return d.getFullYear() === year && d.getMonth() === month && d.getDate() === day ? d : null;
}

/** Local midnight today (the start of "Resolved today"). */
export function startOfToday(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/** The signed-in TPSO as the lifecycle's actor (claims outside the roster are allowed: they may widen the queue). */
export function actorOf(user: { login: string; displayName: string }): Actor {
  return { key: user.login.toLowerCase(), displayName: user.displayName, roles: ['TPSO'] };
}

/** A stored enquiry as the lifecycle sees it. */
export function stateOf(e: IEnquiry): EnquiryState {
  const status: EnquiryStatus = isEnquiryStatus(e.status) ? e.status : 'Waiting';
  return {
    status,
    workType: e.workType,
    postedByKey: e.requesterKey,
    postedByName: e.authorName,
    createdAt: e.created,
    assigneeKey: e.assigneeKey,
    assigneeName: e.assigneeName || (e.assigneeKey ? e.editorName : undefined),
    claimedAt: e.claimedAt,
    takenOverAt: e.takenOverAt,
    takenOverByKey: e.takenOverByKey,
    takenOverReason: e.takeOverReason,
    resolvedAt: e.resolvedAt,
    referencesGiven: e.referencesGiven,
    resolution: e.resolution,
    reason: e.reason,
    complex: !!e.complex,
    outcome: isTpsOutcome(e.outcome) ? e.outcome : undefined,
    crn: e.crn
  };
}

/** Lifecycle fields and the store properties they are written to. */
const PATCH_MAP: ReadonlyArray<[keyof EnquiryState, keyof IEnquiryFields]> = [
  ['status', 'status'],
  ['assigneeKey', 'assigneeKey'],
  ['claimedAt', 'claimedAt'],
  ['takenOverAt', 'takenOverAt'],
  ['takenOverByKey', 'takenOverByKey'],
  ['takenOverReason', 'takeOverReason'],
  ['resolvedAt', 'resolvedAt'],
  ['referencesGiven', 'referencesGiven'],
  ['resolution', 'resolution'],
  ['workType', 'workType'],
  ['reason', 'reason'],
  ['outcome', 'outcome'],
  ['complex', 'complex'],
  ['crn', 'crn']
];

/**
 * Turns the lifecycle's patch into the store's: `''` and properties present but `undefined` (release's
 * `claimedAt: undefined`) become `clear` entries, so finalising really empties the CRN.
 */
export function toStorePatch(patch: EnquiryPatch): IEnquiryPatch {
  const out: { [prop: string]: unknown } = {};
  const clear: Array<keyof IEnquiryFields> = [];
  for (const [from, to] of PATCH_MAP) {
    if (!Object.prototype.hasOwnProperty.call(patch, from)) {
      continue;
    }
    const v: unknown = patch[from];
    if (v === undefined || (v === '' && to !== 'resolution')) {
      clear.push(to);
    } else {
      out[to] = v;
    }
  }
  const result: IEnquiryPatch = out as IEnquiryPatch;
  if (clear.length > 0) {
    result.clear = clear;
  }
  return result;
}

/** The enquiry as it is after a patch the server accepted with the given new ETag (no re-read needed). */
export function applyLocally(e: IEnquiry, patch: IEnquiryPatch, etag: string, editorName?: string): IEnquiry {
  const next: { [prop: string]: unknown } = { ...e, etag, modified: new Date() };
  for (const k of Object.keys(patch)) {
    if (k !== 'clear') {
      next[k] = (patch as { [prop: string]: unknown })[k];
    }
  }
  for (const k of patch.clear || []) {
    next[k] = undefined;
  }
  if (editorName) {
    next.editorName = editorName;
  }
  return next as unknown as IEnquiry;
}

// ------------------------------------------------------------ TPS state from Enquiry Handling

/**
 * What TPS staff decide about an enquiry. An officer can write all of these on their own Enquiries item, so the
 * queue never takes them from there: they come from Enquiry Handling, where only TPS staff write.
 */
const TPS_DECIDED: ReadonlyArray<keyof IHandlingFields> = [
  'assigneeKey',
  'claimedAt',
  'takenOverAt',
  'takenOverByKey',
  'takeOverReason',
  'resolvedAt',
  'resolvedDayKey',
  'referencesGiven',
  'resolution',
  'notifiedAt',
  'escalatedAt',
  'escalationId',
  'outcome',
  'complex',
  'corrections'
];

/** Statuses only TPS staff give: without an Enquiry Handling item they were written by the officer. */
const TPS_STATUSES: ReadonlyArray<string> = ['Claimed', 'TakenOver', 'Resolved', 'Escalated'];

/**
 * An enquiry as TPS staff see it: the officer's item for what the officer wrote (question, reason, on hold...),
 * and the Enquiry Handling item for everything TPS staff decide. Without one, nothing TPS-decided stands: a status
 * only TPS staff give reads as Waiting.
 */
export function withHandling(e: IEnquiry, h: IHandling | undefined): IEnquiry {
  const out: { [prop: string]: unknown } = { ...e, assigneeName: undefined, handling: undefined };
  for (const k of TPS_DECIDED) {
    out[k] = undefined;
  }
  if (!h) {
    out.status = TPS_STATUSES.indexOf(e.status) >= 0 ? 'Waiting' : e.status;
    return out as unknown as IEnquiry;
  }
  for (const k of TPS_DECIDED) {
    out[k] = h[k];
  }
  out.status = h.status;
  out.assigneeName = h.assigneeName;
  out.handling = { id: h.id, etag: h.etag };
  return out as unknown as IEnquiry;
}

/**
 * The Enquiry Handling item behind an enquiry as TPS staff see it (see {@link withHandling}): what a decision is
 * applied to, so a save needs no read-back. Only for an enquiry that has one (`e.handling`).
 */
export function handlingOf(e: IEnquiry): IHandling {
  if (!e.handling) {
    throw new Error('Enquiry ' + e.id + ' has no Enquiry Handling item');
  }
  const out: { [prop: string]: unknown } = {
    id: e.handling.id,
    etag: e.handling.etag,
    created: undefined,
    modified: undefined,
    editorName: undefined,
    enquiryId: e.id,
    workType: e.workType,
    requesterKey: e.requesterKey,
    status: e.status,
    assigneeName: e.assigneeName
  };
  const decided: { [prop: string]: unknown } = e as unknown as { [prop: string]: unknown };
  for (const k of TPS_DECIDED) {
    out[k] = decided[k];
  }
  return out as unknown as IHandling;
}

/** The part of a decision Enquiry Handling keeps. */
export function toHandlingPatch(patch: IEnquiryPatch): IHandlingPatch {
  const out: { [prop: string]: unknown } = {};
  const keys: ReadonlyArray<string> = (TPS_DECIDED as ReadonlyArray<string>).concat(['status']);
  for (const k of Object.keys(patch)) {
    if (keys.indexOf(k) >= 0) {
      out[k] = (patch as { [prop: string]: unknown })[k];
    }
  }
  const clear: Array<keyof IHandlingFields> = (patch.clear || []).filter((k) => keys.indexOf(k) >= 0) as Array<
    keyof IHandlingFields
  >;
  if (clear.length > 0) {
    out.clear = clear;
  }
  return out as IHandlingPatch;
}

/** The officer's copy of a decision: status, who holds it and the answer; not the TPSO's day count key. */
export function toOfficerCopy(patch: IEnquiryPatch): IEnquiryPatch {
  const out: IEnquiryPatch = { ...patch };
  delete out.resolvedDayKey;
  if (out.clear) {
    out.clear = out.clear.filter((k) => k !== 'resolvedDayKey');
  }
  return out;
}
