/**
 * The privacy guard (seed 002 item 7: no personal or customer details in free text).
 *
 * Every free-text field goes through {@link scanText} before it is saved or sent. It *blocks* what it recognises
 * with certainty (CRN, birth dates, Medicare and TFN numbers, labelled ACSP/ACMPS ids) and *warns* on what might
 * be personal (titles with names, phone numbers, email addresses, children and ex-partners by name). Each finding
 * carries the span and a placeholder such as `[CRN]` for a one-click replacement ({@link redact}).
 *
 * Every pattern is a literal with bounded repetition (linear time); context is checked in code, not by regex.
 */

/** What a finding is. */
export type PrivacyKind =
  | 'crn'
  | 'dateOfBirth'
  | 'medicare'
  | 'tfn'
  | 'acsp'
  | 'acmps'
  | 'nameWithTitle'
  | 'phone'
  | 'email'
  | 'childOrExPartner';

/** `block`: must be removed before saving; `warn`: shown, the person decides. */
export type PrivacySeverity = 'block' | 'warn';

/** One span of possibly personal information. */
export interface PrivacyFinding {
  kind: PrivacyKind;
  /** Start offset in the scanned text (UTF-16 code units). */
  start: number;
  /** End offset, exclusive. */
  end: number;
  severity: PrivacySeverity;
  /** Text offered as the replacement, e.g. `[CRN]`. */
  placeholder: string;
  /** A sentence a person can act on. */
  message: string;
  /** The text found (`text.slice(start, end)`). Never log or send it anywhere. */
  match: string;
}

/** Options for {@link scanText}. */
export interface ScanOptions {
  /** "Today", for the birth-year window; defaults to the current time. */
  now?: Date;
}

/** Options for {@link redact}. */
export interface RedactOptions extends ScanOptions {
  /** `block` replaces only blocking findings; `all` (default) replaces warnings too. */
  severity?: 'block' | 'all';
}

const PLACEHOLDERS: { [K in PrivacyKind]: string } = {
  crn: '[CRN]',
  dateOfBirth: '[DOB]',
  medicare: '[MEDICARE]',
  tfn: '[TFN]',
  acsp: '[ID]',
  acmps: '[ID]',
  nameWithTitle: '[NAME]',
  phone: '[PHONE]',
  email: '[EMAIL]',
  childOrExPartner: '[NAME]'
};

const MESSAGES: { [K in PrivacyKind]: string } = {
  crn: 'This looks like a Customer Reference Number. Put it in the CRN field, not in the text.',
  dateOfBirth: 'This looks like a date of birth. Remove it from the text.',
  medicare: 'This looks like a Medicare card number. Remove it from the text.',
  tfn: 'This looks like a Tax File Number. Remove it from the text.',
  acsp: 'This looks like an Aged Care Staff Portal id. Remove it from the text.',
  acmps: 'This looks like an ACMPS id. Remove it from the text.',
  nameWithTitle: 'This looks like a person\'s name. Describe the person without naming them.',
  phone: 'This looks like a phone number. Remove it unless it is a public business number.',
  email: 'This looks like an email address. Remove it unless it is a shared work mailbox.',
  childOrExPartner: 'This looks like the name of a child or (ex-)partner. Describe them without naming them.'
};

// ---------------------------------------------------------------------------------------------------------------
// Patterns (constant literals only: @rushstack/security/no-unsafe-regexp)

