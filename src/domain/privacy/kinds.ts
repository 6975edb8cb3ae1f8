/** Per-kind text: the placeholder offered as the one-click replacement, the message, and a short name. */
import type { PrivacyKind } from './types';

/** Text offered as the replacement for each kind. */
export const PLACEHOLDERS: { [K in PrivacyKind]: string } = {
  crn: '[CRN]',
  dateOfBirth: '[DOB]',
  medicare: '[MEDICARE]',
  tfn: '[TFN]',
  acsp: '[ID]',
  acmps: '[ID]',
  nameWithTitle: '[NAME]',
  phone: '[PHONE]',
  email: '[EMAIL]',
  childOrExPartner: '[NAME]',
  personName: '[NAME]',
  address: '[ADDRESS]',
  bank: '[BANK]'
};

/** A sentence a person can act on, per kind. */
export const MESSAGES: { [K in PrivacyKind]: string } = {
  crn: 'This looks like a Customer Reference Number. Put it in the CRN field, not in the text.',
  dateOfBirth: 'This looks like a date of birth. Remove it from the text.',
  medicare: 'This looks like a Medicare card number. Remove it from the text.',
  tfn: 'This looks like a Tax File Number. Remove it from the text.',
  acsp: 'This looks like an Aged Care Staff Portal id. Remove it from the text.',
  acmps: 'This looks like an ACMPS id. Remove it from the text.',
  nameWithTitle: 'This looks like a person\'s name. Describe the person without naming them.',
  phone: 'This looks like a phone number. Remove it unless it is a public business number.',
  email: 'This looks like an email address. Remove it unless it is a shared work mailbox.',
  childOrExPartner: 'This looks like the name of a child or (ex-)partner. Describe them without naming them.',
  personName: 'This looks like a person\'s name. Describe the person without naming them.',
  address: 'This looks like a street address. Remove it from the text.',
  bank: 'This looks like bank account details. Remove them from the text.'
};
