/**
 * What a TPSO does to an enquiry, as calls on the data services: every state change goes through the domain
 * lifecycle (applyEnquiryAction), is written first to Enquiry Handling (where only TPS staff write, and what every
 * TPS view and count reads) with the ETag the queue read, then copied to the officer's Enquiries item so the
 * officer can follow it and read the answer. No React here, so the rules and the request counts are testable.
 */
import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEnquiryPatch, IEscalation, IHandling, IHandlingPatch } from '../../data/stores/types';
import { isConflictError } from '../../data/errors';
import { composeEnquirySummary } from '../../data/mail';
import { sendArrearsAlertOnce } from '../../data/arrearsAlert';
import { resolvedDayKey } from '../../data/stores/HandlingStore';
import { applyEnquiryAction } from '../../domain/enquiryLifecycle';
import type { Actor, EnquiryAction, EnquiryActionResult } from '../../domain/enquiryLifecycle';
import type { EscalationCategory } from '../../domain/escalationCategories';
import { computeEscalationDeadlines } from '../../domain/escalationDeadlines';
import type { EscalationDeadlines } from '../../domain/escalationDeadlines';
import { createBusinessCalendar } from '../../domain/businessCalendar';
import { centreTimeZoneOf, isCentreTimeZone } from '../../domain/centres';
import { readReferences, referenceHref } from '../../domain/references';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../shared/text/format';
import { handlingOf, ictIncidentProblem, toHandlingPatch, toOfficerCopy, withHandling, isTooLong, MAX_LENGTH, nnuReferenceProblem, normaliseIctIncident, stateOf,
  toStorePatch } from './model';
import { enquiryRefusalText } from '../../shared/text/enquiryRefusals';
import type { MailOutcome } from '../../data/mail';
import { mailOutcomeText } from '../../shared/text/errorText';

/** A refusal by the lifecycle or a validation: the message is for people, nothing was sent. */
export class ActionRefused extends Error {
  public readonly isActionRefused: boolean = true;
}

/**
 * The TPS decision is saved (in Enquiry Handling) but the officer's copy could not be written: `saved` is the
 * enquiry as TPS staff now see it. Choosing the action's follow-up, or the next change, copies it again.
 */
export class OfficerCopyFailed extends Error {
  public readonly isOfficerCopyFailed: boolean = true;
  public readonly saved: IEnquiry;
  public readonly cause: unknown;

  public constructor(saved: IEnquiry, cause: unknown) {
    super(strings.OfficerCopyFailed);
    this.saved = saved;
    this.cause = cause;
  }
}

/** True for {@link OfficerCopyFailed}. */
export function isOfficerCopyFailed(err: unknown): err is OfficerCopyFailed {
  return !!err && typeof err === 'object' && (err as OfficerCopyFailed).isOfficerCopyFailed === true;
}

function decide(e: IEnquiry, action: EnquiryAction, actor: Actor, now: Date): IEnquiryPatch {
  const result: EnquiryActionResult = applyEnquiryAction(stateOf(e), action, actor, now);
  if (!result.ok) {
    throw new ActionRefused(enquiryRefusalText(result.refusal));
  }
  return toStorePatch(result.patch);
}

/**
 * Copies the TPS decision onto the officer's own item ('*': Enquiry Handling holds the truth, so whatever the
 * officer wrote there meanwhile is overwritten). A copy that fails leaves the decision saved: say so.
 */
async function copyToOfficer(data: IDataServices, saved: IEnquiry, patch: IEnquiryPatch, etag: string, assigneeId?: number): Promise<IEnquiry> {
  try {
    const next: string = await data.enquiries.patchOnce(saved.id, toOfficerCopy(patch), etag, assigneeId);
    return { ...saved, etag: next };
  } catch (err) {
    throw new OfficerCopyFailed(saved, err);
  }
}

/** Writes a decision on an enquiry a TPSO holds: Enquiry Handling first (with its ETag), then the officer's copy. */
async function write(data: IDataServices, e: IEnquiry, patch: IEnquiryPatch, assigneeId?: number): Promise<IEnquiry> {
  if (!e.handling) {
    throw new ActionRefused(strings.RefusedNotClaimed);
  }
  const hPatch: IHandlingPatch = toHandlingPatch(patch);
  if (patch.status === 'Escalated') {
    hPatch.escalatedAt = new Date();
  }
  const h: IHandling = await data.handling.update(handlingOf(e), hPatch, assigneeId);
  return copyToOfficer(data, withHandling(e, h), patch, '*', assigneeId);
}

/**
 * The officer's copy of a claim, with the ETag the queue read: an officer who withdrew the enquiry meanwhile wins
 * (the claim is given back, status Withdrawn in Enquiry Handling); any other change of theirs is written over.
 */
