/** Dates of birth (blocked) and old event dates (a warning), told apart by the words before the date. */
import type { Collector, PrivacySeverity } from './types';
import { eachMatch, lastMatchAt, standsAlone } from './match';

/** d/m/yyyy, d-m-yy, d.m.yyyy (Australian order) with one consistent separator. */
const NUMERIC_DATE_RE: RegExp = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![0-9])/g;
/** yyyy-mm-dd. */
const ISO_DATE_RE: RegExp = /(\d{4})-(\d{2})-(\d{2})(?![0-9])/g;
/** 12 March 1985, 1st of Mar. 1985. */
const DAY_MONTH_YEAR_RE: RegExp =
  /(\d{1,2})(?:st|nd|rd|th)?(?:\s{1,3}of)?\s{1,3}(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?,?\s{1,3}(\d{4})(?![0-9])/gi;
/** March 12, 1985. */
const MONTH_DAY_YEAR_RE: RegExp =
  /(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?![0-9])/gi;
/** Birth words before a date. */
const BIRTH_WORD_RE: RegExp = /\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|born|birth)(?![a-z])/gi;
/** Event words before a date: the date is when something happened to a payment or claim, not a birth. */
const EVENT_WORD_RE: RegExp =
  /\b(?:paid|pay|payment|payments|due|effective|EPED|DOE|date of effect|lodged|lodgement|granted|grant|started|start|starts|commenced|commence|ended|ends|end|ceased|cease|cancelled|cancellation|received|sent|issued|debt|reviewed|review|arrears|died|death|DOD|deceased|rejected|claimed|claim|period|since|until|expires|expiry|appointment|booked|updated|recorded|coded|assessed|instalment)(?![a-z])/gi;
/** After a date: `12/03/1985 (DOB)`. */
const BIRTH_AFTER_RE: RegExp = /^\s{0,2}\(?\s{0,2}(?:DOB|D\.O\.B|date of birth|born)(?![a-z])/i;
/** Title + capitalised name: `Mrs Jane Citizen`, `Dr O'Brien`, `Mr J. Smith`. */
const MONTHS: string[] = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function isRealDate(year: number | undefined, month: number, day: number): boolean {
  if (month < 0 || month > 11 || day < 1 || day > 31) {
    return false;
  }
  const y: number = year === undefined ? 2000 : year; // leap year, so 29/02 passes for 2-digit years
  return new Date(Date.UTC(y, month, day)).getUTCDate() === day;
}

/**
 * Classifies a date. The heuristic, in order:
 * 1. Birth context: the nearer of the birth/event words in the 40 characters before the date (cut at a line
 *    break, `;` or `|`) is a birth word (DOB, D.O.B., date of birth, birth date, birthday, born, birth), or the
 *    date is followed by "(DOB" / "born" → block, whatever the year (a child's recent birth date is personal too).
 * 2. Event context: the nearer word is an event word (paid, payment, due, effective, EPED, lodged, granted,
 *    started, ceased, cancelled, received, issued, debt, review, arrears, died, claim, since, until, ...) →
 *    a warning when the year is between 1900 and ten years ago (an old event date is plausible, the person
 *    checks), otherwise nothing.
 * 3. No context: a 4-digit year between 1900 and (this year − 10) → block (adults' birth years; recent and
 *    future dates are the events enquiries talk about). Two-digit years without context → nothing (ambiguous).
 */
function classifyDate(
  text: string,
  start: number,
  end: number,
  year: number | undefined,
  thisYear: number
): PrivacySeverity | undefined {
  let windowStart: number = Math.max(0, start - 40);
  const before: string = text.slice(windowStart, start);
  const cut: number = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(';'), before.lastIndexOf('|'));
  windowStart = cut >= 0 ? cut + 1 : 0;
  const context: string = before.slice(windowStart);
  const birthAt: number = lastMatchAt(BIRTH_WORD_RE, context);
  const eventAt: number = lastMatchAt(EVENT_WORD_RE, context);
  if ((birthAt >= 0 && birthAt > eventAt) || BIRTH_AFTER_RE.test(text.slice(end, end + 20))) {
    return 'block';
  }
  const oldYear: boolean = year !== undefined && year >= 1900 && year <= thisYear - 10;
  if (eventAt >= 0) {
    return oldYear ? 'warn' : undefined;
  }
  return oldYear ? 'block' : undefined;
}

export function findDates(text: string, add: Collector, thisYear: number): void {
  const consider = (start: number, end: number, year: number | undefined, month: number, day: number): boolean => {
    if (!isRealDate(year, month, day) || !standsAlone(text, start, end)) {
      return false;
    }
    const severity: PrivacySeverity | undefined = classifyDate(text, start, end, year, thisYear);
    if (severity) {
      add({ kind: 'dateOfBirth', start, end, severity });
    }
    return true;
  };
  eachMatch(NUMERIC_DATE_RE, text, (m) => {
    const y: number | undefined = m[4].length === 4 ? Number(m[4]) : undefined;
    return consider(m.index, m.index + m[0].length, y, Number(m[3]) - 1, Number(m[1]));
  });
  eachMatch(ISO_DATE_RE, text, (m) =>
    consider(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  );
  eachMatch(DAY_MONTH_YEAR_RE, text, (m) =>
    consider(m.index, m.index + m[0].length, Number(m[3]), monthIndex(m[2]), Number(m[1]))
  );
  eachMatch(MONTH_DAY_YEAR_RE, text, (m) =>
    consider(m.index, m.index + m[0].length, Number(m[3]), monthIndex(m[1]), Number(m[2]))
  );
}
