/**
 * What a TPSO does to an enquiry, as calls on the data services: every state change goes through the domain
 * lifecycle (applyEnquiryAction), then one MERGE with the ETag the queue read. No React here, so the rules and
 * the request counts are testable on their own.
 */
import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEnquiryPatch, IEscalation } from '../../data/stores/types';
import { composeEnquirySummary } from '../../data/mail';
import { sendArrearsAlertOnce } from '../../data/arrearsAlert';
import { resolvedDayKey } from '../../data/stores/EnquiryStore';
import { applyEnquiryAction } from '../../domain/enquiryLifecycle';
import type { Actor, EnquiryAction, EnquiryActionResult } from '../../domain/enquiryLifecycle';
import type { EscalationCategory } from '../../domain/escalationCategories';
import { computeEscalationDeadlines } from '../../domain/escalationDeadlines';
import type { EscalationDeadlines } from '../../domain/escalationDeadlines';
import { createBusinessCalendar } from '../../domain/businessCalendar';
import { centreTimeZoneOf, isCentreTimeZone } from '../../domain/centres';
import { parseReferences, referenceUrl } from '../../domain/references';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../shared/text/format';
import { applyLocally, ictIncidentProblem, isTooLong, MAX_LENGTH, nnuReferenceProblem, normaliseIctIncident, stateOf,
  toStorePatch } from './model';

/** A refusal by the lifecycle or a validation: the message is for people, nothing was sent. */
export class ActionRefused extends Error {
  public readonly isActionRefused: boolean = true;
}

function decide(e: IEnquiry, action: EnquiryAction, actor: Actor, now: Date): IEnquiryPatch {
  const result: EnquiryActionResult = applyEnquiryAction(stateOf(e), action, actor, now);
  if (!result.ok) {
    throw new ActionRefused(result.message);
  }
  return toStorePatch(result.patch);
}

async function write(data: IDataServices, e: IEnquiry, patch: IEnquiryPatch, actor: Actor, assigneeId?: number): Promise<IEnquiry> {
  const etag: string = await data.enquiries.patchOnce(e.id, patch, e.etag, assigneeId);
  const next: IEnquiry = applyLocally(e, patch, etag, actor.displayName);
  if (patch.assigneeKey) {
    next.assigneeName = actor.displayName;
  }
  if (patch.clear && patch.clear.indexOf('assigneeKey') >= 0) {
    next.assigneeName = undefined;
  }
  return next;
}

/**
 * Claims a waiting enquiry: one MERGE with the ETag read; the loser of a race gets a ConflictError naming the
 * winner. The Assignee person needs the claimant's site user id: pass it when known (the panel resolves it on
 * open); otherwise it is resolved first (cached by the store, so that costs a request only the first time), so a
 * claim never lands without the person the officer sees.
 */
export async function claim(data: IDataServices, e: IEnquiry, actor: Actor, assigneeId: number | undefined,
  now: Date = new Date()): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(e, { kind: 'claim' }, actor, now);
  const id: number | undefined = assigneeId !== undefined ? assigneeId : await data.enquiries.resolveUserId(actor.key);
  if (id === undefined) {
    throw new ActionRefused(strings.RefusedNoUser);
  }
  return write(data, e, patch, actor, id);
}

/** Gives a claimed enquiry back to the queue. */
export function release(data: IDataServices, e: IEnquiry, actor: Actor, now: Date = new Date()): Promise<IEnquiry> {
  return write(data, e, decide(e, { kind: 'release' }, actor, now), actor);
}

/** Takes the enquiry over from the officer (who, when, why), so the officer can take the next call. */
export async function takeOver(data: IDataServices, e: IEnquiry, actor: Actor, reason: string, now: Date = new Date()): Promise<IEnquiry> {
  if (isTooLong(reason, MAX_LENGTH.takeOverReason)) {
    throw new ActionRefused(format(strings.RefusedReasonTooLong, MAX_LENGTH.takeOverReason));
  }
  return write(data, e, decide(e, { kind: 'takeOver', reason }, actor, now), actor);
}