async function copyClaim(data: IDataServices, e: IEnquiry, saved: IEnquiry, patch: IEnquiryPatch, h: IHandling, assigneeId: number): Promise<IEnquiry> {
  try {
    return await copyToOfficer(data, saved, patch, e.etag, assigneeId);
  } catch (err) {
    if (!isOfficerCopyFailed(err) || !isConflictError(err.cause)) {
      throw err;
    }
  }
  const now: IEnquiry = await data.enquiries.getById(e.id);
  if (now.status === 'Withdrawn') {
    const back: IHandlingPatch = { status: 'Withdrawn', clear: ['assigneeKey', 'claimedAt'] };
    await data.handling.update(h, back);
    throw new ActionRefused(strings.RefusedWithdrawn);
  }
  if (now.status === patch.status && now.assigneeKey === patch.assigneeKey) {
    // the copy was saved before its answer was lost (a 504, then a 412 on PnPjs's re-send): not written twice
    return { ...saved, etag: now.etag };
  }
  return copyToOfficer(data, saved, patch, now.etag, assigneeId);
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
  const claimedAt: Date = patch.claimedAt || now;
  const claimed: IHandling = await data.handling.claim({ enquiryId: e.id, workType: e.workType, requesterKey: e.requesterKey }, actor.key, id, claimedAt);
  // SharePoint's answer to the write does not expand the Assignee person: the claimant is the actor.
  const h: IHandling = { ...claimed, assigneeName: claimed.assigneeName || actor.displayName };
  return copyClaim(data, e, withHandling(e, h), { ...patch, claimedAt: h.claimedAt || claimedAt }, h, id);
}

/**
 * An enquiry as TPS staff see it now, read whole: the officer's item and its Enquiry Handling item, in one `$batch`.
 */
export async function readAsTps(data: IDataServices, id: number): Promise<IEnquiry> {
  const [whole, h] = await data.readTogether((batched) => Promise.all([batched.enquiries.getById(id), batched.handling.forEnquiry(id)]));
  return withHandling(whole, h);
}

/** Gives a claimed enquiry back to the queue. */
export function release(data: IDataServices, e: IEnquiry, actor: Actor, now: Date = new Date()): Promise<IEnquiry> {
  return write(data, e, decide(e, { kind: 'release' }, actor, now));
}

/** Takes the enquiry over from the officer (who, when, why), so the officer can take the next call. */
export async function takeOver(data: IDataServices, e: IEnquiry, actor: Actor, reason: string, now: Date = new Date()): Promise<IEnquiry> {
  if (isTooLong(reason, MAX_LENGTH.takeOverReason)) {
    throw new ActionRefused(format(strings.RefusedReasonTooLong, MAX_LENGTH.takeOverReason));
  }
  return write(data, e, decide(e, { kind: 'takeOver', reason }, actor, now));
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
  for (const r of readReferences(referencesGiven)) {
    const href: string | undefined = referenceHref(r);
    links.push(r.text + (href ? ': ' + href : ''));
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
  /**
   * Why the answer mail did not go when the enquiry was finalised anyway (Mail.Send not approved yet, or Graph
   * refused or did not answer): the TPSO is told, and can send it again later from the enquiry.
   */
  mailNotSent?: MailOutcome;
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
  if (isTooLong(input.comment, MAX_LENGTH.resolution)) {
    throw new ActionRefused(format(strings.RefusedCommentsTooLong, MAX_LENGTH.resolution));
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
      const outcome: MailOutcome = await data.mailer.trySendEnquirySummary({
        to: [e.authorEmail || e.requesterKey], subject: mail.subject, bodyText: mail.bodyText, crn: e.crn
      });
      // The answer is the work: it is saved whatever the mail did; NotifiedAt only once the mail has gone. (One
      // finalise runs at a time per enquiry: the panel's run() serialises them.)
      // eslint-disable-next-line require-atomic-updates
      progress.mailSent = outcome.kind === 'sent';
      // eslint-disable-next-line require-atomic-updates
      progress.mailNotSent = outcome.kind === 'sent' ? undefined : outcome;
    }
    if (progress.mailSent) {
      patch.notifiedAt = now;
    }
  }
  return write(data, e, patch);
}

/** True when an enquiry was finalised with "notify" but its answer mail has not gone yet. */
export function mailStillDue(e: IEnquiry): boolean {
  return e.status === 'Resolved' && !e.notifiedAt && !!e.handling;
}

/**
 * Sends the answer mail of an enquiry finalised while mail could not go (seed 002 item 7: "Finalise and notify
 * SO"), then records NotifiedAt. Refused, with words that say why, while it still cannot go.
 */
export async function sendAnswerAgain(data: IDataServices, e: IEnquiry, actor: Actor, workTypeTitleText: string,
  now: Date = new Date()): Promise<IEnquiry> {
  if (!mailStillDue(e) || e.assigneeKey !== actor.key) {
    throw new ActionRefused(strings.RefusedMailNotDue);
  }
  if (!data.mailer) {
    throw new ActionRefused(strings.RefusedNoMail);
  }
  const mail = summaryMail(e, e.referencesGiven || '', e.resolution || '', workTypeTitleText);
  const outcome: MailOutcome = await data.mailer.trySendEnquirySummary({
    to: [e.authorEmail || e.requesterKey], subject: mail.subject, bodyText: mail.bodyText, crn: ''
  });
  if (outcome.kind !== 'sent') {
    throw new ActionRefused(mailOutcomeText(outcome));
  }
  return write(data, e, { notifiedAt: now });
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
  // The officer's copy: what they do next depends on the category and the NNU (seed 002 item 8).
  patch.escalationCategory = category;
  if (nnu) {
    patch.nnuReference = nnu;
  }
  if (patch.clear === undefined || patch.clear.indexOf('crn') < 0) {
    patch.clear = (patch.clear || []).concat(['crn']);
  }
  const enquiry: IEnquiry = await write(data, e, patch);
  return { enquiry, escalation };
}
