/**
 * What a TPSO does to an enquiry, as calls on the data services: every state change goes through the domain
 * lifecycle (applyEnquiryAction), is written first to Enquiry Handling (where only TPS staff write, and what every
 * TPS view and count reads) with the ETag the queue read, then copied to the officer's Enquiries item so the
 * officer can follow it and read the answer. No React here, so the rules and the request counts are testable.
 *
 * Over 300 lines: one function per TPSO action (claim, release, take over, finalise, send again, escalate,
 * outcome, complex, correct, record a contact), each short; splitting them into an actions/ folder is the next step.
 */
import { isValidCrn, normaliseCrn } from '../../domain/crn';
import type { IDataServices } from '../../data/services';
import type { IEnquiry, IEnquiryPatch, IEscalation, IHandling, IHandlingPatch } from '../../data/stores/types';
import { isConflictError } from '../../data/errors';
import { composeEnquirySummary } from '../../data/mail';
import { sendArrearsAlertOnce } from '../../data/arrearsAlert';
import { resolvedDayKey } from '../../data/stores/HandlingStore';
import { isCentreTimeZone } from '../../domain/centres';
import { applyEnquiryAction } from '../../domain/enquiryLifecycle';
import type { Actor, EnquiryAction, EnquiryActionResult } from '../../domain/enquiryLifecycle';
import type { EscalationCategory } from '../../domain/escalationCategories';
import { computeEscalationDeadlines } from '../../domain/escalationDeadlines';
import type { EscalationDeadlines } from '../../domain/escalationDeadlines';
import { createBusinessCalendar } from '../../domain/businessCalendar';
import { readReferences, referenceHref } from '../../domain/references';
import { correctionsOf, isContactSource, parseCorrections, serialiseCorrections } from '../../domain/tpsOutcomes';
import type { ContactSource, EnquiryCorrection, TpsOutcome } from '../../domain/tpsOutcomes';
import * as strings from 'TpsQueueWebPartStrings';
import { format } from '../../shared/text/format';
import {
  handlingOf,
  ictIncidentProblem,
  toHandlingPatch,
  toOfficerCopy,
  withHandling,
  isTooLong,
  MAX_LENGTH,
  nnuReferenceProblem,
  normaliseIctIncident,
  stateOf,
  toStorePatch,
  zoneOf,
  officerAddress,
  officerOutcomeText
} from './model';
import { enquiryRefusalText } from '../../shared/text/enquiryRefusals';
import type { MailOutcome } from '../../data/mail';
import { mailOutcomeText } from '../../shared/text/errorText';

