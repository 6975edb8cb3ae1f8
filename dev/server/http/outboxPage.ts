/** GET /outbox: the mail the app "sent" through the Graph stand-in, newest first, as a plain HTML page. */
import type * as http from 'node:http';
import type { Db } from '../db';
import { outbox } from './mailStore';

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function sendOutboxPage(db: Db, res: http.ServerResponse): void {
  const rows = outbox(db) as {
    from: string;
    to: string[];
    subject: string;
    body: string;
    sent: string;
    contentType: string;
  }[];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local outbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>Local outbox (${rows.length})</h1>${rows
    .slice()
    .reverse()
    .map(
      (m) => `<article><h2>${escapeHtml(m.subject)}</h2>
<p><strong>From:</strong> ${escapeHtml(m.from)} · <strong>To:</strong> ${escapeHtml(m.to.join(', '))} · <time>${escapeHtml(m.sent)}</time></p>
<pre>${escapeHtml(m.body)}</pre></article>`
    )
    .join('')}</body></html>`;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}
