/**
 * Bank details (seed 002 item 7: "any other customer details"): a BSB with an account number, a labelled BSB, and
 * a labelled account number ("account 12345678", "acc no. 1234 5678", "a/c 12345678"). Blocked.
 *
 * An unlabelled six-digit number is not a BSB (reference and batch numbers look the same), and reference numbers
 * such as `111-05070020` are glued by a hyphen, never followed by a space and an account number.
 */
import type { Collector } from './types';
import { eachMatch, labelledBefore, standsAlone } from './match';

/** BSB `062-000` (or `062 000`, `062000`) followed by an account number of 4 to 10 digits. */
const BSB_ACCOUNT_RE: RegExp =
  /\d{3}([ -]?)\d{3}[\s,;/]{1,3}(?:(?:acc(?:oun)?t|acc|a\/c)\.?\s{0,2}(?:no\.?|number|num|#)?\s{0,2}:?\s{0,2})?\d{2,4}(?:[ -]?\d{2,4}){0,2}(?![0-9])/gi;
/** `BSB 062-000`, `BSB: 062000`. */
const BSB_LABELLED_RE: RegExp =
  /\bBSB\b(?:\s{0,2}(?:no\.?|number|#))?\s{0,2}(?:is\s|:|-)?\s{0,2}(\d{3}[ -]?\d{3})(?![0-9])/gi;
/** `account 12345678`, `bank account number: 1234 5678`, `acc no. 12345678`, `a/c 12345678`. */
const ACCOUNT_RE: RegExp =
  /\b(?:acc(?:oun)?t|acc|a\/c)\.?\s{0,2}(?:no\.?|number|num|#)?\s{0,2}(?:is\s{1,2}|:\s{0,2}|-\s{0,2})?(\d[\d ]{4,12}\d)(?![0-9])/gi;
const BANK_LABEL_RE: RegExp = /\b(?:BSB|bank|acc(?:oun)?t|acc|a\/c)/i;

function digitCount(s: string): number {
  return s.replace(/[^0-9]/g, '').length;
}

/** BSBs and bank account numbers. */
export function findBankDetails(text: string, add: Collector): void {
  eachMatch(BSB_ACCOUNT_RE, text, (m) => {
    const start: number = m.index;
    const end: number = start + m[0].length;
    const account: number = digitCount(m[0]) - 6;
    // A hyphenated BSB or a full account number stands on its own; otherwise a bank word must come before.
    const bsbShaped: boolean = m[1] === '-' || account >= 6 || labelledBefore(text, start, BANK_LABEL_RE, 30);
    if (account < 4 || account > 10 || !bsbShaped || !standsAlone(text, start, end)) {
      return false;
    }
    add({ kind: 'bank', start, end, severity: 'block' });
    return true;
  });
  eachMatch(BSB_LABELLED_RE, text, (m) => {
    const start: number = m.index + m[0].length - m[1].length;
    add({ kind: 'bank', start, end: start + m[1].length, severity: 'block' });
    return true;
  });
  eachMatch(ACCOUNT_RE, text, (m) => {
    const number: string = m[1].replace(/\s+$/, '');
    const start: number = m.index + m[0].length - m[1].length;
    const digits: number = digitCount(number);
    if (digits < 6 || digits > 10 || !standsAlone(text, start, start + number.length)) {
      return false;
    }
    add({ kind: 'bank', start, end: start + number.length, severity: 'block' });
    return true;
  });
}
