import { readReferences } from '../domain/references';
import { GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import '@pnp/graph/mail';
import { redact } from '../domain/privacy';
import { IEnquiry } from './stores/types';
import { httpStatus, isTransientError, serverError } from './errors';

/** One "Finalise and notify SO" email. */
export interface IEnquirySummaryMail {
  /** Recipient addresses (the Service Officer). */
  to: string[];
  /** Subject line (also passed through the privacy guard). */
  subject: string;
  /** Plain-text body. Never include the CRN: the guard replaces anything that looks like one with `[CRN]`. */
  bodyText: string;
  /** The enquiry's CRN, when the caller has it: any occurrence is removed as well, however it is spaced. */
  crn?: string;
}

/**
 * How a send went. `consentMissing`: the tenant has not approved the solution's Microsoft Graph `Mail.Send`
 * request, so no mail can go until an administrator approves it (the work itself is unaffected); `failed`: Graph
 * refused or did not answer (`retryable` when trying again later may work).
 */
export type MailOutcome =
  { kind: 'sent' } | { kind: 'consentMissing' } | { kind: 'failed'; error: unknown; retryable: boolean };

/** Sends mail as the signed-in user through Microsoft Graph (`Mail.Send`). */
export interface IMailer {
  /** Sends the finalise summary; resolves when Graph accepted it (HTTP 202), rejects with Graph's error. */
  sendEnquirySummary(mail: IEnquirySummaryMail): Promise<void>;
  /** Sends the finalise summary and says how it went; never rejects. */
  trySendEnquirySummary(mail: IEnquirySummaryMail): Promise<MailOutcome>;
}

/** Graph's error codes for a delegated permission that was never granted (Mail.Send not approved). */
const CONSENT_CODES: ReadonlyArray<string> = ['ErrorAccessDenied', 'Authorization_RequestDenied'];

/**
 * True when Graph refused the mail because the tenant has not consented to `Mail.Send`: HTTP 403 with
 * `ErrorAccessDenied` (Exchange: "Access is denied. Check credentials and try again.") or
 * `Authorization_RequestDenied` ("Insufficient privileges to complete the operation.").
 */
export function isMailConsentMissing(err: unknown): boolean {
  return httpStatus(err) === 403 && CONSENT_CODES.indexOf(serverError(err).code) >= 0;
}

/** The outcome of a failed send. */
export function mailOutcomeOf(err: unknown): MailOutcome {
  if (isMailConsentMissing(err)) {
    return { kind: 'consentMissing' };
  }
  return { kind: 'failed', error: err, retryable: isTransientError(err) };
}

/** Removes every spelling of a known CRN (`123456789A`, `123 456 789A`, `123-456-789 a`). */
function withoutCrn(text: string, crn: string | undefined): string {
  const compact: string = (crn || '').replace(/[\s-]/g, '');
  if (compact.length < 6 || !/^[0-9A-Za-z]+$/.test(compact)) {
    return text;
  }
  const pattern: string = compact.split('').join('[\\s-]?');
  // eslint-disable-next-line @rushstack/security/no-unsafe-regexp
  return text.replace(new RegExp(pattern, 'gi'), '[CRN]');
}

/** The privacy-guarded text that will be sent. Exported so the UI can preview exactly what goes out. */
export function guardMailText(text: string, crn?: string): string {
  return redact(withoutCrn(text, crn));
}

/**
 * Builds the "Finalise and notify SO" summary for an enquiry. Uses the references and the summary only; the CRN
 * is never read.
 */
export function composeEnquirySummary(
  enquiry: Pick<IEnquiry, 'id' | 'workType' | 'question' | 'referencesGiven' | 'resolution'>,
  workTypeTitle?: string
): { subject: string; bodyText: string } {
  const subject: string =
    'TPS answer to your enquiry #' + enquiry.id + (workTypeTitle ? ' (' + workTypeTitle + ')' : '');
  const lines: string[] = [
    'Your enquiry #' + enquiry.id + ' has been finalised by Technical Peer Support.',
    '',
    'Your question:',
    enquiry.question || '',
    '',
    'Answer:',
    enquiry.resolution || '',
    '',
    'References: ' +
      (readReferences(enquiry.referencesGiven)
        .map((r) => r.text)
        .join('; ') || 'none given')
  ];
  return { subject, bodyText: lines.join('\n') };
}

/**
 * Creates the mailer over a GraphFI built by the host (`graphfi().using(GraphSPFx(context))` in SharePoint,
 * `graphfi(base).using(GraphBrowser({ baseUrl: base }))` locally, with base `<server>/graph/v1.0/`).
 * It posts to `me/sendMail`.
 */
export function createMailer(graph: GraphFI): IMailer {
  const mailer: IMailer = {
    async trySendEnquirySummary(mail: IEnquirySummaryMail): Promise<MailOutcome> {
      try {
        await mailer.sendEnquirySummary(mail);
        return { kind: 'sent' };
      } catch (err) {
        return mailOutcomeOf(err);
      }
    },
    async sendEnquirySummary(mail: IEnquirySummaryMail): Promise<void> {
      const to: string[] = mail.to.filter((a) => !!a);
      if (to.length === 0) {
        throw new Error('There is no address to notify.');
      }
      await graph.me.sendMail(
        {
          subject: guardMailText(mail.subject, mail.crn),
          body: { contentType: 'text', content: guardMailText(mail.bodyText, mail.crn) },
          toRecipients: to.map((address) => ({ emailAddress: { address } }))
        },
        true
      );
    }
  };
  return mailer;
}