/** 9 digits (optionally grouped 3-3-3 by spaces or hyphens) and a letter: `123 456 789A`. */
const CRN_RE: RegExp = /\d{3}[ -]?\d{3}[ -]?\d{3}[ -]?[A-Za-z](?![A-Za-z0-9])/g;
/** A CRN label followed by 9 digits without the letter (a CRN typed short is still a CRN). */
const CRN_LABELLED_RE: RegExp = /\b(?:CRN|[Cc]ustomer [Rr]eference [Nn](?:umber|o\.?))\s{0,3}(?:is\s|:|#|-)?\s{0,3}(\d{3}[ -]?\d{3}[ -]?\d{3})(?![A-Za-z0-9])/g;
/** Medicare card: 10 digits grouped 4-5-1 (IRN handled in code). */
const MEDICARE_RE: RegExp = /\d{4}[ -]?\d{5}[ -]?\d/g;
/** Nine digits, 3-3-3 with one consistent separator or none. */
const NINE_DIGITS_RE: RegExp = /\d{3}([ -]?)\d{3}\1\d{3}/g;
/** Labelled ids in the Aged Care Staff Portal (ACSP) and ACMPS. */
const AGED_CARE_ID_RE: RegExp = /\b(ACMPS|ACSP|Aged Care Staff Portal)(?:\s{1,3}(?:ID|Id|id|number|Number|no\.?|No\.?))?\s{0,3}(?:is\s|:|#|-)?\s{0,3}([A-Za-z0-9][A-Za-z0-9-]{3,19})(?![A-Za-z0-9-])/g;
/** d/m/yyyy, d-m-yy, d.m.yyyy (Australian order) with one consistent separator. */
const NUMERIC_DATE_RE: RegExp = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![0-9])/g;
/** yyyy-mm-dd. */
const ISO_DATE_RE: RegExp = /(\d{4})-(\d{2})-(\d{2})(?![0-9])/g;
/** 12 March 1985, 1st of Mar. 1985. */
const DAY_MONTH_YEAR_RE: RegExp = /(\d{1,2})(?:st|nd|rd|th)?(?:\s{1,3}of)?\s{1,3}(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?,?\s{1,3}(\d{4})(?![0-9])/gi;
/** March 12, 1985. */
const MONTH_DAY_YEAR_RE: RegExp = /(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?![0-9])/gi;
/** Birth words before a date. */
const BIRTH_WORD_RE: RegExp = /\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|born|birth)(?![a-z])/gi;
/** Event words before a date: the date is when something happened to a payment or claim, not a birth. */
const EVENT_WORD_RE: RegExp = /\b(?:paid|pay|payment|payments|due|effective|EPED|DOE|date of effect|lodged|lodgement|granted|grant|started|start|starts|commenced|commence|ended|ends|end|ceased|cease|cancelled|cancellation|received|sent|issued|debt|reviewed|review|arrears|died|death|DOD|deceased|rejected|claimed|claim|period|since|until|expires|expiry|appointment|booked|updated|recorded|coded|assessed|instalment)(?![a-z])/gi;
/** After a date: `12/03/1985 (DOB)`. */
const BIRTH_AFTER_RE: RegExp = /^\s{0,2}\(?\s{0,2}(?:DOB|D\.O\.B|date of birth|born)(?![a-z])/i;
/** Title + capitalised name: `Mrs Jane Citizen`, `Dr O'Brien`, `Mr J. Smith`. */
const TITLE_NAME_RE: RegExp = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?\s{1,3}(?:[A-Z]\.?\s{1,3})?([A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*)(?:\s{1,3}[A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*)?/g;
/** Australian phone numbers written from 0 or +61 (mobiles and landlines). 13/1300/1800 numbers are businesses. */
const PHONE_RE: RegExp = /(?:\+61[ -]?|0)[2-478](?:[ -]?\d){8}(?![0-9])/g;
/** Landline with the area code in brackets: `(02) 9876 5432`. */
const PHONE_BRACKETS_RE: RegExp = /\(0[2-478]\)[ -]?\d{4}[ -]?\d{4}(?![0-9])/g;
/** A relation word followed by a capitalised name: `her son Jack`, `ex-partner John`, `child named Mia`. */
const RELATION_NAME_RE: RegExp = /\b(?:[Ss]on|[Dd]aughter|[Cc]hild|[Kk]id|[Bb]aby|[Ss]tep-?(?:son|daughter|child)|[Gg]rand(?:son|daughter|child)|[Ee]x-?\s?(?:partner|husband|wife)|[Ff]ormer (?:partner|husband|wife)|[Pp]artner|[Hh]usband|[Ww]ife|[Nn]ephew|[Nn]iece)(?:'s)?,?\s{1,3}(?:(?:named|called|is)\s{1,3})?([A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*)/g;

/** Capitalised words after a title or relation word that are not names. */
const NOT_NAMES: string[] = [
  'The', 'A', 'An', 'And', 'Or', 'If', 'To', 'Of', 'In', 'On', 'For', 'Is', 'It', 'No', 'Yes', 'Has', 'Had', 'Was',
  'Will', 'Who', 'Not', 'With', 'At', 'As', 'By', 'From', 'This', 'That', 'He', 'She', 'They', 'We', 'I', 'You',
  'Care', 'Support', 'Payment', 'Payments', 'Tax', 'Benefit', 'Allowance', 'Protection', 'Maintenance', 'Agency',
  'Centrelink', 'Services', 'Service', 'Australia', 'Income', 'Assessment', 'Agreement', 'Unit', 'Youth',
  'Disability', 'Carer', 'Supplement', 'Parenting', 'Pension', 'Family', 'Medicare', 'Customer', 'Record',
  'Details', 'Status', 'Rate', 'Claim', 'Team', 'Teams', 'Leader', 'Officer', 'Centre', 'Smart', 'Program',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Registration',
  'Estimate', 'Reconciliation', 'Assistance', 'Living', 'Rent', 'Relationship', 'Details', 'Under', 'Aged',
  'Abstudy', 'ABSTUDY', 'Parental', 'Leave', 'Education', 'Household'
];

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_]/.test(ch);
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * True when a numeric match stands alone: not glued to letters or digits, not part of `111-05070020`,
 * `1.234`, `12/34` or `$1234`. This keeps reference, incident and dollar numbers from matching.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const prev: string = start > 0 ? text.charAt(start - 1) : '';
  if (prev && (isWordChar(prev) || prev === '$')) {
    return false;
  }
  if (prev && '-./,:'.indexOf(prev) >= 0 && start > 1 && isDigit(text.charAt(start - 2))) {
    return false;
  }
  const next: string = text.charAt(end);
  if (next && isWordChar(next)) {
    return false;
  }
  if (next && '-./,:%'.indexOf(next) >= 0) {
    // `%` closes a percentage; the others continue a longer number.
    if (next === '%' || isDigit(text.charAt(end + 1))) {
      return false;
    }
  }
  return true;
}

function digitsOf(s: string): string {
  return s.replace(/[^0-9]/g, '');
}

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

/** True when `label` (a pattern for a label word) occurs within `distance` characters before `start`. */
function labelledBefore(text: string, start: number, label: RegExp, distance: number): boolean {
  const windowText: string = text.slice(Math.max(0, start - distance), start);
  return label.test(windowText);
}

const MEDICARE_LABEL_RE: RegExp = /medicare/i;
const TFN_LABEL_RE: RegExp = /\b(?:TFN|tax file)/i;

interface Candidate {
  kind: PrivacyKind;
  start: number;
  end: number;
  severity: PrivacySeverity;
}

type Collector = (c: Candidate) => void;

function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null = re.exec(text);
  while (m) {
    const accepted: boolean = visit(m);
    // On a rejected match retry one character later, so `x123456789A` can still yield an inner match.
    re.lastIndex = accepted ? m.index + Math.max(1, m[0].length) : m.index + 1;
    m = re.exec(text);
  }
}

/** Offset of the last capture group, which always ends the match in these patterns. */
function groupStart(m: RegExpExecArray, group: string): number {
  return m.index + m[0].length - group.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Detectors

function findCrns(text: string, add: Collector): void {
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

function findMedicare(text: string, add: Collector): void {
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

function findTfns(text: string, add: Collector): void {
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

function findAgedCareIds(text: string, add: Collector): void {
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

/** Position of the last match of `re` in `s`, or -1. */
function lastMatchAt(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at: number = -1;
  let m: RegExpExecArray | null = re.exec(s);
  while (m) {
    at = m.index;
    re.lastIndex = m.index + Math.max(1, m[0].length);
    m = re.exec(s);
  }
  return at;
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
function classifyDate(text: string, start: number, end: number, year: number | undefined, thisYear: number): PrivacySeverity | undefined {
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

function findDates(text: string, add: Collector, thisYear: number): void {
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

function findTitledNames(text: string, add: Collector): void {
  eachMatch(TITLE_NAME_RE, text, (m) => {
    if (NOT_NAMES.indexOf(m[1]) >= 0) {
      return false;
    }
    add({ kind: 'nameWithTitle', start: m.index, end: m.index + m[0].length, severity: 'warn' });
    return true;
  });
}

function findRelationNames(text: string, add: Collector): void {
  eachMatch(RELATION_NAME_RE, text, (m) => {
    if (NOT_NAMES.indexOf(m[1]) >= 0) {
      return false;
    }
    const start: number = groupStart(m, m[1]);
    add({ kind: 'childOrExPartner', start, end: start + m[1].length, severity: 'warn' });
    return true;
  });
}

function findPhones(text: string, add: Collector): void {
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
function findEmails(text: string, add: Collector): void {
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

const SEVERITY_RANK: { [S in PrivacySeverity]: number } = { block: 2, warn: 1 };

/** Keeps the stronger of overlapping candidates: blocking first, then the longer span, then the earlier one. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered: Candidate[] = candidates.slice().sort((a, b) => {
    if (a.severity !== b.severity) {
      return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
    }
    if (a.end - a.start !== b.end - b.start) {
      return b.end - b.start - (a.end - a.start);
    }
    return a.start - b.start;
  });
  const kept: Candidate[] = [];
  for (const c of ordered) {
    let overlaps: boolean = false;
    for (const k of kept) {
      if (c.start < k.end && k.start < c.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) {
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

/** Finds personal information in free text. Findings do not overlap and are sorted by `start`. */
export function scanText(text: string, options?: ScanOptions): PrivacyFinding[] {
  if (!text) {
    return [];
  }
  const thisYear: number = (options && options.now ? options.now : new Date()).getFullYear();
  const candidates: Candidate[] = [];
  const add: Collector = (c) => {
    candidates.push(c);
  };
  findCrns(text, add);
  findMedicare(text, add);
  findTfns(text, add);
  findAgedCareIds(text, add);
  findDates(text, add, thisYear);
  findTitledNames(text, add);
  findRelationNames(text, add);
  findPhones(text, add);
  findEmails(text, add);
  return resolveOverlaps(candidates).map((c) => ({
    kind: c.kind,
    start: c.start,
    end: c.end,
    severity: c.severity,
    placeholder: PLACEHOLDERS[c.kind],
    message: MESSAGES[c.kind],
    match: text.slice(c.start, c.end)
  }));
}

/** True when the text holds something that must be removed before it is saved or sent. */
export function hasBlockingFindings(text: string, options?: ScanOptions): boolean {
  for (const f of scanText(text, options)) {
    if (f.severity === 'block') {
      return true;
    }
  }
  return false;
}

/**
 * Replaces findings with their placeholders. Pass the findings to replace (e.g. the one a person clicked), or
 * options: by default every finding is replaced; `{ severity: 'block' }` replaces only blocking ones.
 */
export function redact(text: string, findingsOrOptions?: PrivacyFinding[] | RedactOptions): string {
  let findings: PrivacyFinding[];
  if (Array.isArray(findingsOrOptions)) {
    findings = findingsOrOptions;
  } else {
    const opts: RedactOptions = findingsOrOptions || {};
    findings = scanText(text, opts).filter((f) => opts.severity !== 'block' || f.severity === 'block');
  }
  // Right to left, so earlier offsets stay valid.
  const ordered: PrivacyFinding[] = findings.slice().sort((a, b) => b.start - a.start);
  let out: string = text;
  let limit: number = text.length + 1;
  for (const f of ordered) {
    if (f.end > limit || f.start < 0 || f.end > out.length) {
      continue; // overlapping or stale finding
    }
    out = out.slice(0, f.start) + f.placeholder + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

/** Short names of the kinds found, for a summary line ("CRN, date of birth"). */
export function describeKinds(findings: PrivacyFinding[]): string {
  const names: { [K in PrivacyKind]: string } = {
    crn: 'CRN',
    dateOfBirth: 'date of birth',
    medicare: 'Medicare number',
    tfn: 'Tax File Number',
    acsp: 'Aged Care Staff Portal id',
    acmps: 'ACMPS id',
    nameWithTitle: 'name',
    phone: 'phone number',
    email: 'email address',
    childOrExPartner: 'name'
  };
  const seen: string[] = [];
  for (const f of findings) {
    const n: string = names[f.kind];
    if (seen.indexOf(n) < 0) {
      seen.push(n);
    }
  }
  return seen.join(', ');
}
