/**
 * OData $batch as @pnp/sp's batching.js writes it (multipart/mixed with changesets for writes) and as its parser reads
 * the answer (a flat list of `--batchresponse_` parts each holding `HTTP/1.1 <status> <text>`, headers, body).
 */
import * as crypto from 'node:crypto';

export interface IBatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}

function splitParts(body: string, boundary: string): string[] {
  const lines = body.split('\n');
  const parts: string[] = [];
  let cur: string[] | undefined;
  for (const line of lines) {
    const t = line.trim();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (cur) {
        parts.push(cur.join('\n'));
      }
      cur = t.endsWith('--') && t === `--${boundary}--` ? undefined : [];
      continue;
    }
    if (cur) {
      cur.push(line);
    }
  }
  return parts;
}

function readHeaders(lines: string[], start: number): [Record<string, string>, number] {
  const h: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      break;
    }
    const idx = line.indexOf(':');
    if (idx > 0) {
      h[line.slice(0, idx).trim().toLowerCase()] = line.slice(idx + 1).trim();
    }
  }
  return [h, i];
}

function parseHttpPart(text: string): IBatchPart | undefined {
  const lines = text.split('\n');
  // part headers (Content-Type: application/http ...)
  let [, i] = readHeaders(lines, 0);
  while (i < lines.length && lines[i].trim() === '') {
    i++;
  }
  const reqLine = lines[i];
  if (!reqLine) {
    return undefined;
  }
  const m = /^(\w+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/.exec(reqLine.trim());
  if (!m) {
    return undefined;
  }
  const [headers, j] = readHeaders(lines, i + 1);
  const body = lines.slice(j).join('\n').trim();
  return { method: m[1].toUpperCase(), url: m[2], headers, body };
}

/** Parses a batch body into its requests, in order (changesets flattened). */
export function parseBatch(body: string, contentType: string): IBatchPart[] {
  const text = body.replace(/\r\n/g, '\n');
  const bm = /boundary="?([^";]+)"?/i.exec(contentType);
  if (!bm) {
    throw new Error('Missing batch boundary');
  }
  const out: IBatchPart[] = [];
  for (const part of splitParts(text, bm[1])) {
    const lines = part.split('\n');
    const [h, i] = readHeaders(lines, 0);
    const ct = h['content-type'] ?? '';
    if (/multipart\/mixed/i.test(ct)) {
      const cm = /boundary="?([^";]+)"?/i.exec(ct);
      if (!cm) {
        continue;
      }
      for (const inner of splitParts(lines.slice(i).join('\n'), cm[1])) {
        const p = parseHttpPart(inner);
        if (p) {
          out.push(p);
        }
      }
    } else {
      const p = parseHttpPart(part);
      if (p) {
        out.push(p);
      }
    }
  }
  return out;
}

export interface IBatchAnswer {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

/** Writes the multipart answer; returns [content-type, body]. */
export function writeBatch(answers: IBatchAnswer[]): [string, string] {
  const boundary = 'batchresponse_' + crypto.randomUUID();
  const out: string[] = [];
  for (const a of answers) {
    out.push(`--${boundary}\r\n`);
    out.push('Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n');
    out.push(`HTTP/1.1 ${a.status} ${statusText(a.status)}\r\n`);
    for (const [k, v] of Object.entries(a.headers)) {
      out.push(`${k}: ${v}\r\n`);
    }
    out.push('\r\n');
    out.push(`${a.status === 204 ? '' : (a.body ?? '')}\r\n`);
  }
  out.push(`--${boundary}--\r\n`);
  return [`multipart/mixed; boundary=${boundary}`, out.join('')];
}
