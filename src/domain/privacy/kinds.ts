/** Per kind, the placeholder offered as the one-click replacement (the words people read are in src/shared/loc). */
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