export { zoneOf } from './model';

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
async function copyToOfficer(
  data: IDataServices,
  saved: IEnquiry,
  patch: IEnquiryPatch,
  etag: string,
  assigneeId?: number
): Promise<IEnquiry> {
  try {
    const next: string = await data.enquiries.patchOnce(saved.id, toOfficerCopy(patch), etag, assigneeId);
    // The CRN lives only on the officer's item: once cleared there, the TPSO's view drops it too (no read-back).
    const cleared: Partial<IEnquiry> = (patch.clear || []).indexOf('crn') >= 0 ? { crn: undefined } : {};
    return { ...saved, ...cleared, etag: next };
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
async function copyClaim(
  data: IDataServices,
  e: IEnquiry,
  saved: IEnquiry,
  patch: IEnquiryPatch,
  h: IHandling,
  assigneeId: number
): Promise<IEnquiry> {
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
export async function claim(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  assigneeId: number | undefined,
  now: Date = new Date()
): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(e, { kind: 'claim' }, actor, now);
  const id: number | undefined = assigneeId !== undefined ? assigneeId : await data.enquiries.resolveUserId(actor.key);
  if (id === undefined) {
    throw new ActionRefused(strings.RefusedNoUser);
  }
  const claimedAt: Date = patch.claimedAt || now;
  const claimed: IHandling = await data.handling.claim(
    { enquiryId: e.id, workType: e.workType, requesterKey: e.requesterKey },
    actor.key,
    id,
    claimedAt
  );
  // SharePoint's answer to the write does not expand the Assignee person: the claimant is the actor.
  const h: IHandling = { ...claimed, assigneeName: claimed.assigneeName || actor.displayName };
  return copyClaim(data, e, withHandling(e, h), { ...patch, claimedAt: h.claimedAt || claimedAt }, h, id);
}

/**
 * An enquiry as TPS staff see it now, read whole: the officer's item and its Enquiry Handling item, in one `$batch`.
 */
export async function readAsTps(data: IDataServices, id: number): Promise<IEnquiry> {
  const [whole, h] = await data.readTogether((batched) =>
    Promise.all([batched.enquiries.getById(id), batched.handling.forEnquiry(id)])
  );
  return withHandling(whole, h);
}

/** Gives a claimed enquiry back to the queue. */
export function release(data: IDataServices, e: IEnquiry, actor: Actor, now: Date = new Date()): Promise<IEnquiry> {
  return write(data, e, decide(e, { kind: 'release' }, actor, now));
}

/** Takes the enquiry over from the officer (who, when, why), so the officer can take the next call. */
export async function takeOver(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  reason: string,
  now: Date = new Date()
): Promise<IEnquiry> {
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
export function summaryMail(
  e: IEnquiry,
  referencesGiven: string,
  comment: string,
  workTypeTitle?: string
): { subject: string; bodyText: string } {
  const base = composeEnquirySummary(
    { id: e.id, workType: e.workType, question: e.question, referencesGiven, resolution: comment },
    workTypeTitle || e.workType
  );
  const links: string[] = [];
  for (const r of readReferences(referencesGiven)) {
    const href: string | undefined = referenceHref(r);
    links.push(r.text + (href ? ': ' + href : ''));
  }
  const checked: string =
    e.referencesChecked && e.referencesChecked.length > 0 ? e.referencesChecked.join(', ') : strings.MailNoneChecked;
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
export async function finalise(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  input: IFinaliseInput,
  progress: IFinaliseProgress,
  now: Date = new Date()
): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(
    e,
    { kind: 'resolve', referencesGiven: input.referencesGiven, comment: input.comment },
    actor,
    now
  );
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
        to: [officerAddress(e)],
        subject: mail.subject,
        bodyText: mail.bodyText,
        crn: e.crn
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
export async function sendAnswerAgain(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  workTypeTitleText: string,
  now: Date = new Date()
): Promise<IEnquiry> {
  if (!mailStillDue(e) || e.assigneeKey !== actor.key) {
    throw new ActionRefused(strings.RefusedMailNotDue);
  }
  if (!data.mailer) {
    throw new ActionRefused(strings.RefusedNoMail);
  }
  // An outcome other than an answer mails the officer's neutral words, never the TPSO's note for TPS.
  const mail = e.outcome
    ? summaryMail(e, '', officerOutcomeText(e.outcome as TpsOutcome), workTypeTitleText)
    : summaryMail(e, e.referencesGiven || '', e.resolution || '', workTypeTitleText);
  const outcome: MailOutcome = await data.mailer.trySendEnquirySummary({
    to: [e.authorEmail || e.requesterKey],
    subject: mail.subject,
    bodyText: mail.bodyText,
    crn: ''
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
export function deadlinesFor(
  e: IEnquiry,
  category: EscalationCategory,
  facts: IDeadlineFacts,
  now: Date
): EscalationDeadlines {
  const timeZone: string = zoneOf(e);
  const entitlement: boolean = usesEped(category, facts);
  return computeEscalationDeadlines(
    {
      category,
      raisedAt: now,
      originalContactAt: e.created,
      timeZone,
      referredToIct: facts.referredToIct,
      affectsEntitlement: entitlement,
      eped: entitlement ? facts.eped : undefined
    },
    createBusinessCalendar({ timeZone })
  );
}

/**
 * Escalates to an SSO: the Escalations item (deadline computed by the domain, the CRN moved onto it) lands once
 * per request key, then one MERGE marks the enquiry Escalated and clears its CRN.
 */
export async function escalate(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  input: IEscalateInput,
  now: Date = new Date()
): Promise<{ enquiry: IEnquiry; escalation: IEscalation }> {
  const ictIncident: string = input.referredToIct ? normaliseIctIncident(input.ictIncident) : '';
  const patch: IEnquiryPatch = decide(
    e,
    {
      kind: 'escalate',
      category: input.category as EscalationCategory,
      docRecorded: input.docRecorded,
      referredToIct: input.referredToIct,
      ictIncident,
      notes: input.summary
    },
    actor,
    now
  );
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
  const facts: IDeadlineFacts = {
    referredToIct: input.referredToIct,
    affectsEntitlement: input.affectsEntitlement,
    eped: input.eped
  };
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

// ------------------------------------------------------------ outcomes, complex claims, corrections

/** What the TPSO chose to end a contact with, other than an answer. */
export interface IOutcomeInput {
  outcome: TpsOutcome;
  /** Optional note for TPS (through the privacy guard); the officer's copy gets neutral words instead. */
  comment: string;
  /** The work type's display name for the mail's subject. */
  workTypeTitle?: string;
}

/**
 * Ends a contact with an outcome other than an answer: a warm transfer to the officer's Team Leader (not a
 * technical issue, seed 002 item 4) or a confirm-only contact (seed 001). Every contact is finalised and the officer
 * notified (seed 002 item 7): the mail first (once, as for finalise), then Enquiry Handling (the outcome, counted
 * where Team Leaders look, and the TPSO's note), then the officer's copy with neutral words and no blame.
 */
export async function recordOutcome(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  input: IOutcomeInput,
  progress: IFinaliseProgress,
  now: Date = new Date()
): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(
    e,
    { kind: 'recordOutcome', outcome: input.outcome, comment: input.comment },
    actor,
    now
  );
  if (!e.handling) {
    throw new ActionRefused(strings.RefusedNotClaimed);
  }
  const officerText: string = officerOutcomeText(input.outcome);
  if (!progress.mailSent) {
    if (!data.mailer) {
      throw new ActionRefused(strings.RefusedNoMail);
    }
    const mail = summaryMail(e, '', officerText, input.workTypeTitle);
    // As finalise: the consent-aware send, so a Mail.Send not yet approved (or Graph down) still records the
    // outcome; the TPSO is told and sends it again from the enquiry (mailStillDue: no NotifiedAt).
    const sent: MailOutcome = await data.mailer.trySendEnquirySummary({
      to: [officerAddress(e)],
      subject: mail.subject,
      bodyText: mail.bodyText,
      crn: e.crn
    });
    // eslint-disable-next-line require-atomic-updates
    progress.mailSent = sent.kind === 'sent';
    // eslint-disable-next-line require-atomic-updates
    progress.mailNotSent = sent.kind === 'sent' ? undefined : sent;
  }
  const notified: Date | undefined = progress.mailSent ? now : undefined;
  const hPatch: IHandlingPatch = {
    ...toHandlingPatch(patch),
    resolvedDayKey: resolvedDayKey(actor.key, now),
    notifiedAt: notified
  };
  if (!patch.resolution) {
    hPatch.clear = (hPatch.clear || []).concat(['resolution']);
    delete hPatch.resolution;
  }
  const h: IHandling = await data.handling.update(handlingOf(e), hPatch);
  const officerCopy: IEnquiryPatch = {
    status: 'Resolved',
    resolvedAt: now,
    resolution: officerText,
    notifiedAt: notified,
    clear: ['crn']
  };
  return copyToOfficer(data, withHandling(e, h), officerCopy, '*');
}

/** Marks a claim complex (or not): its guideline extends (seed 002 item 3). Enquiry Handling only. */
export async function markComplex(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  complex: boolean,
  now: Date = new Date()
): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(e, { kind: 'markComplex', complex }, actor, now);
  if (!e.handling) {
    throw new ActionRefused(strings.RefusedNotClaimed);
  }
  const h: IHandling = await data.handling.update(handlingOf(e), { complex: !!patch.complex });
  return withHandling(e, h);
}

/**
 * Corrects the work type or reason of an enquiry posted under the wrong one. The change is recorded on Enquiry
 * Handling (who, when, from, to; an item is made for a waiting enquiry that has none), then written to the
 * officer's item, whose WorkType is what the queue narrows on: so it moves to the right specialty queue.
 */
export async function correct(
  data: IDataServices,
  e: IEnquiry,
  actor: Actor,
  input: { workType?: string; reason?: string },
  now: Date = new Date()
): Promise<IEnquiry> {
  const patch: IEnquiryPatch = decide(
    e,
    { kind: 'correct', workType: input.workType, reason: input.reason },
    actor,
    now
  );
  const added: EnquiryCorrection[] = correctionsOf({ workType: e.workType, reason: e.reason }, patch, actor.key, now);
  const target: IHandling = e.handling
    ? handlingOf(e)
    : await data.handling.ensureWaiting({ enquiryId: e.id, workType: e.workType, requesterKey: e.requesterKey });
  const known: string | undefined = e.handling ? e.corrections : target.corrections;
  const log: string = serialiseCorrections(parseCorrections(known).concat(added));
  const hPatch: IHandlingPatch = { corrections: log };
  if (patch.workType) {
    hPatch.workType = patch.workType;
  }
  const h: IHandling = await data.handling.update(target, hPatch);
  const officerCopy: IEnquiryPatch = {};
  if (patch.workType) {
    officerCopy.workType = patch.workType;
  }
  if (patch.reason) {
    officerCopy.reason = patch.reason;
  }
  // A waiting enquiry stays as the waiting queue shows it (no handling); a held one reads its TPS state from `h`.
  const saved: IEnquiry = { ...(e.handling ? withHandling(e, h) : e), ...officerCopy, corrections: log };
  return copyToOfficer(data, saved, officerCopy, '*');
}

// ------------------------------------------------------------ contacts that did not start in Ask TPS

/** A contact a TPSO records: the same fields an officer posts, the officer it was for, and where it came from. */
export interface IRecordContactInput {
  /** Made once per form so a retried record lands once. */
  requestKey: string;
  /** Phone, Teams, walk-up, or a customer call the TPSO took. */
  contactSource: ContactSource;
  /** The officer it was for (lower-case login; the TPSO's own for a customer call they took). */
  officerKey: string;
  workType: string;
  reason: string;
  question: string;
  referencesChecked: string[];
  customerOnHold: boolean;
  /** The officer's centre's zone. */
  centreTimeZone: string;
  stopPayment?: boolean;
  /** The customer's CRN in its own field (any spacing; stored as `123456789A`, cleared on finalise or escalate). */
  crn?: string;
}

/**
 * Records a contact that did not start in Ask TPS (seed 002 item 7: every contact, from every source) and claims
 * it for the TPSO, so the same finalise, outcome or escalation follows — a customer call a TPSO took can go to an
 * SSO directly (seed 002 item 8). The enquiry lands once per request key; its RequesterKey is the officer, so
 * counts and the mail are theirs. Enquiries has item-level security (an officer reads only items they created), so
 * the officer cannot open this one in Ask TPS: what reaches them is the summary mail on finalise.
 */
export async function recordContact(
  data: IDataServices,
  actor: Actor,
  input: IRecordContactInput,
  now: Date = new Date()
): Promise<IEnquiry> {
  if (!isContactSource(input.contactSource) || input.contactSource === 'AskTps') {
    throw new ActionRefused(strings.RefusedContactSource);
  }
  const officerKey: string = (input.officerKey || '').trim().toLowerCase();
  if (!officerKey) {
    throw new ActionRefused(strings.RefusedNoOfficer);
  }
  if (!isCentreTimeZone(input.centreTimeZone)) {
    throw new ActionRefused(strings.RefusedNoCentre);
  }
  // The CRN only in its own field, validated (BRIEF privacy rule); the question's guard blocks one typed there.
  const crn: string = (input.crn || '').trim();
  if (crn && !isValidCrn(crn)) {
    throw new ActionRefused(strings.RefusedContactCrn);
  }
  const posted: EnquiryActionResult = applyEnquiryAction(
    undefined,
    { kind: 'post', workType: input.workType, reason: input.reason, question: input.question },
    actor,
    now
  );
  if (!posted.ok) {
    throw new ActionRefused(enquiryRefusalText(posted.refusal));
  }
  const officerId: number | undefined = await data.enquiries.resolveUserId(officerKey).catch(() => undefined);
  if (officerId === undefined) {
    throw new ActionRefused(format(strings.RefusedUnknownOfficer, officerKey));
  }
  const created: IEnquiry = await data.enquiries.create({
    requestKey: input.requestKey,
    workType: input.workType.trim(),
    reason: input.reason,
    question: input.question.trim(),
    referencesChecked: input.referencesChecked,
    customerOnHold: input.customerOnHold,
    centreTimeZone: input.centreTimeZone,
    requesterKey: officerKey,
    crn: crn ? normaliseCrn(crn) : undefined,
    stopPayment: !!input.stopPayment,
    contactSource: input.contactSource
  });
  const h: IHandling | undefined = await data.handling.forEnquiry(created.id);
  if (h && h.assigneeKey === actor.key && (h.status === 'Claimed' || h.status === 'TakenOver')) {
    return withHandling(created, h);
  }
  return claim(data, withHandling(created, h), actor, undefined, now);
}