/** What the TPSO typed to finalise. */
export interface IFinaliseInput {
  /** Operational Blueprint numbers. */
  referencesGiven: string;
  /** Comments: an accurate summary (through the privacy guard). */
  comment: string;
  /** "Finalise and notify SO"; false for urgent QOL (seed 002 item 7 exception). */
  notify: boolean;
  /** The work type's display name for the mail's subject (from the Work Types list); the key when not given. */
  workTypeTitle?: string;
}

/** The summary mail's body: the answer, the references as links, and what the officer checked. Never the CRN. */
export function summaryMail(e: IEnquiry, referencesGiven: string, comment: string, workTypeTitle?: string): { subject: string; bodyText: string } {
  const base = composeEnquirySummary({ id: e.id, workType: e.workType, question: e.question, referencesGiven, resolution: comment },
    workTypeTitle || e.workType);
  const links: string[] = [];
  for (const n of parseReferences(referencesGiven).valid) {
    links.push(n + ': ' + (referenceUrl(n) || ''));
  }
  const checked: string = e.referencesChecked && e.referencesChecked.length > 0 ? e.referencesChecked.join(', ') : strings.MailNoneChecked;
  return {
    subject: base.subject,
    bodyText: base.bodyText + '\n' + links.join('\n') + '\n\n' + format(strings.MailReferencesChecked, checked)
  };
}

/**
 * Progress of a finalise that may be retried: the mail is sent at most once. Keep one per enquiry for as long as
 * the TPSO may come back to it (the queue keeps it, not the panel), so closing and reopening cannot mail twice.
 */
export interface IFinaliseProgress {
  mailSent: boolean;
}

/**
 * Finalises an enquiry: the mail first (so a mail failure changes nothing), then one MERGE that sets Resolved,
 * the references, the summary and NotifiedAt and clears the CRN. A retry after a failed MERGE (a 412 included:
 * re-read the enquiry for its new ETag) does not mail again.
 */
export async function finalise(data: IDataServices, e: IEnquiry, actor: Actor, input: IFinaliseInput,
  progress: IFinaliseProgress, now: Date = new Date()): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(e, { kind: 'resolve', referencesGiven: input.referencesGiven, comment: input.comment }, actor, now);
  if ((patch.referencesGiven || '').length > MAX_LENGTH.referencesGiven) {
    throw new ActionRefused(format(strings.RefusedReferencesTooLong, MAX_LENGTH.referencesGiven));
  }
  if (patch.clear === undefined || patch.clear.indexOf('crn') < 0) {
    patch.clear = (patch.clear || []).concat(['crn']);
  }
  // What "Resolved today" finds it by (an indexed Text key: the finaliser's login and day).
  patch.resolvedDayKey = resolvedDayKey(actor.key, now);
  if (input.notify) {
    if (!progress.mailSent) {
      if (!data.mailer) {
        throw new ActionRefused(strings.RefusedNoMail);
      }
      const mail = summaryMail(e, patch.referencesGiven || '', patch.resolution || '', input.workTypeTitle);
      const sent: Promise<void> = data.mailer.sendEnquirySummary({ to: [e.authorEmail || e.requesterKey], subject: mail.subject, bodyText: mail.bodyText, crn: e.crn });
      await sent.then(() => { progress.mailSent = true; });
    }
    patch.notifiedAt = now;
  }
  return write(data, e, patch, actor);
}

/** What the TPSO typed to escalate. */
export interface IEscalateInput {
  category: EscalationCategory | '';
  referredToIct: boolean;
  /** A system issue referred to ICT that affects the customer's entitlement (followed up weekly or at EPED). */
  affectsEntitlement?: boolean;
  /** The customer's Entitlement Period End Date, when known (see {@link pickedDateAsInstant}). */
  eped?: Date;
  ictIncident: string;
  nnuReference: string;
  docRecorded: boolean;
  /** Summary for the SSO (through the privacy guard). */
  summary: string;
  /** Made once per form so a retried escalation lands once. */
  requestKey: string;
}

/** The Smart Centre zone of an enquiry (Sydney when it names none we know). */
export function zoneOf(e: IEnquiry): string {
  // Only listed zones: an alias stored by hand is not trusted here (Sydney, as before).
  return centreTimeZoneOf(isCentreTimeZone(e.centreTimeZone) ? e.centreTimeZone : undefined);
}

