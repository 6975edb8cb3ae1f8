/**
 * The privacy guard (seed 002 item 7: no personal or customer details in free text). The public entry point: the
 * detectors live in ./privacy/ (numbers, dates, contacts, names, addresses, bank details).
 *
 * Every free-text field goes through {@link scanText} before it is saved or sent. It *blocks* customer details:
 * CRN, birth dates, Medicare and TFN numbers, labelled ACSP/ACMPS ids, people's names (with or without a title;
 * children's and (ex-)partners' as their own kind), street addresses and bank details. It *warns* on what might
 * be a public business contact (phone numbers, email addresses). Each finding carries the span and a placeholder
 * such as `[CRN]`, `[NAME]`, `[ADDRESS]` or `[BANK]` for a one-click replacement ({@link redact}).
 *
 * Every pattern is a literal with bounded repetition (linear time); context is checked in code, not by regex.
 */
export type { PrivacyKind, PrivacySeverity, PrivacyFinding, ScanOptions, RedactOptions } from './privacy/types';
export { isValidMedicareNumber, isValidTfn } from './privacy/numbers';
export { scanText, hasBlockingFindings, redact, kindsOf } from './privacy/scan';
