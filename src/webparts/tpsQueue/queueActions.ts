/**
 * What a TPSO does to an enquiry, as calls on the data services: every state change goes through the domain
 * lifecycle (applyEnquiryAction), then one MERGE with the ETag the queue read. No React here, so the rules and
 * the request counts are testable on their own.
 */
import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEnquiryPatch, IEscalation } from '../../data/stores/types';
import { composeEnquirySummary } from '../../data/mail';
import { applyEnquiryAction } from '../../domain/enquiryLifecycle';
import type { Actor, EnquiryAction, EnquiryActionResult } from '../../domain/enquiryLifecycle';
import type { EscalationCategory } from '../../domain/escalationCategories';
import { computeEscalationDeadlines } from '../../domain/escalationDeadlines';
import type { EscalationDeadlines } from '../../domain/escalationDeadlines';
import { CENTRE_TIME_ZONES, createBusinessCalendar } from '../../domain/businessCalendar';
import { parseReferences, referenceUrl } from '../../domain/references';
import { applyLocally, stateOf, toStorePatch, workTypeTitle } from './queueModel';

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

/** Claims a waiting enquiry: one MERGE with the ETag read; the loser of a race gets a ConflictError naming the winner. */
export function claim(data: IDataServices, e: IEnquiry, actor: Actor, assigneeId: number | undefined, now: Date = new Date()): Promise<IEnquiry> {
  return write(data, e, decide(e, { kind: 'claim' }, actor, now), actor, assigneeId);
}

/** Gives a claimed enquiry back to the queue. */
export function release(data: IDataServices, e: IEnquiry, actor: Actor, now: Date = new Date()): Promise<IEnquiry> {
  return write(data, e, decide(e, { kind: 'release' }, actor, now), actor);
}

/** Takes the enquiry over from the officer (who, when, why), so the officer can take the next call. */
export function takeOver(data: IDataServices, e: IEnquiry, actor: Actor, reason: string, now: Date = new Date()): Promise<IEnquiry> {
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
}

/** The summary mail's body: the answer, the references as links, and what the officer checked. Never the CRN. */
export function summaryMail(e: IEnquiry, referencesGiven: string, comment: string): { subject: string; bodyText: string } {
  const base = composeEnquirySummary({ id: e.id, workType: e.workType, question: e.question, referencesGiven, resolution: comment },
    workTypeTitle(e.workType));
  const links: string[] = [];
  for (const n of parseReferences(referencesGiven).valid) {
    links.push(n + ': ' + (referenceUrl(n) || ''));
  }
  const checked: string = e.referencesChecked && e.referencesChecked.length > 0 ? e.referencesChecked.join(', ') : 'none recorded';
  return {
    subject: base.subject,
    bodyText: base.bodyText + '\n' + links.join('\n') + '\n\nReferences you checked before asking: ' + checked
  };
}

/** Progress of a finalise that may be retried: the mail is sent at most once. */
export interface IFinaliseProgress {
  mailSent: boolean;
}

/**
 * Finalises an enquiry: the mail first (so a mail failure changes nothing), then one MERGE that sets Resolved,
 * the references, the summary and NotifiedAt and clears the CRN. A retry after a failed MERGE does not mail again.
 */
export async function finalise(data: IDataServices, e: IEnquiry, actor: Actor, input: IFinaliseInput,
  progress: IFinaliseProgress, now: Date = new Date()): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(e, { kind: 'resolve', referencesGiven: input.referencesGiven, comment: input.comment }, actor, now);
  if (patch.clear === undefined || patch.clear.indexOf('crn') < 0) {
    patch.clear = (patch.clear || []).concat(['crn']);
  }
  if (input.notify) {
    if (!progress.mailSent) {
      if (!data.mailer) {
        throw new ActionRefused('Mail is not available here, so the officer cannot be notified.');
      }
      const mail = summaryMail(e, patch.referencesGiven || '', patch.resolution || '');
      const sent: Promise<void> = data.mailer.sendEnquirySummary({ to: [e.requesterKey], subject: mail.subject, bodyText: mail.bodyText, crn: e.crn });
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
  for (const c of CENTRE_TIME_ZONES) {
    if (c.timeZone === e.centreTimeZone) {
      return c.timeZone;
    }
  }
  return 'Australia/Sydney';
}

/** The deadline an escalation would get now (shown before the TPSO confirms). */
export function deadlinesFor(e: IEnquiry, category: EscalationCategory, referredToIct: boolean, now: Date): EscalationDeadlines {
  const timeZone: string = zoneOf(e);
  return computeEscalationDeadlines({
    category,
    raisedAt: now,
    originalContactAt: e.created,
    timeZone,
    referredToIct,
    affectsEntitlement: category === 'SystemIssue' && referredToIct
  }, createBusinessCalendar({ timeZone }));
}

/**
 * Escalates to an SSO: the Escalations item (deadline computed by the domain, the CRN moved onto it) lands once
 * per request key, then one MERGE marks the enquiry Escalated and clears its CRN.
 */
export async function escalate(data: IDataServices, e: IEnquiry, actor: Actor, input: IEscalateInput,
  now: Date = new Date()): Promise<{ enquiry: IEnquiry; escalation: IEscalation }> {
  const patch: IEnquiryPatch = decide(e, {
    kind: 'escalate',
    category: input.category as EscalationCategory,
    docRecorded: input.docRecorded,
    referredToIct: input.referredToIct,
    ictIncident: input.ictIncident,
    notes: input.summary
  }, actor, now);
  if (!input.summary.trim()) {
    throw new ActionRefused('Write a summary for the SSO.');
  }
  const category: EscalationCategory = input.category as EscalationCategory;
  const d: EscalationDeadlines = deadlinesFor(e, category, input.referredToIct, now);
  const escalation: IEscalation = await data.escalations.create({
    requestKey: input.requestKey,
    enquiryId: e.id,
    workType: e.workType,
    category,
    dueAt: d.dueAt,
    reviewAt: d.reviewAt,
    nextFollowUpAt: d.nextFollowUpAt,
    referredToIct: input.referredToIct,
    ictIncident: input.referredToIct ? input.ictIncident.trim() : undefined,
    nnuReference: input.nnuReference.trim() || undefined,
    docRecorded: input.docRecorded,
    urgent: d.urgent,
    raisedByKey: actor.key,
    summary: input.summary.trim(),
    centreTimeZone: zoneOf(e),
    crn: e.crn || undefined
  });
  patch.escalationId = escalation.id;
  if (patch.clear === undefined || patch.clear.indexOf('crn') < 0) {
    patch.clear = (patch.clear || []).concat(['crn']);
  }
  const enquiry: IEnquiry = await write(data, e, patch, actor);
  return { enquiry, escalation };
}
