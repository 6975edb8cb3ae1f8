/**
 * The value lists of an enquiry, owned by the domain: the schema's Choice columns, the stores and the web parts
 * all take them from here, and the types are derived from the lists so a value cannot be spelled two ways.
 */

/** Where an enquiry is in its lifecycle (the stored Status choice). */
export const ENQUIRY_STATUSES = ['Waiting', 'Claimed', 'TakenOver', 'Resolved', 'Escalated', 'Withdrawn'] as const;

/** One of {@link ENQUIRY_STATUSES}. */
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

/** Statuses in which the work is still open: waiting for a TPSO, or held by one (claimed or taken over). */
export const OPEN_ENQUIRY_STATUSES: ReadonlyArray<EnquiryStatus> = ['Waiting', 'Claimed', 'TakenOver'];

/** True when `value` is one of {@link ENQUIRY_STATUSES}. */
export function isEnquiryStatus(value: unknown): value is EnquiryStatus {
  return typeof value === 'string' && (ENQUIRY_STATUSES as ReadonlyArray<string>).indexOf(value) >= 0;
}

/** True while a TPSO may still pick the enquiry up or is working on it. */
export function isOpenEnquiry(status: string | undefined): boolean {
  return !!status && (OPEN_ENQUIRY_STATUSES as ReadonlyArray<string>).indexOf(status) >= 0;
}

/** Reasons an officer may contact TPS (seed 001, and seed 002 item 4); stored as these values. */
export const ENQUIRY_REASONS = [
  'Arrears or negative adjustment unsure',
  'Status or rate does not reflect the record',
  'System will not allow updates',
  "Coding error references don't solve",
  'Customer asks to speak to a technical expert'
] as const;

/** One of {@link ENQUIRY_REASONS}. */
export type EnquiryReason = (typeof ENQUIRY_REASONS)[number];

/** References an officer checks before contacting TPS (seed 002 item 1); stored as these values. */
export const REFERENCES_CHECKED = [
  'Operational Blueprint',
  'NNU',
  'Office Locator',
  'mySupport',
  'Roxy Digital Assistant',
  'Process Direct current issues',
  'Nothing checked'
] as const;

/** One of {@link REFERENCES_CHECKED}. */
export type ReferenceChecked = (typeof REFERENCES_CHECKED)[number];

/** The reference value that stands alone (seed 002 item 1: "Choose Nothing Checked"). */
export const NOTHING_CHECKED: ReferenceChecked = 'Nothing checked';
