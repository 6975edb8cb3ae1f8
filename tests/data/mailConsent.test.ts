/**
 * "Mail not sent because consent is missing" as its own outcome. The local Graph stand-in does not yet answer as
 * Graph does without Mail.Send consent, so a small HTTP server here sends Graph's own 403 bodies; the request goes
 * through the real PnPjs Graph client.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphfi } from '@pnp/graph';
import { GraphBrowser } from '@pnp/graph/behaviors/graphbrowser';
import { createMailer, isMailConsentMissing, MailOutcome } from '../../src/data/mail';
import { mailOutcomeText } from '../../src/shared/text/errorText';

jest.setTimeout(30000);

/** Graph's answers to `me/sendMail` when the delegated Mail.Send permission was never granted. */
const NO_CONSENT: Array<{ code: string; message: string }> = [
  { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' },
  { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' }
];

async function withGraph(status: number, body: unknown, run: (base: string) => Promise<void>): Promise<void> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run('http://127.0.0.1:' + (server.address() as AddressInfo).port + '/v1.0/');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const mail = { to: ['so1@boutique.local'], subject: 'TPS answer to your enquiry #3', bodyText: 'Answer.' };

describe('mail without Mail.Send consent', () => {
  for (const e of NO_CONSENT) {
    it('reports consentMissing for 403 ' + e.code, async () => {
      await withGraph(403, { error: { code: e.code, message: e.message } }, async (base) => {
        const mailer = createMailer(graphfi(base).using(GraphBrowser({ baseUrl: base })));
        const outcome: MailOutcome = await mailer.trySendEnquirySummary(mail);
        expect(outcome.kind).toBe('consentMissing');
        expect(mailOutcomeText(outcome)).toMatch(/could not be sent.*send it again/);
        const err: unknown = await mailer.sendEnquirySummary(mail).then(
          () => undefined,
          (x: unknown) => x
        );
        expect(isMailConsentMissing(err)).toBe(true);
      });
    });
  }

  it('a different refusal is a plain failure, not missing consent', async () => {
    await withGraph(
      400,
      { error: { code: 'ErrorInvalidRecipients', message: 'Recipient is missing.' } },
      async (base) => {
        const outcome = await createMailer(graphfi(base).using(GraphBrowser({ baseUrl: base }))).trySendEnquirySummary(
          mail
        );
        expect(outcome).toMatchObject({ kind: 'failed', retryable: false });
      }
    );
  });
});
