/**
 * The urgent arrears alert (seed 003 "Arrears generated incorrectly", seed 004 same row): when a TPSO escalates
 * incorrectly generated arrears, the Senior Practitioners and the officer's Team Leader are told at once, because
 * the stop payment must reach the ICT Applications Service Desk before close of business in the officer's centre.
 *
 * Who is told comes from the TPS Roster (one read of a small list): every row with the SSO role, and the team
 * leader of the officer who raised the enquiry, or of the escalating TPSO when the roster does not list the officer
 * (it lists TPS staff; Ask TPS's feedback flag finds a TPSO's team leader the same way).
 *
 * Sent once: after the mail goes, an `alert` entry is appended to the escalation's history (ETag'd), and an
 * escalation whose history holds one is never alerted again — so a retried escalate (the create lands once by its
 * request key and comes back with that history) does not mail twice, on this page or after a reload. The mail goes
 * through the mailer's privacy guard with the escalation's CRN passed only so any repeat of it is stripped; the
 * text itself carries codes and numbers, never customer details.
 */
import { dueParts } from '../domain/escalationDue';
import type { DueParts } from '../domain/escalationDue';
import { composeArrearsAlert } from './escalationMail';
import type { IDataServices } from './services';
import type { IEnquiry, IEscalation, IEscalationNote, IRosterEntry } from './stores/types';

/** The category whose escalation raises the alert (seed 004). */
export const ARREARS_CATEGORY: string = 'ArrearsStopPayment';

/** How the alert went: `sent`, `skipped` (not arrears, or already sent), or `failed` with the reason. */
export type ArrearsAlertOutcome =
  { kind: 'sent'; to: string[] } | { kind: 'skipped' } | { kind: 'failed'; message: string };

/** The deadline in plain words for the mail, e.g. `Refer to ICT by 5:00 pm today (Adelaide)`. */
export function alertDueWords(e: Pick<IEscalation, 'category' | 'dueAt' | 'centreTimeZone'>, now: Date): string {
  const p: DueParts = dueParts(
    {
      category: e.category,
      dueAt: e.dueAt,
      referredToIct: false,
      urgent: true,
      centreTimeZone: e.centreTimeZone || 'Australia/Sydney'
    },
    now
  );
  const day: string = p.day === 'today' ? 'today' : p.day === 'tomorrow' ? 'tomorrow' : p.date;
  return 'Refer to ICT by ' + p.time + ' ' + day + ' (' + p.city + ')';
}

/**
 * Who is told: the roster's SSOs, and the team leader of the officer (`officerKey`) or, when the roster does not
 * list the officer, of the escalating TPSO (`tpsoKey`). Lower-case logins, each once.
 */
export function arrearsAlertRecipients(
  roster: ReadonlyArray<IRosterEntry>,
  officerKey: string | undefined,
  tpsoKey: string
): string[] {
  const out: string[] = [];
  const add = (key: string | undefined): void => {
    const k: string = (key || '').trim().toLowerCase();
    if (k && out.indexOf(k) < 0) {
      out.push(k);
    }
  };
  for (const r of roster) {
    if (r.role === 'SSO') {
      add(r.personKey);
    }
  }
  const leaderOf = (person: string | undefined): string | undefined => {
    const key: string = (person || '').toLowerCase();
    const row: IRosterEntry | undefined = roster.filter(
      (r) => r.personKey.toLowerCase() === key && !!r.teamLeaderKey
    )[0];
    return row ? row.teamLeaderKey : undefined;
  };
  add(leaderOf(officerKey) || leaderOf(tpsoKey));
  return out;
}

/** True when the escalation's history already records the alert. */
export function alertAlreadySent(e: Pick<IEscalation, 'notes'>): boolean {
  return (e.notes || []).some((n) => n.kind === 'alert');
}

/**
 * Sends the arrears alert for a just-created escalation unless it is not arrears or was already sent, then records
 * it in the history. Never rejects: a failure is returned (the escalation itself is already saved) with the
 * escalation as it was. `enquiry` is the source enquiry (its requester is the officer).
 */
export async function sendArrearsAlertOnce(
  data: IDataServices,
  enquiry: Pick<IEnquiry, 'requesterKey'> | undefined,
  e: IEscalation,
  now: Date = new Date()
): Promise<{ escalation: IEscalation; outcome: ArrearsAlertOutcome }> {
  if (e.category !== ARREARS_CATEGORY || alertAlreadySent(e)) {
    return { escalation: e, outcome: { kind: 'skipped' } };
  }
  try {
    if (!data.mailer) {
      throw new Error('Mail is not available here.');
    }
    const to: string[] = arrearsAlertRecipients(
      await data.roster.listAll(),
      enquiry ? enquiry.requesterKey : undefined,
      e.raisedByKey
    );
    const mail = composeArrearsAlert(e, alertDueWords(e, now));
    await data.mailer.sendEnquirySummary({ to, subject: mail.subject, bodyText: mail.bodyText, crn: e.crn });
    const entry: IEscalationNote = {
      at: now,
      byKey: data.currentUserKey,
      kind: 'alert',
      reason: to.join(', '),
      actionTaken: '',
      resourcesUsed: '',
      actionRequiredByOfficer: '',
      whyNotFinalised: ''
    };
    let escalation: IEscalation = e;
    try {
      escalation = await data.escalations.update(e.id, { notes: [...(e.notes || []), entry] }, e.etag);
    } catch {
      // An SSO changed it first (412): the mail went; the record of it is what is lost, not the alert.
    }
    return { escalation, outcome: { kind: 'sent', to } };
  } catch (err) {
    return { escalation: e, outcome: { kind: 'failed', message: err instanceof Error ? err.message : String(err) } };
  }
}
