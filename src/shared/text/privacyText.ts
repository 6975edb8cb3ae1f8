import * as strings from 'BoutiqueSharedStrings';
import type { PrivacyFinding, PrivacyKind } from '../../domain/privacy';

/** What a person is told about each kind of finding: the words live in loc, the domain only names the kind. */
const MESSAGES: { [K in PrivacyKind]: string } = {
  crn: strings.PrivacyMessageCrn,
  dateOfBirth: strings.PrivacyMessageDateOfBirth,
  medicare: strings.PrivacyMessageMedicare,
  tfn: strings.PrivacyMessageTfn,
  acsp: strings.PrivacyMessageAcsp,
  acmps: strings.PrivacyMessageAcmps,
  nameWithTitle: strings.PrivacyMessageNameWithTitle,
  phone: strings.PrivacyMessagePhone,
  email: strings.PrivacyMessageEmail,
  childOrExPartner: strings.PrivacyMessageChildOrExPartner,
  personName: strings.PrivacyMessagePersonName,
  address: strings.PrivacyMessageAddress,
  bank: strings.PrivacyMessageBank
};

/** Short names of the kinds, for a summary line ("CRN, date of birth"). */
const NAMES: { [K in PrivacyKind]: string } = {
  crn: strings.PrivacyKindCrn,
  dateOfBirth: strings.PrivacyKindDateOfBirth,
  medicare: strings.PrivacyKindMedicare,
  tfn: strings.PrivacyKindTfn,
  acsp: strings.PrivacyKindAcsp,
  acmps: strings.PrivacyKindAcmps,
  nameWithTitle: strings.PrivacyKindNameWithTitle,
  phone: strings.PrivacyKindPhone,
  email: strings.PrivacyKindEmail,
  childOrExPartner: strings.PrivacyKindChildOrExPartner,
  personName: strings.PrivacyKindPersonName,
  address: strings.PrivacyKindAddress,
  bank: strings.PrivacyKindBank
};

/** A sentence a person can act on, for one finding. */
export function privacyMessage(kind: PrivacyKind): string {
  return MESSAGES[kind];
}

/** The kinds named once each, in order ("CRN, date of birth"). */
export function describePrivacyKinds(kinds: ReadonlyArray<PrivacyKind> | ReadonlyArray<PrivacyFinding>): string {
  const names: string[] = [];
  for (const k of kinds) {
    const name: string = NAMES[typeof k === 'string' ? k : k.kind];
    if (names.indexOf(name) < 0) {
      names.push(name);
    }
  }
  return names.join(', ');
}
