/** The shapes of the privacy guard's findings and options. */

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
  | 'childOrExPartner'
  | 'personName'
  | 'address'
  | 'bank';

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

/** A finding before its placeholder is attached. */
export interface Candidate {
  kind: PrivacyKind;
  start: number;
  end: number;
  severity: PrivacySeverity;
}

/** Where detectors put what they find. */
export type Collector = (c: Candidate) => void;
