/** Phone numbers and email addresses: warnings (a public business number or shared mailbox is fine). */
import type { Collector } from './types';
import { eachMatch, standsAlone } from './match';

/** Australian phone numbers written from 0 or +61 (mobiles and landlines). 13/1300/1800 numbers are businesses. */
const PHONE_RE: RegExp = /(?:\+61[ -]?|0)[2-478](?:[ -]?\d){8}(?![0-9])/g;
/** Landline with the area code in brackets: `(02) 9876 5432`. */
const PHONE_BRACKETS_RE: RegExp = /\(0[2-478]\)[ -]?\d{4}[ -]?\d{4}(?![0-9])/g;

export function findPhones(text: string, add: Collector): void {
  const visit = (m: RegExpExecArray): boolean => {
    const start: number = m.index;
    const end: number = start + m[0].length;
    if (!standsAlone(text, start, end)) {
      return false;
    }
    add({ kind: 'phone', start, end, severity: 'warn' });
    return true;
  };
  eachMatch(PHONE_RE, text, visit);
  eachMatch(PHONE_BRACKETS_RE, text, visit);
}

/** Emails found by walking out from each `@` (linear, no backtracking). */
export function findEmails(text: string, add: Collector): void {
  const local: RegExp = /[A-Za-z0-9._%+'-]/;
  const domain: RegExp = /[A-Za-z0-9.-]/;
  let at: number = text.indexOf('@');
  while (at >= 0) {
    let start: number = at;
    while (start > 0 && local.test(text.charAt(start - 1))) {
      start--;
    }
    let end: number = at + 1;
    while (end < text.length && domain.test(text.charAt(end))) {
      end++;
    }
    while (end > at + 1 && '.-'.indexOf(text.charAt(end - 1)) >= 0) {
      end--; // a full stop after an address ends the sentence, not the domain
    }
    const host: string = text.slice(at + 1, end);
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(host)) {
      add({ kind: 'email', start, end, severity: 'warn' });
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
}