/** What the deadline rules need from the escalation form. */
export interface IDeadlineFacts {
  referredToIct: boolean;
  /** Only meaningful for a system issue referred to ICT. */
  affectsEntitlement?: boolean;
  /** Entitlement Period End Date, when known. */
  eped?: Date;
}

/** True when the EPED takes part in the rule: a system issue referred to ICT that affects entitlement. */
export function usesEped(category: EscalationCategory | '', facts: IDeadlineFacts): boolean {
  return category === 'SystemIssue' && facts.referredToIct && !!facts.affectsEntitlement;
}

/** The deadline an escalation would get now (shown before the TPSO confirms). */
export function deadlinesFor(e: IEnquiry, category: EscalationCategory, facts: IDeadlineFacts, now: Date): EscalationDeadlines {
  const timeZone: string = zoneOf(e);
  const entitlement: boolean = usesEped(category, facts);
  return computeEscalationDeadlines({
    category,
    raisedAt: now,
    originalContactAt: e.created,
    timeZone,
    referredToIct: facts.referredToIct,
    affectsEntitlement: entitlement,
    eped: entitlement ? facts.eped : undefined
  }, createBusinessCalendar({ timeZone }));
}

/**
 * Escalates to an SSO: the Escalations item (deadline computed by the domain, the CRN moved onto it) lands once
 * per request key, then one MERGE marks the enquiry Escalated and clears its CRN.
 */
export async function escalate(data: IDataServices, e: IEnquiry, actor: Actor, input: IEscalateInput,
  now: Date = new Date()): Promise<{ enquiry: IEnquiry; escalation: IEscalation }> {
  const ictIncident: string = input.referredToIct ? normaliseIctIncident(input.ictIncident) : '';
  const patch: IEnquiryPatch = decide(e, {
    kind: 'escalate',
    category: input.category as EscalationCategory,
    docRecorded: input.docRecorded,
    referredToIct: input.referredToIct,
    ictIncident,
    notes: input.summary
  }, actor, now);
  if (!input.summary.trim()) {
    throw new ActionRefused(strings.SummaryMissing);
  }
  if (input.referredToIct && ictIncidentProblem(ictIncident)) {
    throw new ActionRefused(strings.RefusedIctShape);
  }
  const nnu: string = input.nnuReference.trim();
  const nnuProblem = nnuReferenceProblem(nnu, now);
  if (nnuProblem === 'tooLong') {
    throw new ActionRefused(format(strings.RefusedNnuTooLong, MAX_LENGTH.nnuReference));
  }
  if (nnuProblem === 'privacy') {
    throw new ActionRefused(strings.RefusedNnuPrivacy);
  }
  const category: EscalationCategory = input.category as EscalationCategory;
  const facts: IDeadlineFacts = { referredToIct: input.referredToIct, affectsEntitlement: input.affectsEntitlement, eped: input.eped };
  const d: EscalationDeadlines = deadlinesFor(e, category, facts, now);
  const created: IEscalation = await data.escalations.create({
    requestKey: input.requestKey,
    enquiryId: e.id,
    workType: e.workType,
    category,
    dueAt: d.dueAt,
    reviewAt: d.reviewAt,
    nextFollowUpAt: d.nextFollowUpAt,
    eped: usesEped(category, facts) ? input.eped : undefined,
    referredToIct: input.referredToIct,
    ictIncident: ictIncident || undefined,
    nnuReference: nnu || undefined,
    docRecorded: input.docRecorded,
    urgent: d.urgent,
    raisedByKey: actor.key,
    summary: input.summary.trim(),
    centreTimeZone: zoneOf(e),
    crn: e.crn || undefined
  });
  const { escalation } = await sendArrearsAlertOnce(data, e, created, now);
  patch.escalationId = escalation.id;
  if (patch.clear === undefined || patch.clear.indexOf('crn') < 0) {
    patch.clear = (patch.clear || []).concat(['crn']);
  }
  const enquiry: IEnquiry = await write(data, e, patch, actor);
  return { enquiry, escalation };
}
