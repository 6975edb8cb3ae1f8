/**
 * The Microsoft Graph stand-in (`/graph/v1.0/…` and `/v1.0/…`): `me`, and `me/sendMail`, which stores the mail in
 * the local outbox instead of sending it, or is refused as Graph refuses it before an administrator approved Mail.Send
 * (`ServerState.mailSendConsented`). Errors are Graph-shaped (`{ error: { code, message } }`).
 */
import type * as http from 'node:http';
import { readBody, sendJson } from './httpIo';
import { saveMail } from './mailStore';
import { identify, pageLoadOf } from './persona';
import type { ServerState } from './serverState';

interface IRecipient {
  emailAddress?: { address?: string };
}
interface ISendMailBody {
  message?: {
    subject?: string;
    body?: { contentType?: string; content?: string };
    toRecipients?: IRecipient[];
    ccRecipients?: IRecipient[];
  };
}

const addresses = (rs: IRecipient[] | undefined): string[] =>
  (rs ?? []).map((r) => r.emailAddress?.address).filter((a): a is string => !!a);

export async function handleGraph(
  state: ServerState,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  gpath: string
): Promise<void> {
  const body = await readBody(req);
  const user = identify(state.site, req);
  const json = (status: number, o: unknown): void => sendJson(res, status, o);
  if (!user) {
    json(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    return;
  }
  const t = state.throttle.take(req.method ?? 'GET', req.url ?? '');
  state.stats.count(user.email, pageLoadOf(req), 0);
  if (t && t.status !== 504) {
    res.writeHead(t.status, { 'Retry-After': String(t.retryAfter ?? 1), 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { code: t.status === 429 ? 'TooManyRequests' : 'ServiceNotAvailable', message: 'Please retry later.' }
      })
    );
    return;
  }
  if (/^me\/sendmail$/i.test(gpath) && req.method === 'POST') {
    if (!state.mailSendConsented) {
      // What Graph answers a delegated Mail.Send call the tenant never approved (Exchange's ErrorAccessDenied).
      json(403, {
        error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' }
      });
      return;
    }
    let b: ISendMailBody;
    try {
      b = JSON.parse(body || '{}');
    } catch {
      json(400, { error: { code: 'BadRequest', message: 'Unable to read JSON request payload.' } });
      return;
    }
    const msg = b.message;
    const to = addresses(msg?.toRecipients);
    if (!msg || to.length === 0) {
      json(400, {
        error: {
          code: 'ErrorInvalidRecipients',
          message: 'At least one recipient is not valid., Recipient is missing.'
        }
      });
      return;
    }
    saveMail(state.db, {
      sender: user.email,
      to,
      cc: addresses(msg.ccRecipients),
      subject: msg.subject ?? '',
      body: msg.body?.content ?? '',
      contentType: msg.body?.contentType ?? 'Text',
      raw: body
    });
    // A 504 rule: the mail is stored (sent), but the caller sees the gateway time out.
    if (t) {
      json(504, { error: { code: 'GatewayTimeout', message: 'The gateway timed out.' } });
      return;
    }
    res.writeHead(202, { 'Content-Length': 0 });
    res.end();
    return;
  }
  if (/^me$/i.test(gpath) && req.method === 'GET') {
    json(200, { id: String(user.id), displayName: user.title, mail: user.email, userPrincipalName: user.email });
    return;
  }
  json(400, { error: { code: 'BadRequest', message: `Resource not found for the segment '${gpath}'.` } });
}
