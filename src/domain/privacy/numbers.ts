/** CRNs, Medicare and Tax File Numbers, and labelled Aged Care Staff Portal / ACMPS ids: all blocked. */
import type { Collector } from './types';
import { digitsOf, eachMatch, groupStart, labelledBefore, standsAlone } from './match';

/** 9 digits (optionally grouped 3-3-3 by spaces or hyphens) and a letter: `123 456 789A`. */
const CRN_RE: RegExp = /\d{3}[ -]?\d{3}[ -]?\d{3}[ -]?[A-Za-z](?![A-Za-z0-9])/g;
/** A CRN label followed by 9 digits without the letter (a CRN typed short is still a CRN). */
const CRN_LABELLED_RE: RegExp =
  /\b(?:CRN|[Cc]ustomer [Rr]eference [Nn](?:umber|o\.?))\s{0,3}(?:is\s|:|#|-)?\s{0,3}(\d{3}[ -]?\d{3}[ -]?\d{3})(?![A-Za-z0-9])/g;
/** Medicare card: 10 digits grouped 4-5-1 (IRN handled in code). */
const MEDICARE_RE: RegExp = /\d{4}[ -]?\d{5}[ -]?\d/g;
/** Nine digits, 3-3-3 with one consistent separator or none. */
const NINE_DIGITS_RE: RegExp = /\d{3}([ -]?)\d{3}\1\d{3}/g;
/** Labelled ids in the Aged Care Staff Portal (ACSP) and ACMPS. */
const AGED_CARE_ID_RE: RegExp =
  /\b(ACMPS|ACSP|Aged Care Staff Portal)(?:\s{1,3}(?:ID|Id|id|number|Number|no\.?|No\.?))?\s{0,3}(?:is\s|:|#|-)?\s{0,3}([A-Za-z0-9][A-Za-z0-9-]{3,19})(?![A-Za-z0-9-])/g;
/** d/m/yyyy, d-m-yy, d.m.yyyy (Australian order) with one consistent separator. */

/** Medicare check digit: weights 1,3,7,9,1,3,7,9 over the first 8 digits, mod 10; first digit 2–6. */
export function isValidMedicareNumber(value: string): boolean {
  const d: string = digitsOf(value);
  if (d.length < 10 || d.length > 11 || '23456'.indexOf(d.charAt(0)) < 0) {
    return false;
  }
  const weights: number[] = [1, 3, 7, 9, 1, 3, 7, 9];
  let sum: number = 0;
  for (let i: number = 0; i < 8; i++) {
    sum += Number(d.charAt(i)) * weights[i];
  }
  return sum % 10 === Number(d.charAt(8));
}

/** TFN checksum: weights 1,4,3,7,5,8,6,9,10; the sum is a multiple of 11. */
export function isValidTfn(value: string): boolean {
  const d: string = digitsOf(value);
  if (d.length !== 9) {
    return false;
  }
  const weights: number[] = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  let sum: number = 0;
  for (let i: number = 0; i < 9; i++) {
    sum += Number(d.charAt(i)) * weights[i];
  }
  return sum % 11 === 0;
}

const MEDICARE_LABEL_RE: RegExp = /medicare/i;
const TFN_LABEL_RE: RegExp = /\b(?:TFN|tax file)/i;
export function findCrns(text: string, add: Collector): void {
  eachMatch(CRN_RE, text, (m) => {
    const start: number = m.index;
    const end: number = start + m[0].length;
    // `CRN204512345K` is written glued to its label often enough to allow it.
    const gluedToLabel: boolean = start >= 3 && text.slice(start - 3, start).toUpperCase() === 'CRN';
    if (!gluedToLabel && !standsAlone(text, start, end)) {
      return false;
    }
    add({ kind: 'crn', start, end, severity: 'block' });
    return true;
  });
  eachMatch(CRN_LABELLED_RE, text, (m) => {
    const start: number = groupStart(m, m[1]);
    const end: number = start + m[1].length;
    if (!standsAlone(text, start, end)) {
      return false;
    }
    add({ kind: 'crn', start, end, severity: 'block' });
    return true;
  });
}

export function findMedicare(text: string, add: Collector): void {
  eachMatch(MEDICARE_RE, text, (m) => {
    const start: number = m.index;
    let end: number = start + m[0].length;
    // Optional individual reference number (IRN): one more digit, 1–9, maybe after a separator.
    const irn: RegExpExecArray | null = /^[ -]?[1-9](?![0-9])/.exec(text.slice(end, end + 3));
    if (irn && standsAlone(text, start, end + irn[0].length)) {
      end += irn[0].length;
    }
    if (!standsAlone(text, start, end)) {
      return false;
    }
    const valid: boolean = isValidMedicareNumber(text.slice(start, end));
    if (!valid && !labelledBefore(text, start, MEDICARE_LABEL_RE, 25)) {
      return false;
    }
    add({ kind: 'medicare', start, end, severity: 'block' });
    return true;
  });
}

export function findTfns(text: string, add: Collector): void {
  eachMatch(NINE_DIGITS_RE, text, (m) => {
    const start: number = m.index;
    const end: number = start + m[0].length;
    if (!standsAlone(text, start, end)) {
      return false;
    }
    const labelled: boolean = labelledBefore(text, start, TFN_LABEL_RE, 25);
    const grouped: boolean = m[1] !== '';
    // Unlabelled: only the 3-3-3 shape with a valid checksum is certain enough to block.
    if (!labelled && !(grouped && isValidTfn(m[0]))) {
      return false;
    }
    add({ kind: 'tfn', start, end, severity: 'block' });
    return true;
  });
}

export function findAgedCareIds(text: string, add: Collector): void {
  eachMatch(AGED_CARE_ID_RE, text, (m) => {
    const id: string = m[2];
    if (!/[0-9]/.test(id)) {
      return false;
    }
    const start: number = groupStart(m, id);
    add({ kind: m[1] === 'ACMPS' ? 'acmps' : 'acsp', start, end: start + id.length, severity: 'block' });
    return true;
  });
}
