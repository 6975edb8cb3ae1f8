/** The `mail` table: what the Graph stand-in's sendMail stores, and what /outbox and /_local/outbox show. */
import type { Db } from '../db';

export interface IOutboxMail {
  id: unknown;
  from: unknown;
  to: string[];
  cc: string[];
  subject: unknown;
  body: unknown;
  contentType: unknown;
  sent: unknown;
}

export interface IMailToSave {
  sender: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  contentType: string;
  raw: string;
}

export function saveMail(db: Db, m: IMailToSave): void {
  db.prepare('INSERT INTO mail(sender, recipients, subject, body, content_type, sent, raw) VALUES (?,?,?,?,?,?,?)').run(
    m.sender,
    JSON.stringify({ to: m.to, cc: m.cc }),
    m.subject,
    m.body,
    m.contentType,
    new Date().toISOString(),
    m.raw
  );
}

/** Every mail sent, oldest first. */
export function outbox(db: Db): IOutboxMail[] {
  return (db.prepare('SELECT * FROM mail ORDER BY id').all() as Record<string, unknown>[]).map((m) => {
    const r = JSON.parse(String(m.recipients)) as { to: string[]; cc: string[] };
    return {
      id: m.id,
      from: m.sender,
      to: r.to,
      cc: r.cc,
      subject: m.subject,
      body: m.body,
      contentType: m.content_type,
      sent: m.sent
    };
  });
}
